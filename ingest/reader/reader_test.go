package reader

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestFormatOf(t *testing.T) {
	tests := []struct {
		path string
		want Format
		ok   bool
	}{
		{"a.txt", Text, true},
		{"a.text", Text, true},
		{"dir.md/A.MD", Markdown, true},
		{"a.markdown", Markdown, true},
		{"a.html", HTML, true},
		{"a.HTM", HTML, true},
		{"a.pdf", Text, false},
		{"README", Text, false},
		{"a.txt.gz", Text, false},
	}
	for _, tt := range tests {
		got, ok := FormatOf(tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("FormatOf(%q) = %v, %v; want %v, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var b bytes.Buffer
	u := utf16.Encode([]rune(s))
	if bom {
		u = append([]uint16{0xfeff}, u...)
	}
	for _, c := range u {
		if bigEndian {
			b.Write([]byte{byte(c >> 8), byte(c)})
		} else {
			b.Write([]byte{byte(c), byte(c >> 8)})
		}
	}
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	const cuba = "Cuba and North Korea have enjoyed diplomatic relations since 1960."
	tests := []struct {
		name     string
		in       []byte
		err      error  // want an error wrapping this
		msg      string // in the error message
		want     string // Text(), when no error
		repaired int
	}{
		{name: "nil", in: nil, err: ErrEmpty, msg: "empty document"},
		{name: "white space", in: []byte(" \n\t\r\n \u00a0 "), err: ErrEmpty},
		{name: "only junk", in: []byte("---\n\n<http://example.com>\n\nFollow by Email"), err: ErrEmpty, msg: "page junk"},
		{name: "png", in: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), err: ErrBinary, msg: "PNG image"},
		{name: "jpeg", in: []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), err: ErrBinary, msg: "JPEG"},
		{name: "gif", in: []byte("GIF89a\x01\x00"), err: ErrBinary, msg: "GIF"},
		{name: "pdf", in: []byte("%PDF-1.7\n%âãÏÓ\n"), err: ErrBinary, msg: "PDF"},
		{name: "zip", in: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), err: ErrBinary, msg: "ZIP"},
		{name: "NUL", in: []byte("Cuba\x00Korea"), err: ErrBinary, msg: "NUL byte at offset 4"},
		{name: "control bytes", in: []byte(strings.Repeat("ab\x01\x02\x03", 100)), err: ErrBinary, msg: "control bytes"},
		{name: "plain", in: []byte(cuba), want: cuba},
		{name: "BOM", in: []byte("\xef\xbb\xbf" + cuba), want: cuba},
		{name: "CRLF", in: []byte("Cuba and North\r\nKorea met.\r\n\r\nThey agreed.\r"), want: "Cuba and North Korea met.\n\nThey agreed."},
		{name: "old Mac line ends", in: []byte("Cuba met Korea.\r\rThey agreed."), want: "Cuba met Korea.\n\nThey agreed."},
		{name: "stray control", in: []byte("Cuba and North Korea\x07 met\x1b in Havana."), want: "Cuba and North Korea met in Havana."},
		{name: "UTF-16 LE", in: utf16Bytes(cuba+" Pyongyang’s “ally”.", false, true), want: cuba + " Pyongyang’s “ally”."},
		{name: "UTF-16 BE", in: utf16Bytes(cuba, true, true), want: cuba},
		{name: "UTF-16 LE no BOM", in: utf16Bytes(cuba, false, false), want: cuba},
		{name: "UTF-16 BE no BOM", in: utf16Bytes(cuba, true, false), want: cuba},
		{name: "UTF-16 astral", in: utf16Bytes("Cuba 𝄞 and Korea.", false, true), want: "Cuba 𝄞 and Korea."},
		{name: "UTF-16 odd length", in: append(utf16Bytes(cuba, false, true), 'x'), want: cuba, repaired: 1},
		{name: "UTF-16 lone surrogate", in: append(utf16Bytes("Cuba ", false, true), 0x00, 0xd8, 'a', 0), want: "Cuba \ufffda", repaired: 1},
		{name: "UTF-16 empty", in: []byte("\xff\xfe"), err: ErrEmpty},
		{name: "invalid UTF-8", in: []byte("Cuba and Korea since 1960 \xe9\xff."), want: "Cuba and Korea since 1960 \ufffd\ufffd.", repaired: 2},
		{name: "truncated UTF-8", in: []byte("Cuba and Korea\xe2\x80"), want: "Cuba and Korea\ufffd\ufffd", repaired: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(bytes.NewReader(tt.in), Text)
			if tt.err != nil || err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				if !strings.Contains(err.Error(), tt.msg) {
					t.Errorf("error %q does not say %q", err, tt.msg)
				}
				return
			}
			if got := doc.Text(); got != tt.want {
				t.Errorf("Text() = %q, want %q", got, tt.want)
			}
			if doc.Repaired != tt.repaired {
				t.Errorf("Repaired = %d, want %d", doc.Repaired, tt.repaired)
			}
		})
	}
}

// TestHTMLCharset: HTML that declares another charset is decoded from it,
// not repaired.
func TestHTMLCharset(t *testing.T) {
	in := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Videla's coup d'\xe9tat in Argentina.</p></body></html>")
	doc, err := Read(bytes.NewReader(in), HTML)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Text(), "Videla's coup d'état in Argentina."; got != want || doc.Repaired != 0 {
		t.Errorf("Text() = %q (%d repaired), want %q", got, doc.Repaired, want)
	}
	if doc.Title != "Café" {
		t.Errorf("Title = %q", doc.Title)
	}
}

func TestReadLimit(t *testing.T) {
	const doc = "Cuba and North Korea have enjoyed diplomatic relations since 1960."
	tests := []struct {
		in  string
		max int64
		err error
	}{
		{doc, int64(len(doc)), nil},
		{doc, int64(len(doc)) + 100, nil},
		{doc, int64(len(doc)) - 1, ErrTooLarge},
		{doc + strings.Repeat(" ", 1<<20), 1000, ErrTooLarge},
		{doc, 0, ErrTooLarge},
		{doc, -1, ErrTooLarge},
	}
	for _, tt := range tests {
		r := &countingReader{r: strings.NewReader(tt.in)}
		_, err := ReadLimit(r, Text, tt.max)
		if !errors.Is(err, tt.err) {
			t.Errorf("max %d: err = %v, want %v", tt.max, err, tt.err)
		}
		if err != nil && !strings.Contains(err.Error(), "more than") {
			t.Errorf("max %d: error %q does not give the limit", tt.max, err)
		}
		if r.n > max(tt.max, 0)+1 {
			t.Errorf("max %d: read %d bytes", tt.max, r.n)
		}
	}
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestTextOffsets checks what the extractor relies on: Text() is the
// blocks joined by blank lines, and no block holds a line break.
func TestTextOffsets(t *testing.T) {
	doc, err := Read(strings.NewReader("# Title\n\nOne\nparagraph.\n\n- item\n  more\n\n> quote"), Markdown)
	if err != nil {
		t.Fatal(err)
	}
	text, off := doc.Text(), 0
	for _, b := range doc.Blocks {
		if strings.ContainsAny(b.Text, "\n\r") || b.Text == "" {
			t.Errorf("block %q", b.Text)
		}
		if text[off:off+len(b.Text)] != b.Text {
			t.Errorf("block %q not at offset %d", b.Text, off)
		}
		off += len(b.Text) + 2
	}
	if off-2 != len(text) {
		t.Errorf("blocks end at %d, text at %d", off-2, len(text))
	}
}
