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

// TestTradeAndSanctions: trade partners named by a copula, exports, and
// restrictions of travel, arms sales and imports.
func TestTradeAndSanctions(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"partners named after the copula",
			"Chile's main trading partners are Brazil and Peru.",
			[]string{"country:CHL cooperation country:BRA", "country:CHL cooperation country:PER"}, nil},
		{"partners of a state named after the copula",
			"Other trading partners of Uruguay include its neighbours, Paraguay, and the European Union.",
			[]string{"country:PRY cooperation country:URY", "org:european_union cooperation country:URY"}, nil},
		{"exports to a state",
			"Peruvian exports to Japan are mostly copper.",
			[]string{"country:PER cooperation country:JPN"}, nil},
		{"a ban on imports is no trade",
			"In 2019 Kenya imposed a ban on imports from Uganda.",
			[]string{"country:KEN sanctions country:UGA"}, []string{"country:KEN cooperation country:UGA"}},
		{"travel restricted",
			"Canada restricted the travel of President Daniel Ortega and his ministers.",
			[]string{"country:CAN sanctions person:daniel_ortega"}, nil},
		{"arms sales prohibited",
			"In 1982 Peru prohibited arms sales to Ecuador.",
			[]string{"country:PER sanctions country:ECU"}, []string{"country:PER arms_transfer country:ECU"}},
	})
}
