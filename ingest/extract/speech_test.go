package extract

import "testing"

// Verbal relations read from constructions rather than a trigger and its
// object (speech.go). Sentences are made up.
func TestSpeechRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"recalling an ambassador condemns the state",
			"Peru responded by recalling its ambassador from Chile.",
			[]string{"country:PER condemns country:CHL"}, nil},
		{"expelling a state's envoy condemns it",
			"Kenya expelled the Somali ambassador in 2019.",
			[]string{"country:KEN condemns country:SOM"}, nil},
		{"a planned recall is no act",
			"Peru may recall its ambassador from Chile.",
			nil, []string{"country:PER condemns country:CHL"}},
		{"seeing a state as a threat",
			"Chile sees a Bolivian presence on the coast as a threat.",
			[]string{"country:CHL condemns country:BOL"}, nil},
		{"declaring a state a threat",
			"In 2015 Peru declared Ecuador a national security threat.",
			[]string{"country:PER condemns country:ECU"}, nil},
		{"seen as a threat by: each agent condemns",
			"The exercises worried Finland, seen as a threat by Norway and Sweden.",
			[]string{"country:NOR condemns country:FIN", "country:SWE condemns country:FIN"}, nil},
		{"designated as a sponsor, or as an ally",
			"Canada has designated Libya as a state sponsor of terrorism. Japan designated Kenya as a major ally.",
			[]string{"country:CAN condemns country:LBY", "country:JPN supports country:KEN"}, []string{"country:JPN condemns country:KEN"}},
		{"a threat in reported speech is the speaker's condemnation",
			"Ghana said Togo was 'the biggest threat to peace'.",
			[]string{"country:GHA condemns country:TGO"}, nil},
		{"critical of a state's policy",
			"Uruguay is critical of Brazilian foreign policy.",
			[]string{"country:URY condemns country:BRA"}, nil},
		{"opposing a state's act",
			"Bolivia opposed Chile's intervention in Peru.",
			[]string{"country:BOL condemns country:CHL"}, nil},
		{"verbs of bidding with an infinitive demand",
			"In 2005, Norway pressured Sudan to leave Chad. Ghana, Togo and Benin forced Niger to withdraw. Egypt wants Sudan to release water.",
			[]string{"country:NOR demands country:SDN", "country:GHA demands country:NER", "country:TGO demands country:NER", "country:BEN demands country:NER", "country:EGY demands country:SDN"}, nil},
		{"a bidding verb without an infinitive demands nothing",
			"Norway wants Sudan.",
			nil, []string{"country:NOR demands country:SDN"}},
		{"calling for a state to act",
			"The EU has called for Armenia to stop fighting.",
			[]string{"org:european_union demands country:ARM"}, nil},
		{"seeking support from a state is asking it",
			"Nepal sought support from India.",
			[]string{"country:NPL demands country:IND"}, []string{"country:IND supports country:NPL"}},
		{"warning a state threatens it",
			"Russia has warned Estonia that it would face consequences.",
			[]string{"country:RUS threatens country:EST"}, nil},
		{"the government of a state is the state",
			"The Government of Japan has urged the Government of Peru to act.",
			[]string{"country:JPN demands country:PER"}, nil},
		{"an object pronoun is not the subject itself",
			"Kenya cut ties with Somalia, accusing it of interference.",
			[]string{"country:KEN condemns country:SOM"}, nil},
		{"material support is no public backing",
			"Canada provided logistical and intelligence support to Jordan. Norway gave armed support to Chad.",
			nil, []string{"country:CAN supports country:JOR", "country:NOR supports country:TCD"}},
		{"support in the form of something material is no public backing",
			"Norway lent support to Kenya in the form of intelligence on rebel camps.",
			nil, []string{"country:NOR supports country:KEN"}},
		{"support in the form of words is backing",
			"Chile gave support to Peru in the form of a public statement.",
			[]string{"country:CHL supports country:PER"}, nil},
		{"support received from a state",
			"Cyprus is receiving strong support from Greece.",
			[]string{"country:GRC supports country:CYP"}, []string{"country:CYP supports country:GRC"}},
	})
}

// Who claims what: the condemner claims the act it condemns; a denial
// that refers back denies the accused's facts; "states" after a noun is
// no reporting verb.
func TestSpeechClaims(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		text, fact, claimedBy string
		negated               bool
	}{
		{"Canada condemns the delivery of Iranian drones to Russia.", "country:IRN arms_transfer country:RUS", "country:CAN", false},
		{"Israel accused Iran of arming Hezbollah. Tehran denied the allegations.", "country:IRN arms_transfer org:hezbollah", "country:IRN", true},
		{"Chile and other member states have blamed Peru for the unrest.", "country:CHL condemns country:PER", "", false},
		{"Hezbollah claimed to have attacked Israel.", "org:hezbollah attack country:ISR", "org:hezbollah", false},
		{"Peru is lifting sanctions on Chile, President Dina Boluarte has announced.", "country:PER sanctions country:CHL", "person:dina_boluarte", true},
	}
	for _, c := range cases {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object != c.fact || f.Negated != c.negated {
				continue
			}
			found = true
			if f.ClaimedBy != c.claimedBy {
				t.Errorf("%q: claimed_by %q, want %q", c.text, f.ClaimedBy, c.claimedBy)
			}
		}
		if !found {
			t.Errorf("%q: no fact %q (negated %v)", c.text, c.fact, c.negated)
		}
	}
}

