package extract

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim Il-sung sent 100,000 AK rifles.", []string{"Kim", "Il-sung", "sent", "100,000", "AK", "rifles", "."}},
		{"Washington’s threats", []string{"Washington", "’s", "threats"}},
		{"does not, doesn't", []string{"does", "not", ",", "does", "n't"}},
		{"the U.S. to isolate", []string{"the", "U.S", ".", "to", "isolate"}},
		{"$ 3.5 million", []string{"$", "3.5", "million"}},
		{"Chile, Brazil", []string{"Chile", ",", "Brazil"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			got = append(got, tok.Text)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has wrong offsets %d:%d", tt.in, tok.Text, tok.Start, tok.End)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInflect(t *testing.T) {
	irr := map[string][2]string{"send": {"sent", "sent"}}
	tests := map[string][]string{
		"send":      {"send", "sends", "sending", "sent"},
		"ship":      {"ship", "ships", "shipping", "shipped"},
		"recognize": {"recognize", "recognizes", "recognizing", "recognized"},
		"supply":    {"supply", "supplies", "supplying", "supplied"},
		"visit":     {"visit", "visits", "visiting", "visited"},
	}
	for lemma, want := range tests {
		var got []string
		for _, f := range inflect(lemma, irr) {
			got = append(got, f.word)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("inflect(%q) = %q, want %q", lemma, got, want)
		}
	}
}
