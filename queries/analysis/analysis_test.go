package analysis

import (
	"context"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/graphtest"
	"kg/queries"
)

// fact is "A rel B" by doc at confidence c.
func fact(sub, rel, obj, doc string, c float64) graph.Fact {
	f := graph.Fact{Subject: "country:" + sub, Relation: rel, Object: "country:" + obj, Doc: doc, Confidence: c, Evidence: sub + " " + rel + " " + obj}
	f.ID = graph.FactID(&f)
	return f
}

func short(id string) string { return strings.TrimPrefix(id, "country:") }

func TestGroup(t *testing.T) {
	edges := Group([]graph.Fact{
		fact("BBB", "meets", "AAA", "d1", 0.5), fact("AAA", "meets", "BBB", "d2", 0.5), // symmetric: one edge
		fact("AAA", "aid", "BBB", "d1", 0.6), fact("AAA", "aid", "BBB", "d1", 0.9), // one document: its best
		fact("BBB", "aid", "AAA", "d1", 0.7), // the other way: another edge
		{Subject: "country:AAA", Relation: "condemns", Object: "country:BBB", Negated: true, Doc: "d3"},
	})
	var got []string
	for _, e := range edges {
		got = append(got, fmt.Sprintf("%s %s %s docs=%d support=%.2f", short(e.Sub), e.Rel, short(e.Obj), e.Docs, e.Support))
	}
	want := []string{"AAA aid BBB docs=1 support=0.90", "AAA meets BBB docs=2 support=0.75", "BBB aid AAA docs=1 support=0.70"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func edgesOf(t *testing.T, spec string) []*Edge {
	t.Helper()
	var facts []graph.Fact
	for _, e := range strings.Split(spec, ",") {
		p := strings.Fields(e)
		facts = append(facts, fact(p[0], p[1], p[2], "d", 0.8))
	}
	return Group(facts)
}

func TestBetweenness(t *testing.T) {
	tests := []struct {
		name, edges string
		want        map[string]float64
	}{
		{"path", "A meets B,B meets C,C meets D", map[string]float64{"A": 0, "B": 2, "C": 2, "D": 0}},
		{"star", "H aid A,H aid B,H aid C,H aid D", map[string]float64{"H": 6, "A": 0, "B": 0, "C": 0, "D": 0}},
		{"triangle", "A meets B,B meets C,C meets A", map[string]float64{"A": 0, "B": 0, "C": 0}},
		{"square", "A meets B,B meets C,C meets D,D meets A", map[string]float64{"A": 0.5, "B": 0.5, "C": 0.5, "D": 0.5}},
		// Two relations between a pair are one tie.
		{"parallel", "A aid B,A meets B,B aid C", map[string]float64{"A": 0, "B": 1, "C": 0}},
	}
	for _, tt := range tests {
		got := map[string]float64{}
		degree := map[string]int{}
		ranked, sampled := Central(edgesOf(t, tt.edges))
		if sampled {
			t.Errorf("%s: a small graph's betweenness was sampled", tt.name)
		}
		for _, c := range ranked {
			got[short(c.ID)] = c.Betweenness
			degree[short(c.ID)] = c.Degree
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: betweenness %v, want %v", tt.name, got, tt.want)
		}
		if tt.name == "star" && degree["H"] != 4 {
			t.Errorf("star: hub degree %d", degree["H"])
		}
	}
}

func TestBlocs(t *testing.T) {
	directed, symmetric := Blocs(edgesOf(t, "A supports B,B supports C,C supports A,C supports D,E supports F,F supports E,"+
		"X diplomatic_relations Y,Y diplomatic_relations Z,Q meets W"))
	var dir, sym [][]string
	for _, b := range directed {
		dir = append(dir, shorts(b.Members))
	}
	for _, b := range symmetric {
		sym = append(sym, shorts(b.Members))
	}
	if want := [][]string{{"A", "B", "C"}, {"E", "F"}}; !reflect.DeepEqual(dir, want) {
		t.Errorf("directed blocs %v, want %v (D only receives)", dir, want)
	}
	if want := [][]string{{"X", "Y", "Z"}, {"Q", "W"}}; !reflect.DeepEqual(sym, want) {
		t.Errorf("symmetric blocs %v, want %v", sym, want)
	}
	if n := len(directed[0].Edges); n != 3 {
		t.Errorf("the first bloc has %d edges, want 3 (C supports D is outside it)", n)
	}
}

func shorts(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = short(id)
	}
	return out
}

// store writes the facts as one document each into a memory store.
func store(t *testing.T, facts ...graph.Fact) *queries.Graph {
	t.Helper()
	return storeAt(t, "memory:", facts...)
}

func storeAt(t *testing.T, dsn string, facts ...graph.Fact) *queries.Graph {
	t.Helper()
	s, err := graph.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i, f := range facts {
		doc := fmt.Sprintf("doc%d", i)
		f.Doc, f.Sentence = doc, 0
		f.ID = graph.FactID(&f)
		b := &graph.Batch{Doc: graph.Document{ID: doc, Path: "/" + doc, SHA256: doc}, Facts: []graph.Fact{f},
			Entities: []graph.Entity{{ID: f.Subject, Type: graph.TypeCountry, Name: short(f.Subject)}, {ID: f.Object, Type: graph.TypeCountry, Name: short(f.Object)}}}
		if err := s.Put(context.Background(), b); err != nil {
			t.Fatal(err)
		}
	}
	return queries.NewGraph(s)
}

func TestBestSupported(t *testing.T) {
	ctx := context.Background()
	// A–B–D is the shortest, on two weak facts; A–C–E–D is longer but
	// each of its hops is well attested.
	g := store(t, fact("AAA", "aid", "BBB", "", 0.5), fact("BBB", "aid", "DDD", "", 0.5),
		fact("AAA", "aid", "CCC", "", 0.9), fact("CCC", "meets", "EEE", "", 0.9), fact("DDD", "aid", "EEE", "", 0.9))
	p, err := BestSupported(ctx, g, "country:AAA", "country:DDD", queries.PathOptions{})
	if err != nil || p == nil {
		t.Fatalf("path %v, err %v", p, err)
	}
	var hops []string
	for _, h := range p.Path {
		hops = append(hops, fmt.Sprintf("%s-%s-%s %v", short(h.From), h.Relation, short(h.To), h.Forward))
	}
	if want := []string{"AAA-aid-CCC true", "CCC-meets-EEE true", "EEE-aid-DDD false"}; !reflect.DeepEqual(hops, want) {
		t.Errorf("hops %v, want %v", hops, want)
	}
	if math.Abs(p.Support-0.729) > 1e-9 || len(p.Edges) != 3 || len(p.Path[0].Facts) != 1 {
		t.Errorf("support %v, %d edges", p.Support, len(p.Edges))
	}
	shortest, _ := g.ShortestPath(ctx, "country:AAA", "country:DDD", queries.PathOptions{MaxHops: 6})
	if len(shortest) != 2 {
		t.Errorf("the shortest path has %d hops, want 2: the test proves little", len(shortest))
	}
	// Directed: D aid E cannot be walked from E.
	if p, err := BestSupported(ctx, g, "country:AAA", "country:DDD", queries.PathOptions{Directed: true}); err != nil || len(p.Path) != 2 {
		t.Errorf("directed: %v, %v; want A-B-D", p, err)
	}
	if p, err := BestSupported(ctx, g, "country:AAA", "country:ZZZ", queries.PathOptions{}); err != nil || p != nil {
		t.Errorf("unknown end: %v, %v; want none", p, err)
	}
}

func TestTimeline(t *testing.T) {
	ctx := context.Background()
	f := func(sub, rel, obj string, year int, negated bool) graph.Fact {
		x := fact(sub, rel, obj, "", 0.8)
		x.Year, x.Negated = year, negated
		return x
	}
	g := store(t, f("AAA", "diplomatic_relations", "BBB", 1960, false), f("BBB", "diplomatic_relations", "AAA", 1961, true),
		f("AAA", "aid", "BBB", 0, false), f("AAA", "aid", "CCC", 1950, false), f("BBB", "sanctions", "AAA", 1955, false))
	facts, err := Timeline(ctx, g, "country:AAA", "country:BBB", queries.PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range facts {
		got = append(got, fmt.Sprintf("%d %v %s", x.Year, x.Negated, x.Relation))
	}
	want := []string{"1955 false sanctions", "1960 false diplomatic_relations", "1961 true diplomatic_relations", "0 false aid"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	facts, _ = Timeline(ctx, g, "country:AAA", "country:BBB", queries.PathOptions{Since: 1958, Relations: []string{"diplomatic_relations"}})
	if len(facts) != 2 {
		t.Errorf("since 1958, relations broken and restored: %d facts, want 2", len(facts))
	}
}

// The best-supported path is at least as well supported as every other
// path between the two ends, on a random graph with random confidences,
// on every backend.
func TestBestSupportedBeatsEveryPath(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewSource(3))
	var facts []graph.Fact
	for i := 0; i < 60; i++ {
		a, b := r.Intn(15), r.Intn(15)
		if a == b {
			continue
		}
		rel := []string{"aid", "meets", "supports"}[r.Intn(3)]
		facts = append(facts, fact(fmt.Sprintf("C%02d", a), rel, fmt.Sprintf("C%02d", b), "", 0.3+0.7*r.Float64()))
	}
	for _, backend := range graphtest.Backends(t) {
		g := storeAt(t, backend, facts...)
		compared := 0
		for a := 0; a < 15; a += 2 {
			for b := 1; b < 15; b += 3 {
				from, to := fmt.Sprintf("country:C%02d", a), fmt.Sprintf("country:C%02d", b)
				if from == to {
					continue
				}
				best, err := BestSupported(ctx, g, from, to, queries.PathOptions{})
				if err != nil {
					t.Fatal(err)
				}
				all, _, err := g.AllPaths(ctx, from, to, queries.PathOptions{MaxHops: 3, Limit: 500})
				if err != nil {
					t.Fatal(err)
				}
				if (best == nil) != (len(all) == 0) {
					t.Fatalf("%s %s→%s: best %v, %d paths", backend, from, to, best, len(all))
				}
				for _, p := range all {
					if s, _ := PathSupport(p); s > best.Support+1e-9 {
						t.Errorf("%s %s→%s: a path of support %.4f beats the best-supported, %.4f", backend, from, to, s, best.Support)
					}
					compared++
				}
			}
		}
		if compared < 100 {
			t.Errorf("%s: only %d paths compared: the test proves little", backend, compared)
		}
	}
}

// Past exactUpTo entities betweenness is estimated from a sample of
// sources: on two hubs of 1,600 leaves each, joined, the hubs still rank
// first and their estimate is within a tenth of the exact value.
func TestBetweennessSampled(t *testing.T) {
	var facts []graph.Fact
	for i := 0; i < 1600; i++ {
		facts = append(facts, fact("HUBA", "aid", fmt.Sprintf("A%04d", i), "d", 0.8), fact("HUBB", "aid", fmt.Sprintf("B%04d", i), "d", 0.8))
	}
	facts = append(facts, fact("HUBA", "meets", "HUBB", "d", 0.8))
	ranked, sampled := Central(Group(facts))
	if !sampled {
		t.Fatal("3,202 entities were not sampled: the test proves nothing")
	}
	if short(ranked[0].ID)[:3] != "HUB" || short(ranked[1].ID)[:3] != "HUB" {
		t.Errorf("the hubs are not first: %v, %v", ranked[0], ranked[1])
	}
	// Exact: a hub lies on the paths between its 1,600 leaves (C(1600,2)),
	// and between each of them and the 1,601 entities of the other side.
	exact := float64(1600*1599/2 + 1600*1601)
	if got := ranked[0].Betweenness; math.Abs(got-exact) > exact/10 {
		t.Errorf("hub betweenness estimated %.0f, exact %.0f", got, exact)
	}
}
