package graph

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/boltdb/bolt"
)

// The State of a bolt store is bolt's own transaction id, read from the
// file, and changes with every write; reopening without writing keeps it.
func TestBoltState(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	before, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !before.Durable {
		t.Fatalf("bolt State %+v is not durable", before)
	}
	if err := s.Put(ctx, testBatch("a", Fact{Subject: "country:PRK", Relation: "aid", Object: "country:CUB"})); err != nil {
		t.Fatal(err)
	}
	afterAdd, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if afterAdd.Version <= before.Version || afterAdd.Check == before.Check {
		t.Errorf("a write left the State at %+v (before %+v)", afterAdd, before)
	}
	if _, err := s.RemoveDocument(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	afterRm, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if afterRm.Version <= afterAdd.Version {
		t.Errorf("a removal left the State at %+v (before %+v)", afterRm, afterAdd)
	}
	s.Close()

	// bolt itself agrees on the transaction id.
	db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var txid uint64
	db.View(func(tx *bolt.Tx) error { txid = uint64(tx.ID()); return nil })
	db.Close()
	if txid != afterRm.Version {
		t.Errorf("bolt's transaction id is %d, State says %d", txid, afterRm.Version)
	}

	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	reopened, err := s.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if reopened != afterRm {
		t.Errorf("reopening changed the State: %+v, was %+v", reopened, afterRm)
	}
}

// A file whose meta pages do not check out gives a State that is not
// durable (derived data is rebuilt), not an error.
func TestBoltMetaRejectsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "indexes.bolt")
	for name, content := range map[string][]byte{
		"empty":     {},
		"truncated": make([]byte, 40),
		"zeros":     make([]byte, 8192),
	} {
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, err := boltMeta(path); err == nil {
			t.Errorf("%s: boltMeta accepted it", name)
		}
	}
}
