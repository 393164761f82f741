package reader

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// sniffLen is how much of the input the binary checks look at.
const sniffLen = 8 << 10

// magics are the starts of binary files that end up among documents.
var magics = []struct {
	prefix, name string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"%PDF-", "PDF document"},
	{"PK\x03\x04", "ZIP archive"},
	{"PK\x05\x06", "ZIP archive"},
	{"PK\x07\x08", "ZIP archive"},
	{"\x1f\x8b", "gzip archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"},
	{"\x7fELF", "executable"},
}

// decode turns raw bytes into UTF-8 text with "\n" line ends, or says why
// it cannot. It returns the number of invalid UTF-8 sequences it
// replaced by U+FFFD.
func decode(raw []byte, isHTML bool) (string, int, error) {
	for _, m := range magics {
		if bytes.HasPrefix(raw, []byte(m.prefix)) {
			return "", 0, fmt.Errorf("%w (%s)", ErrBinary, m.name)
		}
	}
	var text string
	repaired := 0
	wide := true
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		raw = raw[3:]
		wide = false
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		text, repaired = decodeUTF16(raw[2:], false)
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		text, repaired = decodeUTF16(raw[2:], true)
	default:
		// UTF-16 without a BOM looks like text with a NUL in every
		// other byte; see to it before the NULs condemn it as binary.
		var bigEndian bool
		if bigEndian, wide = looksUTF16(raw); wide {
			text, repaired = decodeUTF16(raw, bigEndian)
		}
	}
	if !wide {
		if err := checkBinary(raw); err != nil {
			return "", 0, err
		}
		text, repaired = toUTF8(raw, isHTML)
	} else if strings.IndexByte(text, 0) >= 0 {
		return "", 0, fmt.Errorf("%w (NUL characters in UTF-16 text)", ErrBinary)
	}
	text = normalizeControls(text)
	if strings.TrimSpace(text) == "" {
		return "", 0, fmt.Errorf("%w: no text, only white space", ErrEmpty)
	}
	return text, repaired, nil
}

// checkBinary rejects input whose start has a NUL byte or more than one
// control byte in ten (other than tab, line feed, form feed, carriage
// return).
func checkBinary(raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return fmt.Errorf("%w: no text, only white space", ErrEmpty)
	}
	head := raw[:min(len(raw), sniffLen)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	controls := 0
	for _, c := range head {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7f {
			controls++
		}
	}
	if controls*10 > len(head) {
		return fmt.Errorf("%w (%d control bytes in the first %d)", ErrBinary, controls, len(head))
	}
	return nil
}

// toUTF8 returns raw as UTF-8. Invalid sequences become U+FFFD and are
// counted: one bad byte should not cost a whole document, and the caller
// can warn. HTML that declares another charset is decoded from it.
func toUTF8(raw []byte, isHTML bool) (string, int) {
	if utf8.Valid(raw) {
		return string(raw), 0
	}
	if head := raw[:min(len(raw), 1024)]; isHTML && bytes.Contains(bytes.ToLower(head), []byte("charset")) {
		// Only a declared charset: undeclared, the HTML standard would
		// guess windows-1252, and a wrong guess would go unreported.
		if enc, name, _ := charset.DetermineEncoding(head, "text/html"); name != "utf-8" {
			if out, err := enc.NewDecoder().Bytes(raw); err == nil && utf8.Valid(out) {
				return string(out), 0
			}
		}
	}
	var b strings.Builder
	b.Grow(len(raw) + 16)
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
	return b.String(), repaired
}

// looksUTF16 reports UTF-16 without a byte order mark: in the first
// bytes, NULs in (nearly) all odd or all even positions and nowhere else.
func looksUTF16(raw []byte) (bigEndian, ok bool) {
	head := raw[:min(len(raw), sniffLen)&^1]
	if len(head) < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case odd*10 >= pairs*7 && even == 0:
		return false, true
	case even*10 >= pairs*7 && odd == 0:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 text, counting an odd trailing byte and
// unpaired surrogates as repairs.
func decodeUTF16(b []byte, bigEndian bool) (string, int) {
	repaired := 0
	if len(b)%2 == 1 {
		b = b[:len(b)-1]
		repaired++
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	var sb strings.Builder
	sb.Grow(len(u))
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		switch {
		case utf16.IsSurrogate(c) && c < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] < 0xe000:
			sb.WriteRune(utf16.DecodeRune(c, rune(u[i+1])))
			i++
		case utf16.IsSurrogate(c):
			sb.WriteRune(utf8.RuneError)
			repaired++
		default:
			sb.WriteRune(c)
		}
	}
	s := sb.String()
	return strings.TrimPrefix(s, "\ufeff"), repaired
}

// normalizeControls turns "\r\n" and "\r" into "\n", and other control
// characters (C0 but tab and line feed, DEL, C1) into spaces, so that no
// later stage meets them.
func normalizeControls(s string) string {
	clean := true
	for _, r := range s {
		if r == '\r' || (r < 0x20 && r != '\t' && r != '\n') || (r >= 0x7f && r < 0xa0) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r < 0x20 && r != '\t' && r != '\n', r >= 0x7f && r < 0xa0:
			return ' '
		}
		return r
	}, s)
}
