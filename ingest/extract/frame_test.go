package extract

import (
	"testing"
)

// TestMaterialRelations: giving, receiving, deploying, trading, fighting
// and sanctioning.
func TestMaterialRelations(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a list closed by ', and the …'",
			"Peru signed agreements with Chile, Bolivia, and the Netherlands.",
			[]string{"country:CHL cooperation country:PER", "country:BOL cooperation country:PER", "country:NLD cooperation country:PER"}, nil},
		{"what is received names its giver",
			"Ghana, which has received Cuban doctors since 2009, pays for them.",
			[]string{"country:CUB aid country:GHA"}, nil},
		{"troops deployed in a country",
			"Russia has deployed about 900 troops in Chad.",
			[]string{"country:RUS military_support country:TCD"}, nil},
		{"a war with another state is fought by both",
			"In 1971, Pakistan had a short war with India.",
			[]string{"country:PAK attack country:IND", "country:IND attack country:PAK"}, nil},
		{"banning trade with a state sanctions it",
			"Kenya, Uganda and Rwanda banned trade with Burundi in 2015.",
			[]string{"country:KEN sanctions country:BDI", "country:UGA sanctions country:BDI", "country:RWA sanctions country:BDI"},
			[]string{"country:KEN cooperation country:UGA"}},
		{"banning imports from a state sanctions it",
			"Canada banned imports of timber from Laos.",
			[]string{"country:CAN sanctions country:LAO"}, nil},
		{"an arms embargo on a state",
			"The European Union imposed an arms embargo on Sudan.",
			[]string{"org:european_union sanctions country:SDN"}, nil},
		{"a loan to a state is aid",
			"The World Bank approved a loan of $2 million to Nepal.",
			[]string{"org:world_bank aid country:NPL"}, nil},
		{"a name joined to a participle is no argument",
			"Egypt sent fighter jets to help the UN-backed government of Chad.",
			[]string{"country:EGY arms_transfer country:TCD"}, []string{"country:EGY arms_transfer org:united_nations"}},
		{"an embargo on arms sales is no sale",
			"Britain declared an embargo on French arms sales to Paraguay.",
			[]string{"country:GBR sanctions country:PRY"}, []string{"country:FRA arms_transfer country:PRY", "country:GBR sanctions country:FRA"}},
		{"each kind of thing given",
			"The Soviet Union provided military training and equipment to Benin.",
			[]string{"country:SUN military_support country:BEN", "country:SUN arms_transfer country:BEN"}, nil},
		{"a gerund after a thing given is another thing given",
			"Japan supplied aid and training to Laos.",
			[]string{"country:JPN aid country:LAO"}, nil},
		{"help as the purpose of sending is not also aid",
			"Egypt sent troops to help Kuwait.",
			[]string{"country:EGY military_support country:KWT"}, []string{"country:EGY aid country:KWT"}},
		{"partners joined by 'along with' act too",
			"Norway, along with the European Union, imposed sanctions on Syria.",
			[]string{"country:NOR sanctions country:SYR", "org:european_union sanctions country:SYR"}, nil},
		{"examples of a group are the parties",
			"Peru signed trade agreements with several Asian states, such as Japan and Vietnam.",
			[]string{"country:JPN cooperation country:PER", "country:PER cooperation country:VNM"}, nil},
		{"West Germany is Germany",
			"Israel signed an agreement with France, West Germany and Italy.",
			[]string{"country:DEU cooperation country:ISR", "country:ISR cooperation country:ITA"}, nil},
		{"the preposition that comes decides between triggers",
			"Japan provided training for Laos.",
			[]string{"country:JPN aid country:LAO"}, nil},
		{"troops from a state that help are military support",
			"Troops from Chad assisted Niger.",
			[]string{"country:TCD military_support country:NER"}, []string{"country:TCD aid country:NER"}},
		{"'would' in a dated narrative tells what happened",
			"Iraq and Syria would attack Jordan in 1970.",
			[]string{"country:IRQ attack country:JOR", "country:SYR attack country:JOR"}, nil},
		{"'would' after a report is a plan",
			"Kenya said it would send troops to Somalia in 2030.",
			nil, []string{"country:KEN military_support country:SOM"}},
		{"a gerund listed after a thing received is a thing received",
			"The rebels of Chad received supplies and funding from Libya.",
			[]string{"country:LBY aid country:TCD"}, []string{"country:TCD aid country:LBY"}},
		{"two verbs of giving in their -ing forms",
			"Iran is funding and arming Hezbollah.",
			[]string{"country:IRN aid org:hezbollah", "country:IRN arms_transfer org:hezbollah"}, nil},
		{"a renamed state keeps its present code",
			"Zaire received weapons from Belgium. Rhodesian troops attacked Zambia.",
			[]string{"country:BEL arms_transfer country:COD", "country:ZWE attack country:ZMB"}, nil},
	})
}

