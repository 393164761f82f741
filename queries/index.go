package queries

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"kg/graph"
)

// Index is the direct relation edges of a store (<s> <rel:…> <o>) held in
// memory as a compressed adjacency array, so that a breadth-first search
// costs array reads instead of one Cayley index lookup per visited entity.
// Each edge also keeps the ids of the facts stating it, so that a path's
// evidence is read from those facts directly rather than found by
// intersecting the facts of both ends in Cayley's indexes.
//
// It answers only what the direct edges know: queries bounded by years or
// following negated facts read the facts from the store instead.
type Index struct {
	ids     []string   // entity ids, sorted: positions compare as ids do, and are found by binary search
	rels    []string   // relation names, indexed by halfEdge.rel
	off     []int32    // node i's edges are adj[off[i]:off[i+1]]
	adj     []halfEdge // each node's ordered as sortEdges orders Edges, without duplicates
	factOff []int32    // edge k's facts are facts[factOff[k]:factOff[k+1]]
	facts   []string   // fact ids, sorted within each edge
	state   graph.State
}

// halfEdge is an edge seen from one of its ends; both ends share its
// number, which indexes factOff.
type halfEdge struct {
	to      int32
	edge    int32
	rel     uint8
	forward bool
}

// BuildIndex reads every direct relation edge of the store and the facts
// behind each.
func BuildIndex(ctx context.Context, s *graph.Store) (*Index, error) {
	state, err := s.State(ctx)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return buildIndex(ctx, s, state)
}

// rawEdge and rawFact are what the scan of the store finds, as Cayley
// references: values are decoded afterwards, each distinct one once.
type rawEdge struct {
	sub, obj cgraph.Ref
	rel      uint8
}

type rawFact struct {
	node, sub, obj cgraph.Ref
	rel            int // -1 until its kg:relation quad is seen
	negated        bool
}

// indexBuilds counts the indexes built by reading a store, so that tests
// can tell a persisted index used from one rebuilt.
var indexBuilds atomic.Int64

func buildIndex(ctx context.Context, s *graph.Store, state graph.State) (*Index, error) {
	indexBuilds.Add(1)
	x := &Index{state: state}
	relOf := map[any]uint8{}
	for _, r := range graph.Relations {
		rel := uint8(len(x.rels))
		x.rels = append(x.rels, r.Name)
		if ref := s.QS.ValueOf(graph.RelationIRI(r.Name)); ref != nil {
			relOf[ref.Key()] = rel
		}
	}
	var edges []rawEdge
	facts := map[any]*rawFact{}
	if len(relOf) > 0 {
		var err error
		if edges, err = scanEdges(ctx, s, relOf, facts); err != nil {
			return nil, fmt.Errorf("index: read relation edges: %w", err)
		}
	}
	names, err := decode(ctx, s, edges, facts)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	x.build(edges, facts, names)
	return x, nil
}

// scanEdges finds the direct edges and the subject, relation, object and
// negation of every fact in one pass over all quads: Cayley's kv stores
// have no predicate index. Predicates are compared as references, so no
// value is decoded for the quads that are neither.
func scanEdges(ctx context.Context, s *graph.Store, relOf map[any]uint8, facts map[any]*rawFact) ([]rawEdge, error) {
	key := func(v quad.Value) any {
		if ref := s.QS.ValueOf(v); ref != nil {
			return ref.Key()
		}
		return struct{}{} // matches no predicate
	}
	pSubj, pObj, pRel, pNeg := key(graph.PredSubject), key(graph.PredObject), key(graph.PredRelation), key(graph.PredNegated)
	negTrue := key(quad.Bool(true))
	fact := func(node cgraph.Ref) *rawFact {
		f := facts[node.Key()]
		if f == nil {
			f = &rawFact{node: node, rel: -1}
			facts[node.Key()] = f
		}
		return f
	}
	var edges []rawEdge
	it := s.QS.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		p := s.QS.QuadDirection(q, quad.Predicate).Key()
		if rel, ok := relOf[p]; ok {
			edges = append(edges, rawEdge{s.QS.QuadDirection(q, quad.Subject), s.QS.QuadDirection(q, quad.Object), rel})
			continue
		}
		switch p {
		case pSubj:
			fact(s.QS.QuadDirection(q, quad.Subject)).sub = s.QS.QuadDirection(q, quad.Object)
		case pObj:
			fact(s.QS.QuadDirection(q, quad.Subject)).obj = s.QS.QuadDirection(q, quad.Object)
		case pRel:
			if rel, ok := relOf[s.QS.QuadDirection(q, quad.Object).Key()]; ok {
				fact(s.QS.QuadDirection(q, quad.Subject)).rel = int(rel)
			}
		case pNeg:
			if s.QS.QuadDirection(q, quad.Object).Key() == negTrue {
				fact(s.QS.QuadDirection(q, quad.Subject)).negated = true
			}
		}
	}
	return edges, it.Err()
}

