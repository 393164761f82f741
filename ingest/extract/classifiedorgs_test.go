package extract

import (
	"slices"
	"testing"
)

// Organisations named without a head word, on made-up sentences: a
// classifier noun, an apposition or a staff noun introduces the name,
// which then stands alone. Each case lists mentions that must be found
// (want) and ids that must not (not).
func TestClassifiedOrgs(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a demonym and a classifier, then the name with an article",
			"Kenyan newspaper Herald condemned Peru. The Herald wrote that Peru lied.",
			[]string{"org:herald=Herald"}, nil},
		{"modifiers before the classifier, then the bare name",
			"The private military company Varkon sent men to Peru. Varkon was paid.",
			[]string{"org:varkon=Varkon"}, nil},
		{"a two-word name repeated bare",
			"The security firm Outer Limits trained the army of Peru. Outer Limits had helped Chile.",
			[]string{"org:outer_limits=Outer Limits"}, nil},
		{"an apposition, then the bare name",
			"Outer Limits, a South African firm, trained the army. Outer Limits had helped Chile.",
			[]string{"org:outer_limits=Outer Limits"}, nil},
		{"a two-word classifier and an acronym classifier",
			"The think tank Civitas Forum condemned Peru. The NGO Open Path condemned Chile.",
			[]string{"org:civitas_forum=Civitas Forum", "org:open_path=Open Path"}, nil},
		{"staff from an organisation",
			"Mercenaries from Outer Limits routed the rebels. Outer Limits left.",
			[]string{"org:outer_limits=Outer Limits"}, nil},
		{"a named firm repeated as an acronym",
			"A South African firm called ZORP had some success. Barlow now chairs ZORP.",
			[]string{"org:zorp=ZORP"}, nil},
		{"a weekday, a month or a place after a classifier is no name",
			"The group Friday condemned Peru. In March the party said Peru lied. The company in Lima grew.",
			nil, []string{"org:friday", "org:march", "org:in_march"}},
		{"no article or demonym before the noun: no classifier",
			"Peru met daily Ostrava officials. Reports say group Alpha left.",
			nil, []string{"org:ostrava", "org:alpha"}},
		{"a capitalised word alone makes no organisation",
			"Varkon arrived in Peru. Outer Limits is far away.",
			nil, []string{"org:varkon", "org:outer_limits"}},
	}
	for _, c := range cases {
		got := mentionsIn(t, x, c.text)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %q: want %s, got %v", c.name, c.text, w, got)
			}
		}
		for _, n := range c.not {
			for _, g := range got {
				if len(g) > len(n) && g[:len(n)+1] == n+"=" {
					t.Errorf("%s: %q: unwanted %s in %v", c.name, c.text, n, got)
				}
			}
		}
	}
}
