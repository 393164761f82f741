package queries

import (
	"context"
	"fmt"

	"kg/graph"
	"kg/graph/index"
)

// PathOptions narrow a path or neighbourhood query.
type PathOptions struct {
	Relations      []string // only these relations (nil: all)
	Directed       bool     // follow edges from subject to object only (symmetric relations both ways)
	MaxHops        int      // 0: no limit (shortest path); all-paths needs one
	Since, Until   int      // only facts of these years (0: open); facts without a year pass
	IncludeNegated bool     // also follow negated facts
	MinConfidence  float64  // follow only facts at this confidence or above (0: all)
	Limit          int      // all-paths: stop after this many paths (0: DefaultLimit)
	MaxFacts       int      // neighbourhoods and whole graphs: at most this many facts (0: no cap; see keepEdges)
	MaxEdges       int      // neighbourhoods and whole graphs: at most this many edges, facts of one relation between two entities (0: no cap)
	Backbone       bool     // neighbourhoods and whole graphs: only the maximum spanning forest of the entity pairs, by facts (instead of the fact and edge caps)
}

// DefaultLimit bounds all-paths enumeration when no limit is given.
const DefaultLimit = 100

func (o PathOptions) yearOK(f *graph.Fact) bool {
	if f.Year == 0 {
		return true
	}
	return (o.Since == 0 || f.Year >= o.Since) && (o.Until == 0 || f.Year <= o.Until)
}

func (o PathOptions) relationOK(rel string) bool {
	if len(o.Relations) == 0 {
		return true
	}
	for _, r := range o.Relations {
		if r == rel {
			return true
		}
	}
	return false
}

// needFacts reports whether edges must be checked against their facts
// (years, negated facts, confidence) rather than taken from the direct
// edges alone.
func (o PathOptions) needFacts() bool {
	return o.Since != 0 || o.Until != 0 || o.IncludeNegated || o.MinConfidence > 0
}

// factFilter selects the facts a traversal with these options follows:
// of its relations, negated ones only if asked, none below its confidence.
// Years are checked on the facts read (yearOK).
func (o PathOptions) factFilter() graph.FactFilter {
	return graph.FactFilter{Relations: o.Relations, IncludeNegated: o.IncludeNegated, MinConfidence: o.MinConfidence}
}

// Hop is one step of a path: the relation joining From and To, whether it
// runs subject-to-object (Forward) or against it, and the facts stating it.
type Hop struct {
	From, To string
	Relation string
	Forward  bool
	Facts    []graph.Fact
}

// Path is a chain of hops.
type Path []Hop

// Edge is a relation edge seen from one entity.
type Edge = index.Edge

// symmetric reports a relation with no direction (the ontology's).
func symmetric(rel string) bool { return index.Symmetric(rel) }

// filter is what the index needs of the options.
func (o PathOptions) filter() index.Filter {
	return index.Filter{Relations: o.Relations, Directed: o.Directed}
}

func factEdges(ctx context.Context, s *graph.Store, node string, opt PathOptions) ([]Edge, error) {
	filter := opt.factFilter()
	filter.Entity = node
	facts, err := s.Facts(ctx, filter)
	if err != nil {
		return nil, err
	}
	seen := map[Edge]bool{}
	var out []Edge
	for i := range facts {
		f := &facts[i]
		if !opt.yearOK(f) {
			continue
		}
		var e Edge
		switch {
		case f.Subject == node:
			e = Edge{To: f.Object, Relation: f.Relation, Forward: true}
		case !opt.Directed || symmetric(f.Relation):
			e = Edge{To: f.Subject, Relation: f.Relation, Forward: false}
		default:
			continue
		}
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	index.SortEdges(out)
	return out, nil
}

// ShortestPath returns the shortest chain of facts joining two entities,
// or nil when there is none within opt.MaxHops: ShortestHops, then
// FillEvidence.
func (g *Graph) ShortestPath(ctx context.Context, from, to string, opt PathOptions) (Path, error) {
	p, err := g.ShortestHops(ctx, from, to, opt)
	if err != nil || p == nil {
		return nil, err
	}
	return p, g.FillEvidence(ctx, []Path{p}, opt)
}

// ShortestHops finds the shortest path, by breadth-first search over the
// relation edges, without reading the facts behind its hops. It runs on
// the index unless the options need facts (years, negated facts).
func (g *Graph) ShortestHops(ctx context.Context, from, to string, opt PathOptions) (Path, error) {
	if from == to {
		return nil, fmt.Errorf("the two ends of the path are the same entity (%s)", from)
	}
	if !opt.needFacts() {
		x, err := g.index(ctx)
		if err != nil {
			return nil, err
		}
		hops, err := x.Shortest(ctx, from, to, opt.filter(), opt.MaxHops)
		if err != nil || hops == nil {
			return nil, err
		}
		p := make(Path, len(hops))
		for i, h := range hops {
			p[i] = Hop{From: h.From, To: h.To, Relation: h.Relation, Forward: h.Forward}
		}
		return p, nil
	}
	type step struct {
		prev string
		edge Edge
	}
	seen := map[string]step{from: {}}
	frontier := []string{from}
	for depth := 0; len(frontier) > 0 && (opt.MaxHops == 0 || depth < opt.MaxHops); depth++ {
		var next []string
		for _, n := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			es, err := factEdges(ctx, g.Store, n, opt)
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				if _, ok := seen[e.To]; ok {
					continue
				}
				seen[e.To] = step{prev: n, edge: e}
				if e.To == to {
					var p Path
					for x := to; x != from; x = seen[x].prev {
						st := seen[x]
						p = append(Path{{From: st.prev, To: x, Relation: st.edge.Relation, Forward: st.edge.Forward}}, p...)
					}
					return p, nil
				}
				next = append(next, e.To)
			}
		}
		frontier = next
	}
	return nil, nil
}

