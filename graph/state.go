package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"

	"github.com/cayleygraph/cayley/graph/kv"
)

// State identifies what a store holds, for data derived from it and kept
// beside it (kg's adjacency index): a State taken after a write differs
// from every State taken before it.
type State struct {
	Quads int64
	// Version counts writes. On bolt it is the transaction id of the last
	// commit, which every writer (another kg process, another version of
	// kg, any Cayley program) increments; elsewhere it is the number of
	// writes through this Store, blind to other processes.
	Version uint64
	// Check is, on bolt, the checksum of the file's meta page (which holds
	// the transaction id and the pages of the last commit), so that two
	// stores that happen to share a transaction id and a quad count still
	// differ. 0 elsewhere.
	Check uint64
	// Durable reports a State that every writer changes (bolt), so that it
	// can stamp a file read by a later process.
	Durable bool
}

// State returns the store's current State.
func (s *Store) State(ctx context.Context) (State, error) {
	st, err := s.QS.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		err = nil // a new bolt store has no count until its first write
	}
	if err != nil {
		return State{}, err
	}
	if s.Backend != "bolt" {
		return State{Quads: st.Quads.Size, Version: s.gen.Load()}, nil
	}
	txid, sum, err := boltMeta(filepath.Join(s.Where, "indexes.bolt"))
	if err != nil {
		// A file kg cannot read the state of gets a State no later
		// process will trust: derived data is rebuilt, never reused.
		return State{Quads: st.Quads.Size, Version: s.gen.Load()}, nil
	}
	return State{Quads: st.Quads.Size, Version: txid, Check: sum, Durable: true}, nil
}

// Exclusive reports whether only this Store can write to the store while
// it is open, so that Generation alone tells whether it changed: Cayley's
// bolt backend holds an exclusive lock on its file, and a memory: store
// lives in this process. A PostgreSQL database may be written by others.
func (s *Store) Exclusive() bool { return s.Backend == "bolt" || s.Backend == "memstore" }

// SidePath is where a file derived from the store, such as a persisted
// index, is kept: inside the bolt store's directory, so that it moves and
// is deleted with the store. "" for stores that have no directory.
func (s *Store) SidePath(name string) string {
	if s.Backend != "bolt" {
		return ""
	}
	return filepath.Join(s.Where, name)
}

// Bolt (github.com/boltdb/bolt v1.3.1, the file format Cayley's bolt
// backend writes) keeps two meta pages at the start of the file and
// writes the next commit's meta over the older of the two: the valid one
// with the larger transaction id is the current state. The layout, after
// a 16-byte page header, is magic, version, page size, flags (uint32
// each), root bucket (two uint64), freelist page, high-water page,
// transaction id and an FNV-64a checksum of the preceding 56 bytes, in
// the machine's byte order (little-endian on every platform kg builds for).
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	boltPageHeader = 16
	boltMetaSize   = 64
)

var errNotBolt = errors.New("not a bolt file of a known version")

// boltMeta returns the transaction id and meta checksum of the last
// commit of a bolt file. It reads the file without locking it: bolt
// writes a meta page in one write after syncing the data it points to,
// and a meta page caught half-written fails its checksum and the other
// one is used, as bolt itself does.
func boltMeta(path string) (txid, sum uint64, err error) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer fh.Close()
	page0 := make([]byte, boltPageHeader+boltMetaSize)
	if _, err := io.ReadFull(fh, page0); err != nil {
		return 0, 0, fmt.Errorf("%s: %w", path, errNotBolt)
	}
	best, ok := parseBoltMeta(page0[boltPageHeader:])
	// The page size is the same in both meta pages; take it from the
	// first, valid or not, to find the second.
	pageSize := int64(binary.LittleEndian.Uint32(page0[boltPageHeader+8:]))
	if pageSize >= boltPageHeader+boltMetaSize && pageSize <= 1<<16 {
		page1 := make([]byte, boltPageHeader+boltMetaSize)
		if _, err := fh.ReadAt(page1, pageSize); err == nil {
			if m, ok1 := parseBoltMeta(page1[boltPageHeader:]); ok1 && (!ok || m.txid > best.txid) {
				best, ok = m, true
			}
		}
	}
	if !ok {
		return 0, 0, fmt.Errorf("%s: %w", path, errNotBolt)
	}
	return best.txid, best.sum, nil
}

type boltMetaPage struct{ txid, sum uint64 }

func parseBoltMeta(b []byte) (boltMetaPage, bool) {
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltVersion {
		return boltMetaPage{}, false
	}
	h := fnv.New64a()
	h.Write(b[:56])
	sum := le.Uint64(b[56:])
	if sum != h.Sum64() {
		return boltMetaPage{}, false
	}
	return boltMetaPage{txid: le.Uint64(b[48:]), sum: sum}, true
}
