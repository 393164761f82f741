package queries

import (
	"fmt"
	"sort"
	"strings"

	"kg/graph"
	"kg/graph/index"
)

// DefaultMaxFacts caps the facts of a neighbourhood read for a listing.
// A node cap alone does not bound them: at 3,000 documents the 300
// entities around a hub share 45,000 facts, which take seconds to read.
const DefaultMaxFacts = 2000

// DefaultMaxEdges caps the edges of a diagram (an edge is all the facts
// of one relation from one entity to another, drawn as one line): past a
// few hundred Graphviz takes minutes and the drawing is unreadable. A
// cap on facts would keep a few heavily repeated edges and drop the rest.
const DefaultMaxEdges = 300

// edgeRank is one edge of a selection, all the facts of one relation from
// one entity to another, as the cap ranks it.
type edgeRank struct {
	sub, rel, obj string
	near          int // hops from the centre to the nearer end; 0 without a centre
	facts         int
}

// keepEdges decides which edges a selection keeps within maxFacts facts
// and maxEdges edges (0: no cap): the nearest to the centre first, and
// among equally near ones the most evidenced (the most facts, so the most
// documents), each edge whole or not at all, so that an edge drawn or
// listed always has all its evidence. It returns whether each edge is
// kept, and the facts kept and there were.
func keepEdges(es []edgeRank, maxFacts, maxEdges int) (keep []bool, kept, total int) {
	keep = make([]bool, len(es))
	order := make([]int, len(es))
	for i := range es {
		order[i] = i
		total += es[i].facts
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := &es[order[i]], &es[order[j]]
		if a.near != b.near {
			return a.near < b.near
		}
		if a.facts != b.facts {
			return a.facts > b.facts
		}
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		if a.rel != b.rel {
			return a.rel < b.rel
		}
		return a.obj < b.obj
	})
	edges := 0
	for _, i := range order {
		if maxEdges > 0 && edges == maxEdges {
			break
		}
		// An edge that does not fit is passed over, not a reason to stop:
		// a weaker edge with fewer facts may still fit.
		if maxFacts > 0 && kept+es[i].facts > maxFacts {
			continue
		}
		edges++
		keep[i] = true
		kept += es[i].facts
	}
	return keep, kept, total
}

// capFacts keeps the facts of the edges keepEdges keeps (or, with
// opt.Backbone, those of the forest), ranking edges by the distances in
// near (nil: no centre). It returns the facts kept, what was cut ("" when
// nothing was) and how many edges.
func capFacts(facts []graph.Fact, near map[string]int, opt PathOptions) ([]graph.Fact, string, int) {
	maxFacts, maxEdges := opt.MaxFacts, opt.MaxEdges
	if !opt.Backbone && (maxFacts <= 0 || len(facts) <= maxFacts) && (maxEdges <= 0 || len(facts) <= maxEdges) {
		return facts, "", 0
	}
	type key struct{ sub, rel, obj string }
	pos := map[key]int{}
	var es []edgeRank
	edgeOf := make([]int, len(facts))
	for i := range facts {
		f := &facts[i]
		k := key{f.Subject, f.Relation, f.Object}
		n, ok := pos[k]
		if !ok {
			n = len(es)
			pos[k] = n
			es = append(es, edgeRank{sub: k.sub, rel: k.rel, obj: k.obj, near: min(near[k.sub], near[k.obj])})
		}
		es[n].facts++
		edgeOf[i] = n
	}
	var keep []bool
	var kept, total int
	if opt.Backbone {
		keep = forest(es)
	} else {
		keep, kept, total = keepEdges(es, maxFacts, maxEdges)
	}
	out := make([]graph.Fact, 0, kept)
	for i := range facts {
		if keep[edgeOf[i]] {
			out = append(out, facts[i])
		}
	}
	cut := len(es) - countKept(keep)
	if opt.Backbone {
		return out, backboneMessage(countKept(keep), len(es)), cut
	}
	return out, cutMessage(kept, total, countKept(keep), len(es), maxFacts, maxEdges), cut
}

// backboneMessage says what a backbone kept ("" when it kept everything).
func backboneMessage(kept, edges int) string {
	if kept == edges {
		return ""
	}
	return fmt.Sprintf("backbone: kept %d of %d edges, the maximum spanning forest of the entity pairs by facts", kept, edges)
}

func countKept(keep []bool) int {
	n := 0
	for _, k := range keep {
		if k {
			n++
		}
	}
	return n
}

func cutMessage(kept, total, keptEdges, edges, maxFacts, maxEdges int) string {
	if kept == total {
		return ""
	}
	var flags []string
	if maxEdges > 0 && keptEdges == maxEdges {
		flags = append(flags, fmt.Sprintf("--max-edges %d", maxEdges))
	}
	if maxFacts > 0 && (len(flags) == 0 || kept+1 > maxFacts) {
		flags = append(flags, fmt.Sprintf("--max-facts %d", maxFacts))
	}
	return fmt.Sprintf("kept %d of %d edges (%d of %d facts), nearest and most evidenced first (%s)",
		keptEdges, edges, kept, total, strings.Join(flags, ", "))
}

// dropIsolated removes from the subgraph the entities that no kept fact
// names, but keep: a node drawn without the edges it came with says
// nothing, and looks like a node with none.
func dropIsolated(sg *graph.Subgraph, keep string) {
	named := map[string]bool{keep: true}
	for _, f := range sg.Facts {
		named[f.Subject], named[f.Object] = true, true
	}
	for id := range sg.Entities {
		if !named[id] {
			delete(sg.Entities, id)
		}
	}
}

// joinCuts joins the reasons a selection was cut.
func joinCuts(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}

// edgeRanks ranks the index's edges among a selection for keepEdges by
// the distances in near, beside the ids of the facts behind each.
func edgeRanks(edges []index.EdgeFacts, near map[string]int) ([]edgeRank, [][]string) {
	ranks := make([]edgeRank, len(edges))
	facts := make([][]string, len(edges))
	for i, e := range edges {
		k := e.Edge
		ranks[i] = edgeRank{sub: k.Sub, rel: k.Rel, obj: k.Obj, near: min(near[k.Sub], near[k.Obj]), facts: len(e.Facts)}
		facts[i] = e.Facts
	}
	return ranks, facts
}