// decodeChunk bounds the values decoded in one Cayley call.
const decodeChunk = 4096

// decode returns the ids of the entities of the edges and of the facts
// that can stand behind one (complete and not negated), by reference key.
func decode(ctx context.Context, s *graph.Store, edges []rawEdge, facts map[any]*rawFact) (map[any]string, error) {
	names := map[any]string{}
	var refs []cgraph.Ref
	add := func(r cgraph.Ref) {
		if r == nil {
			return
		}
		if _, ok := names[r.Key()]; !ok {
			names[r.Key()] = ""
			refs = append(refs, r)
		}
	}
	for _, e := range edges {
		add(e.sub)
		add(e.obj)
	}
	for _, f := range facts {
		if !f.negated && f.rel >= 0 && f.sub != nil && f.obj != nil {
			add(f.node)
			add(f.sub)
			add(f.obj)
		}
	}
	for len(refs) > 0 {
		chunk := refs[:min(decodeChunk, len(refs))]
		refs = refs[len(chunk):]
		vals, err := cgraph.ValuesOf(ctx, s.QS, chunk)
		if err != nil {
			return nil, err
		}
		for i, v := range vals {
			if iri, ok := v.(quad.IRI); ok {
				names[chunk[i].Key()] = string(iri)
			}
		}
	}
	return names, nil
}

// edgeKey is a distinct edge by its ends' ids.
type edgeKey struct {
	sub, obj string
	rel      uint8
}

// build lays the decoded edges out as the adjacency array.
func (x *Index) build(edges []rawEdge, facts map[any]*rawFact, names map[any]string) {
	// Distinct edges: the same edge stated by several documents is one
	// quad per document.
	number := map[edgeKey]int32{}
	var keys []edgeKey
	for _, e := range edges {
		k := edgeKey{names[e.sub.Key()], names[e.obj.Key()], e.rel}
		if k.sub == "" || k.obj == "" {
			continue // a literal, not an entity
		}
		if _, ok := number[k]; !ok {
			number[k] = int32(len(keys))
			keys = append(keys, k)
		}
	}
	// The facts behind each edge.
	byEdge := make([][]string, len(keys))
	for _, f := range facts {
		if f.negated || f.rel < 0 || f.sub == nil || f.obj == nil {
			continue
		}
		k := edgeKey{names[f.sub.Key()], names[f.obj.Key()], uint8(f.rel)}
		if n, ok := number[k]; ok {
			byEdge[n] = append(byEdge[n], names[f.node.Key()])
		}
	}
	x.layout(keys, byEdge)
}

