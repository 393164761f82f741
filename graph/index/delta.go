package index

import (
	"context"
	"errors"
	"slices"
	"sort"

	"kg/graph"
)

// errNoDelta makes the caller build the index from the whole store.
var errNoDelta = errors.New("index: cannot be brought up to date incrementally")

// maxDeltaShare bounds the facts a delta re-reads, as a share of the
// facts in the index: re-reading a fact costs about what reading its
// quads in the full scan does, so past a quarter the scan is as cheap.
const maxDeltaShare = 4

// empty is the index of a store with no quads.
func empty(state graph.State) *Index {
	return &Index{state: state, rels: relationNames(), off: []int32{0}, factOff: []int32{0}}
}

// withChanges returns the index of the store at c.Now, from x (the index
// at c.Base) and the record of what the writes since touched: every
// touched fact is read again from the store, and every touched edge is
// looked up there, so the result is what a build from the whole store
// would give. Anything it cannot follow exactly is an error, and the
// caller builds the index from the whole store.
func (x *Index) withChanges(ctx context.Context, s *graph.Store, c *graph.Changes) (*Index, error) {
	if !c.Complete || x.state != c.Base {
		return nil, errNoDelta
	}
	if len(c.Facts) > 256+len(x.facts)/maxDeltaShare || len(c.Edges) > 256+len(x.factOff)/maxDeltaShare {
		return nil, errNoDelta
	}
	if !slices.Equal(x.rels, relationNames()) {
		return nil, errNoDelta // made by a kg with other relations
	}
	relNum := x.relNumbers()
	rd := s.NewEdgeReader()

	// The edges whose presence or facts may have changed.
	touched := map[edgeKey]bool{}
	for e := range c.Edges {
		if r, ok := relNum[e.Rel]; ok {
			touched[edgeKey{e.Sub, e.Obj, r}] = true
		}
	}
	// Where the touched facts were.
	x.eachEdge(func(k edgeKey, n int32) {
		for _, id := range x.factsOf(n) {
			if _, ok := c.Facts[id]; ok {
				touched[k] = true
			}
		}
	})
	// Where they are now.
	now := map[edgeKey][]string{}
	for id := range c.Facts {
		e, ok, err := rd.FactEdge(ctx, id)
		if err != nil {
			return nil, err
		}
		if r, known := relNum[e.Rel]; ok && known {
			k := edgeKey{e.Sub, e.Obj, r}
			now[k] = append(now[k], id)
			touched[k] = true
		}
	}

	// Untouched edges as they were, then the touched ones as the store
	// now has them, in a fixed order.
	var keys []edgeKey
	var byEdge [][]string
	old := map[edgeKey]int32{}
	x.eachEdge(func(k edgeKey, n int32) {
		if touched[k] {
			old[k] = n
			return
		}
		keys = append(keys, k)
		byEdge = append(byEdge, slices.Clip(x.factsOf(n)))
	})
	for _, k := range sortedKeys(touched) {
		e := graph.EdgeKey{Sub: k.sub, Rel: x.rels[k.rel], Obj: k.obj}
		exists, err := rd.EdgeExists(ctx, e)
		if err != nil {
			return nil, err
		}
		if !exists {
			continue
		}
		var ids []string
		if n, ok := old[k]; ok {
			// The facts it had that were not touched still stand behind it.
			for _, id := range x.factsOf(n) {
				if _, ok := c.Facts[id]; !ok {
					ids = append(ids, id)
				}
			}
		} else {
			// A new edge: facts written before it, by something that
			// wrote facts without their edge, stand behind it too.
			behind, err := rd.FactsBehind(ctx, e)
			if err != nil {
				return nil, err
			}
			for _, id := range behind {
				if _, ok := c.Facts[id]; !ok {
					ids = append(ids, id)
				}
			}
		}
		ids = append(ids, now[k]...)
		keys = append(keys, k)
		byEdge = append(byEdge, ids)
	}
	nx := &Index{rels: x.rels, state: c.Now}
	nx.layout(keys, byEdge)
	return nx, nil
}

// eachEdge calls fn with every edge of the index, once, and its number.
func (x *Index) eachEdge(fn func(k edgeKey, n int32)) {
	for a := range x.ids {
		for _, e := range x.adj[x.off[a]:x.off[a+1]] {
			if e.forward {
				fn(edgeKey{x.ids[a], x.ids[e.to], e.rel}, e.edge)
			}
		}
	}
}

// factsOf is the facts behind edge number n.
func (x *Index) factsOf(n int32) []string { return x.facts[x.factOff[n]:x.factOff[n+1]] }

func sortedKeys(set map[edgeKey]bool) []edgeKey {
	order := make([]edgeKey, 0, len(set))
	for k := range set {
		order = append(order, k)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		if a.obj != b.obj {
			return a.obj < b.obj
		}
		return a.rel < b.rel
	})
	return order
}
