package reader

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Format is the syntax of a document.
type Format int

const (
	Text     Format = iota // plain text, which may carry Markdown syntax
	Markdown               // Markdown
	HTML                   // HTML
)

func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// FormatOf returns the format of a file by its extension, and false for
// an extension this package does not read.
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
	Caption // an image caption: "*North Korean doctor in Africa.*", <figcaption>
	ListItem
	Quote
	Table // a table of data: an HTML <table> or a Markdown pipe table
)

func (k BlockKind) String() string {
	switch k {
	case Paragraph:
		return "paragraph"
	case Heading:
		return "heading"
	case Caption:
		return "caption"
	case ListItem:
		return "list item"
	case Quote:
		return "quote"
	case Table:
		return "table"
	}
	return fmt.Sprintf("BlockKind(%d)", int(k))
}

// Block is one heading, paragraph, caption, list item, quote or table.
// Text is one line: inline markup removed, white space collapsed, never
// empty; a table's Text is its rows, one a line (see TableData.Text).
type Block struct {
	Kind  BlockKind
	Text  string
	Level int        // heading level, 1 to 6; 0 for other blocks
	Table *TableData // the rows of a Table block; nil for other blocks
}

// TableData is the content of a table: rows of cells, each cell one line
// of clean text ("" for an empty cell, or a position that a cell of an
// earlier row or column spans).
//
//	| Country | Relations since |      Header: true
//	|---------|-----------------|      Rows[0]: Country, Relations since
//	| Canada  | 1973            |      Rows[1]: Canada, 1973
type TableData struct {
	// Header says Rows[0] is a header row: <th> cells or a <thead> in
	// HTML, the row above the delimiter line in Markdown.
	Header bool
	Rows   [][]string
	// Caption is the table's <caption>, also a Caption block before it;
	// "" when there is none.
	Caption string
}

// CellSep separates the cells of a row in a table's Text.
const CellSep = " | "

// RowText returns row i as it stands in the table's Text: its cells
// joined by CellSep.
func (t *TableData) RowText(i int) string { return strings.Join(t.Rows[i], CellSep) }

// Text returns the rows joined by newlines: the Text of the table's
// block, so that no row runs into another as one sentence.
func (t *TableData) Text() string {
	rows := make([]string, len(t.Rows))
	for i := range t.Rows {
		rows[i] = t.RowText(i)
	}
	return strings.Join(rows, "\n")
}

// Document is a document read and cleaned.
type Document struct {
	// Title is the <title>, the first level-1 heading, or the first line
	// when it reads like a headline; "" when there is none.
	Title string
	// Blocks is the content in order, page junk removed.
	Blocks []Block
	// Dropped holds the junk removed, a line or a block each, for
	// debugging and explaining.
	Dropped []string
	// Repaired counts the invalid UTF-8 sequences replaced by U+FFFD.
	Repaired int
}

// Text returns the blocks joined by blank lines: the text the extractor
// reads, to which sentence offsets refer.
func (d *Document) Text() string {
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Text) + 2
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, b := range d.Blocks {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

var (
	// ErrBinary is returned for input that is not text: an image, an
	// archive, a PDF, or bytes with NULs or many control characters.
	ErrBinary = errors.New("binary content, not a text document")
	// ErrEmpty is returned for input with no text, or none left once the
	// page junk is removed.
	ErrEmpty = errors.New("empty document")
	// ErrTooLarge is returned by ReadLimit for input over its limit.
	ErrTooLarge = errors.New("document too large")
)

// Read reads and cleans a whole document in format f. It reads r to the
// end and holds it in memory: bound r (io.LimitReader) or use ReadLimit
// when the input is not trusted.
func Read(r io.Reader, f Format) (*Document, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parse(raw, f)
}

// ReadLimit is Read for input of at most maxBytes bytes: larger input is
// an error wrapping ErrTooLarge, found without reading more than
// maxBytes+1 bytes.
func ReadLimit(r io.Reader, f Format, maxBytes int64) (*Document, error) {
	if maxBytes < 0 {
		maxBytes = 0
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(raw)) > maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxBytes)
	}
	return parse(raw, f)
}

func parse(raw []byte, f Format) (*Document, error) {
	text, repaired, err := decode(raw, f == HTML)
	if err != nil {
		return nil, err
	}
	var doc *Document
	if f == HTML {
		doc = parseHTML(text)
	} else {
		doc = parseText(text)
	}
	doc.Repaired = repaired
	if len(doc.Blocks) == 0 {
		return nil, fmt.Errorf("%w: no text left once page junk is removed", ErrEmpty)
	}
	return doc, nil
}
