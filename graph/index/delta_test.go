package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/graph"
	"kg/graph/graphtest"
)

// canonical lists an index's contents independently of how its edges are
// numbered: each entity's half-edges in order, with the facts behind each.
func canonical(x *Index) []string {
	out := []string{fmt.Sprintf("rels %q", x.rels)}
	for a, id := range x.ids {
		for _, e := range x.adj[x.off[a]:x.off[a+1]] {
			out = append(out, fmt.Sprintf("%s %s %v %s %q", id, x.rels[e.rel], e.forward, x.ids[e.to],
				x.facts[x.factOff[e.edge]:x.factOff[e.edge+1]]))
		}
	}
	return out
}

// sameIndex fails the test unless x holds what an index built from the
// whole store holds, and answers every path as that one does.
func sameIndex(t *testing.T, s *graph.Store, x *Index) {
	t.Helper()
	ctx := context.Background()
	state, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := build(ctx, s, state)
	if err != nil {
		t.Fatal(err)
	}
	if x.state != want.state {
		t.Errorf("index stamped %+v, store at %+v", x.state, want.state)
	}
	got, exp := canonical(x), canonical(want)
	if !reflect.DeepEqual(got, exp) {
		t.Errorf("index differs from one built from the store:\n got %d lines: %s\nwant %d lines: %s",
			len(got), strings.Join(got, "\n  "), len(exp), strings.Join(exp, "\n  "))
		return
	}
	if !reflect.DeepEqual(x.ids, want.ids) {
		t.Error("entities differ")
	}
	for _, from := range want.ids {
		for _, to := range want.ids {
			for _, q := range []struct {
				f       Filter
				maxHops int
			}{{}, {Filter{Directed: true}, 2}, {Filter{Relations: []string{"aid"}}, 0}} {
				p1, _ := x.Shortest(ctx, from, to, q.f, q.maxHops)
				p2, _ := want.Shortest(ctx, from, to, q.f, q.maxHops)
				if !reflect.DeepEqual(p1, p2) {
					t.Fatalf("path %s → %s %+v: %v, from scratch %v", from, to, q, p1, p2)
				}
				for _, h := range p1 {
					f1, _ := x.FactIDs(h)
					f2, _ := want.FactIDs(h)
					if !reflect.DeepEqual(f1, f2) {
						t.Fatalf("facts of %v: %q, from scratch %q", h, f1, f2)
					}
				}
			}
		}
	}
}

func factBatch(doc string, facts ...graph.Fact) *graph.Batch {
	b := &graph.Batch{Doc: graph.Document{ID: doc, Path: "/" + doc + ".txt", SHA256: doc}}
	seen := map[string]bool{}
	for i, f := range facts {
		f.Doc, f.Sentence, f.Evidence = doc, i, fmt.Sprintf("%s sentence %d", doc, i)
		f.ID = graph.FactID(&f)
		b.Facts = append(b.Facts, f)
		for _, id := range []string{f.Subject, f.Object} {
			if !seen[id] {
				seen[id] = true
				b.Entities = append(b.Entities, graph.Entity{ID: id, Type: graph.TypeCountry, Name: id[8:]})
			}
		}
	}
	return b
}

func fact(sub, rel, obj string) graph.Fact {
	return graph.Fact{Subject: "country:" + sub, Relation: rel, Object: "country:" + obj}
}

// factQuads is what a writer other than kg might store: a document's
// quads with the fact's but not the direct edge, or the edge but not the
// fact's.
func factQuads(doc string, withEdge, withFact bool, f graph.Fact) []quad.Quad {
	b := factBatch(doc, f)
	var out []quad.Quad
	for _, q := range b.Quads() {
		_, isEdge := graph.RelationOf(q.Predicate)
		isFact := q.Subject == quad.IRI(b.Facts[0].ID)
		if isEdge && !withEdge || isFact && !withFact {
			continue
		}
		out = append(out, q)
	}
	return out
}

