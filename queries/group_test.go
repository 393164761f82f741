package queries

import (
	"fmt"
	"testing"

	"kg/graph"
)

func TestGroupFacts(t *testing.T) {
	f := func(sub, rel, obj, doc string, year int, negated bool) graph.Fact {
		return graph.Fact{Subject: sub, Relation: rel, Object: obj, Doc: doc, Year: year, Negated: negated}
	}
	groups := GroupFacts([]graph.Fact{
		f("A", "diplomatic_relations", "B", "d1", 1973, false),
		f("B", "diplomatic_relations", "A", "d2", 1973, false), // symmetric: the same group
		f("A", "diplomatic_relations", "B", "d2", 1990, false), // the same document again
		f("A", "diplomatic_relations", "B", "d3", 0, true),     // denied: a group of its own
		f("A", "aid", "B", "d1", 0, false),
		f("B", "aid", "A", "d1", 0, false), // directed: another group
	})
	var got []string
	for _, g := range groups {
		got = append(got, fmt.Sprintf("%s %s %s neg=%v facts=%d docs=%d years=%d-%d", g.Subject, g.Relation, g.Object, g.Negated, len(g.Facts), g.Docs, g.FirstYear, g.LastYear))
	}
	want := []string{
		"A diplomatic_relations B neg=false facts=3 docs=2 years=1973-1990",
		"A diplomatic_relations B neg=true facts=1 docs=1 years=0-0",
		"A aid B neg=false facts=1 docs=1 years=0-0",
		"B aid A neg=false facts=1 docs=1 years=0-0",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
