package queries

import (
	"context"
	"fmt"
	"sort"

	"kg/graph"
)

// DefaultMaxNodes caps a selection so that a diagram stays readable.
const DefaultMaxNodes = 300

// Neighborhood returns the entities within depth hops of center and the
// facts among them, breadth first. When more than maxNodes entities are
// reachable, the nearest ones are kept; when they share more than
// opt.MaxFacts facts, the nearest and most evidenced edges are (see
// keepEdges). Subgraph.Cut says what was left out.
func (g *Graph) Neighborhood(ctx context.Context, center string, depth int, opt PathOptions, maxNodes int) (*graph.Subgraph, error) {
	if maxNodes <= 0 {
		maxNodes = DefaultMaxNodes
	}
	edges, err := g.edgeSource(ctx, opt)
	if err != nil {
		return nil, err
	}
	dist := map[string]int{center: 0}
	order := []string{center}
	frontier := []string{center}
	cut := ""
	for d := 1; d <= depth && len(frontier) > 0 && cut == ""; d++ {
		var next []string
		for _, n := range frontier {
			es, err := edges(n)
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				if _, ok := dist[e.To]; ok {
					continue
				}
				if len(order) == maxNodes {
					cut = fmt.Sprintf("stopped at %d entities (--max-nodes); deeper or wider neighbours left out", maxNodes)
					break
				}
				dist[e.To] = d
				order = append(order, e.To)
				next = append(next, e.To)
			}
			if cut != "" {
				break
			}
		}
		frontier = next
	}
	return g.induced(ctx, order, dist, opt, cut)
}

// PathSubgraph returns the entities and facts of a set of paths.
func (g *Graph) PathSubgraph(ctx context.Context, paths []Path) (*graph.Subgraph, error) {
	sg := &graph.Subgraph{Entities: map[string]graph.Entity{}}
	seen := map[string]bool{}
	for _, p := range paths {
		for _, h := range p {
			for _, f := range h.Facts {
				if !seen[f.ID] {
					seen[f.ID] = true
					sg.Facts = append(sg.Facts, f)
				}
			}
			for _, id := range []string{h.From, h.To} {
				if err := addEntity(ctx, g.Store, sg, id); err != nil {
					return nil, err
				}
			}
		}
	}
	sortFacts(sg.Facts)
	return sg, nil
}

// Whole returns the whole graph, or the facts of the given relations,
// capped at maxNodes entities and opt.MaxFacts facts (0: no cap).
func (g *Graph) Whole(ctx context.Context, opt PathOptions, maxNodes int) (*graph.Subgraph, error) {
	s := g.Store
	facts, err := s.Facts(ctx, opt.factFilter())
	if err != nil {
		return nil, err
	}
	// Most connected entities first, so a cap keeps the heart of the graph.
	degree := map[string]int{}
	kept := facts[:0]
	for i := range facts {
		if opt.yearOK(&facts[i]) {
			degree[facts[i].Subject]++
			degree[facts[i].Object]++
			kept = append(kept, facts[i])
		}
	}
	ids := make([]string, 0, len(degree))
	for id := range degree {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if degree[ids[i]] != degree[ids[j]] {
			return degree[ids[i]] > degree[ids[j]]
		}
		return ids[i] < ids[j]
	})
	cut := ""
	if maxNodes > 0 && len(ids) > maxNodes {
		cut = fmt.Sprintf("kept the %d most connected of %d entities (--max-nodes)", maxNodes, len(ids))
		ids = ids[:maxNodes]
	}
	// The facts are already read: keep those between two kept entities
	// rather than reading them again entity by entity.
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	sg, err := entitiesOf(ctx, s, ids, cut)
	if err != nil {
		return nil, err
	}
	for _, f := range kept {
		if in[f.Subject] && in[f.Object] {
			sg.Facts = append(sg.Facts, f)
		}
	}
	// No centre: the most evidenced edges are kept.
	var factCut string
	sg.Facts, factCut, sg.EdgesCut = capFacts(sg.Facts, nil, opt)
	if factCut != "" {
		dropIsolated(sg, "")
	}
	sg.Cut = joinCuts(sg.Cut, factCut)
	sortFacts(sg.Facts)
	return sg, nil
}

// induced returns the entities and the facts between two of them, at
// most opt.MaxFacts of them, ranked by the distances in near. Without
// years, negated facts or a confidence bound the index names the facts of each edge, so that
// only the facts kept are read.
func (g *Graph) induced(ctx context.Context, ids []string, near map[string]int, opt PathOptions, cut string) (*graph.Subgraph, error) {
	s := g.Store
	sg, err := entitiesOf(ctx, s, ids, cut)
	if err != nil {
		return nil, err
	}
	var facts []graph.Fact
	factCut := ""
	if opt.needFacts() {
		all, err := s.FactsAmong(ctx, ids, opt.factFilter())
		if err != nil {
			return nil, err
		}
		for i := range all {
			if opt.yearOK(&all[i]) {
				facts = append(facts, all[i])
			}
		}
		facts, factCut, sg.EdgesCut = capFacts(facts, near, opt)
	} else {
		x, err := g.index(ctx)
		if err != nil {
			return nil, err
		}
		ranks, factIDs := edgeRanks(x.Among(ids, opt.filter()), near)
		var keep []bool
		kept, total := 0, 0
		if opt.Backbone {
			keep = forest(ranks)
			for i, ok := range keep {
				total += ranks[i].facts
				if ok {
					kept += ranks[i].facts
				}
			}
		} else {
			keep, kept, total = keepEdges(ranks, opt.MaxFacts, opt.MaxEdges)
		}
		var read []string
		for i, ok := range keep {
			if ok {
				read = append(read, factIDs[i]...)
			}
		}
		if facts, err = s.FactsByID(ctx, read, graph.FactFilter{}); err != nil {
			return nil, err
		}
		sg.EdgesCut = len(ranks) - countKept(keep)
		if opt.Backbone {
			factCut = backboneMessage(countKept(keep), len(ranks))
		} else {
			factCut = cutMessage(kept, total, countKept(keep), len(ranks), opt.MaxFacts, opt.MaxEdges)
		}
	}
	sg.Facts = facts
	sg.Cut = joinCuts(cut, factCut)
	if factCut != "" && len(ids) > 0 {
		dropIsolated(sg, ids[0]) // ids[0], the centre, stays whatever was cut
	}
	sortFacts(sg.Facts)
	return sg, nil
}

// entitiesOf starts a subgraph with the given entities, read without
// their fact counts; an id no document names gets its type from its
// prefix and itself as name.
func entitiesOf(ctx context.Context, s *graph.Store, ids []string, cut string) (*graph.Subgraph, error) {
	ents, err := s.EntitiesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	sg := &graph.Subgraph{Entities: make(map[string]graph.Entity, len(ids)), Cut: cut}
	for _, id := range ids {
		e, ok := ents[id]
		if !ok {
			e = graph.Entity{ID: id, Type: graph.EntityType(id), Name: id}
		}
		sg.Entities[id] = e
	}
	return sg, nil
}

func addEntity(ctx context.Context, s *graph.Store, sg *graph.Subgraph, id string) error {
	if _, ok := sg.Entities[id]; ok {
		return nil
	}
	one, err := entitiesOf(ctx, s, []string{id}, "")
	if err != nil {
		return err
	}
	sg.Entities[id] = one.Entities[id]
	return nil
}

func sortFacts(fs []graph.Fact) {
	sort.Slice(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		if a.Object != b.Object {
			return a.Object < b.Object
		}
		return a.ID < b.ID
	})
}
