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

// TestSignersAndGivers: the parties that signed an agreement, who
// donated the things a verb of giving lists, and the examples of a list's
// others.
func TestSignersAndGivers(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"an agreement signed by several",
			"The Lima Accords, signed by Peru, Chile and Bolivia in 1929, ended the dispute.",
			[]string{"country:CHL cooperation country:PER", "country:BOL cooperation country:PER", "country:BOL cooperation country:CHL"}, nil},
		{"a letter signed by several is no agreement",
			"A letter signed by Peru and Chile was sent to the UN.",
			nil, []string{"country:CHL cooperation country:PER"}},
		{"things donated by several, given to the verb's recipient",
			"Today we are providing Moldova with air defense systems, including radars donated by Spain and Portugal; and a battery donated by Greece.",
			[]string{"country:ESP arms_transfer country:MDA", "country:PRT arms_transfer country:MDA", "country:GRC arms_transfer country:MDA"}, nil},
		{"the examples of a list's others",
			"Chad deployed weapons acquired from Egypt and other countries including Qatar and Iran.",
			[]string{"country:EGY arms_transfer country:TCD", "country:QAT arms_transfer country:TCD", "country:IRN arms_transfer country:TCD"}, nil},
		{"an ally of the party its refers to",
			"The war fought by Bolivia and its Chilean ally lasted years.",
			[]string{"country:BOL cooperation country:CHL"}, nil},
	})
}

// TestGivingNotRead: nouns that look like verbs of giving, and
// infinitives that look like recipients.
func TestGivingNotRead(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"vessels are no shipping",
			"Navies are poised to intercept any Iranian ships carrying weapons to Yemen.",
			nil, []string{"country:IRN arms_transfer country:YEM"}},
		{"a verb of shipping still ships",
			"Iran ships weapons to Syria.",
			[]string{"country:IRN arms_transfer country:SYR"}, nil},
		{"an infinitive after the verb names no recipient",
			"Within weeks Chad was deploying drones that appear to have come from Libya.",
			nil, []string{"country:TCD arms_transfer country:LBY"}},
	})
}
