package extract

import (
	"testing"
)

// Headings as context, on made-up documents.
func TestSectionPair(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a heading naming one country in a document about another",
			"Foreign relations of Laos\n\nLaos keeps a neutral foreign policy.\n\nChile\n\nBoth countries established diplomatic relations in 1975.",
			[]string{"country:CHL diplomatic_relations country:LAO"}, nil},
		{"the previous section's countries are not 'both countries'",
			"Foreign relations of Laos\n\nLaos and Vietnam signed a treaty in 1977.\n\nChile\n\nBoth countries established diplomatic relations in 1975.",
			[]string{"country:CHL diplomatic_relations country:LAO"}, []string{"country:LAO diplomatic_relations country:VNM"}},
		{"a heading naming no country brings back the title's pair",
			"Chile–Peru relations\n\nBolivia\n\nBolivia sent envoys.\n\nHistory\n\nBoth countries established diplomatic relations in 1975.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
	})
}
