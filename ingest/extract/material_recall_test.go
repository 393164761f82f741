package extract

import "testing"

// TestAttackNouns: attacks named by a noun with the attacker as
// possessive or modifier, and lists the noun's object does not extend.
func TestAttackNouns(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a possessive occupation",
			"Tension grew over Bolivia's occupation of Ecuador in 1990.",
			[]string{"country:BOL attack country:ECU"}, nil},
		{"a demonym's occupation",
			"The Chilean occupation of Peru began in 1881.",
			[]string{"country:CHL attack country:PER"}, nil},
		{"an attack against a state",
			"Kenya's attack against Somalia failed in 1999.",
			[]string{"country:KEN attack country:SOM"}, nil},
		{"airstrikes against a state",
			"In 2005, Saudi Arabia launched airstrikes against Yemen.",
			[]string{"country:SAU attack country:YEM"}, nil},
		{"a demonym past an aside opens another phrase, not a list member",
			"Peru and Chile differed over Chilean support for Bolivia's occupation of Ecuador, the Chilean invasion of Uruguay, and Chilean troops on the border.",
			[]string{"country:BOL attack country:ECU", "country:CHL attack country:URY"},
			[]string{"country:BOL attack country:CHL"}},
	})
}

// TestHostilePurpose: after a verb of giving, "to" before a verb of
// fighting opens a purpose against someone, not a recipient.
func TestHostilePurpose(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"sent to halt an advance",
			"In 1978 Peru sent Peruvian commandos to halt the Chilean advance.",
			nil, []string{"country:PER military_support country:CHL"}},
		{"sent to fight a state",
			"In 1990 Chile sent troops to fight Bolivia.",
			nil, []string{"country:CHL military_support country:BOL"}},
		{"sent to a state to fight rebels",
			"In 1990 Chile sent troops to Peru to fight the rebels.",
			[]string{"country:CHL military_support country:PER"}, nil},
		{"sent to help a state",
			"In 1990 Chile sent 300 troops to help Peru.",
			[]string{"country:CHL military_support country:PER"}, nil},
	})
}

// TestHelpToFight: help to defeat someone is military support to the
// helped, and the helpers attack the foe; other help stays aid.
func TestHelpToFight(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"helped a government to defeat rebels",
			"In 1990, Hezbollah helped the Gabonese government to defeat the rebels of the Zorro Liberation Front.",
			[]string{"org:hezbollah military_support country:GAB", "org:hezbollah attack org:zorro_liberation_front"},
			[]string{"org:hezbollah aid country:GAB"}},
		{"a bare infinitive",
			"In 1991, Chile helped Bolivia repel the Peruvian invaders.",
			[]string{"country:CHL military_support country:BOL", "country:CHL attack country:PER"}, nil},
		{"a fight against no one is aid",
			"In 1991, Chile helped Bolivia fight poverty.",
			[]string{"country:CHL aid country:BOL"}, []string{"country:CHL military_support country:BOL"}},
		{"a fight after a preposition is aid",
			"In 1991, Chile helped Bolivia to fight drug trafficking from Peru.",
			nil, []string{"country:CHL attack country:PER", "country:CHL military_support country:BOL"}},
	})
}

// TestGivingVerbs: money released or disbursed to a state is aid; troops
// that come to the aid of a state's soldiers support it militarily.
func TestGivingVerbs(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"a fund releases money",
			"In 2008, the World Bank released an additional $40 million to Bolivia.",
			[]string{"org:world_bank aid country:BOL"}, nil},
		{"money disbursed",
			"In 2010 Chile disbursed $5 million to Peru.",
			[]string{"country:CHL aid country:PER"}, nil},
		{"prisoners released to a state are no aid",
			"In 2011 Chile released the prisoners to Peru.",
			nil, []string{"country:CHL aid country:PER"}},
		{"troops come to the aid of soldiers",
			"In 2013 Chilean troops came to the aid of Peruvian soldiers.",
			[]string{"country:CHL military_support country:PER"}, nil},
	})
}

// TestFightingBetween: fighting, clashes and hostilities between two
// parties: each attacks the other, unless only their prospect is named.
func TestFightingBetween(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"fighting between two states",
			"In 1969, fighting between Chile and Peru erupted.",
			[]string{"country:CHL attack country:PER", "country:PER attack country:CHL"}, nil},
		{"border clashes between two states",
			"Border clashes between Chile and Peru killed 40 in 1970.",
			[]string{"country:CHL attack country:PER", "country:PER attack country:CHL"}, nil},
		{"hostilities between two states",
			"In 1971 hostilities between Chile and Peru ended.",
			[]string{"country:CHL attack country:PER", "country:PER attack country:CHL"}, nil},
		{"the prospect of hostilities is no attack",
			"In 1956 Chile was worried by the prospect of the outbreak of hostilities between Peru and Bolivia.",
			nil, []string{"country:PER attack country:BOL", "country:BOL attack country:PER"}},
	})
}

// TestInSupportOf: people sent or deployed "in support of" someone
// support them militarily, and that is no separate backing.
func TestInSupportOf(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"troops sent in support of a state",
			"In 2019 Chile sent 800 troops in support of Peru.",
			[]string{"country:CHL military_support country:PER"}, []string{"country:CHL supports country:PER"}},
		{"operatives deployed in support of a person",
			"In 2019 Chile deployed 800 operatives in support of a rebel general, Jose Ramos.",
			[]string{"country:CHL military_support person:jose_ramos"}, nil},
		{"contractors deployed in a state",
			"In 2019 Chile deployed 1,000 security contractors in Peru.",
			[]string{"country:CHL military_support country:PER"}, nil},
		{"a letter in support is backing",
			"In 2019 Chile sent a letter in support of Peru.",
			[]string{"country:CHL supports country:PER"}, []string{"country:CHL military_support country:PER"}},
	})
}

// TestArrangement: an arrangement two states agree to is cooperation.
func TestArrangement(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"two states agree to an arrangement",
			"Chile and Bolivia agreed in 1999 to a 10-year arrangement whereby Chilean aircraft could use the airbase.",
			[]string{"country:CHL cooperation country:BOL"}, nil},
		{"an arrangement with a state",
			"In 2004 Peru concluded a security arrangement with Ecuador.",
			[]string{"country:PER cooperation country:ECU"}, nil},
	})
}

// TestConfederation: states that form a confederation cooperate, each
// with each.
func TestConfederation(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"two states form a confederation",
			"In 2022 Chad and Niger formed a confederation.",
			[]string{"country:TCD cooperation country:NER"}, nil},
		{"their own confederation",
			"Chad, Sudan and Niger left the union and they are now building their own confederation.",
			[]string{"country:TCD cooperation country:NER", "country:SDN cooperation country:NER", "country:TCD cooperation country:SDN"}, nil},
	})
}

// TestMaterialSupport: support given whose kind is military or a kind of
// aid is military support or aid, not backing.
func TestMaterialSupport(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{"logistical and intelligence support",
			"In 2001 Chile provided logistical and intelligence support to Bolivia.",
			[]string{"country:CHL military_support country:BOL"}, []string{"country:CHL supports country:BOL"}},
		{"financial support",
			"In 2001 Chile provided financial support to Bolivia.",
			[]string{"country:CHL aid country:BOL"}, []string{"country:CHL supports country:BOL"}},
		{"political support stays backing",
			"In 2001 Chile gave political support to Bolivia.",
			[]string{"country:CHL supports country:BOL"}, []string{"country:CHL military_support country:BOL"}},
	})
}
