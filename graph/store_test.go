package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func testBatch(docID string, facts ...Fact) *Batch {
	b := &Batch{Doc: Document{ID: docID, Path: "/tmp/" + docID + ".txt", SHA256: "abc" + docID, Bytes: 10,
		Title: "t", Ingested: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}}
	ents := map[string]bool{}
	for i := range facts {
		f := &facts[i]
		f.Doc = docID
		f.ID = FactID(f)
		for _, id := range []string{f.Subject, f.Object} {
			if !ents[id] {
				ents[id] = true
				b.Entities = append(b.Entities, Entity{ID: id, Type: EntityType(id), Name: id[len(id)-3:], Aliases: []string{"alias " + id}})
			}
		}
	}
	b.Facts = facts
	return b
}

func openStores(t *testing.T) map[string]*Store {
	t.Helper()
	mem, err := Open("memory:")
	if err != nil {
		t.Fatal(err)
	}
	bolt, err := Open(filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mem.Close(); bolt.Close() })
	return map[string]*Store{"memory": mem, "bolt": bolt}
}

func TestPutReadRemove(t *testing.T) {
	for name, s := range openStores(t) {
		t.Run(name, func(t *testing.T) { testPutReadRemove(t, s) })
	}
}

// testPutReadRemove writes, reads, replaces and removes documents.
func testPutReadRemove(t *testing.T, s *Store) {
	ctx := context.Background()
	{
		{
			a := testBatch("a",
				Fact{Subject: "country:PRK", Relation: "arms_transfer", Object: "country:CUB", Year: 1980, Quantity: 100000, Unit: "rifles", Item: "AK rifles", Sentence: 3, Evidence: "sent rifles", Confidence: 0.9},
				Fact{Subject: "country:JPN", Relation: "recognizes", Object: "country:PRK", Negated: true, Sentence: 5},
			)
			b := testBatch("b", Fact{Subject: "country:PRK", Relation: "aid", Object: "country:JPN", Kind: "humanitarian", ClaimedBy: "country:PRK"})
			for _, x := range []*Batch{a, b} {
				if err := s.Put(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			facts, err := s.Facts(ctx, FactFilter{IncludeNegated: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(facts) != 3 {
				t.Fatalf("got %d facts, want 3: %+v", len(facts), facts)
			}
			if !reflect.DeepEqual(facts[0], a.Facts[0]) {
				t.Errorf("fact read back differs:\n got %+v\nwant %+v", facts[0], a.Facts[0])
			}
			pos, _ := s.Facts(ctx, FactFilter{})
			if len(pos) != 2 {
				t.Errorf("positive facts: got %d, want 2", len(pos))
			}
			ents, err := s.Entities(ctx, TypeCountry)
			if err != nil || len(ents) != 3 {
				t.Fatalf("entities: %v %+v", err, ents)
			}

			// Replacing a document with fewer facts leaves only the new ones.
			a2 := testBatch("a", Fact{Subject: "country:PRK", Relation: "meets", Object: "country:CUB"})
			if err := s.Put(ctx, a2); err != nil {
				t.Fatal(err)
			}
			got, _ := s.Facts(ctx, FactFilter{Doc: "a", IncludeNegated: true})
			if len(got) != 1 || got[0].Relation != "meets" {
				t.Errorf("after replace: %+v", got)
			}

			counts, err := s.CountQuadsByLabel(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if counts["doc:a"] == 0 || counts["doc:b"] == 0 {
				t.Fatalf("quads by label before removal: %v", counts)
			}
			before := counts["doc:b"]
			ok, err := s.RemoveDocument(ctx, "a")
			if err != nil || !ok {
				t.Fatalf("remove: %v %v", ok, err)
			}
			counts, _ = s.CountQuadsByLabel(ctx)
			if counts["doc:a"] != 0 {
				t.Errorf("%d quads of doc a left after removal", counts["doc:a"])
			}
			if counts["doc:b"] != before {
				t.Errorf("removing a changed b's quads: %d -> %d", before, counts["doc:b"])
			}
			if _, ok, _ := s.Document(ctx, "a"); ok {
				t.Error("document a still listed")
			}
			if ok, _ := s.RemoveDocument(ctx, "a"); ok {
				t.Error("second removal reported the document as present")
			}
			// An entity mentioned by b survives, with b's alias only.
			e, ok, _ := s.Entity(ctx, "country:PRK")
			if !ok || e.Facts != 1 {
				t.Errorf("PRK after removal: %+v %v", e, ok)
			}
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain")
	if err := writeFile(file, "x"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(file); err == nil {
		t.Error("opening a plain file as a store succeeded")
	}
	if err := writeFile(filepath.Join(dir, "other", "a.txt"), "x"); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(filepath.Join(dir, "other")); err == nil {
		t.Error("opening a directory of other files as a store succeeded")
	}
}

func TestStoreInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := OpenWith(dir, Options{LockTimeout: 100 * time.Millisecond}); err == nil {
		t.Fatal("second open of a locked store succeeded")
	} else if !errorsIs(err, ErrStoreInUse) {
		t.Fatalf("second open: %v, want ErrStoreInUse", err)
	}
}

// With MustExist a missing bolt store is ErrNoStore and nothing is
// created; an existing one opens.
func TestMustExist(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "kg.db")
	if _, err := OpenWith(dir, Options{MustExist: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("missing store: %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(filepath.Dir(dir)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("opening a missing store made %s (%v)", filepath.Dir(dir), err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenWith(dir, Options{MustExist: true})
	if err != nil {
		t.Fatalf("existing store: %v", err)
	}
	s.Close()
	if s, err := OpenWith("memory:", Options{MustExist: true}); err != nil {
		t.Errorf("memory: %v", err)
	} else {
		s.Close()
	}
}

// AllEntities lists what Entities lists, without the fact counts.
func TestAllEntities(t *testing.T) {
	ctx := context.Background()
	s, err := Open("memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f := Fact{Subject: "country:AAA", Relation: "aid", Object: "person:bob", Doc: "d"}
	f.ID = FactID(&f)
	b := &Batch{Doc: Document{ID: "d", Path: "/d", SHA256: "d"}, Facts: []Fact{f}, Entities: []Entity{
		{ID: "country:AAA", Type: TypeCountry, Name: "Aland", Aliases: []string{"Alandia"}},
		{ID: "person:bob", Type: TypePerson, Name: "Bob"}}}
	if err := s.Put(ctx, b); err != nil {
		t.Fatal(err)
	}
	all, err := s.AllEntities(ctx)
	if err != nil {
		t.Fatal(err)
	}
	infos, err := s.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 || len(infos) != 2 {
		t.Fatalf("%d and %d entities, want 2", len(all), len(infos))
	}
	for i := range all {
		if all[i].ID != infos[i].ID || all[i].Name != infos[i].Name || fmt.Sprint(all[i].Aliases) != fmt.Sprint(infos[i].Aliases) {
			t.Errorf("AllEntities %+v, Entities %+v", all[i], infos[i].Entity)
		}
	}
}
