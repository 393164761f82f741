package extract

import "testing"

// Verbal relations read from the shape of a noun phrase (verbal.go).
// Sentences are made up.
func TestVerbalRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a compound of backing: the name backs the head",
			"Rebels toppled the U.S.-backed ruler of Chile, the Peruvian-backed Bolivian junta resisted.",
			[]string{"country:USA supports country:CHL", "country:PER supports country:BOL"}, nil},
		{"each compound backs its own head, not the other",
			"The victory of Soviet-supported Ecuador over U.S.-supported Colombia shocked Peru.",
			[]string{"country:SUN supports country:ECU", "country:USA supports country:COL"},
			[]string{"country:ECU supports country:COL"}},
		{"a compound qualifying a thing names no one backed",
			"The Kenyan-backed Somali plan failed.",
			nil, []string{"country:KEN supports country:SOM"}},
		{"a demand of whoever does what is demanded",
			"Chile insisted on a Peruvian withdrawal. Bolivia called for the removal of Chilean troops. Ecuador pushed for Colombian assurances.",
			[]string{"country:CHL demands country:PER", "country:BOL demands country:CHL", "country:ECU demands country:COL"}, nil},
		{"a demonym of a thing demanded is no one asked",
			"Chile called for the release of Peruvian prisoners.",
			nil, []string{"country:CHL demands country:PER"}},
		{"the doer of a condemned act or stance",
			"Peru opposed the Chilean intervention in Bolivia. Ecuador criticized Colombian foreign policy. Kenya voiced its opposition to Somali actions.",
			[]string{"country:PER condemns country:CHL", "country:ECU condemns country:COL", "country:KEN condemns country:SOM"},
			[]string{"country:PER condemns country:BOL"}},
		{"a demonym of a thing condemned is no one condemned",
			"Peru condemned the Chilean wine.",
			nil, []string{"country:PER condemns country:CHL"}},
		{"criticism and backing by nouns, adjectives and verbs of calling names",
			"Peru lodged a protest against Chile. Ecuador was hostile to Colombia. Kenya branded Somalia a pariah. France proved the strongest backer of Mali. Chile heaped praise on Bolivia.",
			[]string{"country:PER condemns country:CHL", "country:ECU condemns country:COL", "country:KEN condemns country:SOM", "country:FRA supports country:MLI", "country:CHL supports country:BOL"}, nil},
		{"pressure named in an opening phrase",
			"Under heavy pressure from Peru, Chile allowed an open election. At Ecuador's bidding, Colombia reopened its border.",
			[]string{"country:PER demands country:CHL", "country:ECU demands country:COL"}, nil},
	})
}

// Who speaks: a pronoun next to the speech verb of a quotation, the
// speaker of a quotation that goes on into the next sentence; and a verb
// coordinated with a denial is no denial.
func TestVerbalClaims(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text, fact, claimedBy string
		negated               bool
	}{
		{`President Pedro Castillo spoke. "We know that Ecuador is supplying weapons to Chile," he said.`, "country:ECU arms_transfer country:CHL", "person:pedro_castillo", false},
		{`President Pedro Castillo said: "Bolivia must not be appeased. Ecuador supports Chile all the way."`, "country:ECU supports country:CHL", "person:pedro_castillo", false},
		{`President Pedro Castillo said: "Bolivia must not be appeased." Ecuador supports Chile.`, "country:ECU supports country:CHL", "", false},
		{"Peru has denied the claim that it is arming Bolivia and urged Chile to focus on its problems.", "country:PER demands country:CHL", "", false},
	}
	for _, c := range cases {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object != c.fact || f.Negated != c.negated {
				continue
			}
			found = true
			if f.ClaimedBy != c.claimedBy {
				t.Errorf("%q: claimed_by %q, want %q", c.text, f.ClaimedBy, c.claimedBy)
			}
		}
		if !found {
			t.Errorf("%q: no fact %q (negated %v)", c.text, c.fact, c.negated)
		}
	}
}
