package extract

import (
	"testing"
)

// Names with initials and well-known people named by surname alone, on
// made-up sentences: each case lists mentions that must be found (want)
// and ids that must not (not).
func TestInitialsAndSurnames(t *testing.T) {
	checkMentionCases(t, []ruleCase{
		{"a middle initial after a title",
			"Ruritania named Dr. Henry F. Grady to chair the talks.",
			[]string{"person:henry_f_grady=Henry F. Grady"}, []string{"person:henry_f=Henry F"}},
		{"a first initial after a possessive",
			"Ostria's T. Varkony met Ruritania's envoy.",
			[]string{"person:t_varkony=T. Varkony"}, nil},
		{"a first initial after a title",
			"Foreign Minister T. Varkony visited Peru.",
			[]string{"person:t_varkony=T. Varkony"}, nil},
		{"a letter closing a sentence is no initial",
			"Ruritania chose Plan B. The plan failed.",
			nil, []string{"person:b_the=B. The"}},
		{"the article A is no initial",
			"Peru signed. A. treaty followed.",
			nil, []string{"person:a_treaty=A. treaty"}},
		{"a well-known surname alone",
			"Mao emphasized ties with Peru. Khomeini condemned Iraq.",
			[]string{"person:mao_zedong=Mao", "person:ruhollah_khomeini=Khomeini"}, nil},
		{"a capitalised common word at a sentence start stays a word",
			"Monday was quiet. The Treaty of Varna was signed in March.",
			nil, []string{"person:monday", "person:march", "person:the"}},
	})
}
