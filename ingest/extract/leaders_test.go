package extract

import "testing"

// TestOfficeOfFormerState: a person's rule named by an office noun
// leads the state of the fact's year.
func TestOfficeOfFormerState(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"the government of a person in a former state's time",
			"The writer Gustav Husak spoke in Prague.\n\nIn 1975 the Husak government of the Czech Republic banned the strike.",
			[]string{"person:gustav_husak leader_of country:CSK"}, []string{"person:gustav_husak leader_of country:CZE"}},
	})
}
