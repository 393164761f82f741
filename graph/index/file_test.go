package index

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"kg/graph"
	"kg/graph/graphtest"
)

// indexWith returns c.Of(s) and whether it had to read the store, all
// of it or what the writes since the last index touched.
func indexWith(t *testing.T, c *Cache, s *graph.Store) (*Index, bool) {
	t.Helper()
	builds, deltas := c.Builds(), c.Deltas()
	x, err := c.Of(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return x, c.Builds() != builds || c.Deltas() != deltas
}

func oneFact(doc, sub, rel, obj string) *graph.Batch {
	f := graph.Fact{Subject: sub, Relation: rel, Object: obj, Doc: doc, Evidence: doc + " evidence"}
	f.ID = graph.FactID(&f)
	return &graph.Batch{Doc: graph.Document{ID: doc, Path: "/" + doc + ".txt", SHA256: doc}, Facts: []graph.Fact{f},
		Entities: []graph.Entity{{ID: sub, Type: graph.TypeCountry, Name: sub[8:]}, {ID: obj, Type: graph.TypeCountry, Name: obj[8:]}}}
}

// The index persisted beside a bolt store is used by the next process
// while the store is unchanged, and rebuilt, not trusted, once anything
// wrote to the store without updating it (another process, an older kg)
// or once the file is damaged.
func TestPersistedIndex(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, filepath.Join(t.TempDir(), "kg.db"))
	built, rebuilt := indexWith(t, new(Cache), s)
	if !rebuilt {
		t.Fatal("the first index of a store was not built")
	}
	file := s.SidePath(File)
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no index persisted: %v", err)
	}

	s = graphtest.Reopen(t, s)
	loaded, rebuilt := indexWith(t, new(Cache), s)
	if rebuilt {
		t.Error("the persisted index of an unchanged store was rebuilt")
	}
	if !reflect.DeepEqual(loaded, built) {
		t.Error("the loaded index differs from the one saved")
	}

	// Writes that leave the persisted index behind, as a process that
	// does not know about it would.
	writes := []struct {
		name  string
		write func(*graph.Store) error
		path  bool // whether country:C90 then reaches country:C91
	}{
		{"document added", func(s *graph.Store) error { return s.Put(ctx, oneFact("new", "country:C90", "aid", "country:C91")) }, true},
		{"document removed", func(s *graph.Store) error { _, err := s.RemoveDocument(ctx, "new"); return err }, false},
		// The same quads again: the quad count is back to what it was
		// before the removal, but the store has changed twice since.
		{"document added again", func(s *graph.Store) error { return s.Put(ctx, oneFact("new", "country:C90", "aid", "country:C91")) }, true},
	}
	for _, w := range writes {
		old, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.write(s); err != nil {
			t.Fatal(err)
		}
		s = graphtest.Reopen(t, s)
		if err := os.WriteFile(file, old, 0o644); err != nil { // as if nobody had rebuilt it
			t.Fatal(err)
		}
		if _, rebuilt := indexWith(t, new(Cache), s); !rebuilt {
			t.Errorf("%s: the stale persisted index was used", w.name)
		}
		x, err := new(Cache).Of(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		p, err := x.Shortest(ctx, "country:C90", "country:C91", Filter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if (p != nil) != w.path {
			t.Errorf("%s: path %v", w.name, p)
		}
	}

	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)/2] ^= 0x40
	damage := map[string][]byte{
		"truncated":    good[:len(good)/2],
		"header only":  good[:40],
		"empty":        {},
		"byte flipped": flipped,
		"not an index": []byte("hello, world, this is not an index file at all"),
	}
	for name, content := range damage {
		s = graphtest.Reopen(t, s)
		if err := os.WriteFile(file, content, 0o644); err != nil {
			t.Fatal(err)
		}
		x, rebuilt := indexWith(t, new(Cache), s)
		if !rebuilt {
			t.Errorf("%s: damaged index used", name)
		}
		if x.Len() != loaded.Len()+2 {
			t.Errorf("%s: rebuilt index has %d entities, want %d", name, x.Len(), loaded.Len()+2)
		}
		if after, err := os.ReadFile(file); err != nil || !reflect.DeepEqual(after, good) {
			t.Errorf("%s: the rebuilt index was not written over the damaged file (err %v)", name, err)
		}
	}
}

// A file that passes its checksum but whose positions point outside its
// arrays is refused: it would otherwise make a query index out of range.
func TestFileLayoutChecked(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, filepath.Join(t.TempDir(), "kg.db"))
	x, err := Build(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	bad := *x
	bad.adj = append([]halfEdge(nil), x.adj...)
	bad.adj[0].to = int32(len(x.ids))
	file := filepath.Join(t.TempDir(), File)
	if err := bad.save(file); err != nil {
		t.Fatal(err)
	}
	if _, err := load(file, x.state); err == nil {
		t.Error("an index whose edge points past the last entity was loaded")
	}
	if err := x.save(file); err != nil {
		t.Fatal(err)
	}
	if _, err := load(file, x.state); err != nil {
		t.Errorf("the good index was refused: %v", err)
	}
	other := x.state
	other.Version++
	if _, err := load(file, other); err == nil {
		t.Error("an index of another state of the store was loaded")
	}
}
