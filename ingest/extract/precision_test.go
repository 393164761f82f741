package extract

import "testing"

// TestPrecisionLists: a list of subjects gives one fact per member, and
// an exception or a switch of recognition says what is not so.
func TestPrecisionLists(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a list of subjects condemns",
			"Peru, Chile and Bolivia condemned Ecuador.",
			[]string{"country:PER condemns country:ECU", "country:CHL condemns country:ECU", "country:BOL condemns country:ECU"}, nil},
		{"a coalition led by a list attacks",
			"A coalition led by Peru, Chile and Bolivia began air strikes on Ecuador in 2014.",
			[]string{"country:PER attack country:ECU", "country:CHL attack country:ECU", "country:BOL attack country:ECU"}, nil},
		{"switching recognition recognizes one and no longer the other",
			"Senegal switched recognition from Taiwan to China in 2005.",
			[]string{"country:SEN recognizes country:CHN", "NOT country:SEN recognizes country:TWN"},
			[]string{"country:SEN recognizes country:TWN"}},
		{"countries including a list switch recognition",
			"Countries including Panama, Costa Rica and Honduras switched their recognition from Taiwan to China.",
			[]string{"country:PAN recognizes country:CHN", "country:CRI recognizes country:CHN", "country:HND recognizes country:CHN",
				"NOT country:PAN recognizes country:TWN", "NOT country:HND recognizes country:TWN"},
			[]string{"country:HND recognizes country:TWN"}},
		{"an exception from a whole is negated",
			"Ghana recognises all UN members except Israel and Taiwan.",
			[]string{"NOT country:GHA recognizes country:ISR", "NOT country:GHA recognizes country:TWN"},
			[]string{"country:GHA recognizes org:united_nations", "country:GHA recognizes country:ISR"}},
	})
}

// TestPrecisionAidAndSanctions: aid and sanctions begun, ended, refused
// or made harsher, and a state branded a sponsor of terrorism.
func TestPrecisionAidAndSanctions(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"suspended aid", "Norway suspended aid to Kenya in 2012.", []string{"NOT country:NOR aid country:KEN"}, []string{"country:NOR aid country:KEN"}},
		{"refused to restore aid", "Norway refused to restore aid to Kenya.", []string{"NOT country:NOR aid country:KEN"}, nil},
		{"restored aid", "Norway restored aid to Kenya in 2014.", []string{"country:NOR aid country:KEN"}, nil},
		{"lifted sanctions", "Norway lifted sanctions on Kenya in 2014.", []string{"NOT country:NOR sanctions country:KEN"}, nil},
		{"tightened sanctions", "Norway tightened sanctions on Kenya in 2014.", []string{"country:NOR sanctions country:KEN"}, nil},
		{"imposed sanctions", "Norway imposed sanctions on Kenya in 2014.", []string{"country:NOR sanctions country:KEN"}, nil},
		{"a sponsor of terrorism", "In 2015 Norway declared Kenya a state sponsor of terrorism.", []string{"country:NOR condemns country:KEN"}, nil},
		{"an embargo on arms is no transfer",
			"Japan continued an embargo on arms to Peru.",
			[]string{"country:JPN sanctions country:PER"}, []string{"country:JPN arms_transfer country:PER"}},
		{"an embargo on new arms deliveries is no transfer",
			"Japan imposed an embargo on new arms deliveries to Peru.",
			nil, []string{"country:JPN arms_transfer country:PER"}},
		{"not ruling out a cut is no cut",
			"Norway has not ruled out cutting aid to Kenya.",
			nil, []string{"NOT country:NOR aid country:KEN", "country:NOR aid country:KEN"}},
	})
}