// After each kind of write through a Store, the index that was persisted
// before it is brought up to date from the record of the write, without
// reading the store, and holds exactly what an index built from the whole
// store holds; writes that the record does not cover make it rebuilt.
func TestIndexFollowsChanges(t *testing.T) {
	ctx := context.Background()
	put := func(b *graph.Batch) func(*graph.Store) error {
		return func(s *graph.Store) error { return s.Put(ctx, b) }
	}
	rm := func(ids ...string) func(*graph.Store) error {
		return func(s *graph.Store) error {
			for _, id := range ids {
				if ok, err := s.RemoveDocument(ctx, id); err != nil || !ok {
					return fmt.Errorf("remove %s: %v %v", id, ok, err)
				}
			}
			return nil
		}
	}
	seq := func(ws ...func(*graph.Store) error) func(*graph.Store) error {
		return func(s *graph.Store) error {
			for _, w := range ws {
				if err := w(s); err != nil {
					return err
				}
			}
			return nil
		}
	}
	// A write that fails (the removal of a quad that is not there) and so
	// changes nothing.
	failing := func(doc string) func(*graph.Store) error {
		return func(s *graph.Store) error {
			tx := cgraph.NewTransaction()
			for _, q := range factBatch(doc, fact("C01", "aid", "C77")).Quads() {
				tx.AddQuad(q)
			}
			tx.RemoveQuad(quad.Make("country:C01", "rel:aid", "country:C76", graph.DocIRI(doc)))
			if err := s.W.ApplyTransaction(tx); err == nil {
				return fmt.Errorf("the write of %s did not fail", doc)
			}
			return nil
		}
	}
	// Cayley's writer used directly, as a program that knows nothing of
	// kg's record would.
	direct := func(s *graph.Store) error {
		return s.W.AddQuadSet(factBatch("raw", fact("C90", "aid", "C91")).Quads())
	}
	tests := []struct {
		name  string
		write func(*graph.Store) error
		how   string                   // "delta": brought up to date from the record; "build": rebuilt; "load": the file still current
		setup func(*graph.Store) error // written before the index is persisted
	}{
		{"new documents", seq(
			put(factBatch("new1", fact("C01", "aid", "C02"), fact("C50", "meets", "C51"), fact("C51", "meets", "C50"))),
			put(factBatch("new2", fact("C50", "supports", "C03"), graph.Fact{Subject: "country:C60", Relation: "aid", Object: "country:C61", Negated: true}))),
			"delta", nil},
		{"document removed", rm("doc1"), "delta", nil},
		{"several documents removed", rm("doc0", "doc2", "doc5"), "delta", nil},
		{"every document removed", rm("doc0", "doc1", "doc2", "doc3", "doc4", "doc5"), "delta", nil},
		{"document changed", put(factBatch("doc3", fact("C01", "aid", "C02"), fact("C40", "condemns", "C41"))), "delta", nil},
		{"document changed, then removed", seq(put(factBatch("doc3", fact("C40", "condemns", "C41"))), rm("doc3")), "delta", nil},
		{"removed and added again", seq(rm("doc4"), put(factBatch("doc4", fact("C01", "meets", "C02")))), "delta", nil},
		{"failed write", failing("broken"), "load", nil},
		{"interrupted ingest: some documents, then a failed write", seq(
			put(factBatch("new1", fact("C70", "aid", "C71"))), failing("doc1")), "delta", nil},
		{"facts without their edge, then the edge", seq(
			func(s *graph.Store) error {
				return s.PutQuads(ctx, "facts", factQuads("facts", false, true, fact("C80", "aid", "C81")))
			},
			func(s *graph.Store) error {
				return s.PutQuads(ctx, "edges", factQuads("edges", true, false, fact("C80", "aid", "C81")))
			}), "delta", nil},
		{"an edge without facts, removed", seq(
			func(s *graph.Store) error {
				return s.PutQuads(ctx, "edges", factQuads("edges", true, false, fact("C01", "aid", "C02")))
			}, rm("edges")), "delta", nil},
		{"facts without their edge before the index, then the edge",
			func(s *graph.Store) error {
				return s.PutQuads(ctx, "edges", factQuads("edges", true, false, fact("C80", "aid", "C81")))
			}, "delta",
			func(s *graph.Store) error {
				if err := s.PutQuads(ctx, "facts", factQuads("facts", false, true, fact("C80", "aid", "C81"))); err != nil {
					return err
				}
				// and a fact of another relation between the same two
				return s.PutQuads(ctx, "facts2", factQuads("facts2", false, true, fact("C80", "meets", "C81")))
			}},
		{"written around kg's record", direct, "build", nil},
		{"written around the record, then through it", seq(direct, put(factBatch("new1", fact("C70", "aid", "C71")))), "build", nil},
		{"through the record, around it, through it again", seq(put(factBatch("new1", fact("C70", "aid", "C71"))), direct,
			put(factBatch("new2", fact("C72", "aid", "C73")))), "build", nil},
		{"through the record, then around it", seq(put(factBatch("new1", fact("C70", "aid", "C71"))), direct), "build", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := graphtest.RandomStore(t, filepath.Join(t.TempDir(), "kg.db"))
			if tc.setup != nil {
				if err := tc.setup(s); err != nil {
					t.Fatal(err)
				}
			}
			if err := new(Cache).Persist(ctx, s); err != nil {
				t.Fatal(err)
			}
			s = graphtest.Reopen(t, s) // the index in the file only, as for the next command
			if err := tc.write(s); err != nil {
				t.Fatal(err)
			}
			c := new(Cache)
			if err := c.Persist(ctx, s); err != nil {
				t.Fatal(err)
			}
			x, err := c.Of(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			how := "load"
			switch nb, nd := c.Builds(), c.Deltas(); {
			case nb == 0 && nd == 1:
				how = "delta"
			case nb == 1 && nd == 0:
				how = "build"
			case nb != 0 || nd != 0:
				how = fmt.Sprintf("%d builds and %d deltas", nb, nd)
			}
			if how != tc.how {
				t.Errorf("index made by %s, want %s", how, tc.how)
			}
			sameIndex(t, s, x)

			// The next process loads what was persisted.
			s = graphtest.Reopen(t, s)
			y, rebuilt := indexWith(t, new(Cache), s)
			if rebuilt {
				t.Error("the index persisted after the write was not used")
			}
			sameIndex(t, s, y)
		})
	}
}

