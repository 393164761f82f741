// Package graphtest builds stores for the tests of the packages that
// read them (graph/index, queries): the same random graph on every
// backend, and a store reopened as the next process would see it.
package graphtest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"kg/graph"
)

// RandomStore writes a deterministic random graph of several documents
// into the store at dsn: entities named differently across documents,
// the same fact stated by more than one document, negated facts and
// years. Entities are country:C00 … country:C29.
func RandomStore(t *testing.T, dsn string) *graph.Store {
	t.Helper()
	s, err := graph.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	r := rand.New(rand.NewSource(7))
	rels := []string{"aid", "arms_transfer", "meets", "supports", "condemns"}
	ent := func(i int) string { return fmt.Sprintf("country:C%02d", i) }
	for d := 0; d < 6; d++ {
		doc := fmt.Sprintf("doc%d", d)
		b := &graph.Batch{Doc: graph.Document{ID: doc, Path: "/" + doc + ".txt", SHA256: doc}}
		seen := map[string]bool{}
		for i := 0; i < 25; i++ {
			a, o := r.Intn(30), r.Intn(30)
			if a == o {
				continue
			}
			if d > 0 && i%5 == 0 {
				a, o = 1, 2 // the same pair in every document
			}
			f := graph.Fact{Subject: ent(a), Relation: rels[r.Intn(len(rels))], Object: ent(o),
				Negated: r.Intn(6) == 0, Doc: doc, Sentence: i, Evidence: fmt.Sprintf("%s sentence %d", doc, i)}
			if r.Intn(2) == 0 {
				f.Year = 1950 + r.Intn(60)
			}
			f.ID = graph.FactID(&f)
			b.Facts = append(b.Facts, f)
			for _, id := range []string{f.Subject, f.Object} {
				if !seen[id] {
					seen[id] = true
					b.Entities = append(b.Entities, graph.Entity{ID: id, Type: graph.TypeCountry, Name: id[8:],
						Aliases: []string{id[8:] + "-" + doc[3:]}})
				}
			}
		}
		if err := s.Put(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// Backends are the stores comparisons run on: memory, bolt and, when a
// test server is named by KG_TEST_POSTGRES (scripts/postgres-for-tests),
// a new PostgreSQL database, dropped afterwards.
func Backends(t *testing.T) []string {
	t.Helper()
	out := []string{"memory:", filepath.Join(t.TempDir(), "kg.db")}
	base := os.Getenv("KG_TEST_POSTGRES")
	if base == "" {
		return out
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("kgtest_queries_%d", time.Now().UnixNano())
	u.Path = "/" + name
	t.Cleanup(func() {
		if db, err := sql.Open("postgres", base); err == nil {
			db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	return append(out, u.String())
}

// Reopen closes a bolt store and opens it again, as the next process
// would.
func Reopen(t *testing.T, s *graph.Store) *graph.Store {
	t.Helper()
	dir := s.Where
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// HalfEdge is a relation edge seen from one entity, as the path index
// lists them.
type HalfEdge struct {
	To       string
	Relation string
	Forward  bool
}

// EdgesAt lists the relation edges at an entity the plain way, from the
// store's own indexes (Store.DirectEdges): of the given relations (nil:
// all), only from subject to object when directed (symmetric relations
// both ways), ordered by the other end, the relation, forward first. It
// is what the path index is checked against.
func EdgesAt(t *testing.T, s *graph.Store, node string, relations []string, directed bool) []HalfEdge {
	t.Helper()
	keys, err := s.DirectEdges(context.Background(), node)
	if err != nil {
		t.Fatal(err)
	}
	var out []HalfEdge
	for _, k := range keys {
		if len(relations) > 0 && !slices.Contains(relations, k.Rel) {
			continue
		}
		r, _ := graph.LookupRelation(k.Rel)
		if k.Sub == node {
			out = append(out, HalfEdge{To: k.Obj, Relation: k.Rel, Forward: true})
		}
		if k.Obj == node && (!directed || r.Symmetric) {
			out = append(out, HalfEdge{To: k.Sub, Relation: k.Rel, Forward: false})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.To != b.To {
			return a.To < b.To
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return a.Forward && !b.Forward
	})
	return out
}
