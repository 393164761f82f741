package index

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"kg/graph"
)

// Index is the direct relation edges of a store in one State. Each edge
// also keeps the ids of the facts stating it, so that a path's evidence
// is read from those facts directly rather than found by intersecting the
// facts of both ends in Cayley's indexes.
//
// It answers only what the direct edges know: queries bounded by years or
// following negated facts read the facts from the store instead.
type Index struct {
	ids     []string   // entity ids, sorted: positions compare as ids do, and are found by binary search
	rels    []string   // relation names, indexed by halfEdge.rel
	off     []int32    // node i's edges are adj[off[i]:off[i+1]]
	adj     []halfEdge // each node's ordered as Edges lists them, without duplicates
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

// Filter says which edges a traversal follows.
type Filter struct {
	Relations []string // only these relations (nil: all)
	Directed  bool     // from subject to object only; symmetric relations both ways
}

func (f Filter) relationOK(rel string) bool {
	return len(f.Relations) == 0 || slices.Contains(f.Relations, rel)
}

// Edge is a relation edge seen from one entity.
type Edge struct {
	To       string
	Relation string
	Forward  bool // the entity is the subject
}

// Hop is one step of a path: the relation joining From and To, and
// whether it runs subject-to-object (Forward) or against it.
type Hop struct {
	From, To string
	Relation string
	Forward  bool
}

// EdgeFacts is an edge and the ids of the facts behind it.
type EdgeFacts struct {
	Edge  graph.EdgeKey
	Facts []string
}

// Build reads every direct relation edge of the store and the facts
// behind each.
func Build(ctx context.Context, s *graph.Store) (*Index, error) {
	state, err := s.State(ctx)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return build(ctx, s, state)
}

func build(ctx context.Context, s *graph.Store, state graph.State) (*Index, error) {
	edges, facts, err := s.ScanEdges(ctx)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	x := &Index{state: state, rels: relationNames()}
	x.fromScan(edges, facts)
	return x, nil
}

// relationNames are the relations an index numbers, in the ontology's
// order: an index made by a kg with other relations is not reused.
func relationNames() []string {
	out := make([]string, len(graph.Relations))
	for i, r := range graph.Relations {
		out[i] = r.Name
	}
	return out
}

// edgeKey is a distinct edge by its ends' ids and its relation number.
type edgeKey struct {
	sub, obj string
	rel      uint8
}

func (x *Index) relNumbers() map[string]uint8 {
	m := make(map[string]uint8, len(x.rels))
	for i, r := range x.rels {
		m[r] = uint8(i)
	}
	return m
}

// fromScan lays the scanned edges, and the facts behind each, out as the
// adjacency array.
func (x *Index) fromScan(edges []graph.EdgeKey, facts []graph.FactEdge) {
	relNum := x.relNumbers()
	// Distinct edges: the same edge stated by several documents is one
	// quad per document.
	number := map[edgeKey]int32{}
	var keys []edgeKey
	for _, e := range edges {
		r, ok := relNum[e.Rel]
		if !ok {
			continue
		}
		k := edgeKey{e.Sub, e.Obj, r}
		if _, ok := number[k]; !ok {
			number[k] = int32(len(keys))
			keys = append(keys, k)
		}
	}
	byEdge := make([][]string, len(keys))
	for _, f := range facts {
		r, ok := relNum[f.Edge.Rel]
		if !ok {
			continue
		}
		if n, ok := number[edgeKey{f.Edge.Sub, f.Edge.Obj, r}]; ok {
			byEdge[n] = append(byEdge[n], f.Fact)
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

// less orders an entity's edges by the other end, the relation's name,
// then forward first: the order of SortEdges.
func (x *Index) less(a, b halfEdge) bool {
	if a.to != b.to {
		return a.to < b.to
	}
	if a.rel != b.rel {
		return x.rels[a.rel] < x.rels[b.rel]
	}
	return a.forward && !b.forward
}

// SortEdges orders edges as the index lists them, so that a traversal
// over edges read elsewhere visits them, and answers, as one over the
// index does.
func SortEdges(es []Edge) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].To != es[j].To {
			return es[i].To < es[j].To
		}
		if es[i].Relation != es[j].Relation {
			return es[i].Relation < es[j].Relation
		}
		return es[i].Forward && !es[j].Forward
	})
}

// position returns an entity's position in ids.
func (x *Index) position(id string) (int32, bool) {
	i := sort.SearchStrings(x.ids, id)
	if i < len(x.ids) && x.ids[i] == id {
		return int32(i), true
	}
	return 0, false
}

// follower reports, for the filter, whether a traversal may take a
// half-edge; computed once per query rather than per edge.
func (x *Index) follower(f Filter) func(halfEdge) bool {
	forward := make([]bool, len(x.rels))
	backward := make([]bool, len(x.rels))
	for i, rel := range x.rels {
		forward[i] = f.relationOK(rel)
		// Directed traversals still walk symmetric relations both ways: a
		// diplomatic relation has no direction to follow.
		backward[i] = forward[i] && (!f.Directed || Symmetric(rel))
	}
	return func(e halfEdge) bool {
		if e.forward {
			return forward[e.rel]
		}
		return backward[e.rel]
	}
}

