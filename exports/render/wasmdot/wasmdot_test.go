package wasmdot

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"kg/exports"
	"kg/exports/render"
	"kg/graph"
)

// hostile names try to smuggle markup through a diagram.
func hostile() *graph.Subgraph {
	return &graph.Subgraph{
		Entities: map[string]graph.Entity{
			"country:PRK": {ID: "country:PRK", Type: graph.TypeCountry, Name: "North Korea"},
			"org:evil":    {ID: "org:evil", Type: graph.TypeOrganization, Name: "\"Quoted\" \\ <b>{x}</b> \"]"},
			"event:x":     {ID: "event:x", Type: graph.TypeEvent, Name: "war\u200b\u202e<script>alert(1)</script>"},
		},
		Facts: []graph.Fact{
			{ID: "fact:1", Subject: "org:evil", Relation: "supports", Object: "country:PRK", Doc: "x\"y",
				Evidence: "line1\nline2 \\n <svg onload=alert(1)> @SUM(A1)"},
			{ID: "fact:2", Subject: "country:PRK", Relation: "participated_in", Object: "event:x", Doc: "d", Evidence: "=1+2"},
		},
	}
}

func TestSVGHasNoScriptFromDocuments(t *testing.T) {
	var dot, svg bytes.Buffer
	if err := exports.WriteDOT(&dot, hostile(), exports.DOTOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := Render(dot.Bytes(), "dot", "svg", &svg); err != nil {
		t.Fatal(err)
	}
	out := svg.String()
	if !strings.Contains(out, "<svg") {
		t.Fatalf("not an SVG: %.200s", out)
	}
	// Walk the XML: no script element, no event-handler attribute, and
	// the document's "<script>" appears only as escaped text.
	d := xml.NewDecoder(strings.NewReader(out))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("the SVG is not well-formed XML: %v", err)
			}
			break
		}
		if el, ok := tok.(xml.StartElement); ok {
			if strings.EqualFold(el.Name.Local, "script") {
				t.Error("the SVG has a script element")
			}
			for _, a := range el.Attr {
				if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					t.Errorf("the SVG has an event attribute %s=%q", a.Name.Local, a.Value)
				}
			}
		}
	}
}

func TestLayoutsAndPNG(t *testing.T) {
	dot := []byte(`digraph { a -> b; b -> c; c -> a }`)
	for _, layout := range render.Layouts {
		var out bytes.Buffer
		if err := Render(dot, layout, "svg", &out); err != nil || !strings.Contains(out.String(), "<svg") {
			t.Errorf("layout %s: %v", layout, err)
		}
	}
	var png bytes.Buffer
	if err := Render(dot, "dot", "png", &png); err != nil || !bytes.HasPrefix(png.Bytes(), []byte("\x89PNG")) {
		t.Errorf("png: %v (%d bytes)", err, png.Len())
	}
	if err := Render([]byte("digraph { a -> "), "dot", "svg", &png); err == nil {
		t.Error("broken DOT rendered without error")
	}
}

// BenchmarkRender300 renders a 300-node graph laid out with sfdp.
func BenchmarkRender300(b *testing.B) {
	var dot strings.Builder
	dot.WriteString("digraph {\n")
	for i := 0; i < 300; i++ {
		dot.WriteString("  n" + strconv.Itoa(i) + " -> n" + strconv.Itoa((i*7+1)%300) + ";\n")
	}
	dot.WriteString("}\n")
	for i := 0; i < b.N; i++ {
		var out bytes.Buffer
		if err := Render([]byte(dot.String()), "sfdp", "svg", &out); err != nil {
			b.Fatal(err)
		}
	}
}