// TestPrecisionMeetings: who meets whom, and who only hosts or is the
// place of a meeting.
func TestPrecisionMeetings(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a meeting in a third country",
			"Norway and Kenya met in Geneva.",
			[]string{"country:KEN meets country:NOR"}, nil},
		{"talks at a hotel in a third country",
			"Peruvian officials held talks with Chile at a hotel in Panama City.",
			[]string{"country:CHL meets country:PER"}, []string{"country:PAN meets country:PER", "country:CHL meets country:PAN"}},
		{"talks at a hotel of a capital",
			"Peruvian officials held talks at a Panama City hotel.",
			nil, []string{"country:PAN meets country:PER"}},
		{"arriving for a summit is no visit to the host",
			"The Peruvian president arrived in Panama City for the summit.",
			nil, []string{"country:PAN meets country:PER"}},
		{"arriving at a summit's venue named before",
			"Leaders gather this weekend for a regional summit in Panama.\n\nThe Peruvian president arrived in Panama City on Friday.",
			nil, []string{"country:PAN meets country:PER"}},
		{"arriving is a visit",
			"The Peruvian president arrived in Santiago in 2011.",
			[]string{"country:CHL meets country:PER"}, nil},
		{"hosting others' talks",
			"Turkey hosted Russia-Ukraine talks in Istanbul.",
			[]string{"country:RUS meets country:UKR"}, []string{"country:RUS meets country:TUR", "country:TUR meets country:UKR"}},
		{"hosting talks between two",
			"Turkey hosted talks between Russia and Ukraine in Istanbul.",
			[]string{"country:RUS meets country:UKR"}, []string{"country:RUS meets country:TUR"}},
		{"a conference hosted by a minister",
			"Ministers at a conference in Lima, hosted by Peru's foreign minister, failed to agree.",
			nil, []string{"country:PER meets country:CHL"}},
		{"hosting a fleet is no visit",
			"Oman was criticised for hosting the United States Fifth Fleet.",
			nil, []string{"country:OMN meets country:USA"}},
		{"officials in host countries",
			"Cuban officials in host countries keep the doctors' passports.",
			nil, []string{"country:CUB meets country:CUB"}},
		{"a ship visiting is no meeting",
			"A Chilean navy ship visited Peru in 2010.",
			nil, []string{"country:CHL meets country:PER"}},
		{"a delegation visiting is",
			"A Chilean trade delegation visited Peru in 2010.",
			[]string{"country:CHL meets country:PER"}, nil},
		{"a cancelled meeting",
			"The crisis forced Chilean President Luis Ortega to cancel a summit meeting with Peru.",
			[]string{"NOT person:luis_ortega meets country:PER"}, []string{"person:luis_ortega meets country:PER"}},
		{"a visit by one's own leader",
			"Peruvian President Luis Ortega returned to Peru and met the president of Chile.",
			nil, []string{"person:luis_ortega meets country:PER"}},
	})
}

// TestPrecisionNotActs: speakers, prohibitions, plans and geography.
func TestPrecisionNotActs(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a broadcaster told is no party",
			"Peruvian officials told the BBC that Chile had sent troops to Bolivia.",
			[]string{"country:CHL military_support country:BOL"}, []string{"country:PER military_support country:BOL"}},
		{"an interview is no party",
			"Peru said in an interview with CNN that Chile supports Bolivia.",
			[]string{"country:CHL supports country:BOL"}, []string{"country:PER supports country:BOL"}},
		{"barred from supplying",
			"Under the resolution, states are barred from supplying arms to Libya.",
			nil, []string{"country:LBY arms_transfer country:LBY"}},
		{"a meeting planned for next month",
			"Peru and Chile agreed to hold talks next month.",
			nil, []string{"country:CHL meets country:PER"}},
		{"would not permit a delivery",
			"The United States would not permit weapons to be delivered to Cuba.",
			nil, []string{"country:USA arms_transfer country:CUB", "NOT country:USA arms_transfer country:CUB"}},
		{"borders meeting",
			"The dispute involves an area in the Himalayas where China, India and Nepal meet.",
			nil, []string{"country:CHN meets country:IND", "country:IND meets country:NPL"}},
		{"leaders meeting where",
			"Geneva was where Peru and Chile met in 1990.",
			[]string{"country:CHL meets country:PER"}, nil},
		{"a minister is no leader",
			"Romania's Foreign Minister Ion Popescu met Peru's President Alan Garcia.",
			[]string{"person:alan_garcia leader_of country:PER", "person:ion_popescu meets person:alan_garcia"},
			[]string{"person:ion_popescu leader_of country:ROU"}},
	})
}

