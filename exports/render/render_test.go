package render

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"kg/exports"
	"kg/graph"
)

func TestRendererNative(t *testing.T) {
	for path, want := range map[string]bool{"/usr/bin/dot": true, "/home/u/bin/kg-graphviz": false, "": false} {
		if got := (&Renderer{Path: path}).Native(); got != want {
			t.Errorf("Native(%q) = %v, want %v", path, got, want)
		}
	}
}

// A diagram past exports.LargeEdges is drawn with sfdp unless a layout
// was asked for; a small one keeps the default dot.
func TestChooseLayout(t *testing.T) {
	big := &graph.Subgraph{Entities: map[string]graph.Entity{}}
	for i := 0; i <= exports.LargeEdges; i++ {
		big.Facts = append(big.Facts, graph.Fact{ID: "fact:" + strconv.Itoa(i), Subject: "country:AAA", Relation: "aid", Object: "country:C" + strconv.Itoa(i)})
	}
	small := &graph.Subgraph{Facts: big.Facts[:3]}
	tests := []struct {
		sg   *graph.Subgraph
		opt  Options
		want string
	}{
		{big, Options{Layout: "dot"}, "sfdp"},
		{big, Options{}, "sfdp"},
		{big, Options{Layout: "dot", LayoutAsked: true}, "dot"},
		{big, Options{Layout: "neato", LayoutAsked: true}, "neato"},
		{small, Options{Layout: "dot"}, "dot"},
		{small, Options{}, "dot"},
	}
	for i, tt := range tests {
		var said []string
		tt.opt.Notify = func(msg string) { said = append(said, msg) }
		if got := ChooseLayout(tt.sg, tt.opt); got != tt.want {
			t.Errorf("case %d: layout %q, want %q", i, got, tt.want)
		}
		if told := strings.Contains(strings.Join(said, " "), "sfdp"); told != (tt.want == "sfdp") {
			t.Errorf("case %d: told %q", i, said)
		}
	}
}

// DOT is written as exports.WriteDOT writes it, with the layout chosen.
func TestDrawDOT(t *testing.T) {
	sg := &graph.Subgraph{Entities: map[string]graph.Entity{"country:AAA": {ID: "country:AAA", Type: graph.TypeCountry, Name: "AAA"},
		"country:BBB": {ID: "country:BBB", Type: graph.TypeCountry, Name: "BBB"}},
		Facts: []graph.Fact{{ID: "fact:1", Subject: "country:AAA", Relation: "aid", Object: "country:BBB"}}}
	var got, want bytes.Buffer
	if err := Draw(context.Background(), &got, sg, Options{Format: "dot", Title: "t"}); err != nil {
		t.Fatal(err)
	}
	if err := exports.WriteDOT(&want, sg, exports.DOTOptions{Title: "t", Layout: "dot"}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("Draw wrote\n%s\nwant\n%s", got.String(), want.String())
	}
}
