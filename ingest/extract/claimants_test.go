package extract

import "testing"

// Who claims a fact, in made-up sentences: speakers after a quotation in
// single quotes, and reporting verbs beyond "said".
func TestClaimants(t *testing.T) {
	checkClaimCases(t, []claimCase{
		{"a pronoun after a quotation in single quotes",
			"Chilean President Gabriel Boric spoke on Monday.\n\n'We know that Peru is sending weapons to Bolivia,' he said.",
			"country:PER arms_transfer country:BOL", "person:gabriel_boric"},
		{"a name after a quotation in single quotes",
			"'Peru is sending weapons to Bolivia,' Gabriel Boric said.",
			"country:PER arms_transfer country:BOL", "person:gabriel_boric"},
		{"a plural present claim",
			"Bolivian officials claim that Peru sent weapons to Chile.",
			"country:PER arms_transfer country:CHL", "country:BOL"},
		{"maintained that",
			"Chile maintained that Peru had sent weapons to Bolivia.",
			"country:PER arms_transfer country:BOL", "country:CHL"},
		{"maintained is no speech before an object",
			"Chile and Peru maintained ties.",
			"country:CHL diplomatic_relations country:PER", ""},
		{"a possessive before claim names the claim",
			"Bolivia's claim that Peru had sent weapons to Ecuador surprised Chile.",
			"country:PER arms_transfer country:ECU", ""},
	})
}
