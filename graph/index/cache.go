package index

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"kg/graph"
)

// Cache keeps the index of one store current across the queries and
// writes of a process, so that it is built once: the caller owns it (a
// command holds one for its store, a server one for its lifetime). The
// zero Cache is ready to use; it is safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	store *graph.Store
	index *Index
	gen   uint64 // store's Generation when index was made

	builds, deltas atomic.Int64
}

// Of returns an up-to-date index of the store: the one in memory, else
// the one persisted beside the store if it was made from the store's
// current state, else one brought up to date from an older one and the
// record of the writes since, else one built by reading the store, which
// is then persisted for the next process.
func (c *Cache) Of(ctx context.Context, s *graph.Store) (*Index, error) {
	x, _, err := c.of(ctx, s)
	return x, err
}

// Persist brings the index persisted beside the store up to date, so
// that the next process to open it is ready for paths without reading
// every quad. Commands that write call it before they close the store.
// Stores with nowhere to keep it (memory:, PostgreSQL) are left alone.
func (c *Cache) Persist(ctx context.Context, s *graph.Store) error {
	if s.SidePath(File) == "" {
		return nil
	}
	_, saveErr, err := c.of(ctx, s)
	if err != nil {
		return err
	}
	return saveErr
}

// Builds counts the indexes this Cache built by reading a whole store,
// and Deltas those it brought up to date from an older one: how tests
// tell a persisted index used from one rebuilt.
func (c *Cache) Builds() int64 { return c.builds.Load() }

// Deltas: see Builds.
func (c *Cache) Deltas() int64 { return c.deltas.Load() }

// of is Of, also returning why a newly made index could not be
// persisted: queries ignore that (a store on a read-only disk still
// answers, only without the head start next time), Persist reports it.
func (c *Cache) of(ctx context.Context, s *graph.Store) (x *Index, saveErr, err error) {
	// Read before the State: a write in between makes the next call look
	// again rather than trust an index older than the count says.
	gen := s.Generation()
	c.mu.Lock()
	defer c.mu.Unlock()
	// Every query asks: on a store no other process can write to, the
	// count of this Store's writes answers without reading the State.
	if c.store == s && s.Exclusive() && c.gen == gen {
		return c.index, nil, nil
	}
	state, err := s.State(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("index: %w", err)
	}
	if c.store == s && c.index.state == state {
		c.gen = gen
		return c.index, nil, nil
	}
	keep := func(x *Index) { c.store, c.index, c.gen = s, x, gen }
	path := s.SidePath(File)
	persist := path != "" && state.Durable
	if persist {
		// A missing, stale or damaged file is not an error: the index is
		// rebuilt and the file written over.
		if x, err := load(path, state); err == nil {
			keep(x)
			return x, nil, nil
		}
		// The index of the store before this Store's writes, brought up
		// to date by re-reading what they touched.
		if x = c.fromChanges(ctx, s, state, path); x != nil {
			keep(x)
			return x, x.save(path), nil
		}
	}
	c.builds.Add(1)
	if x, err = build(ctx, s, state); err != nil {
		return nil, nil, err
	}
	// Later writes are followed from this index on, if none came between.
	_ = s.WithChanges(ctx, func(ch *graph.Changes) bool { return ch.Now == state })
	if persist {
		saveErr = x.save(path)
	}
	keep(x)
	return x, saveErr, nil
}

// fromChanges returns the index of the store in state, made from the
// index of the state before this Store's writes (in memory, in the file
// at path, or that of an empty store) and the record of what those
// writes touched; nil when there is no such index or record, or anything
// does not line up, and the caller builds it from the whole store.
func (c *Cache) fromChanges(ctx context.Context, s *graph.Store, state graph.State, path string) *Index {
	var x *Index
	err := s.WithChanges(ctx, func(ch *graph.Changes) bool {
		if !ch.Complete || ch.Now != state || ch.Base == state {
			return false
		}
		var old *Index
		switch {
		case c.store == s && c.index != nil && c.index.state == ch.Base:
			old = c.index
		case ch.Base.Quads == 0 && ch.Base.Durable:
			old = empty(ch.Base)
		default:
			var err error
			if old, err = load(path, ch.Base); err != nil {
				return false
			}
		}
		nx, err := old.withChanges(ctx, s, ch)
		if err != nil {
			return false
		}
		x = nx
		c.deltas.Add(1)
		return true
	})
	if err != nil {
		return nil
	}
	return x
}
