package reader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Format is the syntax of a document.
type Format int

const (
	Text Format = iota
	Markdown
	HTML
)

// FormatOf returns the format of a file by its extension.
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text":
		return Text, true
	case ".md", ".markdown":
		return Markdown, true
	case ".html", ".htm":
		return HTML, true
	}
	return Text, false
}

// BlockKind says what a block of a document is.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Heading
	Caption
	ListItem
	Quote
)

// Block is one heading, paragraph, list item, quote or caption.
type Block struct {
	Kind  BlockKind
	Text  string
	Level int // heading level, 1 to 6
}

// Document is a cleaned document.
type Document struct {
	Title    string
	Blocks   []Block
	Dropped  []string // junk removed, for debugging
	Repaired int      // invalid UTF-8 sequences replaced
}

// Text returns the blocks joined by blank lines: the text whose byte
// offsets facts record.
func (d *Document) Text() string {
	parts := make([]string, len(d.Blocks))
	for i, b := range d.Blocks {
		parts[i] = b.Text
	}
	return strings.Join(parts, "\n\n")
}

var (
	// ErrBinary is returned for input that is not text.
	ErrBinary = errors.New("not a text document (binary content)")
	// ErrEmpty is returned for input with no text.
	ErrEmpty = errors.New("empty document (no text)")
)

// Read reads a whole document.
func Read(r io.Reader, f Format) (*Document, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	text, repaired, err := decode(raw)
	if err != nil {
		return nil, err
	}
	var doc *Document
	if f == HTML {
		doc, err = parseHTML(text)
		if err != nil {
			return nil, err
		}
	} else {
		doc = parseMarkdown(text)
	}
	doc.Repaired = repaired
	removeJunk(doc)
	if len(doc.Blocks) == 0 {
		return nil, ErrEmpty
	}
	return doc, nil
}

var magic = [][]byte{
	[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("%PDF"), []byte("PK\x03\x04"),
	[]byte("\x1f\x8b"), []byte("\x7fELF"),
}

// decode turns raw bytes into UTF-8 text.
func decode(raw []byte) (string, int, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw[2:], false), 0, nil
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw[2:], true), 0, nil
	}
	for _, m := range magic {
		if bytes.HasPrefix(raw, m) {
			return "", 0, ErrBinary
		}
	}
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "", 0, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, bytes.IndexByte(head, 0))
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", 0, ErrEmpty
	}
	if utf8.Valid(raw) {
		return string(raw), 0, nil
	}
	var b strings.Builder
	repaired := 0
	for len(raw) > 0 {
		r, n := utf8.DecodeRune(raw)
		if r == utf8.RuneError && n <= 1 {
			repaired++
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(raw[:n])
		}
		raw = raw[n:]
	}
	return b.String(), repaired, nil
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}
