package extract

import "testing"

// TestWarsAndFights: wars named with their sides, and the fights a state
// wages.
func TestWarsAndFights(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a named war waged by some against others",
			"The 1932 Chaco War waged by Bolivia and its Chilean ally against Paraguay and Peru ended in 1935.",
			[]string{"country:BOL attack country:PRY", "country:BOL attack country:PER", "country:CHL attack country:PRY", "country:CHL attack country:PER"},
			[]string{"country:PRY attack country:BOL"}},
		{"a fight waged by the state its possessive refers to",
			"Foreign advisers helped the Malian army in its fight against Boko Haram in 2016.",
			[]string{"country:MLI attack org:boko_haram"}, nil},
		{"a battle with a group",
			"Kenya has lost many soldiers in its long battle with Boko Haram.",
			[]string{"country:KEN attack org:boko_haram"}, nil},
		{"a fight for a cause attacks no one",
			"Angola's fight for independence from Portugal was long.",
			nil, []string{"country:AGO attack country:PRT"}},
	})
}
