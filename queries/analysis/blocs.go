package analysis

import (
	"slices"
	"sort"

	dgraph "github.com/dominikbraun/graph"
)

// Bloc is a group of entities tied by the edges among them: for directed
// relations, each reaches every other along them (a strongly connected
// component: A backs B, B backs C, C backs A); for symmetric ones, each
// is joined to the others through them (a connected component).
type Bloc struct {
	Members []string // sorted
	Edges   []*Edge  // the edges among the members
}

// Blocs returns the blocs of the directed edges and those of the
// symmetric edges, each list largest first; entities alone are no bloc.
func Blocs(edges []*Edge) (directed, symmetric []Bloc) {
	var dir, sym []*Edge
	for _, e := range edges {
		if e.Symmetric() {
			sym = append(sym, e)
		} else {
			dir = append(dir, e)
		}
	}
	dg := dgraph.New(dgraph.StringHash, dgraph.Directed())
	addAll(dg, dir)
	sccs, _ := dgraph.StronglyConnectedComponents(dg)
	directed = blocsOf(sccs, dir)

	symmetric = blocsOf(components(sym), sym)
	return directed, symmetric
}

func addAll(g dgraph.Graph[string, string], edges []*Edge) {
	for _, e := range edges {
		_ = g.AddVertex(e.Sub)
		_ = g.AddVertex(e.Obj)
		if e.Sub != e.Obj {
			_ = g.AddEdge(e.Sub, e.Obj) // a second relation between the pair is the same tie
		}
	}
}

// components are the connected components of the edges taken as
// undirected ties, found by union-find (each component's members in
// sorted order, components by their least member).
func components(edges []*Edge) [][]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			root := find(p)
			parent[x] = root
			return root
		}
		parent[x] = x
		return x
	}
	for _, e := range edges {
		a, b := find(e.Sub), find(e.Obj)
		if a != b {
			parent[max(a, b)] = min(a, b) // the lesser id is the root
		}
	}
	byRoot := map[string][]string{}
	for x := range parent {
		r := find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	out := make([][]string, 0, len(byRoot))
	for _, c := range byRoot {
		sort.Strings(c)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// blocsOf keeps the components of two or more members, with their edges.
func blocsOf(comps [][]string, edges []*Edge) []Bloc {
	var out []Bloc
	for _, c := range comps {
		if len(c) < 2 {
			continue
		}
		members := slices.Clone(c)
		sort.Strings(members)
		in := map[string]bool{}
		for _, m := range members {
			in[m] = true
		}
		b := Bloc{Members: members}
		for _, e := range edges {
			if in[e.Sub] && in[e.Obj] {
				b.Edges = append(b.Edges, e)
			}
		}
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Members) != len(out[j].Members) {
			return len(out[i].Members) > len(out[j].Members)
		}
		return out[i].Members[0] < out[j].Members[0]
	})
	return out
}
