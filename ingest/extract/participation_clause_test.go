package extract

import "testing"

// TestDuringEventState: what a subject has or is during a war is no part
// in it; what it does is.
func TestDuringEventState(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"having something during a war",
			"During the Ruritanian War, Portugal had an urgent need for workers.",
			nil, []string{"country:PRT participated_in event:ruritanian_war"}},
		{"acting during a war",
			"During the Ruritanian War, Portugal sent troops to Spain.",
			[]string{"country:PRT participated_in event:ruritanian_war"}, nil},
	})
}
