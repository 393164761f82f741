package queries

import (
	"context"

	"kg/graph"
	"kg/graph/index"
)

// Graph is a store as queries read it: the store, and the path index of
// its direct edges, kept current across the queries of a process (a
// command holds one Graph, a server one for its lifetime).
type Graph struct {
	Store *graph.Store
	Index *index.Cache
}

// NewGraph returns the Graph of a store, with an index cache of its own.
func NewGraph(s *graph.Store) *Graph { return &Graph{Store: s, Index: &index.Cache{}} }

// index returns the up-to-date path index of the store.
func (g *Graph) index(ctx context.Context) (*index.Index, error) { return g.Index.Of(ctx, g.Store) }

// PersistIndex brings the index kept beside the store up to date, so
// that the next process is ready for paths without reading every quad
// (index.Cache.Persist). Commands that write call it before they close
// the store.
func (g *Graph) PersistIndex(ctx context.Context) error { return g.Index.Persist(ctx, g.Store) }

// edgeSource returns how a traversal with these options lists the edges
// at an entity: from the index when the direct edges suffice, otherwise
// from the facts in the store.
func (g *Graph) edgeSource(ctx context.Context, opt PathOptions) (func(string) ([]Edge, error), error) {
	if opt.needFacts() {
		return func(n string) ([]Edge, error) { return factEdges(ctx, g.Store, n, opt) }, nil
	}
	x, err := g.index(ctx)
	if err != nil {
		return nil, err
	}
	f := opt.filter()
	return func(n string) ([]Edge, error) { return x.Edges(n, f), nil }, nil
}
