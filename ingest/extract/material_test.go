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

// TestLeaving: leaving a body, a pact or a partner is a negated
// cooperation; leaving a place is not.
func TestLeaving(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"withdrawing from a body",
			"In 1977, Chile, consequently, withdrew from the OAS.",
			[]string{"NOT country:CHL cooperation org:organization_of_american_states"}, nil},
		{"breaking with a partner",
			"When Albania broke with Moscow in 1961, it turned to China.",
			[]string{"NOT country:ALB cooperation country:SUN"}, nil},
		{"pulling out of a pact",
			"In 2013, Bolivia pulled out of a preferential trade pact with Peru.",
			[]string{"NOT country:BOL cooperation country:PER"}, []string{"country:BOL cooperation country:PER"}},
		{"ties of a kind broken",
			"Niger's junta has broken defence ties with France.",
			[]string{"NOT country:NER cooperation country:FRA"}, nil},
		{"withdrawing from a state is no cooperation",
			"Syria withdrew from Lebanon in 2005.",
			nil, []string{"NOT country:SYR cooperation country:LBN"}},
	})
}