// TestMeetings: talks, calls and consultations are meetings.
func TestMeetings(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"consultations with a state",
			"Italy and Spain held secret consultations with Egypt.",
			[]string{"country:ITA meets country:EGY", "country:ESP meets country:EGY"}, nil},
		{"a noun in an opening phrase takes the clause's subject",
			"In discussions with Japan, Canada made its case.",
			[]string{"country:CAN meets country:JPN"}, nil},
		{"a phone call",
			"Chile spoke by phone to Peru on Monday.",
			[]string{"country:CHL meets country:PER"}, nil},
		{"meetings with each of a list",
			"Kenya held separate meetings with Uganda and Tanzania.",
			[]string{"country:KEN meets country:UGA", "country:KEN meets country:TZA"}, nil},
		{"a high commission is a diplomatic mission",
			"Ghana has a high commission in Nairobi.",
			[]string{"country:GHA diplomatic_relations country:KEN"}, nil},
	})
}

// TestRelationsHeld: when "relations" means holding diplomatic relations.
func TestRelationsHeld(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"close ties that are maintained describe the relations",
			"Uruguay and Paraguay maintained close ties.",
			nil, []string{"country:URY diplomatic_relations country:PRY"}},
		{"warmer relations that are enjoyed describe the relations",
			"Uruguay and Paraguay began to enjoy warmer relations in 1999.",
			nil, []string{"country:URY diplomatic_relations country:PRY"}},
		{"good relations that one has describe them",
			"Paraguay has good relations with Uruguay.",
			nil, []string{"country:PRY diplomatic_relations country:URY"}},
		{"close ties that are established are still established",
			"Paraguay established close ties with Uruguay in 1950.",
			[]string{"country:PRY diplomatic_relations country:URY"}, nil},
		{"relations that are had are held",
			"Uruguay and Paraguay had relations since 1950.",
			[]string{"country:URY diplomatic_relations country:PRY"}, nil},
		{"relations that began to sour are not said to be held",
			"Paraguay's relations with Uruguay began to sour in 1980.",
			nil, []string{"country:PRY diplomatic_relations country:URY"}},
		{"an ambassador reinstated",
			"In 2004 Paraguay reinstated its ambassador to Uruguay.",
			[]string{"country:PRY diplomatic_relations country:URY"}, nil},
		{"an ambassador returned to a place is no envoy sent back",
			"The Paraguayan ambassador returned to Uruguay.",
			nil, []string{"country:PRY diplomatic_relations country:URY"}},
		{"relations that became tense are not said to be held",
			"Relations between Chile and Peru had become tense by then.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"relations that were severed",
			"Relations between Chile and Peru were severed in 1990.",
			[]string{"NOT country:CHL diplomatic_relations country:PER"}, []string{"country:CHL diplomatic_relations country:PER"}},
		{"ties that had been cut",
			"Diplomatic ties between Chile and Peru had been cut in 1990.",
			[]string{"NOT country:CHL diplomatic_relations country:PER"}, []string{"country:CHL diplomatic_relations country:PER"}},
		{"relations that were restored",
			"Relations between Chile and Peru were restored in 1990.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
		{"relations that have been restored",
			"Relations between Chile and Peru have been restored.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
		{"relations that have been worsening are not said to be held",
			"Relations between Chile and Peru have been worsening for weeks.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"relations that remained cordial are described, not said to be held",
			"Relations between Chile and Peru have remained cordial since the war.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"relations that remained closely linked are described",
			"Relations between Chile and Peru remained closely linked.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"a verb that has strained relations does not hold them",
			"In 2015 a border dispute has strained relations between Chile and Peru.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
		{"relations that remain in place",
			"Relations between Chile and Peru remain unbroken.",
			[]string{"country:CHL diplomatic_relations country:PER"}, nil},
		{"an adjective after a preposition is no verb of holding",
			"Chile and Peru share a special relationship marked by open trade.",
			nil, []string{"country:CHL diplomatic_relations country:PER"}},
	})
}

