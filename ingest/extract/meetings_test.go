package extract

import "testing"

// TestOpeningMeetings: meetings told around a trigger rather than by it.
func TestOpeningMeetings(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a meeting opening the sentence: the subject meets whom it tells",
			"Chilean President Gabriel Boric and Peruvian President Dina Boluarte were in Lima.\n\nIn a later meeting, Boric told Boluarte that he would sell her gas.",
			[]string{"person:dina_boluarte meets person:gabriel_boric"}, nil},
		{"a phone call opening the sentence: the subject meets whom it urges",
			"During a phone call in May, Chilean President Gabriel Boric urged Peruvian President Dina Boluarte to reopen the border.",
			[]string{"person:dina_boluarte meets person:gabriel_boric"}, nil},
		{"an opening phrase without a meeting states none",
			"In a later speech, Chilean President Gabriel Boric urged Peruvian President Dina Boluarte to reopen the border.",
			nil, []string{"person:dina_boluarte meets person:gabriel_boric"}},
		{"a gerund after an article and an adjective is a noun",
			"It was the first meeting of its kind since Fidel Castro and Dwight Eisenhower spoke in 1959.",
			nil, []string{"person:dwight_d_eisenhower meets person:fidel_castro", "person:fidel_castro meets person:dwight_d_eisenhower"}},
		{"a gerund after an article and a noun stays a verb",
			"Granma published a piece praising Vietnam.",
			[]string{"org:granma supports country:VNM"}, nil},
		{"coordinated subjects meeting with others do not meet each other",
			"Kenya and Uganda met with local leaders in 2010.",
			nil, []string{"country:KEN meets country:UGA"}},
		{"a 'between' of an earlier noun is not the trigger's",
			"The dispute between Kenya and Uganda grew as Kenya recalled its envoy for consultations.",
			nil, []string{"country:KEN meets country:UGA"}},
		{"an envoy recalled for consultations meets no one",
			"Kenya recalled its ambassador from Uganda for urgent consultations.",
			nil, []string{"country:KEN meets country:UGA"}},
		{"a 'between' opening the clause is the trigger's",
			"Between Kenya and Uganda there were consultations in 2010.",
			[]string{"country:KEN meets country:UGA"}, nil},
		{"a trip to a state is a visit",
			"Chilean President Gabriel Boric's trip to Lima in 2023 was short.",
			[]string{"country:PER meets person:gabriel_boric"}, nil},
		{"visits in a capital",
			"Chilean President Gabriel Boric made several visits in Lima.",
			[]string{"country:PER meets person:gabriel_boric"}, nil},
		{"', and' before a possessor joins phrases, not owners",
			"Officers were held in Bolivia, and Chilean President Gabriel Boric's trip to Lima followed.",
			[]string{"country:PER meets person:gabriel_boric"}, []string{"country:BOL meets country:PER"}},
		{"met with an abstract noun is no meeting",
			"The Peruvian proposal met with opposition from Chile.",
			nil, []string{"country:CHL meets country:PER"}},
	})
}
