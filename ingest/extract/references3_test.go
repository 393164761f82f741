package extract

import "testing"

// References to the sides of a conflict and to a state through its body
// ("the Ruritanian army … its"). Sentences are made up.
func TestReferencesConflictAndBodies(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"both sides of a hyphenated conflict",
			"Observers feared the Armenia-Azerbaijan conflict would spread. Peru and Chile signed a trade deal. Norway called on both sides to stop fighting.",
			[]string{"country:NOR demands country:ARM", "country:NOR demands country:AZE"}, []string{"country:NOR demands country:PER", "country:NOR demands country:CHL"}},
		{"both countries of a war between two states",
			"The war between Ethiopia and Eritrea dragged on. Russia sent envoys to Peru. The African Union called on both countries to end hostilities.",
			[]string{"org:african_union demands country:ETH"}, []string{"country:RUS demands country:PER"}},
		{"the two sides of hyphenated talks",
			"The first Armenia-Azerbaijan talks opened in Geneva. Norway called on the two sides to stop fighting.",
			[]string{"country:NOR demands country:ARM", "country:NOR demands country:AZE"}, nil},
		{"a named list wins over the conflict",
			"The war between Ethiopia and Eritrea dragged on. Peru and Chile met, and Norway praised both countries.",
			nil, []string{"country:NOR supports country:ETH"}},
		{"both sides after a demonym of the speaker's own state",
			"Observers feared the Armenia-Azerbaijan conflict would spread. Peruvian president Pedro Castillo called on both sides to stop fighting.",
			[]string{"person:pedro_castillo demands country:ARM"}, []string{"person:pedro_castillo demands country:PER"}},
		{"he two sentences on, when only one person was named",
			"Boris Johnson met his advisers in London. Some argued for strikes on Syria. The Prime Minister chose a middle course. He ordered a blockade of Syria.",
			[]string{"person:boris_johnson sanctions country:SYR"}, nil},
		{"he two sentences on after two people is unclear",
			"Boris Johnson met Emmanuel Macron in London. Some argued for strikes on Syria. The talks went on. He ordered a blockade of Syria.",
			nil, []string{"person:boris_johnson sanctions country:SYR", "person:emmanuel_macron sanctions country:SYR"}},
		{"the country is the previous sentence's, even in a phrase",
			"Poland recalled its ambassador. The European Union called for rights to be respected in Belarus. The European Union sent aid to the country.",
			[]string{"org:european_union aid country:BLR"}, []string{"org:european_union aid country:POL"}},
		{"the country prefers the previous sentence's subject",
			"Peru turned towards Chile. Bolivia sent aid to the country.",
			[]string{"country:BOL aid country:PER"}, nil},
		{"the administration is the state of the latest leader's administration",
			"The Biden administration criticized Peru. The administration sent aid to Chile.",
			[]string{"country:USA aid country:CHL"}, nil},
		{"a bare administration with none named is no one",
			"Peru and Chile met. The administration sent aid to Bolivia.",
			nil, []string{"country:PER aid country:BOL", "country:CHL aid country:BOL"}},
		{"its after a state's army",
			"A Ruritanian firm called Acme helped the Nigerian army in its fight against Boko Haram.",
			[]string{"country:NGA attack org:boko_haram"}, nil},
	})
}
