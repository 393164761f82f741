package queries

import (
	"context"
	"fmt"
	"sort"
	"sync"

	"github.com/cayleygraph/quad"

	"kg/graph"
)

// Index is the direct relation edges of a store (<s> <rel:…> <o>) held in
// memory as a compressed adjacency array, so that a breadth-first search
// costs array reads instead of one Cayley index lookup per visited entity.
// It answers only what the direct edges know: queries bounded by years or
// following negated facts read the facts from the store instead.
type Index struct {
	ids   []string         // entity ids, sorted: comparing positions compares ids
	pos   map[string]int32 // id -> position in ids
	rels  []string         // relation names
	off   []int32          // node i's edges are adj[off[i]:off[i+1]]
	adj   []halfEdge       // ordered as sortEdges orders Edges
	stamp indexStamp
}

type halfEdge struct {
	to      int32
	rel     uint8
	forward bool
}

// indexStamp identifies the state of the store an index was built from:
// writes through the same Store, and the quad count for writes by others.
type indexStamp struct {
	gen   uint64
	quads int64
}

func stampOf(ctx context.Context, s *graph.Store) (indexStamp, error) {
	st, err := s.QS.Stats(ctx, false)
	if err != nil {
		return indexStamp{}, err
	}
	return indexStamp{gen: s.Generation(), quads: st.Quads.Size}, nil
}

// BuildIndex reads every direct relation edge of the store, one Cayley
// predicate index at a time.
func BuildIndex(ctx context.Context, s *graph.Store) (*Index, error) {
	stamp, err := stampOf(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	type rawEdge struct {
		from, to string
		rel      uint8
	}
	var raw []rawEdge
	seen := map[string]bool{}
	x := &Index{stamp: stamp}
	// Cayley's kv stores have no predicate index, so the edges are found
	// in one pass over all quads, comparing predicate references (no
	// value is decoded for the quads that are not relation edges).
	relOf := map[any]uint8{}
	for _, r := range graph.Relations {
		rel := uint8(len(x.rels))
		x.rels = append(x.rels, r.Name)
		if ref := s.QS.ValueOf(graph.RelationIRI(r.Name)); ref != nil {
			relOf[ref.Key()] = rel
		}
	}
	if len(relOf) > 0 {
		it := s.QS.QuadsAllIterator()
		for it.Next(ctx) {
			ref := it.Result()
			rel, ok := relOf[s.QS.QuadDirection(ref, quad.Predicate).Key()]
			if !ok {
				continue
			}
			sub, ok1 := s.QS.NameOf(s.QS.QuadDirection(ref, quad.Subject)).(quad.IRI)
			obj, ok2 := s.QS.NameOf(s.QS.QuadDirection(ref, quad.Object)).(quad.IRI)
			if !ok1 || !ok2 {
				continue
			}
			raw = append(raw, rawEdge{string(sub), string(obj), rel})
			seen[string(sub)], seen[string(obj)] = true, true
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("index: read relation edges: %w", err)
		}
	}
	x.ids = make([]string, 0, len(seen))
	for id := range seen {
		x.ids = append(x.ids, id)
	}
	sort.Strings(x.ids)
	x.pos = make(map[string]int32, len(x.ids))
	for i, id := range x.ids {
		x.pos[id] = int32(i)
	}
	x.off = make([]int32, len(x.ids)+1)
	for _, e := range raw {
		x.off[x.pos[e.from]+1]++
		x.off[x.pos[e.to]+1]++
	}
	for i := 1; i < len(x.off); i++ {
		x.off[i] += x.off[i-1]
	}
	x.adj = make([]halfEdge, len(raw)*2)
	fill := append([]int32(nil), x.off[:len(x.ids)]...)
	for _, e := range raw {
		a, b := x.pos[e.from], x.pos[e.to]
		x.adj[fill[a]] = halfEdge{to: b, rel: e.rel, forward: true}
		fill[a]++
		x.adj[fill[b]] = halfEdge{to: a, rel: e.rel, forward: false}
		fill[b]++
	}
	// Sort each node's edges as sortEdges does and drop duplicates (the
	// same edge stated by several documents).
	for i := range x.ids {
		es := x.adj[x.off[i]:x.off[i+1]]
		sort.Slice(es, func(p, q int) bool { return x.less(es[p], es[q]) })
	}
	return x, nil
}

func (x *Index) less(a, b halfEdge) bool {
	if a.to != b.to {
		return a.to < b.to
	}
	if a.rel != b.rel {
		return x.rels[a.rel] < x.rels[b.rel]
	}
	return a.forward && !b.forward
}

// Edges lists the relation edges at an entity, as Edges does from the
// store. opt must not need facts (years, negated facts).
func (x *Index) Edges(node string, opt PathOptions) []Edge {
	i, ok := x.pos[node]
	if !ok {
		return nil
	}
	var out []Edge
	var last halfEdge
	for k, e := range x.adj[x.off[i]:x.off[i+1]] {
		if k > 0 && e == last {
			continue
		}
		last = e
		rel := x.rels[e.rel]
		if opt.Directed && !e.forward && !symmetric(rel) {
			continue
		}
		if !opt.relationOK(rel) {
			continue
		}
		out = append(out, Edge{To: x.ids[e.to], Relation: rel, Forward: e.forward})
	}
	return out
}

// Len is the number of entities with at least one edge.
func (x *Index) Len() int { return len(x.ids) }

// The index of the last store queried is kept and rebuilt when the store
// has changed since, so that a process answering many queries builds it
// once. One entry: a process rarely has more than one store open.
var (
	indexMu     sync.Mutex
	cachedStore *graph.Store
	cachedIndex *Index
)

// IndexOf returns an up-to-date index of the store, building it if needed.
func IndexOf(ctx context.Context, s *graph.Store) (*Index, error) {
	stamp, err := stampOf(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	indexMu.Lock()
	defer indexMu.Unlock()
	if cachedStore == s && cachedIndex.stamp == stamp {
		return cachedIndex, nil
	}
	x, err := BuildIndex(ctx, s)
	if err != nil {
		return nil, err
	}
	cachedStore, cachedIndex = s, x
	return x, nil
}

// edgeSource returns how a traversal with these options lists the edges
// at an entity: from the index when the direct edges suffice, otherwise
// from the facts in the store.
func edgeSource(ctx context.Context, s *graph.Store, opt PathOptions) (func(string) ([]Edge, error), error) {
	if opt.needFacts() {
		return func(n string) ([]Edge, error) { return factEdges(ctx, s, n, opt) }, nil
	}
	x, err := IndexOf(ctx, s)
	if err != nil {
		return nil, err
	}
	return func(n string) ([]Edge, error) { return x.Edges(n, opt), nil }, nil
}