// AllPaths returns the simple paths of at most opt.MaxHops hops joining
// two entities, shortest first, at most opt.Limit of them. Truncated
// reports that the limit cut the enumeration short. Enumeration is
// exponential in the hop count, hence both bounds.
func (g *Graph) AllPaths(ctx context.Context, from, to string, opt PathOptions) (paths []Path, truncated bool, err error) {
	if from == to {
		return nil, false, fmt.Errorf("the two ends of the path are the same entity (%s)", from)
	}
	if opt.MaxHops <= 0 {
		return nil, false, fmt.Errorf("all paths need a hop bound (--max-hops)")
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	source, err := g.edgeSource(ctx, opt)
	if err != nil {
		return nil, false, err
	}
	edgeCache := map[string][]Edge{}
	edges := func(n string) ([]Edge, error) {
		if es, ok := edgeCache[n]; ok {
			return es, nil
		}
		es, err := source(n)
		edgeCache[n] = es
		return es, err
	}
	// Iterative deepening gives shortest first and stops at the limit.
	onPath := map[string]bool{from: true}
	var cur Path
	var dfs func(n string, left int) error
	dfs = func(n string, left int) error {
		if truncated {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		es, err := edges(n)
		if err != nil {
			return err
		}
		for _, e := range es {
			if onPath[e.To] {
				continue
			}
			hop := Hop{From: n, To: e.To, Relation: e.Relation, Forward: e.Forward}
			if e.To == to {
				if left == 1 {
					if len(paths) == limit {
						truncated = true
						return nil
					}
					paths = append(paths, append(append(Path{}, cur...), hop))
				}
				continue
			}
			if left > 1 {
				onPath[e.To] = true
				cur = append(cur, hop)
				if err := dfs(e.To, left-1); err != nil {
					return err
				}
				cur = cur[:len(cur)-1]
				delete(onPath, e.To)
			}
		}
		return nil
	}
	for hops := 1; hops <= opt.MaxHops && !truncated; hops++ {
		if err := dfs(from, hops); err != nil {
			return nil, false, err
		}
	}
	if err := g.FillEvidence(ctx, paths, opt); err != nil {
		return nil, false, err
	}
	return paths, truncated, nil
}

// FillEvidence sets the facts behind every hop of the paths. When the
// index answers the options, it names each hop's facts and all of them
// are read in one batch; otherwise (years, negated facts) each hop's facts
// are found in the store, as Evidence does.
func (g *Graph) FillEvidence(ctx context.Context, paths []Path, opt PathOptions) error {
	var x *index.Index
	if !opt.needFacts() {
		var err error
		if x, err = g.index(ctx); err != nil {
			return err
		}
	}
	type hopAt struct{ path, hop int }
	var ids []string
	hopsOf := map[string][]hopAt{} // fact id -> the hops it stands behind
	for i, p := range paths {
		for j := range p {
			var hopIDs []string
			ok := false
			if x != nil {
				hopIDs, ok = x.FactIDs(index.Hop{From: p[j].From, To: p[j].To, Relation: p[j].Relation, Forward: p[j].Forward})
			}
			if !ok {
				facts, err := g.Evidence(ctx, p[j], opt)
				if err != nil {
					return err
				}
				p[j].Facts = facts
				continue
			}
			p[j].Facts = nil
			for _, id := range hopIDs {
				if _, ok := hopsOf[id]; !ok {
					ids = append(ids, id)
				}
				hopsOf[id] = append(hopsOf[id], hopAt{i, j})
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	filter := opt.factFilter()
	filter.Relations = nil // the index named each hop's facts of its relation
	facts, err := g.Store.FactsByID(ctx, ids, filter)
	if err != nil {
		return err
	}
	// facts is in Evidence's order (document, sentence, id), and so is
	// each hop's share of it.
	for _, f := range facts {
		for _, at := range hopsOf[f.ID] {
			paths[at.path][at.hop].Facts = append(paths[at.path][at.hop].Facts, f)
		}
	}
	return nil
}

// Evidence returns the facts behind a hop: those of its relation joining
// its two entities in its direction, within the query's years.
func (g *Graph) Evidence(ctx context.Context, h Hop, opt PathOptions) ([]graph.Fact, error) {
	subj, obj := h.From, h.To
	if !h.Forward {
		subj, obj = h.To, h.From
	}
	filter := opt.factFilter()
	filter.Subject, filter.Object, filter.Relations = subj, obj, []string{h.Relation}
	facts, err := g.Store.Facts(ctx, filter)
	if err != nil {
		return nil, err
	}
	var out []graph.Fact
	for i := range facts {
		f := &facts[i]
		if opt.yearOK(f) {
			out = append(out, *f)
		}
	}
	return out, nil
}
