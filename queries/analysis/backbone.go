package analysis

import (
	"sort"

	dgraph "github.com/dominikbraun/graph"

	"kg/graph"
)

// Backbone keeps the skeleton of a subgraph: the maximum spanning forest
// of its entity pairs, each pair weighted by the documents behind all its
// edges, so that a diagram of thousands of edges draws as the strongest
// ties that keep it connected. It returns the subgraph of the facts of
// the pairs kept (every entity stays) and how many edges were cut.
func Backbone(sg *graph.Subgraph) (*graph.Subgraph, int) {
	edges := Group(sg.Facts)
	type pair struct{ a, b string }
	pairOf := func(e *Edge) pair {
		if e.Obj < e.Sub {
			return pair{e.Obj, e.Sub}
		}
		return pair{e.Sub, e.Obj}
	}
	docs := map[pair]int{}
	for _, e := range edges {
		if e.Sub != e.Obj {
			docs[pairOf(e)] += e.Docs
		}
	}
	pairs := make([]pair, 0, len(docs))
	for p := range docs {
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
	for id := range sg.Entities {
		_ = ug.AddVertex(id)
	}
	n := len(pairs)
	for i, p := range pairs {
		_ = ug.AddVertex(p.a)
		_ = ug.AddVertex(p.b)
		_ = ug.AddEdge(p.a, p.b, dgraph.EdgeWeight(docs[p]*(n+1)+(n-i)))
	}
	forest, err := dgraph.MaximumSpanningTree(ug)
	if err != nil {
		return sg, 0 // cannot happen on an undirected graph; draw it whole
	}
	kept := map[pair]bool{}
	if adj, err := forest.AdjacencyMap(); err == nil {
		for a, tos := range adj {
			for b := range tos {
				if a < b {
					kept[pair{a, b}] = true
				}
			}
		}
	}
	out := &graph.Subgraph{Entities: sg.Entities, Cut: sg.Cut}
	cut := 0
	for _, e := range edges {
		if !kept[pairOf(e)] {
			cut++
		}
	}
	for _, f := range sg.Facts {
		a, b := f.Subject, f.Object
		if b < a {
			a, b = b, a
		}
		if kept[pair{a, b}] {
			out.Facts = append(out.Facts, f)
		}
	}
	return out, cut
}
