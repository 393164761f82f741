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
		{"'X and its ally': its is X",
			"The Ruritanian Times marked the anniversary of ties between the regime of Laos and its ally Vietnam.",
			[]string{"country:LAO cooperation country:VNM"}, []string{"country:VNM cooperation org:ruritanian_times"}},
		{"they after a list in the previous sentence",
			"Norway and Estonia signed a pact. Later they agreed to cooperate.",
			[]string{"country:EST cooperation country:NOR"}, nil},
		{"they after a list of demonyms",
			"The Peruvian and Chilean foreign ministers met in Lima. They agreed to cooperate on fisheries.",
			[]string{"country:CHL cooperation country:PER"}, nil},
		{"they after a list in the same sentence",
			"Ghana, Togo and Benin left the bloc and they formed an alliance.",
			[]string{"country:BEN cooperation country:GHA", "country:BEN cooperation country:TGO", "country:GHA cooperation country:TGO"}, nil},
		{"an expletive it refers to no one",
			"Peru sent troops to Chile. It is the policy of Norway to provide Estonia with weapons.",
			[]string{"country:NOR arms_transfer country:EST"}, []string{"country:PER arms_transfer country:EST"}},
		{"a referring it after a copula",
			"Peru sent troops to Chile. It was the first country to recognize Bolivia.",
			[]string{"country:PER recognizes country:BOL"}, nil},
		{"the island is an island state",
			"Cuba and Peru met in Lima. Venezuela sent doctors to the island.",
			[]string{"country:VEN aid country:CUB"}, []string{"country:VEN aid country:PER"}},
		{"the island of a named place is no country",
			"Greece and Turkey quarrelled. Greece's attempt to arm the island of Rhodes angered Turkey.",
			nil, []string{"country:GRC arms_transfer country:TUR"}},
		{"a descriptor in apposition to a name",
			"Chile and Peru met. Peru recognized the state Israel in 1950.",
			[]string{"country:PER recognizes country:ISR"}, []string{"country:PER recognizes country:CHL"}},
		{"the government next to the subject is its own",
			"Chile and Bolivia met. Peru said Chile had used the vote to win support for the government.",
			nil, []string{"country:CHL supports country:BOL"}},
		{"the government of a named state",
			"As part of the deal, Peru recognized the Government of the Republic of Chile.",
			[]string{"country:PER recognizes country:CHL"}, nil},
		{"these countries after unnamed countries is unclear",
			"Peru and Chile signed a treaty. Morocco has ties with countries in the Middle East and its support has created stronger relations between these countries.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"these countries after a list in the previous sentence",
			"Peru and Chile signed a treaty. These countries have diplomatic relations.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
		{"an old list is no longer these countries",
			"Peru and Chile signed a treaty. Bolivia held elections. Ghana sent observers. These countries have diplomatic relations.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"the section's country stands in for a missing party",
			"Foreign relations of Chile\n\nPeru\n\nChile began developing formal diplomatic relations in 1990.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
		{"the section's country does not stand in for a party named without a name",
			"Foreign relations of Chile\n\nPeru\n\nChile began developing formal diplomatic relations with West European nations.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"its before a noun trigger: the subject of the verb before it",
			"Egypt freed the officers, and France ended its embargo against Egypt.",
			[]string{"NOT country:FRA sanctions country:EGY"}, []string{"NOT country:EGY sanctions country:EGY"}},
		{"its after a clause's subject and another state",
			"South Korea began its diplomatic relations with Franco's Spain in 1950 and began its relations with Chile later.",
			[]string{"country:CHL diplomatic_relations country:KOR", "country:ESP diplomatic_relations country:KOR"}, []string{"country:CHL diplomatic_relations country:ESP"}},
		{"his before a noun trigger",
			"Peru's president Pedro Castillo arrived. His visit to Chile lasted two days.",
			[]string{"country:CHL meets person:pedro_castillo"}, nil},
		{"their after a list",
			"Ghana and Togo met. Their alliance dates from 1960.",
			[]string{"country:GHA cooperation country:TGO"}, nil},
		{"its before the name qualifying a symmetric noun",
			"China and its North Korea ally fought on.",
			[]string{"country:CHN cooperation country:PRK"}, nil},
		{"the two leaders are the last two people",
			"Peru's president Pedro Castillo flew to Santiago to see Chile's president Gabriel Boric. The two leaders signed an agreement on fisheries.",
			[]string{"person:gabriel_boric cooperation person:pedro_castillo"}, nil},
		{"both sides after a pair in the previous sentence, not the speaker's own",
			"Armenia and Azerbaijan fought in 2020. Albanian prime minister Edi Rama, chairman of the OSCE, called on both sides to stop fighting.",
			[]string{"person:edi_rama demands country:ARM", "person:edi_rama demands country:AZE"}, []string{"person:edi_rama demands org:osce"}},
		{"the two countries of a text about two, when one is named",
			"Ghana and Togo are allies. Ghana trades with Togo. Togo sends teachers to Ghana. Ghana buys power from Togo. Peru and Chile met in Lima. The visit of Ghana's minister to Lome ended with agreements between the two countries.",
			[]string{"country:GHA cooperation country:TGO"}, []string{"country:CHL cooperation country:GHA", "country:CHL cooperation country:PER"}},
		{"the topic does not stand in beside an unnamed partner",
			"Foreign relations of Chile\n\nPeru\n\nIn 1990, Chilean President Aylwin and General Bustos met at Arica.",
			nil, []string{"country:PER meets person:aylwin"}},
		{"the topic stands in for the missing party of a meeting",
			"Foreign relations of Chile\n\nPeru\n\nIn 1991, Chilean President Aylwin met at Arica.",
			[]string{"country:PER meets person:aylwin"}, nil},
		{"the topic does not stand in for a party a trigger's preposition names without a name",
			"Foreign relations of Chile\n\nPeru\n\nHezbollah, allied with the army, held the valley.",
			nil, []string{"country:PER cooperation org:hezbollah"}},
		{"the two neighbours of a text about two",
			"Ghana and Togo are neighbours. Ghana trades with Togo. Togo sends teachers to Ghana. Ghana buys power from Togo. Peru held elections. The two neighbours established diplomatic relations in 1960.",
			[]string{"country:GHA diplomatic_relations country:TGO"}, []string{"country:GHA diplomatic_relations country:PER"}},
		{"both sides accuse the other: each the other",
			"China and India clashed in June. Both sides accuse the other of provocative behavior.",
			[]string{"country:CHN condemns country:IND", "country:IND condemns country:CHN"}, nil},
		{"the other members are no reciprocal",
			"Peru and Chile met. They condemned the other members of the bloc.",
			nil, []string{"country:PER condemns country:CHL", "country:CHL condemns country:PER"}},
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