// TestParticipationFromActs: an act during a war is taking part in it,
// an act the war only dates is not.
func TestParticipationFromActs(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a war that dates the clause",
			"At the end of the Korean War, Chile attacked Peru.",
			[]string{"country:CHL attack country:PER"}, []string{"country:CHL participated_in event:korean_war"}},
		{"troops sent during a war",
			"During the Korean War, Turkey sent troops to South Korea.",
			[]string{"country:TUR participated_in event:korean_war"}, nil},
	})
}

// TestRelativeClauses: what "which", "that" and "who" refer to.
func TestRelativeClauses(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a noun before 'which' is what it refers to",
			"Peru could not escape the crisis which threatened Chile.",
			nil, []string{"country:PER threatens country:CHL"}},
		{"the copula makes the noun the entity",
			"Ghana was one of the first countries that recognized Kosovo.",
			[]string{"country:GHA recognizes country:XKX"}, nil},
		{"a passive relative clause: the antecedent is the object",
			"Troops left Chad, which was invaded by Libya in 1980.",
			[]string{"country:LBY attack country:TCD"}, []string{"country:TCD attack country:LBY"}},
		{"a lemma that is also the participle",
			"Laos was overrun by Vietnam.",
			[]string{"country:VNM attack country:LAO"}, []string{"country:LAO attack country:VNM"}},
	})
}

// TestPersonalPronouns: "he" and "she" are people, "they" is not one.
func TestPersonalPronouns(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"'he' is the person of the sentence before",
			"Raul Castro arrived in Lima on Friday. He met Barack Obama on Saturday.",
			[]string{"person:barack_obama meets person:raul_castro"}, nil},
		{"'they' is not a person",
			"Charles de Gaulle wanted allies. They supported Chile.",
			nil, []string{"person:charles_de_gaulle supports country:CHL"}},
	})
}

// TestOwnState: a person and the state they lead are one side.
func TestOwnState(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"no relation between a leader and the state led",
			"Chilean President Gabriel Boric visited Chile and Peru.",
			[]string{"country:PER meets person:gabriel_boric"}, []string{"country:CHL meets person:gabriel_boric"}},
	})
}

// TestCompounds: a name joined to a participle states a standing relation.
func TestCompounds(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a name-backed person",
			"Rebels toppled the U.S.-backed ruler Manuel Noriega, and Peru has not had any meetings since.",
			[]string{"country:USA supports person:manuel_noriega"}, []string{"NOT country:USA supports person:manuel_noriega"}},
		{"a name-backed organisation, one token",
			"The Iran-backed Hezbollah attacked Israel.",
			[]string{"country:IRN supports org:hezbollah", "org:hezbollah attack country:ISR"}, nil},
		{"not until a month and a year",
			"Chile did not send weapons to Peru until March 1951.",
			[]string{"country:CHL arms_transfer country:PER"}, []string{"NOT country:CHL arms_transfer country:PER"}},
	})
}

