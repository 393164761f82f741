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
