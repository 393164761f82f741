package extract

import "testing"

// References (references.go, mentions.go): what "they", "the island",
// "the government", "both sides" stand for, and when the country a
// section is about stands in for a missing party. Sentences are made up.
func TestReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"they after a list in the previous sentence",
			"Norway and Estonia signed a pact. Later they agreed to cooperate.",
			[]string{"country:EST cooperation country:NOR"}, nil},
		{"they after a list of demonyms",
			"The Peruvian and Chilean foreign ministers met in Lima. They agreed to cooperate on fisheries.",
			[]string{"country:CHL cooperation country:PER"}, nil},
		{"they after a list in the same sentence",
			"Ghana, Togo and Benin left the bloc and they formed an alliance.",
			[]string{"country:BEN cooperation country:GHA", "country:BEN cooperation country:TGO", "country:GHA cooperation country:TGO"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := facts(t, x, c.text)
			have := map[string]bool{}
			for _, f := range got {
				have[f] = true
			}
			for _, w := range c.want {
				if !have[w] {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range c.not {
				if have[n] {
					t.Errorf("unwanted %q; got %q", n, got)
				}
			}
		})
	}
}
