package analysis

import (
	"context"
	"errors"
	"math"
	"slices"
	"sort"

	dgraph "github.com/dominikbraun/graph"

	"kg/graph"
	"kg/graph/index"
	"kg/queries"
)

// SupportedPath is a path chosen for how well its hops are attested.
type SupportedPath struct {
	Path    queries.Path
	Edges   []*Edge // the edge behind each hop
	Support float64 // the product of the hops' supports
	Slack   int     // it was chosen among paths at most this many hops longer than the shortest
}

// Slack is how much longer than the shortest path the best-supported
// path may be: the search runs on the entities of such paths only, so
// that it reads the facts of a few hundred edges, not of the whole graph.
// Where the edges among those entities hold more than maxRegionFacts
// facts (a dense graph, where three hops reach most of it), the slack
// shrinks until they do not, to the shortest paths alone if need be.
const (
	Slack          = 2
	maxRegionFacts = 5000
)

// BestSupported finds the path between two entities whose hops are best
// attested: among the paths at most Slack hops longer than the shortest,
// the one whose product of edge supports (Edge.Support) is highest, found
// by Dijkstra on −ln(support). Between two entities the best-supported
// relation is the hop. Nil when the two are not connected under the
// options.
func BestSupported(ctx context.Context, g *queries.Graph, from, to string, opt queries.PathOptions) (*SupportedPath, error) {
	facts, slack, err := regionFacts(ctx, g, from, to, opt)
	if err != nil || facts == nil {
		return nil, err
	}
	edges := Group(facts)
	var traits []func(*dgraph.Traits)
	traits = append(traits, dgraph.Weighted())
	if opt.Directed {
		traits = append(traits, dgraph.Directed())
	}
	dg := dgraph.New(dgraph.StringHash, traits...)
	// The best edge of each step, keyed by its ends as the search walks it.
	type step struct{ from, to string }
	best := map[step]*Edge{}
	offer := func(a, b string, e *Edge) {
		if cur, ok := best[step{a, b}]; !ok || e.Support > cur.Support {
			best[step{a, b}] = e
		}
	}
	for _, e := range edges {
		_ = dg.AddVertex(e.Sub)
		_ = dg.AddVertex(e.Obj)
		offer(e.Sub, e.Obj, e)
		if !opt.Directed || e.Symmetric() {
			offer(e.Obj, e.Sub, e)
		}
	}
	for s, e := range best {
		if !opt.Directed && s.to < s.from {
			continue // one undirected edge per pair, added from its lesser end
		}
		_ = dg.AddEdge(s.from, s.to, dgraph.EdgeWeight(cost(e)))
	}
	if _, err := dg.Vertex(from); err != nil {
		return nil, nil
	}
	if _, err := dg.Vertex(to); err != nil {
		return nil, nil
	}
	ids, err := dgraph.ShortestPath(dg, from, to)
	if errors.Is(err, dgraph.ErrTargetNotReachable) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := &SupportedPath{Support: 1, Slack: slack}
	for i := 1; i < len(ids); i++ {
		a, b := ids[i-1], ids[i]
		e := best[step{a, b}]
		if e == nil {
			e = best[step{b, a}]
		}
		out.Path = append(out.Path, queries.Hop{From: a, To: b, Relation: e.Rel, Forward: e.Sub == a, Facts: e.Facts})
		out.Edges = append(out.Edges, e)
		out.Support *= e.Support
	}
	return out, nil
}

// regionFacts reads the facts of the edges among the entities that lie
// on a path from one end to the other at most Slack hops longer than the
// shortest (less on a dense graph: see maxRegionFacts), found on the path
// index, and returns the slack it used; nil when the ends are not joined.
func regionFacts(ctx context.Context, g *queries.Graph, from, to string, opt queries.PathOptions) ([]graph.Fact, int, error) {
	x, err := g.Index.Of(ctx, g.Store)
	if err != nil {
		return nil, 0, err
	}
	f := index.Filter{Relations: opt.Relations, Directed: opt.Directed}
	fromStart := x.Distances(from, f, 0)
	shortest, ok := fromStart[to]
	if !ok {
		return nil, 0, nil
	}
	// Distances back from the other end, undirected: a superset of the
	// entities a directed path can use, which is all the region must be.
	fromEnd := x.Distances(to, index.Filter{Relations: opt.Relations}, shortest+Slack)
	var ids []string
	slack := Slack
	for ; ; slack-- {
		var region []string
		for id, d := range fromStart {
			if e, ok := fromEnd[id]; ok && d+e <= shortest+slack {
				region = append(region, id)
			}
		}
		ids = ids[:0]
		for _, ef := range x.Among(region, f) {
			ids = append(ids, ef.Facts...)
		}
		if len(ids) <= maxRegionFacts || slack == 0 {
			break
		}
	}
	facts, err := g.Store.FactsByID(ctx, ids, graph.FactFilter{MinConfidence: opt.MinConfidence})
	if err != nil {
		return nil, 0, err
	}
	return slices.DeleteFunc(facts, func(x graph.Fact) bool {
		return x.Year != 0 && (opt.Since != 0 && x.Year < opt.Since || opt.Until != 0 && x.Year > opt.Until)
	}), slack, nil
}

// cost is an edge's weight for the search: −ln(support) in millionths,
// plus one so that every hop costs something (a support of 1 is free
// otherwise), and a fraction from the edge's names so that equally
// supported paths are told apart the same way every time.
func cost(e *Edge) int {
	s := math.Max(e.Support, 1e-9)
	tie := 0
	for _, c := range e.Sub + e.Rel + e.Obj {
		tie = (tie*31 + int(c)) % 997
	}
	return int(math.Round(-math.Log(s)*1e6))*1000 + 1000 + tie
}

// PathSupport is the support of a path found otherwise (the shortest, or
// one of all paths): each hop's edge made from the facts behind it, and
// the product of their supports.
func PathSupport(p queries.Path) (float64, []*Edge) {
	total := 1.0
	edges := make([]*Edge, len(p))
	for i, h := range p {
		e := &Edge{Sub: h.From, Rel: h.Relation, Obj: h.To}
		if g := Group(h.Facts); len(g) > 0 {
			e = g[0]
		}
		edges[i] = e
		total *= e.Support
	}
	return total, edges
}

// BySupport orders paths best supported first, shorter first among
// equals, keeping the order they came in otherwise.
func BySupport(paths []queries.Path) []queries.Path {
	type ranked struct {
		path    queries.Path
		support float64
	}
	rs := make([]ranked, len(paths))
	for i, p := range paths {
		rs[i].path = p
		rs[i].support, _ = PathSupport(p)
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].support != rs[j].support {
			return rs[i].support > rs[j].support
		}
		return len(rs[i].path) < len(rs[j].path)
	})
	out := make([]queries.Path, len(rs))
	for i, r := range rs {
		out[i] = r.path
	}
	return out
}
