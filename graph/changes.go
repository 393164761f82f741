package graph

import (
	"context"
	"sync"

	"github.com/cayleygraph/quad"
)

// EdgeKey names a direct relation edge, <Sub> <rel:Rel> <Obj>.
type EdgeKey struct{ Sub, Rel, Obj string }

// Changes is what the writes through a Store touched since the record
// last restarted, for data derived from the store (kg's path index) to be
// brought from Base to Now by re-reading only what was touched.
//
// The record is kept on bolt stores only, and only while it can be
// trusted: each write checks that the store's State before it is the
// State the previous write left (a write by anything else in between,
// such as Cayley's writer used directly, restarts the record from the
// State it finds), and a record grown past maxChanges is dropped.
type Changes struct {
	Base State // the store's State when the record (re)started
	Now  State // the store's State now, read under the write lock
	// Complete reports that Edges and Facts cover every write between
	// Base and Now. When false they are empty.
	Complete bool
	// Edges are the direct relation quads (of a relation in Relations,
	// between two IRIs) added or removed, whatever their label.
	Edges map[EdgeKey]struct{}
	// Facts are the IRIs of the nodes whose kg:subject, kg:object,
	// kg:relation or kg:negated quads were added or removed.
	Facts map[string]struct{}
}

// maxChanges bounds the record: a write of more than this many edges and
// facts is cheaper to follow by reading the whole store again, and the
// record must not grow with the corpus during a large ingest.
const maxChanges = 100_000

// journal is a Store's record of its writes. mu is held across each write
// (apply) and across WithChanges, so that no write starts while derived
// data is being brought up to date.
type journal struct {
	mu      sync.Mutex
	started bool // base and now are meaningful
	valid   bool // edges and facts are complete since base
	base    State
	now     State
	edges   map[EdgeKey]struct{}
	facts   map[string]struct{}
}

func (j *journal) restart(st State) {
	j.started, j.base, j.now = true, st, st
	j.valid = st.Durable
	j.edges, j.facts = nil, nil
}

func (j *journal) invalidate() {
	j.valid = false
	j.edges, j.facts = nil, nil
}

// recordable reports whether the store keeps a record of its writes.
func (s *Store) recordable() bool { return s.Backend == "bolt" }

// beforeWrite records what a write is about to touch. It is recorded
// whether or not the write then succeeds: recording too much only makes
// the derived data re-read more.
func (s *Store) beforeWrite(ctx context.Context, add, remove []quad.Quad) {
	if !s.recordable() {
		return
	}
	j := &s.changes
	pre, err := s.State(ctx)
	if err != nil {
		j.started = false
		j.invalidate()
		return
	}
	if !j.started || !j.valid || pre != j.now {
		j.restart(pre)
	}
	if !j.valid {
		return
	}
	if j.edges == nil {
		j.edges, j.facts = map[EdgeKey]struct{}{}, map[string]struct{}{}
	}
	for _, qs := range [][]quad.Quad{add, remove} {
		for _, q := range qs {
			if !j.note(q) {
				j.invalidate()
				return
			}
		}
	}
	if len(j.edges)+len(j.facts) > maxChanges {
		j.invalidate()
	}
}

// note records one quad; false when it cannot be recorded faithfully.
func (j *journal) note(q quad.Quad) bool {
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return true // not a predicate kg's derived data reads
	}
	switch p {
	case PredSubject, PredObject, PredRelation, PredNegated:
		f, ok := q.Subject.(quad.IRI)
		if !ok || f == "" {
			return false
		}
		j.facts[string(f)] = struct{}{}
		return true
	}
	rel, ok := RelationOf(p)
	if !ok || !isRelation(rel) {
		return true
	}
	sub, ok1 := q.Subject.(quad.IRI)
	obj, ok2 := q.Object.(quad.IRI)
	if ok1 && ok2 && sub != "" && obj != "" {
		j.edges[EdgeKey{string(sub), rel, string(obj)}] = struct{}{}
	}
	// An edge with a literal end is never one the index holds.
	return true
}

var relationNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, r := range Relations {
		m[r.Name] = true
	}
	return m
})

func isRelation(name string) bool { return relationNames()[name] }

// afterWrite records the State a write left, successful or not.
func (s *Store) afterWrite(ctx context.Context) {
	if !s.recordable() {
		return
	}
	j := &s.changes
	now, err := s.State(ctx)
	if err != nil || !now.Durable {
		j.started = false
		j.invalidate()
		return
	}
	j.now = now
}

// WithChanges calls fn with the record of the writes through this Store
// while no write through it can start. When fn returns true, fn vouches
// that the derived data is now current at c.Now, and the record restarts
// empty from there.
func (s *Store) WithChanges(ctx context.Context, fn func(c *Changes) bool) error {
	j := &s.changes
	j.mu.Lock()
	defer j.mu.Unlock()
	now, err := s.State(ctx)
	if err != nil {
		return err
	}
	c := &Changes{Base: j.base, Now: now}
	if s.recordable() && j.started && j.valid && now == j.now && now.Durable {
		c.Complete, c.Edges, c.Facts = true, j.edges, j.facts
		if c.Edges == nil {
			c.Edges, c.Facts = map[EdgeKey]struct{}{}, map[string]struct{}{}
		}
	}
	if fn(c) && s.recordable() {
		j.restart(now)
	}
	return nil
}
