package extract

import "testing"

// The act inside an accusation is the accused's, claimed by the accuser
// (accusations.go). Sentences are made up.
func TestAccusedActs(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, fact, claimedBy string
	}{
		{"a noun act the accused is blamed for",
			"Chile blamed Peru for the attack on Bolivia.", "country:PER attack country:BOL", "country:CHL"},
		{"each accused of a noun act",
			"Chile accused Peru and Ecuador of an airstrike on Bolivia.", "country:ECU attack country:BOL", "country:CHL"},
		{"a passive accusation is claimed by its agent",
			"Peru was accused by Chile of arming Bolivia.", "country:PER arms_transfer country:BOL", "country:CHL"},
		{"a passive accusation of a noun act",
			"Peru was accused by Chile of the attack on Bolivia.", "country:PER attack country:BOL", "country:CHL"},
		{"a reduced relative accusation",
			"Peru, accused by Chile of arming Bolivia, denied it.", "country:PER arms_transfer country:BOL", "country:CHL"},
	} {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Negated || f.Subject+" "+f.Relation+" "+f.Object != c.fact {
				continue
			}
			found = true
			if f.ClaimedBy != c.claimedBy {
				t.Errorf("%s: %q: claimed_by %q, want %q", c.name, c.text, f.ClaimedBy, c.claimedBy)
			}
		}
		if !found {
			t.Errorf("%s: %q: no fact %q", c.name, c.text, c.fact)
		}
	}
	checkRuleCases(t, []ruleCase{
		{"a condemned act without an accused has no actor",
			"Chile condemned the attack on Bolivia.", nil, []string{"country:CHL attack country:BOL"}},
	})
}
