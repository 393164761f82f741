package analysis

import (
	"math"
	"sort"

	"kg/graph"
	"kg/graph/index"
)

// Edge is every fact of one relation from one entity to another (either
// way for a symmetric relation), negated facts left out.
type Edge struct {
	Sub, Rel, Obj string
	Facts         []graph.Fact
	Docs          int     // distinct documents stating it
	Confidence    float64 // the highest of its facts'
	// Support is the chance that at least one of its documents is right,
	// if documents erred independently: 1 − Π(1 − c) over the documents,
	// c the most confident fact of each.
	Support float64
}

// Symmetric reports whether the edge's relation has no direction.
func (e *Edge) Symmetric() bool { return index.Symmetric(e.Rel) }

// Group gathers facts into edges, ordered by subject, relation, object.
// A symmetric relation's facts are one edge whichever way they were
// stated, named with the lesser id first.
func Group(facts []graph.Fact) []*Edge {
	type key struct{ sub, rel, obj string }
	byKey := map[key]*Edge{}
	for _, f := range facts {
		if f.Negated {
			continue
		}
		k := key{f.Subject, f.Relation, f.Object}
		if index.Symmetric(f.Relation) && k.obj < k.sub {
			k.sub, k.obj = k.obj, k.sub
		}
		e := byKey[k]
		if e == nil {
			e = &Edge{Sub: k.sub, Rel: k.rel, Obj: k.obj}
			byKey[k] = e
		}
		e.Facts = append(e.Facts, f)
	}
	out := make([]*Edge, 0, len(byKey))
	for _, e := range byKey {
		best := map[string]float64{} // document -> its most confident fact
		for _, f := range e.Facts {
			best[f.Doc] = math.Max(best[f.Doc], f.Confidence)
			e.Confidence = math.Max(e.Confidence, f.Confidence)
		}
		wrong := 1.0
		for _, c := range best {
			wrong *= 1 - c
		}
		e.Docs, e.Support = len(best), 1-wrong
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Sub != b.Sub {
			return a.Sub < b.Sub
		}
		if a.Rel != b.Rel {
			return a.Rel < b.Rel
		}
		return a.Obj < b.Obj
	})
	return out
}
