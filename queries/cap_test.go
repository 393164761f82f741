package queries

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/graphtest"
)

func TestKeepEdges(t *testing.T) {
	e := func(name string, near, facts int) edgeRank {
		return edgeRank{sub: "s", rel: name, obj: "o", near: near, facts: facts}
	}
	tests := []struct {
		name     string
		edges    []edgeRank
		maxFacts int
		want     string // the kept edges' relations
		kept     int
	}{
		{"no cap", []edgeRank{e("a", 2, 5), e("b", 0, 1)}, 0, "a b", 6},
		{"all fit", []edgeRank{e("a", 2, 5), e("b", 0, 1)}, 6, "a b", 6},
		{"nearest first", []edgeRank{e("far", 1, 3), e("near", 0, 3)}, 3, "near", 3},
		{"most evidenced among equally near", []edgeRank{e("weak", 1, 1), e("strong", 1, 4), e("mid", 1, 2)}, 6, "strong mid", 6},
		{"an edge too large is passed over", []edgeRank{e("big", 0, 10), e("small", 1, 2)}, 5, "small", 2},
		{"edges whole, never split", []edgeRank{e("a", 0, 3), e("b", 0, 3)}, 5, "a", 3},
		{"ties by name", []edgeRank{e("y", 0, 2), e("x", 0, 2)}, 2, "x", 2},
		{"nothing fits", []edgeRank{e("a", 0, 3)}, 2, "", 0},
	}
	for _, tt := range tests {
		keep, kept, total := keepEdges(tt.edges, tt.maxFacts)
		var got []string
		for i, ok := range keep {
			if ok {
				got = append(got, tt.edges[i].rel)
			}
		}
		// keep follows the input's order: compare as sets.
		if g, w := strings.Join(sortedCopy(got), " "), strings.Join(sortedCopy(strings.Fields(tt.want)), " "); g != w || kept != tt.kept {
			t.Errorf("%s: kept %q (%d facts), want %q (%d)", tt.name, got, kept, tt.want, tt.kept)
		}
		sum := 0
		for _, x := range tt.edges {
			sum += x.facts
		}
		if total != sum {
			t.Errorf("%s: total %d, want %d", tt.name, total, sum)
		}
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

type tripleKey struct{ sub, rel, obj string }

func factsByEdge(facts []graph.Fact) map[tripleKey][]string {
	out := map[tripleKey][]string{}
	for _, f := range facts {
		k := tripleKey{f.Subject, f.Relation, f.Object}
		out[k] = append(out[k], f.ID)
	}
	return out
}

// A capped neighbourhood or whole graph holds at most the cap's facts,
// whole edges of the uncapped one only, says what it cut, and is the
// uncapped one when the cap is not reached.
func TestFactCap(t *testing.T) {
	ctx := context.Background()
	for _, backend := range graphtest.Backends(t) {
		s := graphtest.RandomStore(t, backend)
		type selection func(PathOptions) (*graph.Subgraph, error)
		selections := map[string]selection{
			"depth 2": func(o PathOptions) (*graph.Subgraph, error) {
				return NewGraph(s).Neighborhood(ctx, "country:C01", 2, o, 300)
			},
			"depth 1": func(o PathOptions) (*graph.Subgraph, error) {
				return NewGraph(s).Neighborhood(ctx, "country:C01", 1, o, 300)
			},
			"whole": func(o PathOptions) (*graph.Subgraph, error) { return NewGraph(s).Whole(ctx, o, 0) },
		}
		for name, sel := range selections {
			for _, base := range []PathOptions{{}, {IncludeNegated: true}, {Since: 1960}} {
				full, err := sel(base)
				if err != nil {
					t.Fatal(err)
				}
				if len(full.Facts) < 10 {
					t.Fatalf("%s %s: only %d facts, the cap is not exercised", backend, name, len(full.Facts))
				}
				fullEdges := factsByEdge(full.Facts)
				for _, maxFacts := range []int{1, 5, len(full.Facts) / 2, len(full.Facts) - 1, len(full.Facts), len(full.Facts) + 10} {
					opt := base
					opt.MaxFacts = maxFacts
					label := fmt.Sprintf("%s %s %+v", backend, name, opt)
					got, err := sel(opt)
					if err != nil {
						t.Fatal(err)
					}
					if maxFacts >= len(full.Facts) {
						if !reflect.DeepEqual(got.Facts, full.Facts) || got.Cut != full.Cut {
							t.Errorf("%s: the cap was not reached but the answer changed (cut %q)", label, got.Cut)
						}
						continue
					}
					if len(got.Facts) > maxFacts {
						t.Errorf("%s: %d facts", label, len(got.Facts))
					}
					if !strings.Contains(got.Cut, "--max-facts") {
						t.Errorf("%s: cut %q does not say the facts were capped", label, got.Cut)
					}
					for k, ids := range factsByEdge(got.Facts) {
						if !reflect.DeepEqual(ids, fullEdges[k]) {
							t.Errorf("%s: edge %v kept with facts %v, all of them are %v", label, k, ids, fullEdges[k])
						}
					}
					if !reflect.DeepEqual(got.Entities, full.Entities) {
						t.Errorf("%s: the fact cap changed the entities", label)
					}
				}
			}
		}
	}
}
