package queries

import (
	"context"
	"strings"
	"testing"

	"kg/gazetteer"
	"kg/graph"
	"kg/graph/graphtest"
)

// chain builds A -aid-> B -arms_transfer-> C -meets- D, A -condemns-> D
// (negated), with years, in a memory store. Every fact is at confidence
// 0.9 but A supports C, at 0.55.
func chain(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open("memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	facts := []graph.Fact{
		{Subject: "country:AAA", Relation: "aid", Object: "country:BBB", Year: 1970},
		{Subject: "country:BBB", Relation: "arms_transfer", Object: "country:CCC", Year: 1985},
		{Subject: "country:CCC", Relation: "meets", Object: "country:DDD", Year: 2000},
		{Subject: "country:AAA", Relation: "condemns", Object: "country:DDD", Negated: true},
		{Subject: "country:AAA", Relation: "supports", Object: "country:CCC", Year: 1999},
	}
	b := &graph.Batch{Doc: graph.Document{ID: "d", Path: "/d.txt", SHA256: "x"}}
	seen := map[string]bool{}
	for i := range facts {
		f := &facts[i]
		f.Doc = "d"
		f.Sentence = i
		f.Evidence = f.Subject + " " + f.Relation + " " + f.Object
		f.Confidence = 0.9
		if f.Relation == "supports" {
			f.Confidence = 0.55
		}
		f.ID = graph.FactID(f)
		for _, id := range []string{f.Subject, f.Object} {
			if !seen[id] {
				seen[id] = true
				b.Entities = append(b.Entities, graph.Entity{ID: id, Type: graph.TypeCountry, Name: id[8:]})
			}
		}
	}
	b.Facts = facts
	if err := s.Put(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return s
}

func hops(p Path) string {
	var parts []string
	for _, h := range p {
		dir := ">"
		if !h.Forward {
			dir = "<"
		}
		parts = append(parts, h.From[8:]+dir+h.Relation+dir+h.To[8:])
	}
	return strings.Join(parts, " ")
}

func TestShortestPath(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	tests := []struct {
		name     string
		from, to string
		opt      PathOptions
		want     string
	}{
		{"undirected shortest", "country:DDD", "country:AAA", PathOptions{}, "DDD<meets<CCC CCC<supports<AAA"},
		{"negated never followed", "country:AAA", "country:DDD", PathOptions{MaxHops: 1}, ""},
		{"negated on request", "country:AAA", "country:DDD", PathOptions{MaxHops: 1, IncludeNegated: true}, "AAA>condemns>DDD"},
		{"relations filter", "country:AAA", "country:CCC", PathOptions{Relations: []string{"aid", "arms_transfer"}}, "AAA>aid>BBB BBB>arms_transfer>CCC"},
		{"years", "country:AAA", "country:CCC", PathOptions{Until: 1990}, "AAA>aid>BBB BBB>arms_transfer>CCC"},
		{"directed blocks reverse", "country:CCC", "country:AAA", PathOptions{Directed: true}, ""},
		{"confidence bound", "country:AAA", "country:CCC", PathOptions{MinConfidence: 0.8}, "AAA>aid>BBB BBB>arms_transfer>CCC"},
		{"confidence bound met", "country:AAA", "country:CCC", PathOptions{MinConfidence: 0.5}, "AAA>supports>CCC"},
		{"hop bound", "country:AAA", "country:DDD", PathOptions{MaxHops: 1}, ""},
	}
	for _, tt := range tests {
		p, err := NewGraph(s).ShortestPath(ctx, tt.from, tt.to, tt.opt)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := hops(p); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		for _, h := range p {
			if len(h.Facts) == 0 {
				t.Errorf("%s: hop %v has no evidence", tt.name, h)
			}
		}
	}
}

func TestAllPaths(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	paths, cut, err := NewGraph(s).AllPaths(ctx, "country:AAA", "country:CCC", PathOptions{MaxHops: 3})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range paths {
		got = append(got, hops(p))
	}
	want := "AAA>supports>CCC | AAA>aid>BBB BBB>arms_transfer>CCC"
	if strings.Join(got, " | ") != want || cut {
		t.Errorf("got %q (cut %v), want %q", strings.Join(got, " | "), cut, want)
	}
	paths, cut, _ = NewGraph(s).AllPaths(ctx, "country:AAA", "country:CCC", PathOptions{MaxHops: 3, Limit: 1})
	if len(paths) != 1 || !cut {
		t.Errorf("limit 1: %d paths, cut %v", len(paths), cut)
	}
	paths, _, _ = NewGraph(s).AllPaths(ctx, "country:AAA", "country:CCC", PathOptions{MaxHops: 3, MinConfidence: 0.8})
	if len(paths) != 1 || hops(paths[0]) != "AAA>aid>BBB BBB>arms_transfer>CCC" {
		t.Errorf("min confidence 0.8: %d paths, want only the one without supports", len(paths))
	}
	if _, _, err := NewGraph(s).AllPaths(ctx, "country:AAA", "country:CCC", PathOptions{}); err == nil {
		t.Error("all paths without a hop bound should be refused")
	}
}

func TestNeighborhood(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	sg, err := NewGraph(s).Neighborhood(ctx, "country:AAA", 1, PathOptions{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(sg.Entities) != 3 || len(sg.Facts) != 3 {
		t.Errorf("depth 1: %d entities, %d facts; want 3 and 3 (AAA, BBB, CCC and every fact among them)", len(sg.Entities), len(sg.Facts))
	}
	// Below the confidence bound, A supports C is neither followed nor
	// drawn: C is two hops away.
	sg, err = NewGraph(s).Neighborhood(ctx, "country:AAA", 1, PathOptions{MinConfidence: 0.8}, 0)
	if err != nil || len(sg.Entities) != 2 || len(sg.Facts) != 1 {
		t.Errorf("min confidence 0.8, depth 1: %d entities, %d facts, %v; want A and B, A aid B", len(sg.Entities), len(sg.Facts), err)
	}
	sg, err = NewGraph(s).Whole(ctx, PathOptions{MinConfidence: 0.8}, 0)
	if err != nil || len(sg.Facts) != 3 {
		t.Errorf("whole graph at 0.8: %d facts, %v; want 3 (aid, arms_transfer, meets)", len(sg.Facts), err)
	}
	sg, _ = NewGraph(s).Neighborhood(ctx, "country:AAA", 3, PathOptions{}, 2)
	if len(sg.Entities) != 2 || sg.Cut == "" {
		t.Errorf("max-nodes 2: %d entities, cut %q", len(sg.Entities), sg.Cut)
	}
}

func TestResolve(t *testing.T) {
	s := chain(t)
	ctx := context.Background()
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		gaz      *gazetteer.Gazetteer
		id       string // "" when an error is wanted
		errSays  string
		errLacks string
	}{
		{"aaa", nil, "country:AAA", "", ""},
		{"country:BBB", gaz, "country:BBB", "", ""},
		{"AAB", nil, "", "closest: AAA (country:AAA)", ""},
		// A country kg knows that no document of the store names.
		{"Germany", gaz, "", "Germany (country:DEU) is a country kg knows, but no fact in this store mentions it", "closest"},
		// Far from every stored name: no far-fetched suggestions.
		{"Zyxwvutsrq", gaz, "", `no entity named "Zyxwvutsrq" in the store`, "closest"},
	}
	for _, tt := range tests {
		id, err := Resolve(ctx, s, tt.gaz, tt.name)
		switch {
		case tt.id != "" && (err != nil || id != tt.id):
			t.Errorf("Resolve(%q) = %q, %v; want %s", tt.name, id, err, tt.id)
		case tt.id == "" && (err == nil || !strings.Contains(err.Error(), tt.errSays)):
			t.Errorf("Resolve(%q): %v; want an error saying %q", tt.name, err, tt.errSays)
		case tt.id == "" && tt.errLacks != "" && strings.Contains(err.Error(), tt.errLacks):
			t.Errorf("Resolve(%q): %v; should not say %q", tt.name, err, tt.errLacks)
		}
	}
}

// --directed follows subject to object, but a symmetric relation (meets:
// C meets D) has no direction: D reaches C through it, from the index and
// from the facts (years bound the query to the facts).
func TestDirectedFollowsSymmetricBothWays(t *testing.T) {
	ctx := context.Background()
	s := chain(t)
	for _, opt := range []PathOptions{{Directed: true}, {Directed: true, Since: 1900}} {
		p, err := NewGraph(s).ShortestPath(ctx, "country:DDD", "country:CCC", opt)
		if err != nil || hops(p) != "DDD<meets<CCC" {
			t.Errorf("%+v: DDD to CCC: %q, %v; want the meets edge walked backwards", opt, hops(p), err)
		}
		p, err = NewGraph(s).ShortestPath(ctx, "country:CCC", "country:AAA", opt)
		if err != nil || p != nil {
			t.Errorf("%+v: CCC to AAA: %q, %v; want no path (supports is directed)", opt, hops(p), err)
		}
	}
}

// storeEdges lists the relation edges at an entity the plain way: from
// the store's own indexes, or from the facts when the options need them.
func storeEdges(ctx context.Context, t *testing.T, s *graph.Store, node string, opt PathOptions) ([]Edge, error) {
	if opt.needFacts() {
		return factEdges(ctx, s, node, opt)
	}
	var out []Edge
	for _, e := range graphtest.EdgesAt(t, s, node, opt.Relations, opt.Directed) {
		out = append(out, Edge{To: e.To, Relation: e.Relation, Forward: e.Forward})
	}
	return out, nil
}