// Symmetric reports a relation with no direction (the ontology's).
func Symmetric(rel string) bool {
	r, _ := graph.LookupRelation(rel)
	return r.Symmetric
}

// Edges lists the relation edges at an entity that the filter follows.
func (x *Index) Edges(node string, f Filter) []Edge {
	i, ok := x.position(node)
	if !ok {
		return nil
	}
	follow := x.follower(f)
	var out []Edge
	for _, e := range x.adj[x.off[i]:x.off[i+1]] {
		if follow(e) {
			out = append(out, Edge{To: x.ids[e.to], Relation: x.rels[e.rel], Forward: e.forward})
		}
	}
	return out
}

// Shortest finds a shortest path of at most maxHops hops (0: any) by a
// breadth-first search over positions, visiting edges in the order Edges
// lists them; nil when there is none.
func (x *Index) Shortest(ctx context.Context, from, to string, f Filter, maxHops int) ([]Hop, error) {
	a, ok1 := x.position(from)
	b, ok2 := x.position(to)
	if !ok1 || !ok2 {
		return nil, nil
	}
	follow := x.follower(f)
	prev := make([]int32, len(x.ids)) // the node a node was reached from; -1: not reached
	via := make([]int32, len(x.ids))  // and the half-edge it was reached by
	for i := range prev {
		prev[i] = -1
	}
	prev[a] = a
	frontier := []int32{a}
	var next []int32
	for depth := 0; len(frontier) > 0 && (maxHops == 0 || depth < maxHops); depth++ {
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
					return x.pathTo(a, b, prev, via), nil
				}
				next = append(next, e.to)
			}
		}
		frontier, next = next, frontier
	}
	return nil, nil
}

// pathTo reads the path from a to b back from the search's records.
func (x *Index) pathTo(a, b int32, prev, via []int32) []Hop {
	var p []Hop
	for n := b; n != a; n = prev[n] {
		e := x.adj[via[n]]
		p = append(p, Hop{From: x.ids[prev[n]], To: x.ids[n], Relation: x.rels[e.rel], Forward: e.forward})
	}
	slices.Reverse(p)
	return p
}

// Among returns the edges joining two of the given entities, of the
// relations the filter allows, each once (from its subject), with the
// ids of the facts behind each.
func (x *Index) Among(ids []string, f Filter) []EdgeFacts {
	in := make([]bool, len(x.ids))
	for _, id := range ids {
		if i, ok := x.position(id); ok {
			in[i] = true
		}
	}
	var out []EdgeFacts
	for a := range x.ids {
		if !in[a] {
			continue
		}
		for _, e := range x.adj[x.off[a]:x.off[a+1]] {
			if !e.forward || !in[e.to] || !f.relationOK(x.rels[e.rel]) {
				continue
			}
			out = append(out, EdgeFacts{
				Edge:  graph.EdgeKey{Sub: x.ids[a], Rel: x.rels[e.rel], Obj: x.ids[e.to]},
				Facts: x.facts[x.factOff[e.edge]:x.factOff[e.edge+1]],
			})
		}
	}
	return out
}

// Distances returns the hops from an entity to every entity within
// maxHops (0: any) along the edges the filter follows, the entity itself
// at 0.
func (x *Index) Distances(from string, f Filter, maxHops int) map[string]int {
	a, ok := x.position(from)
	if !ok {
		return nil
	}
	follow := x.follower(f)
	dist := map[string]int{from: 0}
	frontier := []int32{a}
	seen := map[int32]bool{a: true}
	for d := 1; len(frontier) > 0 && (maxHops == 0 || d <= maxHops); d++ {
		var next []int32
		for _, v := range frontier {
			for _, e := range x.adj[x.off[v]:x.off[v+1]] {
				if !seen[e.to] && follow(e) {
					seen[e.to] = true
					dist[x.ids[e.to]] = d
					next = append(next, e.to)
				}
			}
		}
		frontier = next
	}
	return dist
}

// All returns every edge the filter allows, each once (from its
// subject), with the ids of the facts behind it: the whole graph's
// structure without reading a fact.
func (x *Index) All(f Filter) []EdgeFacts {
	var out []EdgeFacts
	x.eachEdge(func(k edgeKey, n int32) {
		rel := x.rels[k.rel]
		if f.relationOK(rel) {
			out = append(out, EdgeFacts{Edge: graph.EdgeKey{Sub: k.sub, Rel: rel, Obj: k.obj}, Facts: x.factsOf(n)})
		}
	})
	return out
}

// FactIDs returns the ids of the facts behind a hop, or false when the
// index has none for it (a store whose edges were written without their
// facts): the caller then looks in the store.
func (x *Index) FactIDs(h Hop) ([]string, bool) {
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

// State is the store's State the index was made from.
func (x *Index) State() graph.State { return x.state }
