package extract

import "testing"

// TestListMembers: every member of a list of actors takes part in the
// fact, however the list is joined.
func TestListMembers(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"neither … nor negates each subject",
			"Neither Peru, Chile nor Bolivia recognized Kosovo.",
			[]string{"NOT country:PER recognizes country:XKX", "NOT country:CHL recognizes country:XKX", "NOT country:BOL recognizes country:XKX"},
			[]string{"country:PER recognizes country:XKX"}},
		{"neither … nor negates each object",
			"Peru recognized neither Kosovo nor Taiwan.",
			[]string{"NOT country:PER recognizes country:XKX", "NOT country:PER recognizes country:TWN"},
			[]string{"country:PER recognizes country:XKX"}},
		{"a member before 'and other countries including'",
			"France and other countries including Spain and Italy condemned Belarus.",
			[]string{"country:FRA condemns country:BLR", "country:ESP condemns country:BLR", "country:ITA condemns country:BLR"}, nil},
		{"members before 'and other nations such as'",
			"Peru, Chile and other nations such as Bolivia condemned Belarus.",
			[]string{"country:PER condemns country:BLR", "country:CHL condemns country:BLR", "country:BOL condemns country:BLR"}, nil},
		{"a relative clause inside a list of subjects",
			"Peru, which borders Brazil, and Chile condemned Belarus.",
			[]string{"country:PER condemns country:BLR", "country:CHL condemns country:BLR"},
			[]string{"country:BRA condemns country:BLR"}},
		{"an apposition inside a list of subjects",
			"Peru, a neighbour of Brazil, and Chile condemned Belarus.",
			[]string{"country:PER condemns country:BLR", "country:CHL condemns country:BLR"},
			[]string{"country:BRA condemns country:BLR"}},
		{"an apposition inside a list of objects",
			"Canada imposed sanctions on Peru, a neighbour of Brazil, and Chile.",
			[]string{"country:CAN sanctions country:PER", "country:CAN sanctions country:CHL"},
			[]string{"country:CAN sanctions country:BRA"}},
		{"a partner set off by ', as well as'",
			"Peru and Chile, as well as Bolivia, condemned Belarus.",
			[]string{"country:PER condemns country:BLR", "country:CHL condemns country:BLR", "country:BOL condemns country:BLR"}, nil},
		{"organisations and a person",
			"The European Union, the OSCE and Pope Francis called on Peru to end the blockade.",
			[]string{"org:european_union demands country:PER", "person:pope_francis demands country:PER"}, nil},
		{"an acronym in brackets",
			"The European Union (EU), NATO and Japan condemned Russia.",
			[]string{"org:european_union condemns country:RUS", "org:nato condemns country:RUS", "country:JPN condemns country:RUS"}, nil},
		{"the signatories of a joint statement",
			"In a joint statement on Monday, Peru, Chile and Bolivia condemned Ecuador.",
			[]string{"country:PER condemns country:ECU", "country:CHL condemns country:ECU", "country:BOL condemns country:ECU"}, nil},
		{"pairs of pairs",
			"Peru and Chile, Bolivia and Ecuador signed a treaty.",
			[]string{"country:PER cooperation country:ECU", "country:CHL cooperation country:BOL"}, nil},
	})
}
