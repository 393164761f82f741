package queries

import (
	"context"
	"fmt"
	"testing"

	"kg/graph"
)

// The index must list exactly the edges the store's indexes give, in the
// same order, for every option that the index answers.
func TestIndexMatchesStore(t *testing.T) {
	ctx := context.Background()
	s := chain(t)
	x, err := BuildIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if x.Len() != 4 {
		t.Errorf("index has %d entities, want 4 (the negated condemns has no direct edge, D is reached by meets)", x.Len())
	}
	opts := []PathOptions{{}, {Directed: true}, {Relations: []string{"aid", "meets"}}, {Directed: true, Relations: []string{"supports"}}}
	for _, node := range []string{"country:AAA", "country:BBB", "country:CCC", "country:DDD", "country:ZZZ"} {
		for _, opt := range opts {
			want, err := Edges(ctx, s, node, opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := x.Edges(node, opt); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s %+v: index gives %v, store gives %v", node, opt, got, want)
			}
		}
	}
}

// A write through the store makes the cached index stale: the next query
// sees the new edge, and a removed document's edges are gone.
func TestIndexFollowsWrites(t *testing.T) {
	ctx := context.Background()
	s := chain(t)
	if p, err := ShortestPath(ctx, s, "country:AAA", "country:EEE", PathOptions{}); err != nil || p != nil {
		t.Fatalf("before the write: path %v, err %v; want none", p, err)
	}
	f := graph.Fact{Subject: "country:DDD", Relation: "aid", Object: "country:EEE", Doc: "e", Evidence: "D aids E"}
	f.ID = graph.FactID(&f)
	b := &graph.Batch{Doc: graph.Document{ID: "e", Path: "/e.txt", SHA256: "y"}, Facts: []graph.Fact{f},
		Entities: []graph.Entity{{ID: "country:DDD", Type: graph.TypeCountry, Name: "DDD"}, {ID: "country:EEE", Type: graph.TypeCountry, Name: "EEE"}}}
	if err := s.Put(ctx, b); err != nil {
		t.Fatal(err)
	}
	p, err := ShortestPath(ctx, s, "country:AAA", "country:EEE", PathOptions{})
	if err != nil || hops(p) != "AAA>supports>CCC CCC>meets>DDD DDD>aid>EEE" {
		t.Fatalf("after the write: path %q, err %v", hops(p), err)
	}
	if len(p[2].Facts) != 1 || p[2].Facts[0].Evidence != "D aids E" {
		t.Errorf("new hop's evidence: %+v", p[2].Facts)
	}
	if _, err := s.RemoveDocument(ctx, "e"); err != nil {
		t.Fatal(err)
	}
	if p, err := ShortestPath(ctx, s, "country:AAA", "country:EEE", PathOptions{}); err != nil || p != nil {
		t.Fatalf("after removing the document: path %q, err %v; want none", hops(p), err)
	}
}
