package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"kg/graph"
	"kg/graph/graphtest"
)

// The index must list exactly the edges the store's own indexes give, in
// the same order, for every filter, on every backend.
func TestIndexMatchesStore(t *testing.T) {
	ctx := context.Background()
	for _, backend := range graphtest.Backends(t) {
		s := graphtest.RandomStore(t, backend)
		x, err := Build(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if x.Len() < 25 {
			t.Errorf("%s: index has %d entities, want most of the 30", backend, x.Len())
		}
		filters := []Filter{{}, {Directed: true}, {Relations: []string{"aid", "meets"}}, {Directed: true, Relations: []string{"supports"}}}
		for i := 0; i < 31; i++ {
			node := fmt.Sprintf("country:C%02d", i)
			for _, f := range filters {
				want := graphtest.EdgesAt(t, s, node, f.Relations, f.Directed)
				if got := x.Edges(node, f); fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%s %s %+v: index gives %v, store gives %v", backend, node, f, got, want)
				}
			}
		}
	}
}

// shortestFromStore is a shortest path found the plain way, by a
// breadth-first search over the store's own edges.
func shortestFromStore(t *testing.T, s *graph.Store, from, to string, f Filter, maxHops int) []Hop {
	t.Helper()
	type step struct {
		prev string
		edge graphtest.HalfEdge
	}
	seen := map[string]step{from: {}}
	frontier := []string{from}
	for depth := 0; len(frontier) > 0 && (maxHops == 0 || depth < maxHops); depth++ {
		var next []string
		for _, n := range frontier {
			for _, e := range graphtest.EdgesAt(t, s, n, f.Relations, f.Directed) {
				if _, ok := seen[e.To]; ok {
					continue
				}
				seen[e.To] = step{n, e}
				if e.To != to {
					next = append(next, e.To)
					continue
				}
				var p []Hop
				for x := to; x != from; x = seen[x].prev {
					st := seen[x]
					p = append([]Hop{{From: st.prev, To: x, Relation: st.edge.Relation, Forward: st.edge.Forward}}, p...)
				}
				return p
			}
		}
		frontier = next
	}
	return nil
}

func TestShortestMatchesStore(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, filepath.Join(t.TempDir(), "kg.db"))
	x, err := Build(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	filters := []Filter{{}, {Directed: true}, {Relations: []string{"aid", "meets"}}}
	found := 0
	for a := 0; a < 30; a += 3 {
		for b := 1; b < 30; b += 4 {
			from, to := fmt.Sprintf("country:C%02d", a), fmt.Sprintf("country:C%02d", b)
			for _, f := range filters {
				for _, maxHops := range []int{0, 2} {
					got, err := x.Shortest(ctx, from, to, f, maxHops)
					if err != nil {
						t.Fatal(err)
					}
					want := shortestFromStore(t, s, from, to, f, maxHops)
					if fmt.Sprint(got) != fmt.Sprint(want) {
						t.Errorf("%s→%s %+v ≤%d: index %v, store %v", from, to, f, maxHops, got, want)
					}
					if want != nil {
						found++
					}
				}
			}
		}
	}
	if found < 50 {
		t.Errorf("only %d of the pairs are connected: the test proves little", found)
	}
}

// All lists each edge once, with the facts Edges and FactIDs give.
func TestAll(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, "memory:")
	x, err := Build(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Filter{{}, {Relations: []string{"aid"}}} {
		all := x.All(f)
		want := 0
		for i := 0; i < 30; i++ {
			for _, e := range x.Edges(fmt.Sprintf("country:C%02d", i), f) {
				if e.Forward {
					want++
				}
			}
		}
		if len(all) != want || want == 0 {
			t.Errorf("%+v: %d edges, want %d", f, len(all), want)
		}
		for _, e := range all {
			ids, _ := x.FactIDs(Hop{From: e.Edge.Sub, To: e.Edge.Obj, Relation: e.Edge.Rel, Forward: true})
			if fmt.Sprint(ids) != fmt.Sprint(e.Facts) || !f.relationOK(e.Edge.Rel) {
				t.Errorf("%v: facts %v, FactIDs %v", e.Edge, e.Facts, ids)
			}
		}
	}
}
