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
		maxEdges int
		want     string // the kept edges' relations
		kept     int
	}{
		{"no cap", []edgeRank{e("a", 2, 5), e("b", 0, 1)}, 0, 0, "a b", 6},
		{"all fit", []edgeRank{e("a", 2, 5), e("b", 0, 1)}, 6, 2, "a b", 6},
		{"nearest first", []edgeRank{e("far", 1, 3), e("near", 0, 3)}, 3, 0, "near", 3},
		{"most evidenced among equally near", []edgeRank{e("weak", 1, 1), e("strong", 1, 4), e("mid", 1, 2)}, 6, 0, "strong mid", 6},
		{"an edge too large is passed over", []edgeRank{e("big", 0, 10), e("small", 1, 2)}, 5, 0, "small", 2},
		{"edges whole, never split", []edgeRank{e("a", 0, 3), e("b", 0, 3)}, 5, 0, "a", 3},
		{"ties by name", []edgeRank{e("y", 0, 2), e("x", 0, 2)}, 2, 0, "x", 2},
		{"nothing fits", []edgeRank{e("a", 0, 3)}, 2, 0, "", 0},
		// Edges counted as edges, however many facts repeat them.
		{"edge cap", []edgeRank{e("heavy", 0, 150), e("light", 1, 1), e("far", 2, 1)}, 0, 2, "heavy light", 151},
		{"edge and fact caps", []edgeRank{e("heavy", 0, 150), e("light", 1, 1), e("far", 2, 1)}, 10, 1, "light", 1},
	}
	for _, tt := range tests {
		keep, kept, total := keepEdges(tt.edges, tt.maxFacts, tt.maxEdges)
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
					checkNoIsolated(t, label, got, full)
				}
			}
		}
	}
}

// checkNoIsolated: a capped selection keeps only entities of the full
// one, and each of them (the centre aside) still has a fact: no node is
// drawn without the edges it came with.
func checkNoIsolated(t *testing.T, label string, got, full *graph.Subgraph) {
	t.Helper()
	named := map[string]bool{"country:C01": true} // the centre of the neighbourhoods
	for _, f := range got.Facts {
		named[f.Subject], named[f.Object] = true, true
	}
	for id := range got.Entities {
		if _, ok := full.Entities[id]; !ok {
			t.Errorf("%s: entity %s is not in the uncapped selection", label, id)
		}
		if !named[id] {
			t.Errorf("%s: entity %s kept without any of its facts", label, id)
		}
	}
}

// The edge cap counts edges, not facts, and keeps no entity alone.
func TestEdgeCap(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, "memory:")
	g := NewGraph(s)
	full, err := g.Neighborhood(ctx, "country:C01", 2, PathOptions{}, 300)
	if err != nil {
		t.Fatal(err)
	}
	edges := len(factsByEdge(full.Facts))
	for _, maxEdges := range []int{1, 3, edges / 2, edges} {
		got, err := g.Neighborhood(ctx, "country:C01", 2, PathOptions{MaxEdges: maxEdges}, 300)
		if err != nil {
			t.Fatal(err)
		}
		label := fmt.Sprintf("max %d of %d edges", maxEdges, edges)
		if n := len(factsByEdge(got.Facts)); n != maxEdges {
			t.Errorf("%s: %d edges kept", label, n)
		}
		if (got.Cut != "") != (maxEdges < edges) || maxEdges < edges && !strings.Contains(got.Cut, "--max-edges") {
			t.Errorf("%s: cut %q", label, got.Cut)
		}
		checkNoIsolated(t, label, got, full)
	}
}

// The backbone keeps the maximum spanning forest of the entity pairs,
// weighted by facts: the weakest tie of a triangle goes, another
// component stays, every relation of a kept pair stays.
func TestForest(t *testing.T) {
	e := func(sub, rel, obj string, facts int) edgeRank {
		return edgeRank{sub: sub, rel: rel, obj: obj, facts: facts}
	}
	es := []edgeRank{e("A", "aid", "B", 3), e("A", "meets", "B", 1), e("B", "aid", "C", 2), e("A", "meets", "C", 1), e("X", "aid", "Y", 1)}
	keep := forest(es)
	var got []string
	for i, ok := range keep {
		if ok {
			got = append(got, es[i].sub+" "+es[i].rel+" "+es[i].obj)
		}
	}
	if want := []string{"A aid B", "A meets B", "B aid C", "X aid Y"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("kept %q, want %q", got, want)
	}
	for i := 0; i < 5; i++ {
		if again := forest(es); fmt.Sprint(again) != fmt.Sprint(keep) {
			t.Fatal("the forest differs from run to run")
		}
	}
}

// A backbone neighbourhood is a forest of the full one's pairs, and no
// entity of it is left without an edge.
func TestBackboneNeighborhood(t *testing.T) {
	ctx := context.Background()
	g := NewGraph(graphtest.RandomStore(t, "memory:"))
	full, err := g.Neighborhood(ctx, "country:C01", 2, PathOptions{}, 300)
	if err != nil {
		t.Fatal(err)
	}
	bb, err := g.Neighborhood(ctx, "country:C01", 2, PathOptions{Backbone: true}, 300)
	if err != nil {
		t.Fatal(err)
	}
	pairs := map[[2]string]bool{}
	for _, f := range bb.Facts {
		pairs[[2]string{min(f.Subject, f.Object), max(f.Subject, f.Object)}] = true
	}
	if len(pairs) >= len(bb.Entities) || bb.EdgesCut == 0 || !strings.Contains(bb.Cut, "backbone") {
		t.Errorf("%d pairs among %d entities, %d edges cut (%q): not a forest of a cut graph", len(pairs), len(bb.Entities), bb.EdgesCut, bb.Cut)
	}
	checkNoIsolated(t, "backbone", bb, full)
}
