package sentence

import "testing"

// FuzzSplit: sentences are in order, do not overlap, are at most MaxBytes
// and their offsets give their text.
func FuzzSplit(f *testing.F) {
	f.Add("Mr. Smith went to the U.S. in 1960. He said “no.” Then No. 1 left...")
	f.Add("a\n\nb. C? D!")
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, s := range Split(text) {
			if s.Start < end || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("bad span %d:%d after %d in %q", s.Start, s.End, end, text)
			}
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("span %d:%d is not %q", s.Start, s.End, s.Text)
			}
			if len(s.Text) > MaxBytes {
				t.Fatalf("sentence of %d bytes", len(s.Text))
			}
			end = s.End
		}
	})
}
