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
	Facts         []graph.Fact // nil when made from the index (FromIndex)
	FactIDs       []string     // from the index: the ids of Facts, to read when they are needed
	FactCount     int
	Docs          int     // distinct documents stating it; 0 when unknown (FromIndex)
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
		e.Docs, e.Support, e.FactCount = len(best), 1-wrong, len(e.Facts)
		out = append(out, e)
	}
	sortByKey(out)
	return out
}

// FromIndex makes the edges of the path index's (index.Index.All): the
// graph's structure and how many facts stand behind each edge, without
// reading a fact, for the analyses that need no more (blocs, centrality).
func FromIndex(efs []index.EdgeFacts) []*Edge {
	type key struct{ sub, rel, obj string }
	byKey := map[key]*Edge{}
	for _, ef := range efs {
		k := key{ef.Edge.Sub, ef.Edge.Rel, ef.Edge.Obj}
		if index.Symmetric(k.rel) && k.obj < k.sub {
			k.sub, k.obj = k.obj, k.sub
		}
		e := byKey[k]
		if e == nil {
			e = &Edge{Sub: k.sub, Rel: k.rel, Obj: k.obj}
			byKey[k] = e
		}
		e.FactCount += len(ef.Facts)
		e.FactIDs = append(e.FactIDs, ef.Facts...)
	}
	out := make([]*Edge, 0, len(byKey))
	for _, e := range byKey {
		out = append(out, e)
	}
	sortByKey(out)
	return out
}

func sortByKey(out []*Edge) {
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
}
