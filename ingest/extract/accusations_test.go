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

// A verb of complaining condemns the subject of the clause it reports
// (accusations.go complainedOf). Sentences are made up.
func TestComplainedOfRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"complained that",
			"In 1990, Ghana complained that Togo had closed the border.",
			[]string{"country:GHA condemns country:TGO"}, nil},
		{"alleging that, in a participle phrase",
			"Norway defends the patrols by alleging that Sweden is moving troops north.",
			[]string{"country:NOR condemns country:SWE"}, nil},
		{"alleged without that",
			"In 2021, Kenya alleged Uganda was complicit in the raids.",
			[]string{"country:KEN condemns country:UGA"}, nil},
		{"a complaint about a thing in a place",
			"Ghana complained about the weather in Togo.",
			nil, []string{"country:GHA condemns country:TGO"}},
		{"the alleged act as an adjective",
			"The alleged plot by Togo failed in Ghana.",
			nil, []string{"country:GHA condemns country:TGO"}},
	})
}
