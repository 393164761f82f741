package extract

import "testing"

// TestSignatories: the signatories of a named agreement took part in it.
func TestSignatories(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"each titled signatory of a list",
			"Peruvian Foreign Minister Ana Gervasi, Chilean President Gabriel Boric and Bolivia signed the Lima Accords in 1920.",
			[]string{"person:ana_gervasi participated_in event:lima_accords", "person:gabriel_boric participated_in event:lima_accords", "country:BOL participated_in event:lima_accords"}, nil},
		{"signing an unnamed agreement is cooperation, not taking part in an event",
			"Peru signed an agreement with Chile.",
			[]string{"country:CHL cooperation country:PER"}, nil},
	})
}
