package reader

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead: no input makes a reader panic or hang, and what it returns is
// valid UTF-8 with no empty blocks.
func FuzzRead(f *testing.F) {
	f.Add([]byte("# Title\n\nCuba and **North Korea** ( \\* ) [x](y).\n\n- item\n"), uint8(Markdown))
	f.Add([]byte("<html><title>t</title><nav>x</nav><p>Cuba<br>and <b>DPRK</b></p><div><div>"), uint8(HTML))
	f.Add([]byte("\xff\xfeC\x00u\x00"), uint8(Text))
	f.Fuzz(func(t *testing.T, in []byte, format uint8) {
		doc, err := Read(bytes.NewReader(in), Format(format%3))
		if err != nil {
			return
		}
		for _, b := range doc.Blocks {
			if strings.TrimSpace(b.Text) == "" {
				t.Fatalf("empty block from %q", in)
			}
			if !utf8.ValidString(b.Text) {
				t.Fatalf("invalid UTF-8 block %q", b.Text)
			}
		}
	})
}
