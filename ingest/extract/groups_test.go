package extract

import (
	"testing"
)

// Groups named by a description, on made-up sentences: each case lists
// mentions that must be found (want) and ids that must not (not).
func TestDescribedGroups(t *testing.T) {
	checkMentionCases(t, []ruleCase{
		{"a demonym with a group noun",
			"Eritrean guerrillas crossed the border.",
			[]string{"org:eritrean_guerrillas=Eritrean guerrillas"}, []string{"country:ERI=Eritrean"}},
		{"a group modifier with a group noun",
			"Sudan armed the Muslim separatists.",
			[]string{"org:muslim_separatists=Muslim separatists"}, nil},
		{"a singular group word before a unit",
			"Somali rebel forces crossed the river.",
			[]string{"org:somali_rebel_forces=Somali rebel forces"}, nil},
		{"a demonym with a community",
			"Only Turkey recognized the Turkish Cypriots.",
			[]string{"org:turkish_cypriots=Turkish Cypriots"}, nil},
		{"a pro- compound",
			"The pro-Russian rebels attacked Ukraine.",
			[]string{"org:pro_russian_rebels=pro-Russian rebels"}, nil},
		{"a capitalised plural names a group",
			"Chile met the Communists in 1940. The Maoists attacked Nepal.",
			[]string{"org:communists=Communists", "org:maoists=Maoists"}, nil},
		{"members of a named organisation are the organisation",
			"Peru helped Bolivia defeat the rebels of the Zarqa Liberation Front.",
			[]string{"org:zarqa_liberation_front=rebels of the Zarqa Liberation Front"}, nil},
		{"a plural before a named organisation is that organisation",
			"Qatar supported the political Islamists of the Zarqa Brotherhood.",
			nil, []string{"org:islamists=Islamists"}},
		{"a person's group, by possessive and by loyalty",
			"Egypt armed Omar Bakri's faction. Chad fought forces loyal to Omar Bakri.",
			[]string{"org:omar_bakri_s_forces=Omar Bakri's faction", "org:omar_bakri_s_forces=forces loyal to Omar Bakri"}, nil},
		{"a demonym with a role noun of the state stays the state",
			"Cuban troops entered Angola. Iranian officials met them.",
			[]string{"country:CUB=Cuban", "country:IRN=Iranian"}, nil},
		{"counted fighters are people, not a group",
			"Chile sent 300 French fighters to Peru.",
			nil, []string{"org:french_fighters=French fighters"}},
		{"fighters counted by a count word are people, not a group",
			"Thousands of Eritrean fighters went to Yemen.",
			nil, []string{"org:eritrean_fighters=Eritrean fighters"}},
	})
}

func TestDescribedGroupFacts(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a state backs a described group",
			"Sudan backed the Eritrean guerrillas in 1977.",
			[]string{"country:SDN supports org:eritrean_guerrillas"}, []string{"country:SDN supports country:ERI"}},
		{"recognition of a community",
			"In 1983 only Turkey recognized the Turkish Cypriots.",
			[]string{"country:TUR recognizes org:turkish_cypriots"}, nil},
	})
}
