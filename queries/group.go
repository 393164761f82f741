package queries

import (
	"kg/graph"
	"kg/graph/index"
)

// FactGroup is the facts that say the same thing: one subject, relation,
// object and polarity (either way round for a symmetric relation), as
// syndicated news repeats it document after document.
type FactGroup struct {
	Subject, Relation, Object string
	Negated                   bool
	Facts                     []graph.Fact
	Docs                      int // distinct documents
	FirstYear, LastYear       int // 0: no fact gives a year
}

// GroupFacts groups facts in the order their groups first appear.
func GroupFacts(facts []graph.Fact) []*FactGroup {
	type key struct {
		sub, rel, obj string
		negated       bool
	}
	byKey := map[key]*FactGroup{}
	var out []*FactGroup
	docs := map[key]map[string]bool{}
	for _, f := range facts {
		k := key{f.Subject, f.Relation, f.Object, f.Negated}
		if index.Symmetric(f.Relation) && k.obj < k.sub {
			k.sub, k.obj = k.obj, k.sub
		}
		g := byKey[k]
		if g == nil {
			g = &FactGroup{Subject: f.Subject, Relation: f.Relation, Object: f.Object, Negated: f.Negated}
			byKey[k], docs[k] = g, map[string]bool{}
			out = append(out, g)
		}
		g.Facts = append(g.Facts, f)
		if !docs[k][f.Doc] {
			docs[k][f.Doc] = true
			g.Docs++
		}
		if f.Year != 0 {
			if g.FirstYear == 0 || f.Year < g.FirstYear {
				g.FirstYear = f.Year
			}
			g.LastYear = max(g.LastYear, f.Year)
		}
	}
	return out
}
