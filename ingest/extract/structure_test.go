package extract

import (
	"slices"
	"testing"
)

// Headings as context, on made-up documents.
func TestSectionPair(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a heading naming one country in a document about another",
			"Foreign relations of Laos\n\nLaos keeps a neutral foreign policy.\n\nChile\n\nBoth countries established diplomatic relations in 1975.",
			[]string{"country:CHL diplomatic_relations country:LAO"}, nil},
		{"the previous section's countries are not 'both countries'",
			"Foreign relations of Laos\n\nLaos and Vietnam signed a treaty in 1977.\n\nChile\n\nBoth countries established diplomatic relations in 1975.",
			[]string{"country:CHL diplomatic_relations country:LAO"}, []string{"country:LAO diplomatic_relations country:VNM"}},
		{"a heading naming no country brings back the title's pair",
			"Chile–Peru relations\n\nBolivia\n\nBolivia sent envoys.\n\nHistory\n\nBoth countries established diplomatic relations in 1975.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
	}
	for _, c := range cases {
		got := facts(t, x, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %q in %q", c.name, w, got)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: unwanted %q in %q", c.name, n, got)
			}
		}
	}
}
