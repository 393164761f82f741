package queries

import (
	"sort"

	dgraph "github.com/dominikbraun/graph"
)

// forest keeps the edges of the maximum spanning forest of the entity
// pairs the edges join, each pair weighted by the facts behind all its
// edges (what the path index counts, no fact read), so that a selection
// of thousands of edges draws as the strongest ties that keep it
// connected. Every edge between a kept pair is kept.
func forest(es []edgeRank) []bool {
	type pair struct{ a, b string }
	pairOf := func(e edgeRank) pair {
		if e.obj < e.sub {
			return pair{e.obj, e.sub}
		}
		return pair{e.sub, e.obj}
	}
	weight := map[pair]int{}
	for _, e := range es {
		if e.sub != e.obj {
			weight[pairOf(e)] += e.facts
		}
	}
	pairs := make([]pair, 0, len(weight))
	for p := range weight {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	// Weights made distinct, the earlier pair heavier among equals, so
	// that the forest is the same on every run.
	ug := dgraph.New(dgraph.StringHash, dgraph.Weighted())
	n := len(pairs)
	for i, p := range pairs {
		_ = ug.AddVertex(p.a)
		_ = ug.AddVertex(p.b)
		_ = ug.AddEdge(p.a, p.b, dgraph.EdgeWeight(weight[p]*(n+1)+(n-i)))
	}
	kept := map[pair]bool{}
	if f, err := dgraph.MaximumSpanningTree(ug); err == nil {
		if adj, err := f.AdjacencyMap(); err == nil {
			for a, tos := range adj {
				for b := range tos {
					kept[pair{min(a, b), max(a, b)}] = true
				}
			}
		}
	}
	keep := make([]bool, len(es))
	for i, e := range es {
		keep[i] = kept[pairOf(e)]
	}
	return keep
}
