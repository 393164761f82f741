package exports

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"unicode"

	"kg/graph"
)

func fuzzGraph(name, evidence string) *graph.Subgraph {
	sg := hostile()
	sg.Entities["org:fuzz"] = graph.Entity{ID: "org:fuzz", Type: graph.TypeOrganization, Name: name, Aliases: []string{name}}
	sg.Facts = append(sg.Facts, graph.Fact{ID: "fact:fuzz", Subject: "org:fuzz", Relation: "supports", Object: "country:CUB",
		Doc: name, Evidence: evidence, Unit: name, Item: evidence, Confidence: 0.5})
	return sg
}

// FuzzExporters: whatever the names and evidence, every format stays
// parseable: DOT quotes balance, CSV parses with the same row width, GraphML
// is well-formed XML, JSON Lines lines are JSON.
func FuzzExporters(f *testing.F) {
	f.Add("\"]; evil -> x [label=\"", "line\nbreak \\ <script>")
	f.Add("=cmd|' /C calc'!A0", "\u202e\u200b{}<>")
	f.Fuzz(func(t *testing.T, name, evidence string) {
		sg := fuzzGraph(name, evidence)
		var dot bytes.Buffer
		if err := WriteDOT(&dot, sg, DOTOptions{Title: name}); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(dot.String(), "\n") {
			unescaped := strings.ReplaceAll(strings.ReplaceAll(line, `\\`, ""), `\"`, "")
			if strings.Count(unescaped, `"`)%2 != 0 {
				t.Fatalf("unbalanced DOT quoting: %q", line)
			}
		}
		var nodes, rels bytes.Buffer
		w, _ := NewNeo4jWriter(&nodes, &rels)
		for _, e := range sg.Entities {
			w.WriteEntity(e)
		}
		for _, fact := range sg.Facts {
			w.WriteFact(fact)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		for _, buf := range []*bytes.Buffer{&nodes, &rels} {
			if _, err := csv.NewReader(buf).ReadAll(); err != nil {
				t.Fatalf("CSV does not parse back: %v", err)
			}
		}
		var gml bytes.Buffer
		if err := WriteGraphML(&gml, sg); err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(&gml)
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("GraphML: %v", err)
			}
		}
		var jl bytes.Buffer
		jw := NewJSONLWriter(&jl, sg.Entities)
		for _, fact := range sg.Facts {
			jw.Write(fact)
		}
		for _, line := range strings.Split(strings.TrimSpace(jl.String()), "\n") {
			if !json.Valid([]byte(line)) {
				t.Fatalf("not JSON: %s", line)
			}
		}
	})
}

// FuzzNQuads: a document whose text is anything survives an N-Quads round
// trip unchanged.
func FuzzNQuads(f *testing.F) {
	f.Add("\"quoted\" \\ <iri> \n\t", "doc")
	f.Fuzz(func(t *testing.T, text, docID string) {
		// Document ids come from file names with the characters an IRI
		// cannot hold replaced (ingest.newDocID); so here.
		if !utf8Valid(text) || docID == "" || !utf8Valid(docID) || strings.IndexFunc(docID, func(r rune) bool {
			return !unicode.IsPrint(r) || r == ' ' || strings.ContainsRune("<>\"{}|^`\\", r)
		}) >= 0 {
			return
		}
		ctx := context.Background()
		src, _ := graph.Open("memory:")
		defer src.Close()
		b := &graph.Batch{Doc: graph.Document{ID: docID, Path: text, SHA256: "x", Title: text},
			Facts:    []graph.Fact{{Subject: "country:CUB", Relation: "aid", Object: "country:PRK", Doc: docID, Evidence: text, Unit: text}},
			Entities: []graph.Entity{{ID: "country:CUB", Type: "Country", Name: text}, {ID: "country:PRK", Type: "Country", Name: "North Korea"}}}
		b.Facts[0].ID = graph.FactID(&b.Facts[0])
		if err := src.Put(ctx, b); err != nil {
			t.Fatal(err)
		}
		var nq bytes.Buffer
		if _, err := WriteNQuads(ctx, &nq, src); err != nil {
			t.Fatal(err)
		}
		dst, _ := graph.Open("memory:")
		defer dst.Close()
		if _, _, err := ReadNQuads(ctx, bytes.NewReader(nq.Bytes()), dst); err != nil {
			t.Fatalf("read back: %v\n%s", err, nq.String())
		}
		want, _ := src.Facts(ctx, graph.FactFilter{IncludeNegated: true})
		got, _ := dst.Facts(ctx, graph.FactFilter{IncludeNegated: true})
		if len(got) != 1 || got[0].Evidence != want[0].Evidence || got[0].Unit != want[0].Unit {
			t.Fatalf("round trip changed the fact:\n got %+v\nwant %+v", got, want)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
