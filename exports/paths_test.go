package exports

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"kg/graph"
	"kg/queries"
)

func TestWritePathsJSON(t *testing.T) {
	ents := map[string]graph.Entity{
		"country:AAA": {ID: "country:AAA", Type: graph.TypeCountry, Name: "Aland"},
		"country:BBB": {ID: "country:BBB", Type: graph.TypeCountry, Name: "Bland"},
	}
	f := graph.Fact{ID: "fact:1", Subject: "country:BBB", Relation: "aid", Object: "country:AAA", Year: 1970, Doc: "d", Evidence: "Bland aided Aland."}
	paths := []queries.Path{{{From: "country:AAA", To: "country:BBB", Relation: "aid", Forward: false, Facts: []graph.Fact{f}}}}
	var b bytes.Buffer
	if err := WritePathsJSON(&b, paths, true, ents); err != nil {
		t.Fatal(err)
	}
	var got PathsJSON
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if !got.Truncated || len(got.Paths) != 1 || len(got.Paths[0]) != 1 || len(got.Entities) != 2 {
		t.Fatalf("got %+v", got)
	}
	h := got.Paths[0][0]
	if h.From != "country:AAA" || h.Forward || len(h.Facts) != 1 || h.Facts[0].Evidence != f.Evidence || h.Facts[0].Year != 1970 {
		t.Errorf("hop %+v", h)
	}
	b.Reset()
	if err := WritePathsJSON(&b, nil, false, ents); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil || got.Paths == nil || len(got.Paths) != 0 {
		t.Errorf("no paths: %s (want an empty list, not null)", b.String())
	}
}

// The centre of a neighbourhood and the start of paths stand out, and
// paths run left to right from their start.
func TestDOTFocus(t *testing.T) {
	sg := &graph.Subgraph{Entities: map[string]graph.Entity{
		"country:AAA": {ID: "country:AAA", Type: graph.TypeCountry, Name: "Aland"},
		"country:BBB": {ID: "country:BBB", Type: graph.TypeCountry, Name: "Bland"},
	}, Facts: []graph.Fact{{ID: "fact:1", Subject: "country:BBB", Relation: "aid", Object: "country:AAA"}}}
	for _, tt := range []struct {
		opt        DOTOptions
		bold, rank bool
	}{
		{DOTOptions{}, false, false},
		{DOTOptions{Center: "country:AAA"}, true, false},
		{DOTOptions{Start: "country:AAA"}, true, true},
	} {
		var b bytes.Buffer
		if err := WriteDOT(&b, sg, tt.opt); err != nil {
			t.Fatal(err)
		}
		dot := b.String()
		aaa := dot[strings.Index(dot, `"country:AAA" [`):]
		aaa = aaa[:strings.Index(aaa, "\n")]
		if strings.Contains(aaa, "penwidth=3") != tt.bold || strings.Contains(dot, `rank=source; "country:AAA"`) != tt.rank {
			t.Errorf("%+v: node %s; rank=source %v", tt.opt, aaa, strings.Contains(dot, "rank=source"))
		}
		if strings.Contains(dot[strings.Index(dot, `"country:BBB" [`):], "penwidth=3,") {
			t.Errorf("%+v: the other node is highlighted too", tt.opt)
		}
	}
}