// Writes in one process followed by queries and more writes: each
// query's index follows from the previous one.
func TestIndexFollowsChangesInProcess(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, filepath.Join(t.TempDir(), "kg.db"))
	c := new(Cache)
	if _, err := c.Of(ctx, s); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		doc := fmt.Sprintf("doc%d", i)
		if i%2 == 0 {
			if _, err := s.RemoveDocument(ctx, doc); err != nil {
				t.Fatal(err)
			}
		} else if err := s.Put(ctx, factBatch(doc, fact("C01", "aid", fmt.Sprintf("C9%d", i)))); err != nil {
			t.Fatal(err)
		}
		builds := c.Builds()
		x, err := c.Of(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if c.Builds() != builds {
			t.Errorf("write %d: index rebuilt", i)
		}
		sameIndex(t, s, x)
	}
}

// The index of the state before the writes must be the one the record
// starts from: a missing, damaged or other file makes it rebuilt.
func TestIndexChangesNeedTheirBase(t *testing.T) {
	ctx := context.Background()
	cases := map[string]func(file string, s *graph.Store) error{
		"file missing": func(file string, _ *graph.Store) error { return os.Remove(file) },
		"file damaged": func(file string, _ *graph.Store) error {
			b, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			b[len(b)/2] ^= 1
			return os.WriteFile(file, b, 0o644)
		},
		"file of another state": func(file string, s *graph.Store) error {
			// An index persisted for the store after one more write.
			if err := s.Put(ctx, factBatch("other", fact("C01", "aid", "C99"))); err != nil {
				return err
			}
			x, err := Build(ctx, s)
			if err != nil {
				return err
			}
			return x.save(file)
		},
	}
	for name, spoil := range cases {
		t.Run(name, func(t *testing.T) {
			s := graphtest.RandomStore(t, filepath.Join(t.TempDir(), "kg.db"))
			if err := new(Cache).Persist(ctx, s); err != nil {
				t.Fatal(err)
			}
			s = graphtest.Reopen(t, s)
			if err := spoil(s.SidePath(File), s); err != nil {
				t.Fatal(err)
			}
			if err := s.Put(ctx, factBatch("new", fact("C01", "aid", "C98"))); err != nil {
				t.Fatal(err)
			}
			c := new(Cache)
			x, err := c.Of(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			if c.Builds() != 1 || c.Deltas() != 0 {
				t.Errorf("%d builds, %d deltas", c.Builds(), c.Deltas())
			}
			sameIndex(t, s, x)
		})
	}
}

// The first documents of a new store follow from the empty index.
func TestIndexChangesFromEmpty(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Put(ctx, factBatch("a", fact("C01", "aid", "C02"), fact("C02", "meets", "C03"))); err != nil {
		t.Fatal(err)
	}
	c := new(Cache)
	x, err := c.Of(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if c.Builds() != 0 || c.Deltas() != 1 {
		t.Errorf("%d builds, %d deltas", c.Builds(), c.Deltas())
	}
	sameIndex(t, s, x)
}

// KG_TEST_INDEX_DB names a bolt store (a copy: the test writes its
// index) whose persisted index is checked against one built from the
// whole store, e.g. after `kg ingest` or `kg docs rm` brought it up to
// date from the record of their writes.
func TestPersistedIndexOfStore(t *testing.T) {
	dir := os.Getenv("KG_TEST_INDEX_DB")
	if dir == "" {
		t.Skip("KG_TEST_INDEX_DB not set")
	}
	s, err := graph.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	x, rebuilt := indexWith(t, new(Cache), s)
	if rebuilt {
		t.Fatal("no current index persisted")
	}
	ctx := context.Background()
	want, err := build(ctx, s, x.state)
	if err != nil {
		t.Fatal(err)
	}
	got, exp := canonical(x), canonical(want)
	if !reflect.DeepEqual(got, exp) {
		t.Fatalf("persisted index differs from one built from the store (%d against %d lines)", len(got), len(exp))
	}
	t.Logf("%d entities, %d edges, %d facts: the same", len(x.ids), len(x.factOff)-1, len(x.facts))
}
