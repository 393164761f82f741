package queries

import (
	"context"
	"errors"
	"fmt"

	"kg/graph"
)

// Hop bounds for path searches that name none: a shortest path is
// looked for this far, an enumeration of all paths (exponential in the
// hops) only this far.
const (
	DefaultMaxHops      = 6
	DefaultAllPathsHops = 3
)

// ErrNoPath is returned by Select when the two ends of a path selection
// are not joined within the hop bound.
var ErrNoPath = errors.New("no path")

// Selection is the part of the graph a diagram or an export shows: the
// neighbourhood of Center, the shortest path From–To, or, naming
// neither, the whole graph; each within Options (relations, years,
// confidence, negated facts, MaxFacts).
type Selection struct {
	Center   string // an entity id: its neighbourhood
	Depth    int    // with Center: how many hops out (0: 1)
	From, To string // entity ids: the shortest path between them (MaxHops 0: DefaultMaxHops)
	MaxNodes int    // at most this many entities (0: no cap)
	Options  PathOptions
}

// Select returns the selected subgraph and a title for it ("Cuba, depth
// 1", "Cuba — Angola"; "" for the whole graph).
func (g *Graph) Select(ctx context.Context, sel Selection) (*graph.Subgraph, string, error) {
	opt := sel.Options
	switch {
	case sel.Center != "" && (sel.From != "" || sel.To != ""):
		return nil, "", fmt.Errorf("select a centre or a path, not both")
	case sel.Center != "":
		depth := max(sel.Depth, 1)
		sg, err := g.Neighborhood(ctx, sel.Center, depth, opt, sel.MaxNodes)
		if err != nil {
			return nil, "", err
		}
		return sg, fmt.Sprintf("%s, depth %d", EntityName(sg.Entities, sel.Center), depth), nil
	case sel.From != "" || sel.To != "":
		if sel.From == "" || sel.To == "" {
			return nil, "", fmt.Errorf("a path selection needs both ends")
		}
		if opt.MaxHops == 0 {
			opt.MaxHops = DefaultMaxHops
		}
		p, err := g.ShortestPath(ctx, sel.From, sel.To, opt)
		if err != nil {
			return nil, "", err
		}
		if p == nil {
			return nil, "", fmt.Errorf("%w between %s and %s within %d hops", ErrNoPath, sel.From, sel.To, opt.MaxHops)
		}
		sg, err := g.PathSubgraph(ctx, []Path{p})
		if err != nil {
			return nil, "", err
		}
		return sg, fmt.Sprintf("%s — %s", EntityName(sg.Entities, sel.From), EntityName(sg.Entities, sel.To)), nil
	}
	sg, err := g.Whole(ctx, opt, sel.MaxNodes)
	return sg, "", err
}

// EntityName is an entity's name among ents, or its id when it has none.
func EntityName(ents map[string]graph.Entity, id string) string {
	if e, ok := ents[id]; ok && e.Name != "" {
		return e.Name
	}
	return id
}
