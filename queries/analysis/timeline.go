package analysis

import (
	"context"
	"sort"

	"kg/graph"
	"kg/queries"
)

// Timeline returns every fact between two entities, either way, negated
// ones included (relations broken, aid refused): by year, facts without
// one last, then by document and sentence. The options' relations,
// years and confidence apply.
func Timeline(ctx context.Context, g *queries.Graph, a, b string, opt queries.PathOptions) ([]graph.Fact, error) {
	var out []graph.Fact
	for _, ends := range [][2]string{{a, b}, {b, a}} {
		facts, err := g.Store.Facts(ctx, graph.FactFilter{Subject: ends[0], Object: ends[1], Relations: opt.Relations,
			IncludeNegated: true, MinConfidence: opt.MinConfidence})
		if err != nil {
			return nil, err
		}
		for _, f := range facts {
			if f.Year == 0 || (opt.Since == 0 || f.Year >= opt.Since) && (opt.Until == 0 || f.Year <= opt.Until) {
				out = append(out, f)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if (x.Year == 0) != (y.Year == 0) {
			return y.Year == 0
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		if x.Doc != y.Doc {
			return x.Doc < y.Doc
		}
		if x.Sentence != y.Sentence {
			return x.Sentence < y.Sentence
		}
		return x.ID < y.ID
	})
	return out, nil
}
