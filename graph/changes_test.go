package graph

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"
)

// The record of writes holds what each write touched, failed or not,
// and is complete only while every write since its start went through
// the Store.
func TestChangesRecord(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	changes := func() *Changes {
		var got *Changes
		if err := s.WithChanges(ctx, func(c *Changes) bool { got = c; return false }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if c := changes(); c.Complete {
		t.Error("a record before any write")
	}
	before, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b := testBatch("a", Fact{Subject: "country:USA", Relation: "aid", Object: "country:CUB"},
		Fact{Subject: "country:USA", Relation: "aid", Object: "country:PRK", Negated: true})
	if err := s.Put(ctx, b); err != nil {
		t.Fatal(err)
	}
	c := changes()
	wantEdges := map[EdgeKey]struct{}{{"country:USA", "aid", "country:CUB"}: {}}
	wantFacts := map[string]struct{}{b.Facts[0].ID: {}, b.Facts[1].ID: {}}
	if !c.Complete || c.Base != before || c.Now == before || !reflect.DeepEqual(c.Edges, wantEdges) || !reflect.DeepEqual(c.Facts, wantFacts) {
		t.Fatalf("after a write: %+v", c)
	}

	// A write that fails (a removal of a quad that is not there) is
	// recorded all the same, and leaves the record complete.
	absent := quad.Make(quad.IRI("country:CUB"), quad.IRI("rel:aid"), quad.IRI("country:MEX"), DocIRI("b"))
	if err := s.apply(ctx, nil, []quad.Quad{absent}); err == nil {
		t.Fatal("removing an absent quad did not fail")
	}
	c = changes()
	wantEdges[EdgeKey{"country:CUB", "aid", "country:MEX"}] = struct{}{}
	if !c.Complete || c.Base != before || !reflect.DeepEqual(c.Edges, wantEdges) {
		t.Fatalf("after a failed write: %+v", c)
	}

	// Restarted by the caller: empty from now on.
	now := c.Now
	if err := s.WithChanges(ctx, func(*Changes) bool { return true }); err != nil {
		t.Fatal(err)
	}
	if c := changes(); !c.Complete || c.Base != now || len(c.Edges)+len(c.Facts) != 0 {
		t.Fatalf("after a restart: %+v", c)
	}

	// A write around the Store breaks the record until the next write
	// through it, which restarts it from what it finds.
	if err := s.W.AddQuad(quad.Make(quad.IRI("country:MEX"), quad.IRI("rel:aid"), quad.IRI("country:CUB"), DocIRI("c"))); err != nil {
		t.Fatal(err)
	}
	if c := changes(); c.Complete {
		t.Fatalf("complete after a write around the Store: %+v", c)
	}
	around, _ := s.State(ctx)
	if err := s.Put(ctx, testBatch("d", Fact{Subject: "country:MEX", Relation: "meets", Object: "country:CUB"})); err != nil {
		t.Fatal(err)
	}
	if c := changes(); !c.Complete || c.Base != around || len(c.Edges) != 1 {
		t.Fatalf("after a write through the Store again: %+v", c)
	}
}

// Memory and PostgreSQL stores keep no record.
func TestChangesBoltOnly(t *testing.T) {
	ctx := context.Background()
	s, err := Open("memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Put(ctx, testBatch("a", Fact{Subject: "country:USA", Relation: "aid", Object: "country:CUB"})); err != nil {
		t.Fatal(err)
	}
	if err := s.WithChanges(ctx, func(c *Changes) bool {
		if c.Complete {
			t.Error("a memory store keeps a record")
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
}