// TestPrecisionNouns: verb forms a possessive or a restriction makes
// nouns of what is no act.
func TestPrecisionNouns(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"an embargo on a list of sales and assistance",
			"Japan declared an embargo on arms sales and assistance to Peru.",
			nil, []string{"country:JPN aid country:PER", "country:JPN arms_transfer country:PER"}},
		{"a possessive makes support a noun",
			"Iran's public support was largely limited to Syria and Libya.",
			nil, []string{"country:IRN supports country:SYR", "country:IRN supports country:LBY"}},
		{"a possessive makes supply a noun",
			"The deal included a Norwegian guarantee of Chile's oil supply.",
			nil, []string{"country:NOR aid country:CHL"}},
		{"the possessor of a noun acts, past an adjective in -ed",
			"Peru is wary of Chile's continued support for Bolivia.",
			[]string{"country:CHL supports country:BOL"}, []string{"country:PER supports country:BOL"}},
		{"the possessor of a noun acts, past a quotation mark",
			"Peru is wary of Chile's 'support for Bolivia'.",
			[]string{"country:CHL supports country:BOL"}, []string{"country:PER supports country:BOL"}},
	})
}

// TestPrecisionParticipation: an act takes part in the event it is
// dated in, not in one it comes after.
func TestPrecisionParticipation(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"during a war",
			"During World War II, Peruvian forces attacked Ecuador.",
			[]string{"country:PER participated_in event:world_war_ii"}, nil},
		{"at the end of a war",
			"At the end of World War II, Peruvian forces attacked Ecuador.",
			[]string{"country:PER attack country:ECU"}, []string{"country:PER participated_in event:world_war_ii"}},
		{"long after a war the paragraph named",
			"World War II began in 1939. In 1960 Peruvian forces attacked Ecuador.",
			[]string{"country:PER attack country:ECU"}, []string{"country:PER participated_in event:world_war_ii"}},
		{"an era is no event one takes part in",
			"During the Cold War, Peru sent military advisers to Ecuador.",
			[]string{"country:PER military_support country:ECU"}, []string{"country:PER participated_in event:cold_war"}},
		{"a system of rule is no event one takes part in",
			"Apartheid lasted for decades. Chile sent troops to Ecuador to fight the apartheid regime.",
			[]string{"country:CHL military_support country:ECU"}, []string{"country:CHL participated_in event:apartheid"}},
	})
}

// TestPrecisionUnrealized: an act only intended, asked for or possible,
// or named in a message, is no fact; one its own clause states is.
func TestPrecisionUnrealized(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a noun of intent",
			"Bolivia warned of Chile's intention to attack Ecuador.",
			nil, []string{"country:CHL attack country:ECU", "country:BOL attack country:ECU", "country:PER attack country:ECU"}},
		{"a gerund after a noun of chance",
			"Chile missed its opportunity for aiding Ecuador.",
			nil, []string{"country:CHL aid country:ECU"}},
		{"a request for a state to act",
			"Bolivia made a formal request for Chile to send troops to Peru.",
			nil, []string{"country:CHL military_support country:PER"}},
		{"wanting another to act",
			"Peru's president wanted Chile to side with Ecuador in the dispute.",
			nil, []string{"country:CHL supports country:ECU"}},
		{"calling on another to act",
			"Peru called on Chile to impose sanctions on Ecuador.",
			[]string{"country:PER demands country:CHL"}, []string{"country:CHL sanctions country:ECU"}},
		{"a letter sent is no transfer of what it names",
			"Chile sent a letter to Peru about the weapons it wants for its army.",
			nil, []string{"country:CHL arms_transfer country:PER"}},
		{"a letter sent to one named first",
			"Chile sent Peru a letter about weapons.",
			nil, []string{"country:CHL arms_transfer country:PER"}},
		{"arms sent",
			"Chile sent arms to Peru.",
			[]string{"country:CHL arms_transfer country:PER"}, nil},
		{"a reason for a state to act is no request",
			"The flood made it urgent for Chile to send 500 workers to Ecuador.",
			[]string{"country:CHL aid country:ECU"}, nil},
	})
}
