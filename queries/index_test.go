package queries

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"kg/graph"
	"kg/graph/graphtest"
)

// A write through the store makes the cached index stale: the next query
// sees the new edge, and a removed document's edges are gone.
func TestIndexFollowsWrites(t *testing.T) {
	ctx := context.Background()
	s := chain(t)
	g := NewGraph(s)
	if p, err := g.ShortestPath(ctx, "country:AAA", "country:EEE", PathOptions{}); err != nil || p != nil {
		t.Fatalf("before the write: path %v, err %v; want none", p, err)
	}
	f := graph.Fact{Subject: "country:DDD", Relation: "aid", Object: "country:EEE", Doc: "e", Evidence: "D aids E"}
	f.ID = graph.FactID(&f)
	b := &graph.Batch{Doc: graph.Document{ID: "e", Path: "/e.txt", SHA256: "y"}, Facts: []graph.Fact{f},
		Entities: []graph.Entity{{ID: "country:DDD", Type: graph.TypeCountry, Name: "DDD"}, {ID: "country:EEE", Type: graph.TypeCountry, Name: "EEE"}}}
	if err := s.Put(ctx, b); err != nil {
		t.Fatal(err)
	}
	p, err := g.ShortestPath(ctx, "country:AAA", "country:EEE", PathOptions{})
	if err != nil || hops(p) != "AAA>supports>CCC CCC>meets>DDD DDD>aid>EEE" {
		t.Fatalf("after the write: path %q, err %v", hops(p), err)
	}
	if len(p[2].Facts) != 1 || p[2].Facts[0].Evidence != "D aids E" {
		t.Errorf("new hop's evidence: %+v", p[2].Facts)
	}
	if _, err := s.RemoveDocument(ctx, "e"); err != nil {
		t.Fatal(err)
	}
	if p, err := g.ShortestPath(ctx, "country:AAA", "country:EEE", PathOptions{}); err != nil || p != nil {
		t.Fatalf("after removing the document: path %q, err %v; want none", hops(p), err)
	}
}

// shortestFromStore is the shortest path found the plain way: a
// breadth-first search over Edges read from the store's indexes, each
// hop's facts found by Evidence.
func shortestFromStore(ctx context.Context, t *testing.T, s *graph.Store, from, to string, opt PathOptions) Path {
	t.Helper()
	type step struct {
		prev string
		edge Edge
	}
	seen := map[string]step{from: {}}
	frontier := []string{from}
	for depth := 0; len(frontier) > 0 && (opt.MaxHops == 0 || depth < opt.MaxHops); depth++ {
		var next []string
		for _, n := range frontier {
			es, err := storeEdges(ctx, t, s, n, opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range es {
				if _, ok := seen[e.To]; ok {
					continue
				}
				seen[e.To] = step{n, e}
				if e.To != to {
					next = append(next, e.To)
					continue
				}
				var p Path
				for x := to; x != from; x = seen[x].prev {
					st := seen[x]
					p = append(Path{{From: st.prev, To: x, Relation: st.edge.Relation, Forward: st.edge.Forward}}, p...)
				}
				for i := range p {
					if p[i].Facts, err = NewGraph(s).Evidence(ctx, p[i], opt); err != nil {
						t.Fatal(err)
					}
				}
				return p
			}
		}
		frontier = next
	}
	return nil
}

// The search on the index and the evidence read through it give the
// path, and the facts of each hop, that the store gives.
func TestShortestPathMatchesStore(t *testing.T) {
	ctx := context.Background()
	for _, backend := range graphtest.Backends(t) {
		s := graphtest.RandomStore(t, backend)
		opts := []PathOptions{{}, {Directed: true}, {Relations: []string{"aid", "meets"}}, {MaxHops: 2}}
		found := 0
		for a := 0; a < 30; a += 3 {
			for b := 1; b < 30; b += 4 {
				from, to := fmt.Sprintf("country:C%02d", a), fmt.Sprintf("country:C%02d", b)
				if from == to {
					continue
				}
				for _, opt := range opts {
					got, err := NewGraph(s).ShortestPath(ctx, from, to, opt)
					if err != nil {
						t.Fatal(err)
					}
					want := shortestFromStore(ctx, t, s, from, to, opt)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%s %s→%s %+v:\n got %q %v\nwant %q %v", backend, from, to, opt, hops(got), got, hops(want), want)
					}
					if want != nil {
						found++
					}
				}
			}
		}
		if found < 50 {
			t.Errorf("%s: only %d of the pairs are connected: the test proves little", backend, found)
		}
	}
}
