package evaluate

import (
	"errors"
	"strings"
	"testing"

	"kg/graph"
)

// The gold and facts below are made up; the names are real only so that
// the countries have codes.

func gold(t *testing.T, lines ...string) *Gold {
	t.Helper()
	g, err := ReadGold(strings.NewReader(strings.Join(lines, "\n")), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func fact(doc, s, rel, o string, negated bool) graph.Fact {
	return graph.Fact{Doc: doc, Subject: s, Relation: rel, Object: o, Negated: negated, Confidence: 0.8}
}

var testEntities = map[string]graph.Entity{
	"country:CUB":       {ID: "country:CUB", Name: "Cuba", ISO3: "CUB"},
	"country:AGO":       {ID: "country:AGO", Name: "Angola", ISO3: "AGO"},
	"country:PRK":       {ID: "country:PRK", Name: "North Korea", ISO3: "PRK"},
	"country:DDR":       {ID: "country:DDR", Name: "East Germany", ISO3: "DDR"},
	"person:j_marti":    {ID: "person:j_marti", Name: "Jose Marti"},
	"person:the_walrus": {ID: "person:the_walrus", Name: "The Walrus!"},
	"person:h":          {ID: "person:h", Name: "Herr H."},
	"person:k":          {ID: "person:k", Name: "Frau K"},
	"person:castro":     {ID: "person:castro", Name: "Castro"},
}

const (
	marti   = `{"kind":"entity","id":"person:jose_marti","type":"Person","names":["José Martí"]}`
	walrus  = `{"kind":"entity","id":"person:walrus","type":"Person","names":["walrus"]}`
	herrH   = `{"kind":"entity","id":"person:herr_h","type":"Person","names":["Herr H"]}`
	frauK   = `{"kind":"entity","id":"person:frau_k","type":"Person","names":["Frau K"]}`
	fidel   = `{"kind":"entity","id":"person:fidel_castro","type":"Person","names":["Fidel Castro","Castro"]}`
	raul    = `{"kind":"entity","id":"person:raul_castro","type":"Person","names":["Raúl Castro","Castro"]}`
	hLeads  = `{"kind":"fact","doc":"d","subject":"person:herr_h","relation":"leader_of","object":"country:DDR","negated":false,"optional":false}`
	kActs   = `{"kind":"acts_for","doc":"d","entity":"person:frau_k","for":"country:DDR"}`
	ddrMeet = `{"kind":"fact","doc":"d","subject":"country:DDR","relation":"meets","object":"country:PRK","negated":false,"optional":false}`
)

func TestScore(t *testing.T) {
	cases := []struct {
		name                                   string
		lines                                  []string
		facts                                  []graph.Fact
		matched, lifted, output, nGold, nFlips int
	}{
		{"exact", []string{`{"kind":"fact","doc":"d.txt","subject":"country:CUB","relation":"aid","object":"country:AGO"}`},
			[]graph.Fact{fact("d", "country:CUB", "aid", "country:AGO", false)}, 1, 0, 1, 1, 0},
		{"symmetric either order", []string{`{"kind":"fact","doc":"d","subject":"country:PRK","relation":"diplomatic_relations","object":"country:CUB"}`},
			[]graph.Fact{fact("d", "country:CUB", "diplomatic_relations", "country:PRK", false)}, 1, 0, 1, 1, 0},
		{"directed relation reversed", []string{`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO"}`},
			[]graph.Fact{fact("d", "country:AGO", "aid", "country:CUB", false)}, 0, 0, 1, 1, 0},
		{"another document", []string{`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO"}`},
			[]graph.Fact{fact("e", "country:CUB", "aid", "country:AGO", false)}, 0, 0, 0, 1, 0},
		{"accents and case ignored", []string{marti, `{"kind":"fact","doc":"d","subject":"person:jose_marti","relation":"supports","object":"country:CUB"}`},
			[]graph.Fact{fact("d", "person:j_marti", "supports", "country:CUB", false)}, 1, 0, 1, 1, 0},
		{"punctuation and the ignored", []string{walrus, `{"kind":"fact","doc":"d","subject":"person:walrus","relation":"condemns","object":"country:CUB"}`},
			[]graph.Fact{fact("d", "person:the_walrus", "condemns", "country:CUB", false)}, 1, 0, 1, 1, 0},
		{"country by its code", []string{`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO"}`},
			[]graph.Fact{fact("d", "country:cub", "aid", "country:AGO", false)}, 1, 0, 1, 1, 0},
		{"optional counts neither way", []string{`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO","optional":true}`,
			`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"meets","object":"country:AGO"}`},
			[]graph.Fact{fact("d", "country:CUB", "aid", "country:AGO", false)}, 0, 0, 0, 1, 0},
		{"negated matches negated", []string{`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"recognizes","object":"country:AGO","negated":true}`},
			[]graph.Fact{fact("d", "country:CUB", "recognizes", "country:AGO", true)}, 1, 0, 1, 1, 0},
		{"polarity flipped", []string{`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"recognizes","object":"country:AGO","negated":true}`},
			[]graph.Fact{fact("d", "country:CUB", "recognizes", "country:AGO", false)}, 0, 0, 1, 1, 1},
		{"leader lifted to the state", []string{herrH, hLeads, ddrMeet},
			[]graph.Fact{fact("d", "person:h", "meets", "country:PRK", false)}, 1, 1, 1, 2, 0},
		{"lift in the other order of a symmetric relation", []string{herrH, hLeads, ddrMeet},
			[]graph.Fact{fact("d", "country:PRK", "meets", "person:h", false)}, 1, 1, 1, 2, 0},
		{"both levels: the second is neutral", []string{herrH, hLeads, ddrMeet},
			[]graph.Fact{fact("d", "person:h", "meets", "country:PRK", false), fact("d", "country:DDR", "meets", "country:PRK", false)}, 1, 0, 1, 2, 0},
		{"acts_for lifts an envoy; a gold fact is matched once", []string{herrH, frauK, hLeads, kActs, ddrMeet},
			[]graph.Fact{fact("d", "person:h", "meets", "country:PRK", false), fact("d", "person:k", "meets", "country:PRK", false)}, 1, 1, 1, 2, 0},
		{"no lift for leader_of itself", []string{herrH, hLeads, ddrMeet},
			[]graph.Fact{fact("d", "person:h", "leader_of", "country:PRK", false)}, 0, 0, 1, 2, 0},
		{"no lift into another document", []string{herrH, hLeads, strings.Replace(ddrMeet, `"doc":"d"`, `"doc":"e"`, 1)},
			[]graph.Fact{fact("e", "person:h", "meets", "country:PRK", false)}, 0, 0, 1, 2, 0},
		{"names read per document first", []string{fidel, raul,
			`{"kind":"fact","doc":"d","subject":"person:fidel_castro","relation":"meets","object":"country:PRK"}`,
			`{"kind":"fact","doc":"e","subject":"person:raul_castro","relation":"meets","object":"country:AGO"}`},
			[]graph.Fact{fact("d", "person:castro", "meets", "country:PRK", false), fact("e", "person:castro", "meets", "country:AGO", false)}, 2, 0, 2, 2, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Score(gold(t, c.lines...), c.facts, testEntities, Options{})
			got := [5]int{r.Matched, r.Lifted, r.Output, r.Gold, r.PolarityErrors}
			want := [5]int{c.matched, c.lifted, c.output, c.nGold, c.nFlips}
			if got != want {
				t.Errorf("matched, lifted, output, gold, flips = %v, want %v\n%+v", got, want, r.Errors)
			}
		})
	}
}

func TestOutcomesYearsClaims(t *testing.T) {
	g := gold(t, herrH, hLeads, ddrMeet,
		`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO","year":1975,"claimed_by":"country:PRK"}`,
		`{"kind":"fact","doc":"d","subject":"country:CUB","relation":"attack","object":"country:AGO","optional":true}`)
	aid := fact("d", "country:CUB", "aid", "country:AGO", false)
	aid.Year, aid.ClaimedBy = 1975, "country:PRK"
	facts := []graph.Fact{
		aid,
		fact("d", "person:h", "meets", "country:PRK", false),
		fact("d", "country:DDR", "meets", "country:PRK", false),
		fact("d", "country:CUB", "attack", "country:AGO", false),
		fact("d", "country:AGO", "aid", "country:CUB", false),
		fact("x", "country:AGO", "aid", "country:CUB", false),
		{Doc: "d", Subject: "country:CUB", Relation: "likes", Object: "country:AGO"},
	}
	r := Score(g, facts, testEntities, Options{})
	want := []Outcome{Correct, Neutral, Correct, Neutral, Wrong, Unscored, Unscored}
	for i, o := range r.Outcomes {
		if o != want[i] {
			t.Errorf("fact %d: %v, want %v", i, o, want[i])
		}
	}
	if r.Unusable != 1 {
		t.Errorf("unusable %d, want 1", r.Unusable)
	}
	if acc, ok := r.YearAccuracy(); !ok || acc != 1 {
		t.Errorf("year accuracy %v %v", acc, ok)
	}
	if acc, ok := r.ClaimedByAccuracy(); !ok || acc != 1 {
		t.Errorf("claimed_by accuracy %v %v", acc, ok)
	}
}

func TestReliability(t *testing.T) {
	g := gold(t, `{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO"}`)
	right, wrong, again := fact("d", "country:CUB", "aid", "country:AGO", false), fact("d", "country:AGO", "aid", "country:CUB", false), fact("d", "country:AGO", "aid", "country:CUB", false)
	right.Confidence, wrong.Confidence, again.Confidence = 0.95, 0.55, 0.62
	r := Score(g, []graph.Fact{right, wrong, again}, testEntities, Options{})
	facts := map[float64]int{}
	for _, b := range r.Reliability {
		facts[b.Low] = b.Facts
	}
	// The wrong fact counts once, at its surest line.
	if facts[0.5] != 0 || facts[0.6] != 1 || facts[0.9] != 1 {
		t.Errorf("bands: %+v", r.Reliability)
	}
	if b := r.Reliability[0]; b.FactsAtLeast != 2 || b.CorrectAtLeast != 1 {
		t.Errorf("first band, cumulative: %+v", b)
	}
}

func TestMalformedGold(t *testing.T) {
	cases := map[string]string{
		"not JSON":         `{"kind":"fact",`,
		"without":          `{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid"}`,
		"unknown relation": `{"kind":"fact","doc":"d","subject":"country:CUB","relation":"helps","object":"country:AGO"}`,
		"not a list":       `{"kind":"entity","id":"person:x","names":"X"}`,
		"year":             `{"kind":"fact","doc":"d","subject":"country:CUB","relation":"aid","object":"country:AGO","year":"soon"}`,
	}
	for want, line := range cases {
		_, err := ReadGold(strings.NewReader("\n"+marti+"\n"+line+"\n"), "my.jsonl")
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Line != 3 || !strings.Contains(err.Error(), "my.jsonl:3: ") || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", want, err)
		}
	}
}

func TestNormName(t *testing.T) {
	for in, want := range map[string]string{
		"Côte d'Ivoire": "cote d ivoire", "The  Gambia": "gambia", "São Tomé & Príncipe": "sao tome principe",
		"  the-Walrus ": "walrus", "Theodor": "theodor", "Ｆｕｌｌｗｉｄｔｈ": "fullwidth",
	} {
		if got := normName(in); got != want {
			t.Errorf("normName(%q) = %q, want %q", in, got, want)
		}
	}
}