// layout builds the arrays from the distinct edges and the facts behind
// each (sorted here, in place unless already sorted, so that they may be
// another index's): the entities are the ends of the edges.
func (x *Index) layout(keys []edgeKey, byEdge [][]string) {
	seen := map[string]bool{}
	for _, k := range keys {
		seen[k.sub], seen[k.obj] = true, true
	}
	x.ids = make([]string, 0, len(seen))
	for id := range seen {
		x.ids = append(x.ids, id)
	}
	sort.Strings(x.ids)

	x.factOff = make([]int32, len(keys)+1)
	x.facts = nil
	for n, ids := range byEdge {
		if !sort.StringsAreSorted(ids) {
			sort.Strings(ids)
		}
		x.facts = append(x.facts, ids...)
		x.factOff[n+1] = int32(len(x.facts))
	}

	// Both ends of every edge, then each node's edges in order.
	x.off = make([]int32, len(x.ids)+1)
	ends := make([][2]int32, len(keys))
	for n, k := range keys {
		a, _ := x.position(k.sub)
		b, _ := x.position(k.obj)
		ends[n] = [2]int32{a, b}
		x.off[a+1]++
		x.off[b+1]++
	}
	for i := 1; i < len(x.off); i++ {
		x.off[i] += x.off[i-1]
	}
	x.adj = make([]halfEdge, 2*len(keys))
	fill := append([]int32(nil), x.off[:len(x.ids)]...)
	for n, k := range keys {
		a, b := ends[n][0], ends[n][1]
		x.adj[fill[a]] = halfEdge{to: b, edge: int32(n), rel: k.rel, forward: true}
		fill[a]++
		x.adj[fill[b]] = halfEdge{to: a, edge: int32(n), rel: k.rel, forward: false}
		fill[b]++
	}
	for i := range x.ids {
		es := x.adj[x.off[i]:x.off[i+1]]
		sort.Slice(es, func(p, q int) bool { return x.less(es[p], es[q]) })
	}
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

// position returns an entity's position in ids.
func (x *Index) position(id string) (int32, bool) {
	i := sort.SearchStrings(x.ids, id)
	if i < len(x.ids) && x.ids[i] == id {
		return int32(i), true
	}
	return 0, false
}

// follower reports, for the options, whether a traversal may take a
// half-edge; computed once per query rather than per edge.
func (x *Index) follower(opt PathOptions) func(halfEdge) bool {
	forward := make([]bool, len(x.rels))
	backward := make([]bool, len(x.rels))
	for i, rel := range x.rels {
		forward[i] = opt.relationOK(rel)
		// Directed traversals still walk symmetric relations both ways: a
		// diplomatic relation has no direction to follow.
		backward[i] = forward[i] && (!opt.Directed || symmetric(rel))
	}
	return func(e halfEdge) bool {
		if e.forward {
			return forward[e.rel]
		}
		return backward[e.rel]
	}
}

// Edges lists the relation edges at an entity, as Edges does from the
// store. opt must not need facts (years, negated facts).
func (x *Index) Edges(node string, opt PathOptions) []Edge {
	i, ok := x.position(node)
	if !ok {
		return nil
	}
	follow := x.follower(opt)
	var out []Edge
	for _, e := range x.adj[x.off[i]:x.off[i+1]] {
		if follow(e) {
			out = append(out, Edge{To: x.ids[e.to], Relation: x.rels[e.rel], Forward: e.forward})
		}
	}
	return out
}

// shortest is ShortestHops on the index: a breadth-first search over
// positions, visiting edges in the order Edges lists them, so that it
// returns the path the search over Edges would.
func (x *Index) shortest(ctx context.Context, from, to string, opt PathOptions) (Path, error) {
	a, ok1 := x.position(from)
	b, ok2 := x.position(to)
	if !ok1 || !ok2 {
		return nil, nil
	}
	follow := x.follower(opt)
	prev := make([]int32, len(x.ids)) // the node a node was reached from; -1: not reached
	via := make([]int32, len(x.ids))  // and the half-edge it was reached by
	for i := range prev {
		prev[i] = -1
	}
	prev[a] = a
	frontier := []int32{a}
	var next []int32
	for depth := 0; len(frontier) > 0 && (opt.MaxHops == 0 || depth < opt.MaxHops); depth++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next = next[:0]
		for _, v := range frontier {
			for h := x.off[v]; h < x.off[v+1]; h++ {
				e := x.adj[h]
				if prev[e.to] >= 0 || !follow(e) {
					continue
				}
				prev[e.to], via[e.to] = v, h
				if e.to == b {
					var p Path
					for n := b; n != a; n = prev[n] {
						e := x.adj[via[n]]
						p = append(p, Hop{From: x.ids[prev[n]], To: x.ids[n], Relation: x.rels[e.rel], Forward: e.forward})
					}
					for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
						p[i], p[j] = p[j], p[i]
					}
					return p, nil
				}
				next = append(next, e.to)
			}
		}
		frontier, next = next, frontier
	}
	return nil, nil
}

// among returns the edges joining two of the given entities, of the
// relations opt allows, ranked for keepEdges by the distances in near,
// and the ids of the facts behind each: what Store.FactsAmong reads,
// known without reading it.
func (x *Index) among(ids []string, near map[string]int, opt PathOptions) ([]edgeRank, [][]string) {
	in := make([]bool, len(x.ids))
	for _, id := range ids {
		if i, ok := x.position(id); ok {
			in[i] = true
		}
	}
	var ranks []edgeRank
	var facts [][]string
	for a := range x.ids {
		if !in[a] {
			continue
		}
		for _, e := range x.adj[x.off[a]:x.off[a+1]] {
			// Each edge once, from its subject.
			if !e.forward || !in[e.to] || !opt.relationOK(x.rels[e.rel]) {
				continue
			}
			sub, obj := x.ids[a], x.ids[e.to]
			fs := x.facts[x.factOff[e.edge]:x.factOff[e.edge+1]]
			ranks = append(ranks, edgeRank{sub: sub, rel: x.rels[e.rel], obj: obj, near: min(near[sub], near[obj]), facts: len(fs)})
			facts = append(facts, fs)
		}
	}
	return ranks, facts
}

