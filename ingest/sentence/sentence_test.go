package sentence

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith went to Washington. He met Gen. Jones.", []string{"Mr. Smith went to Washington.", "He met Gen. Jones."}},
		{"foiling every move of the U.S. to isolate Cuba. Then it ended.", []string{"foiling every move of the U.S. to isolate Cuba.", "Then it ended."}},
		{"an embassy on U.S. soil. The article is new.", []string{"an embassy on U.S. soil.", "The article is new."}},
		{"He lived in the U.S. The next day he left.", []string{"He lived in the U.S.", "The next day he left."}},
		{"It grew 3.5 percent. No. 1 is first.", []string{"It grew 3.5 percent.", "No. 1 is first."}},
		{"He said “it is over.” Then he left.", []string{"He said “it is over.”", "Then he left."}},
		{"J. F. Kennedy spoke. Next.", []string{"J. F. Kennedy spoke.", "Next."}},
		{"A heading\n\nA paragraph.", []string{"A heading", "A paragraph."}},
		{"Was it? Yes! Fine...", []string{"Was it?", "Yes!", "Fine..."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.in) {
			got = append(got, s.Text)
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", tt.in, s.Start, s.End, s.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitLongLine(t *testing.T) {
	// One megabyte with no sentence break is one sentence, found in one pass.
	in := strings.Repeat("word ", 200_000) + strings.Repeat("é", 3000)
	got := Split(in)
	if len(got) < len(in)/MaxBytes || got[0].Start != 0 {
		t.Fatalf("got %d sentences", len(got))
	}
	for _, s := range got {
		if len(s.Text) > MaxBytes || in[s.Start:s.End] != s.Text || !utf8.ValidString(s.Text) {
			t.Fatalf("bad piece %d:%d (%d bytes)", s.Start, s.End, len(s.Text))
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	text := strings.Repeat("Cuba and North Korea have enjoyed diplomatic relations since 1960, the newspaper notes. Mr. Kim met Gen. Lee in the U.S. to talk. ", 1000)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Split(text)
	}
}
