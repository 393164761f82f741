package extract

import (
	"testing"

	"kg/graph"
	"kg/ingest/sentence"
)

// mentionsIn returns the entity mentions of a text's sentences, read one
// after another as in a document, as "id=surface".
func mentionsIn(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	st := &docState{x: x, docID: "t", entities: map[string]*graph.Entity{}, surnames: map[string]string{},
		countryMentions: map[string]int{}, personCountry: map[string]string{}, buf: getScratch()}
	defer putScratch(st.buf)
	var out []string
	for _, sn := range sentence.Split(text) {
		s := st.analyse(sn.Text)
		for _, it := range s.items {
			if it.kind == entity {
				out = append(out, it.ent+"="+it.text)
			}
		}
	}
	return out
}

// Names of organisations and events the gazetteer does not know, on
// made-up names: each case lists mentions that must be found (want) and
// ids that must not (not).
func TestNamedOrgsAndEvents(t *testing.T) {
	checkMentionCases(t, []ruleCase{
		{"head word after capitalised words",
			"Fighters of the Zarqa Liberation Front crossed the river.",
			[]string{"org:zarqa_liberation_front=Zarqa Liberation Front"}, nil},
		{"acronym defined in parentheses, then alone",
			"Chad hired the Kessel Advisory Group (KAG) last year. KAG trained its soldiers.",
			[]string{"org:kessel_advisory_group=Kessel Advisory Group (KAG)", "org:kessel_advisory_group=KAG"}, nil},
		{"acronym whose letters are not the name's initials is not taken",
			"Chad hired the Kessel Advisory Group (XYZ).",
			[]string{"org:kessel_advisory_group=Kessel Advisory Group"}, []string{"org:xyz"}},
		{"short form of a one-word name with its head",
			"Mali chose Russia's Korvel Group. Later Korvel men arrived in Bamako.",
			[]string{"org:korvel_group=Korvel Group", "org:korvel_group=Korvel"}, nil},
		{"an adjective is no short form",
			"The Jordanian Workers Party met. Jordanian officials spoke.",
			nil, []string{"org:jordanian_workers_party=Jordanian"}},
		{"a phrase of capitalised words after 'for' or 'of'",
			"The Islamic Front for the Liberation of Qatar planned a coup.",
			[]string{"org:islamic_front_for_the_liberation_of_qatar=Islamic Front for the Liberation of Qatar"}, nil},
		{"a state's own forces are the state",
			"The Iraqi Armed Forces entered the town. The Army of Chile marched.",
			[]string{"country:IRQ=Iraqi", "country:CHL=Chile"}, []string{"org:iraqi_armed_forces", "org:army_of_chile"}},
		{"a union of two states is not one organisation",
			"The Union of Chile and Peru was short-lived.",
			nil, []string{"org:union_of_chile_and_peru"}},
		{"a known organisation's body stays that organisation",
			"The NATO Council met.",
			nil, []string{"org:council", "org:nato_council"}},
		{"a firm called X",
			"Nigeria paid a small security firm called Daskor to train troops.",
			[]string{"org:daskor=Daskor"}, nil},
		{"X, a ... firm, in apposition",
			"In 2015 Nigeria hired Tarven Holdings, a Kenyan security firm, to fight rebels.",
			[]string{"org:tarven_holdings=Tarven Holdings"}, nil},
		{"no apposition through a preposition",
			"Amina Bello, a member of the party, spoke.",
			nil, []string{"org:amina_bello"}},
		{"hyphenated event name with a year after 'of'",
			"After the Second Andean-Pacific War of 1901 Chile annexed the coast.",
			[]string{"event:second_andean_pacific_war=Second Andean-Pacific War of 1901"}, nil},
		{"event head with a capitalised phrase after 'of'",
			"Chile attended the Summit of the Andes.",
			[]string{"event:summit_of_the_andes=Summit of the Andes"}, nil},
		{"named operation",
			"Peru launched Operation Silent Condor in 1995.",
			[]string{"event:operation_silent_condor=Operation Silent Condor"}, nil},
		{"an event named by its year",
			"Chile condemned the 1973 coup.",
			[]string{"event:1973_coup=1973 coup"}, nil},
		{"accords and rebellions",
			"Oman signed the Muscat Accords. The Salt Rebellion ended.",
			[]string{"event:muscat_accords=Muscat Accords", "event:salt_rebellion=Salt Rebellion"}, nil},
	})
}

// Who took part in an event, on made-up events.
func TestEventParticipants(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"the states a war's name joins",
			"After the Chilean-Peruvian War of 1880 the border moved.",
			[]string{"country:CHL participated_in event:chilean_peruvian_war", "country:PER participated_in event:chilean_peruvian_war"}, nil},
		{"a combining form in a war's name",
			"The Sino-Nepalese War ended in a treaty.",
			[]string{"country:CHN participated_in event:sino_nepalese_war", "country:NPL participated_in event:sino_nepalese_war"}, nil},
		{"one state in a war's name is no side",
			"The Chilean War of Independence ended in 1826.",
			nil, []string{"country:CHL participated_in event:chilean_war_of_independence"}},
		{"the agents of a war waged by them",
			"The 1932 Chaco War waged by Bolivia and its Paraguayan neighbour lasted three years.",
			[]string{"country:BOL participated_in event:1932_chaco_war", "country:PRY participated_in event:1932_chaco_war"}, nil},
		{"the subject after an opening 'At the summit'",
			"At the 1991 Andean Summit, Ecuador signed a trade pact with Peru.",
			[]string{"country:ECU participated_in event:1991_andean_summit"}, nil},
		{"attending a summit",
			"In 2003 Bolivia attended the Andean Summit.",
			[]string{"country:BOL participated_in event:andean_summit"}, nil},
		{"not attending it",
			"In 2003 Bolivia did not attend the Andean Summit.",
			[]string{"NOT country:BOL participated_in event:andean_summit"}, []string{"country:BOL participated_in event:andean_summit"}},
	})
}
