package queries

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"kg/graph"
	"kg/graph/graphtest"
)

// neighborhoodFromStore is the neighbourhood computed the plain way: the
// edges of each entity from the store's indexes (or its facts), every fact
// of every entity read and kept when both ends are in, entities read one
// by one.
func neighborhoodFromStore(ctx context.Context, t *testing.T, s *graph.Store, center string, depth int, opt PathOptions, maxNodes int) *graph.Subgraph {
	t.Helper()
	dist := map[string]bool{center: true}
	order := []string{center}
	frontier := []string{center}
	cut := false
	for d := 1; d <= depth && len(frontier) > 0 && !cut; d++ {
		var next []string
		for _, n := range frontier {
			es, err := storeEdges(ctx, t, s, n, opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range es {
				if dist[e.To] {
					continue
				}
				if len(order) == maxNodes {
					cut = true
					break
				}
				dist[e.To] = true
				order = append(order, e.To)
				next = append(next, e.To)
			}
			if cut {
				break
			}
		}
		frontier = next
	}
	sg := &graph.Subgraph{Entities: map[string]graph.Entity{}}
	seen := map[string]bool{}
	for _, id := range order {
		e, ok, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			e.Entity = graph.Entity{ID: id, Type: graph.EntityType(id), Name: id}
		}
		sg.Entities[id] = e.Entity
		facts, err := s.Facts(ctx, graph.FactFilter{Entity: id, Relations: opt.Relations, IncludeNegated: opt.IncludeNegated})
		if err != nil {
			t.Fatal(err)
		}
		for i := range facts {
			f := &facts[i]
			if !seen[f.ID] && dist[f.Subject] && dist[f.Object] && opt.yearOK(f) {
				seen[f.ID] = true
				sg.Facts = append(sg.Facts, *f)
			}
		}
	}
	sortFacts(sg.Facts)
	return sg
}

// The neighbourhood walked on the in-memory index, with the facts read
// only between the entities kept, equals the one read from the store.
func TestNeighborhoodMatchesStore(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{"memory:", filepath.Join(t.TempDir(), "kg.db")} {
		s := graphtest.RandomStore(t, backend)
		opts := []PathOptions{{}, {Directed: true}, {Relations: []string{"aid", "meets"}},
			{IncludeNegated: true}, {Since: 1970, Until: 1990}}
		for _, center := range []string{"country:C01", "country:C07", "country:C29"} {
			for _, depth := range []int{1, 2, 3} {
				for _, opt := range opts {
					for _, maxNodes := range []int{5, 300} {
						got, err := NewGraph(s).Neighborhood(ctx, center, depth, opt, maxNodes)
						if err != nil {
							t.Fatal(err)
						}
						want := neighborhoodFromStore(ctx, t, s, center, depth, opt, maxNodes)
						name := fmt.Sprintf("%s %s depth %d %+v max %d", backend, center, depth, opt, maxNodes)
						if !reflect.DeepEqual(got.Entities, want.Entities) {
							t.Errorf("%s: entities\n got %v\nwant %v", name, got.Entities, want.Entities)
						}
						if !reflect.DeepEqual(got.Facts, want.Facts) {
							t.Errorf("%s: %d facts, want %d", name, len(got.Facts), len(want.Facts))
						}
					}
				}
			}
		}
	}
}

// Whole, capped or not, keeps exactly the facts between kept entities.
func TestWholeMatchesFacts(t *testing.T) {
	ctx := context.Background()
	s := graphtest.RandomStore(t, "memory:")
	all, err := s.Facts(ctx, graph.FactFilter{})
	if err != nil {
		t.Fatal(err)
	}
	sg, err := NewGraph(s).Whole(ctx, PathOptions{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	sortFacts(all)
	if !reflect.DeepEqual(sg.Facts, all) || sg.Cut != "" {
		t.Errorf("whole graph: %d facts, want %d (cut %q)", len(sg.Facts), len(all), sg.Cut)
	}
	sg, err = NewGraph(s).Whole(ctx, PathOptions{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(sg.Entities) != 10 || sg.Cut == "" {
		t.Errorf("capped: %d entities, cut %q", len(sg.Entities), sg.Cut)
	}
	for _, f := range sg.Facts {
		if _, ok := sg.Entities[f.Subject]; !ok {
			t.Errorf("fact %s: subject %s not kept", f.ID, f.Subject)
		}
		if _, ok := sg.Entities[f.Object]; !ok {
			t.Errorf("fact %s: object %s not kept", f.ID, f.Object)
		}
	}
}
