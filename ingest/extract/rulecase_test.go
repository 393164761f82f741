package extract

import (
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// ruleCase is a made-up text with the facts it must and must not give,
// each written as facts() prints them.
type ruleCase struct {
	name      string
	text      string
	want, not []string
}

func checkRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.want == nil && c.not == nil {
				t.Fatal("a case must say what it wants or rules out")
			}
			got := facts(t, x, c.text)
			have := map[string]bool{}
			for _, f := range got {
				have[f] = true
				have[reversed(f)] = true
			}
			for _, w := range c.want {
				if !have[w] {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range c.not {
				if have[n] {
					t.Errorf("unwanted %q; got %q", n, got)
				}
			}
		})
	}
}

// reversed gives a fact of a symmetric relation with its arguments
// swapped, and other facts as they are.
func reversed(fact string) string {
	f := strings.Fields(fact)
	neg := ""
	if f[0] == "NOT" {
		neg, f = "NOT ", f[1:]
	}
	if r, ok := graph.LookupRelation(f[1]); ok && r.Symmetric && len(f) == 3 {
		return neg + f[2] + " " + f[1] + " " + f[0]
	}
	return fact
}

// checkMentionCases checks the entity mentions of each case's text
// (mentionsIn: "id=surface" in order): every wanted one is found, and no
// unwanted one, given as "id=surface" or as an id alone (any surface).
func checkMentionCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.want == nil && c.not == nil {
				t.Fatal("a case must say what it wants or rules out")
			}
			got := mentionsIn(t, x, c.text)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range c.not {
				for _, g := range got {
					if g == n || !strings.Contains(n, "=") && strings.HasPrefix(g, n+"=") {
						t.Errorf("unwanted %q in %q", n, got)
					}
				}
			}
		})
	}
}

// claimCase is a made-up text, a fact it must give (as "subject relation
// object") and who must claim it ("" for no one).
type claimCase struct {
	name, text, fact, claimedBy string
}

func checkClaimCases(t *testing.T, cases []claimCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object != c.fact {
				continue
			}
			found = true
			if f.ClaimedBy != c.claimedBy {
				t.Errorf("%s: %q: claimed_by %q, want %q", c.name, c.text, f.ClaimedBy, c.claimedBy)
			}
		}
		if !found {
			t.Errorf("%s: %q: no fact %q", c.name, c.text, c.fact)
		}
	}
}
