package extract

import "testing"

// TestRecognitionAndTies: recognition withdrawn "from" a state, and ties
// being normalised.
func TestRecognitionAndTies(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"recognition withdrawn from a state is denied",
			"In 1995 Senegal withdrew diplomatic recognition from Taiwan.",
			[]string{"NOT country:SEN recognizes country:TWN"}, []string{"country:SEN recognizes country:TWN"}},
		{"recognition received from a state is not the receiver's act",
			"Kosovo won recognition from Peru in 2010.",
			nil, []string{"country:XKX recognizes country:PER", "country:PER recognizes country:XKX"}},
		{"normalising ties holds them",
			"The deal rested on Morocco normalising ties with Israel.",
			[]string{"country:ISR diplomatic_relations country:MAR"}, nil},
	})
}
