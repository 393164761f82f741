package queries

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"kg/graph"
)

// PathOptions narrow a path query.
type PathOptions struct {
	Relations []string // only these relations ("" or nil: all)
	Directed  bool     // follow edges from subject to object only
	MaxHops   int      // 0: no limit
}

// Hop is one step of a path: the relation joining From and To, whether it
// runs subject-to-object (Forward) or against it, and the facts stating it.
type Hop struct {
	From, To string
	Relation string
	Forward  bool
	Facts    []graph.Fact
}

// ShortestPath returns the shortest chain of positive facts joining two
// entities, or nil when there is none. Breadth-first search over the
// direct relation edges, through Cayley's subject and object indexes.
func ShortestPath(ctx context.Context, s *graph.Store, from, to string, opt PathOptions) ([]Hop, error) {
	if from == to {
		return nil, fmt.Errorf("the two ends of the path are the same entity (%s)", from)
	}
	type step struct {
		prev     string
		relation string
		forward  bool
	}
	seen := map[string]step{from: {}}
	frontier := []string{from}
	for depth := 0; len(frontier) > 0 && (opt.MaxHops == 0 || depth < opt.MaxHops); depth++ {
		var next []string
		for _, n := range frontier {
			edges, err := Edges(ctx, s, n, opt)
			if err != nil {
				return nil, err
			}
			for _, e := range edges {
				if _, ok := seen[e.To]; ok {
					continue
				}
				seen[e.To] = step{prev: n, relation: e.Relation, forward: e.Forward}
				if e.To == to {
					return buildHops(ctx, s, from, to, opt, func(x string) (string, string, bool) {
						st := seen[x]
						return st.prev, st.relation, st.forward
					})
				}
				next = append(next, e.To)
			}
		}
		frontier = next
	}
	return nil, nil
}

func buildHops(ctx context.Context, s *graph.Store, from, to string, opt PathOptions, back func(string) (string, string, bool)) ([]Hop, error) {
	var hops []Hop
	for x := to; x != from; {
		prev, rel, fwd := back(x)
		hops = append([]Hop{{From: prev, To: x, Relation: rel, Forward: fwd}}, hops...)
		x = prev
	}
	for i := range hops {
		facts, err := Evidence(ctx, s, hops[i], opt)
		if err != nil {
			return nil, err
		}
		hops[i].Facts = facts
	}
	return hops, nil
}

// Edge is a direct relation edge seen from one entity.
type Edge struct {
	To       string
	Relation string
	Forward  bool // the entity is the subject
}

// Edges lists the relation edges at an entity, outgoing first, in store
// order. Undirected queries also follow incoming edges.
func Edges(ctx context.Context, s *graph.Store, node string, opt PathOptions) ([]Edge, error) {
	var out []Edge
	want := func(p quad.Value) (string, bool) {
		iri, ok := p.(quad.IRI)
		if !ok || !strings.HasPrefix(string(iri), "rel:") {
			return "", false
		}
		rel := strings.TrimPrefix(string(iri), "rel:")
		if len(opt.Relations) == 0 {
			return rel, true
		}
		for _, r := range opt.Relations {
			if r == rel {
				return rel, true
			}
		}
		return "", false
	}
	seen := map[Edge]bool{}
	visit := func(d quad.Direction) error {
		ref := s.QS.ValueOf(quad.IRI(node))
		if ref == nil {
			return nil
		}
		it := s.QS.QuadIterator(d, ref)
		defer it.Close()
		for it.Next(ctx) {
			q := s.QS.Quad(it.Result())
			rel, ok := want(q.Predicate)
			if !ok {
				continue
			}
			e := Edge{Relation: rel, Forward: d == quad.Subject}
			if d == quad.Subject {
				e.To = string(q.Object.(quad.IRI))
			} else {
				e.To = string(q.Subject.(quad.IRI))
			}
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
		return it.Err()
	}
	if err := visit(quad.Subject); err != nil {
		return nil, err
	}
	if !opt.Directed {
		if err := visit(quad.Object); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Evidence returns the positive facts behind a hop: every fact joining its
// two entities in the hop's direction (both directions when undirected),
// of any relation the query allows, so the reader sees all that links them.
func Evidence(ctx context.Context, s *graph.Store, h Hop, opt PathOptions) ([]graph.Fact, error) {
	facts, err := s.Facts(ctx, graph.FactFilter{Entity: h.From, Relations: opt.Relations})
	if err != nil {
		return nil, err
	}
	var out []graph.Fact
	for _, f := range facts {
		forward := f.Subject == h.From && f.Object == h.To
		backward := f.Subject == h.To && f.Object == h.From
		if (forward && (h.Forward || !opt.Directed)) || (backward && (!h.Forward || !opt.Directed)) {
			out = append(out, f)
		}
	}
	return out, nil
}