// factIDs returns the ids of the facts behind a hop, or false when the
// index has none for it (a store whose edges were written without their
// facts): the caller then looks in the store.
func (x *Index) factIDs(h Hop) ([]string, bool) {
	a, ok1 := x.position(h.From)
	b, ok2 := x.position(h.To)
	if !ok1 || !ok2 {
		return nil, false
	}
	es := x.adj[x.off[a]:x.off[a+1]]
	// es is ordered by target first: find b's edges, then the hop's.
	i := sort.Search(len(es), func(i int) bool { return es[i].to >= b })
	for ; i < len(es) && es[i].to == b; i++ {
		if x.rels[es[i].rel] == h.Relation && es[i].forward == h.Forward {
			k := es[i].edge
			ids := x.facts[x.factOff[k]:x.factOff[k+1]]
			return ids, len(ids) > 0
		}
	}
	return nil, false
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
	cachedGen   uint64 // cachedStore's Generation when cachedIndex was made
)

// IndexOf returns an up-to-date index of the store: the one in memory,
// else the one persisted beside the store if it was made from the store's
// current state, else one built by reading the store, which is then
// persisted for the next process.
func IndexOf(ctx context.Context, s *graph.Store) (*Index, error) {
	x, _, err := indexOf(ctx, s)
	return x, err
}

// PersistIndex brings the index persisted beside the store up to date,
// so that the next process to open it is ready for paths without reading
// every quad. Commands that write call it before they close the store.
// Stores with nowhere to keep it (memory:, PostgreSQL) are left alone.
func PersistIndex(ctx context.Context, s *graph.Store) error {
	if s.SidePath(IndexFile) == "" {
		return nil
	}
	_, saveErr, err := indexOf(ctx, s)
	if err != nil {
		return err
	}
	return saveErr
}

// indexOf is IndexOf, also returning why a newly built index could not be
// persisted: queries ignore that (a store on a read-only disk still
// answers, only without the head start next time), PersistIndex reports it.
func indexOf(ctx context.Context, s *graph.Store) (x *Index, saveErr, err error) {
	// Read before the State: a write in between makes the next call look
	// again rather than trust an index older than the count says.
	gen := s.Generation()
	indexMu.Lock()
	defer indexMu.Unlock()
	// Every query asks: on a store no other process can write to, the
	// count of this Store's writes answers without reading the State.
	if cachedStore == s && s.Exclusive() && cachedGen == gen {
		return cachedIndex, nil, nil
	}
	state, err := s.State(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("index: %w", err)
	}
	if cachedStore == s && cachedIndex.state == state {
		cachedGen = gen
		return cachedIndex, nil, nil
	}
	path := s.SidePath(IndexFile)
	persist := path != "" && state.Durable
	if persist {
		// A missing, stale or damaged file is not an error: the index is
		// rebuilt and the file written over.
		if x, err := loadIndex(path, state); err == nil {
			cachedStore, cachedIndex, cachedGen = s, x, gen
			return x, nil, nil
		}
		// The index of the store before this Store's writes, brought up
		// to date by re-reading what they touched.
		if x = indexFromChanges(ctx, s, state, path); x != nil {
			saveErr = x.save(path)
			cachedStore, cachedIndex, cachedGen = s, x, gen
			return x, saveErr, nil
		}
	}
	if x, err = buildIndex(ctx, s, state); err != nil {
		return nil, nil, err
	}
	// Later writes are followed from this index on, if none came between.
	_ = s.WithChanges(ctx, func(c *graph.Changes) bool { return c.Now == state })
	if persist {
		saveErr = x.save(path)
	}
	cachedStore, cachedIndex, cachedGen = s, x, gen
	return x, saveErr, nil
}

// indexFromChanges returns the index of the store in state, made from
// the index of the state before this Store's writes (in memory, in the
// file at path, or that of an empty store) and the record of what those
// writes touched; nil when there is no such index or record, or anything
// does not line up, and the caller builds it from the whole store.
func indexFromChanges(ctx context.Context, s *graph.Store, state graph.State, path string) *Index {
	var x *Index
	err := s.WithChanges(ctx, func(c *graph.Changes) bool {
		if !c.Complete || c.Now != state || c.Base == state {
			return false
		}
		var old *Index
		switch {
		case cachedStore == s && cachedIndex != nil && cachedIndex.state == c.Base:
			old = cachedIndex
		case c.Base.Quads == 0 && c.Base.Durable:
			old = emptyIndex(c.Base)
		default:
			var err error
			if old, err = loadIndex(path, c.Base); err != nil {
				return false
			}
		}
		nx, err := old.withChanges(ctx, s, c)
		if err != nil {
			return false
		}
		x = nx
		indexDeltas.Add(1)
		return true
	})
	if err != nil {
		return nil
	}
	return x
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
