package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"kg/exports"
	"kg/graph"
)

// A diagram past exports.LargeEdges is drawn with sfdp unless a layout
// was asked for; a small one keeps the default dot.
func TestDrawLayout(t *testing.T) {
	big := &graph.Subgraph{Entities: map[string]graph.Entity{}}
	for i := 0; i <= exports.LargeEdges; i++ {
		big.Facts = append(big.Facts, graph.Fact{ID: "fact:" + strconv.Itoa(i), Subject: "country:AAA", Relation: "aid", Object: "country:C" + strconv.Itoa(i)})
	}
	small := &graph.Subgraph{Facts: big.Facts[:3]}
	var errw bytes.Buffer
	a := &app{streams: streams{Err: &errw}}
	unset := func() bool { return false }
	set := func() bool { return true }
	tests := []struct {
		sg   *graph.Subgraph
		f    drawFlags
		want string
	}{
		{big, drawFlags{layout: "dot", layoutSet: unset}, "sfdp"},
		{big, drawFlags{layout: "dot", layoutSet: set}, "dot"},
		{big, drawFlags{layout: "neato", layoutSet: set}, "neato"},
		{small, drawFlags{layout: "dot", layoutSet: unset}, "dot"},
	}
	for i, tt := range tests {
		errw.Reset()
		if got := a.drawLayout(tt.sg, tt.f); got != tt.want {
			t.Errorf("case %d: layout %q, want %q", i, got, tt.want)
		}
		if said := strings.Contains(errw.String(), "sfdp"); said != (tt.want == "sfdp") {
			t.Errorf("case %d: message %q", i, errw.String())
		}
	}
}