// TestDirectObjects: the object a verb acts on without a preposition is
// in its own clause, and a reflexive leaves none but the subject.
func TestDirectObjects(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a reflexive object",
			"Peru defended itself against Chile for years.",
			nil, []string{"country:PER supports country:CHL"}},
		{"an object past a new clause is not the verb's",
			"Chile defends the decision by arguing that Peru is building bases.",
			nil, []string{"country:CHL supports country:PER"}},
		{"a direct object",
			"Chile defended Peru at the summit.",
			[]string{"country:CHL supports country:PER"}, nil},
	})
}

// TestUnknownSubjects: a name the gazetteer does not know before the
// verb is its subject; a state in an earlier phrase is not.
func TestUnknownSubjects(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"an unknown name after an opening phrase",
			"Back in Lima after the talks, Zorba met with Bolivian officials.",
			nil, []string{"country:PER meets country:BOL"}},
		{"an unknown name before its auxiliaries",
			"Advisers from Peru's cabinet believe Zorba is trying to help Chile.",
			nil, []string{"country:PER aid country:CHL"}},
	})
}

// TestPurposeSubjects: who acts for a purpose is the clause's subject;
// "used to" is a habit of the nearest one.
func TestPurposeSubjects(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a purpose infinitive",
			"Evo Morales entered Chile to attack Peru.",
			[]string{"person:evo_morales attack country:PER"}, []string{"country:CHL attack country:PER"}},
		{"a habit after used to",
			"Decades ago, while Evo Morales was a cadet, the Peruvian army used to attack Chile.",
			[]string{"country:PER attack country:CHL"}, []string{"person:evo_morales attack country:CHL"}},
	})
}

// TestReportedSubjects: after a speech verb without "that", the subject
// of the reported clause acts, not the speaker.
func TestReportedSubjects(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a reported clause with partners",
			"The spokesman Juan Perez announced Chile, along with Peru, is imposing sanctions on Evo Morales.",
			[]string{"country:CHL sanctions person:evo_morales", "country:PER sanctions person:evo_morales"},
			[]string{"person:juan_perez sanctions person:evo_morales"}},
		{"an object and its complement are no reported clause",
			"Evo Morales declared Chile an enemy and restricted travel to the country.",
			[]string{"person:evo_morales sanctions country:CHL"}, []string{"country:CHL sanctions person:evo_morales"}},
	})
}

// TestPassiveAfterNames: a participle with its "by" agent right after a
// name qualifies that name; a demonym with "movement" is a group.
func TestPassiveAfterNames(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a name and a participle with its agent",
			"The Contras backed by the United States attacked Nicaragua.",
			[]string{"country:USA supports org:contras", "org:contras attack country:NIC"}, []string{"org:contras supports country:USA"}},
		{"a demonym's movement in a prepositional phrase",
			"Peru fought against the Bolivian movement supported by Chile.",
			[]string{"country:CHL supports org:bolivian_movement"}, []string{"country:CHL supports country:PER", "country:CHL supports country:BOL"}},
		{"a name joined to a participle by a hyphen is no agent",
			"Peru was attacked by Al Qaeda -linked gunmen in 2013.",
			nil, []string{"org:al_qaeda attack country:PER"}},
		{"an agent after by",
			"Peru was attacked by Al Qaeda in 2013.",
			[]string{"org:al_qaeda attack country:PER"}, nil},
		{"a means after by is active",
			"Chile supported by sending troops to Peru.",
			nil, []string{"country:PER supports country:CHL"}},
		{"a demonym's movement is not the state",
			"Peru gave $5 million to the Bolivian movement in 1980.",
			[]string{"country:PER aid org:bolivian_movement"}, []string{"country:PER aid country:BOL"}},
	})
}

// TestDatedEvents: a noun act named by its year in a prepositional
// phrase takes no subject from the clause; one a verb carries out does.
func TestDatedEvents(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a dated attack in a phrase",
			"Norway said there was proof that the man had been poisoned with a toxin - the same toxin used in the 2016 attack on a former Peruvian agent in Chile.",
			nil, []string{"country:NOR attack country:PER"}},
		{"a dated attack carried out",
			"Chile carried out the 2018 attack on Peru.",
			[]string{"country:CHL attack country:PER"}, nil},
	})
}