// A demand records what is demanded.
func TestDemandAction(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ text, action string }{
		{"Norway urged Sudan to open its border.", "open its border"},
		{"Norway pressured Sudan to leave Chad, officials said.", "leave Chad"},
	} {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Relation == "demands" {
				found = true
				if f.Action != c.action {
					t.Errorf("%q: action %q, want %q", c.text, f.Action, c.action)
				}
			}
		}
		if !found {
			t.Errorf("%q: no demand", c.text)
		}
	}
}

// A verbal act is dated by the year named before its verb, not by one in
// what is said.
func TestSpeechYears(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want int
	}{
		{"On 3 May 2016, Kenya cut ties with Somalia, accusing it of backing the 2011 uprising.", 2016},
		{"In 2015 Peru declared Ecuador a threat to the 1990 accord.", 2015},
		{"Chile condemned Peru in 1999.", 1999},
	} {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Relation == "condemns" {
				found = true
				if f.Year != c.want {
					t.Errorf("%q: year %d, want %d", c.text, f.Year, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no condemns fact", c.text)
		}
	}
}

// A copula's complement in what someone says that casts its subject, or
// the one whose act it is, as a threat or in a bad light (speech.go
// calledThreat). Sentences are made up.
func TestCalledBadRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"an indefinite threat noun",
			"In 1990, Ghana said Togo was a threat.",
			[]string{"country:GHA condemns country:TGO"}, nil},
		{"a state's act called a threat",
			"Norway said Sweden's decision was a 'grave danger'.",
			[]string{"country:NOR condemns country:SWE"}, nil},
		{"a disparaging adjective in quotes",
			"The Ghanaian foreign ministry said Togo's move was “completely unjustified”.",
			[]string{"country:GHA condemns country:TGO"}, nil},
		{"an act of aggression",
			"Kenya said Uganda's embargo was an 'act of aggression'.",
			[]string{"country:KEN condemns country:UGA"}, nil},
		{"a demonym's stance noun",
			"Chile said the Bolivian measures were illegal.",
			[]string{"country:CHL condemns country:BOL"}, nil},
		{"a disparaging word about no one's act condemns no one",
			"Chile said the war was illegal. Peru said the report was absurd.",
			nil, []string{"country:CHL condemns country:PER", "country:PER condemns country:CHL"}},
		{"the people of a demonym are no act",
			"Chile said the Bolivian people were hostile to the plan.",
			nil, []string{"country:CHL condemns country:BOL"}},
	})
}

// A modal of obligation said of someone in reported speech demands of it
// (speech.go obligedBySpeaker); the speaker after an opening date or
// "as". Sentences are made up.
func TestObligedBySpeakerRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"must in a reported clause",
			"In 1990, Ghana said Togo must withdraw its troops.",
			[]string{"country:GHA demands country:TGO"}, nil},
		{"had to after an opening date and an article",
			"In 2004 the EU said Serbia had to hand over the suspects.",
			[]string{"org:european_union demands country:SRB"}, nil},
		{"a speaker after a subordinating as",
			"The talks stalled, as Norway said Sweden needed to compromise.",
			[]string{"country:NOR demands country:SWE"}, nil},
		{"a passive obligation demands nothing of its subject",
			"Ghana said Togo must be punished.",
			nil, []string{"country:GHA demands country:TGO"}},
		{"an obligation of the speaker itself",
			"Ghana said it must act.",
			nil, []string{"country:GHA demands country:GHA"}},
		{"no speaker, no demand",
			"Togo must withdraw its troops from Benin.",
			nil, []string{"country:TGO demands country:BEN", "country:BEN demands country:TGO"}},
	})
}

// A verb phrase after ", and" shares the subject of the one before it,
// the subject of the clause a subordinator opens (clause.go). Sentences
// are made up.
func TestCommaAndVerbPhraseRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a demand after a comma and and",
			"In 2011, Ghana recalled its ambassador from Togo, and called on the AU to act.",
			[]string{"country:GHA condemns country:TGO", "country:GHA demands org:african_union"}, nil},
		{"the subject after a subordinator",
			"The feud between Norway and Sweden grew as Norway expelled the Swedish envoy, and urged Finland to mediate.",
			[]string{"country:NOR demands country:FIN"}, []string{"country:SWE demands country:FIN"}},
		{"a new clause with its own subject",
			"Ghana recalled its ambassador from Togo, and Benin urged Niger to act.",
			[]string{"country:BEN demands country:NER"}, []string{"country:GHA demands country:NER"}},
	})
}

