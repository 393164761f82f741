package extract

import "testing"

// TestSensesNouns: a trigger word that the words around it make a noun
// names no act.
func TestSensesNouns(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a press secretary presses no one",
			"\"We hope for the best,\" said Peruvian press secretary Ana Ruiz.",
			nil, []string{"country:PER demands person:ana_ruiz"}},
		{"attack helicopters attack no one",
			"Peru bought attack helicopters from Chile in 2010.",
			nil, []string{"country:PER attack country:CHL"}},
		{"an attack ending a noun phrase",
			"CAIRO — Gunmen opened fire at a Libyan museum on Monday, killing ten people.\n\n" +
				"It was the deadliest terrorist attack in the North African nation in years.",
			nil, []string{"country:EGY attack country:LBY"}},
		{"the same demand of a state is still a demand",
			"Chile has made the same demand of Peru.",
			[]string{"country:CHL demands country:PER"}, nil},
		{"with help from a body: it helps",
			"The Lima Council registered the name with help from the Andean Foundation.",
			nil, []string{"org:lima_council aid org:andean_foundation"}},
		{"protests after a name after a preposition",
			"With Bolivia protests exploding to new levels, President Ana Ruiz of Peru is likely to deploy forces onto the streets.",
			nil, []string{"country:BOL condemns person:ana_ruiz"}},
		{"imports of goods from a state",
			"Peruvian imports of machine parts from Chile, such as motors and pumps, have risen, harming Peruvian producers. \"Firms suffer,\" Lopez said.",
			nil, []string{"country:CHL aid country:PER"}},
	})
}

// TestSensesOtherReadings: a verb of knowing, a verbal attack and a
// question state no recognition, attack or demand.
func TestSensesOtherReadings(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"recognizing that something is so",
			"Peru said it recognized that Chile is legally barred from fishing there.",
			nil, []string{"country:PER recognizes country:CHL"}},
		{"recognizing a state",
			"Peru recognized Chile in 1850.",
			[]string{"country:PER recognizes country:CHL"}, nil},
		{"attacking each other's policies",
			"In their debate, Peru and Chile attacked each other's policies on fishing.",
			nil, []string{"country:PER attack country:CHL", "country:CHL attack country:PER"}},
		{"attacking a state",
			"Peru attacked Chile in 1879.",
			[]string{"country:PER attack country:CHL"}, nil},
		{"asking about something",
			"A Peruvian prosecutor asked Chile about its ties to Bolivia.",
			nil, []string{"country:PER demands country:CHL"}},
		{"asking a state to act",
			"Peru asked Chile to withdraw its troops.",
			[]string{"country:PER demands country:CHL"}, nil},
		{"a verb written inside a name",
			"Peru quickly condemned the Harbour Terrorist Attacks in Chile.",
			nil, []string{"country:PER attack country:CHL"}},
		{"a headline verb after a name",
			"Peru Attacks Chile.",
			[]string{"country:PER attack country:CHL"}, nil},
		{"back as an adverb of direction",
			"Peruvian citizens were not allowed back to their homes in Chile.",
			nil, []string{"NOT country:PER supports country:CHL", "country:PER supports country:CHL"}},
		{"backing a state",
			"Peru and Chile back Bolivia.",
			[]string{"country:PER supports country:BOL"}, nil},
	})
}

// TestSensesUnheld: an act only aimed at, planned or put off is no act.
func TestSensesUnheld(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"pursuing an agreement",
			"Peru and Chile held talks pursuing an agreement on fishing.",
			[]string{"country:CHL meets country:PER"}, []string{"country:CHL cooperation country:PER"}},
		{"goals for a pact",
			"Peru pairs ambitious goals for a trade pact with Chile with threats.",
			nil, []string{"country:CHL cooperation country:PER"}},
		{"meetings that were planned and put off",
			"Meetings between Peru and Chile that were planned for this week have been postponed.",
			nil, []string{"country:CHL meets country:PER"}},
		{"a planned summit",
			"The planned summit between Peru and Chile drew protests.",
			nil, []string{"country:CHL meets country:PER"}},
		{"a summit held",
			"The summit between Peru and Chile ended on Friday.",
			[]string{"country:CHL meets country:PER"}, nil},
	})
}

// TestSensesParties: a topic, an unnamed party or a private person's
// meeting gives the section's country no part in it.
func TestSensesParties(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"talks about a state",
			"President Ana Ruiz of Peru held talks with Chile about Bolivia.",
			[]string{"person:ana_ruiz meets country:CHL"}, []string{"person:ana_ruiz meets country:BOL"}},
		{"meetings of a person with no office",
			"Peru said Peru would act. Peru is angry. Peru has spoken. Peru has asked. Peru waits.\n\n" +
				"Mr Juan Perez had become frustrated over his exclusion from some important meetings.",
			nil, []string{"country:PER meets person:juan_perez"}},
		{"a leader's talks with someone unnamed",
			"Peru said Peru would act. Peru is angry. Peru has spoken. Peru has asked. Peru waits.\n\n" +
				"Chilean President Ana Ruiz held talks with a delegation on Monday.",
			nil, []string{"country:PER meets person:ana_ruiz"}},
		{"a state's commander leads no state",
			"The Peruvian commander, Colonel Juan Perez, said the base would stay.",
			nil, []string{"person:juan_perez leader_of country:PER"}},
		{"a rebel commander leads the group",
			"Juan Perez, the commander of the Andean Liberation Front, said the base would stay.",
			[]string{"person:juan_perez leader_of org:andean_liberation_front"}, nil},
		{"a chief executive of a firm based in a capital",
			"Juan Perez, chief executive of the Lima-based firm Andes Data, told reporters.",
			nil, []string{"person:juan_perez leader_of country:PER"}},
		{"a country before a trip is where one went",
			"Peru said Peru would act. Peru is angry. Peru has spoken. Peru has asked. Peru waits.\n\n" +
				"\"I learned of his agreements during his Chile trip,\" Juan Perez said.",
			nil, []string{"country:CHL meets country:PER"}},
		{"a demonym before a visit is who went",
			"The Chinese visit to Peru ended.",
			[]string{"country:CHN meets country:PER"}, nil},
		{"a territory's chief executive",
			"Hong Kong Chief Executive Ana Ruiz travelled to Beijing on Monday.",
			[]string{"person:ana_ruiz leader_of country:HKG"}, nil},
	})
}