// A noun of condemning in apposition or after a copula (verbal.go
// critics). Sentences are made up.
func TestCriticsRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a list in apposition to a possessor's critics",
			"Oslo hosted the talks, with the backing of Ghana and Togo, two of Benin's fiercest critics.",
			[]string{"country:GHA condemns country:BEN", "country:TGO condemns country:BEN"}, nil},
		{"a critic of after a comma",
			"Norway, a vocal critic of Sweden, hosted the summit.",
			[]string{"country:NOR condemns country:SWE"}, nil},
		{"a critic after a copula",
			"Kenya is a critic of Uganda.",
			[]string{"country:KEN condemns country:UGA"}, nil},
		{"critics without a holder",
			"Critics of Uganda met in Kenya.",
			nil, []string{"country:KEN condemns country:UGA"}},
	})
}

// An act done over someone's objections (verbal.go overObjections).
// Sentences are made up.
func TestOverObjectionsRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"over the objections of an organisation",
			"In 1962, Ghana annexed the strip over the objections of the United Nations.",
			[]string{"org:united_nations condemns country:GHA"}, nil},
		{"despite a possessor's protests, each actor",
			"Norway and Finland built the pipeline despite Sweden's protests.",
			[]string{"country:SWE condemns country:NOR", "country:SWE condemns country:FIN"}, nil},
		{"a planned act over objections is no act yet",
			"Norway may build the pipeline over the objections of Sweden.",
			nil, []string{"country:SWE condemns country:NOR"}},
		{"objections without an objector",
			"Norway built the pipeline over the objections of many.",
			nil, []string{"country:NOR condemns country:NOR"}},
	})
}

// Nouns and phrasal verbs of condemning (lexicon/triggers.tsv). Sentences
// are made up.
func TestCondemningNounRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a possessive pronoun's rhetoric against",
			"In 2009, President Tom Keller's visit to Ghana and his harsh rhetoric against Togo worried investors.",
			[]string{"person:tom_keller condemns country:TGO"}, nil},
		{"a possessor's censure of",
			"Norway's public censure of Sweden soured relations.",
			[]string{"country:NOR condemns country:SWE"}, nil},
		{"a complaint against",
			"In 1990, Kenya filed a complaint against Uganda.",
			[]string{"country:KEN condemns country:UGA"}, nil},
		{"spoke out against",
			"Ghana spoke out against Togo.",
			[]string{"country:GHA condemns country:TGO"}, nil},
	})
}

// The partners of a speech act's subject (speech.go emitSpeech).
// Sentences are made up.
func TestSpeechPartnersRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"along with a partner, bidding",
			"In 2003, Norway, along with the United Kingdom, pressured Sudan to leave Chad.",
			[]string{"country:NOR demands country:SDN", "country:GBR demands country:SDN"}, nil},
		{"together with a partner, a downgrade",
			"Ghana, together with Benin, recalled its ambassador from Togo.",
			[]string{"country:GHA condemns country:TGO", "country:BEN condemns country:TGO"}, nil},
	})
}

// The speaker of a reporting verb after another verb phrase and a comma
// (speech.go coordinatedSpeaker). Sentences are made up.
func TestCoordinatedSpeakerRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"the object of the first phrase is no speaker",
			"Norwegian leader Tom Keller promised support for Iceland, said Sweden was 'a threat'.",
			[]string{"person:tom_keller condemns country:SWE"}, []string{"country:ISL condemns country:SWE"}},
		{"an apposition names the speaker",
			"Ghana, an ally of Togo, said Benin was a threat.",
			[]string{"country:GHA condemns country:BEN"}, []string{"country:TGO condemns country:BEN"}},
	})
}

// A call for something to be done in a state demands of that state
// (verbal.go demandedIn). Sentences are made up.
func TestDemandedInRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"called for something to be respected in a state",
			"In 2007 the EU called for the rule of law to be upheld in Azerbaijan.",
			[]string{"org:european_union demands country:AZE"}, nil},
		{"pressed for elections in a state",
			"Ghana pressed for free elections in Togo.",
			[]string{"country:GHA demands country:TGO"}, nil},
		{"a state modifying a noun is no place",
			"Senators were calling for a cut in Norwegian forces and in Swedish bases.",
			nil, []string{"country:NOR demands country:SWE"}},
		{"a call made of someone keeps its object",
			"Ghana called on Benin to hold elections in Togo.",
			[]string{"country:GHA demands country:BEN"}, []string{"country:GHA demands country:TGO"}},
	})
}

// A partner named by "joined by" acts too (speech.go joinedBy).
// Sentences are made up.
func TestJoinedByRules(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"the partner of the one joined",
			"Kenya was joined by Uganda in opposing the Ethiopian blockade of Somalia.",
			[]string{"country:KEN condemns country:ETH", "country:UGA condemns country:ETH"}, nil},
		{"the one joined by a list",
			"In 1990, Ghana was joined by Togo and Benin in condemning Niger.",
			[]string{"country:GHA condemns country:NER", "country:TGO condemns country:NER", "country:BEN condemns country:NER"}, nil},
		{"joined in no act",
			"In 1990, Ghana was joined by Togo in the talks.",
			nil, []string{"country:GHA condemns country:TGO"}},
	})
}
