package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func ingestSeeds(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", "-q", seeds(t)); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	return db
}

func TestNQuadsRoundTrip(t *testing.T) {
	db := ingestSeeds(t)
	nq := filepath.Join(t.TempDir(), "kg.nq")
	if code, _, errs := kg(t, "--db", db, "export", "nquads", "-o", nq); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	copyDB := filepath.Join(t.TempDir(), "copy.db")
	if code, out, errs := kg(t, "--db", copyDB, "import", "nquads", nq); code != 0 || !strings.Contains(out, "imported 2 documents") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	_, want, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
	_, got, _ := kg(t, "--db", copyDB, "facts", "--format", "jsonl")
	if got != want || len(want) < 1000 {
		t.Errorf("facts differ after the round trip (%d vs %d bytes)", len(got), len(want))
	}
	_, wantDocs, _ := kg(t, "--db", db, "docs")
	_, gotDocs, _ := kg(t, "--db", copyDB, "docs")
	if gotDocs != wantDocs {
		t.Errorf("documents differ after the round trip:\n%s\n%s", gotDocs, wantDocs)
	}
}

func TestExportsFromCLI(t *testing.T) {
	db := ingestSeeds(t)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export", "dot", "--path", "North Korea", "Angola", "-o", filepath.Join(dir, "path.dot")},
		{"export", "svg", "--center", "North Korea", "--depth", "1", "-o", filepath.Join(dir, "nk.svg")},
		{"export", "svg", "--relations", "arms_transfer,military_support", "-o", filepath.Join(dir, "arms.svg")},
		{"export", "neo4j", "-o", filepath.Join(dir, "neo4j")},
		{"export", "graphml", "-o", filepath.Join(dir, "kg.graphml")},
		{"export", "jsonl", "-o", filepath.Join(dir, "kg.jsonl")},
	} {
		code, _, errs := kg(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, errs)
		}
	}
	dot, _ := os.ReadFile(filepath.Join(dir, "path.dot"))
	if !strings.Contains(string(dot), `"country:PRK"`) || !strings.Contains(string(dot), `"country:AGO"`) {
		t.Errorf("path diagram lacks its ends:\n%s", dot)
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "nk.svg"))
	if !strings.Contains(string(svg), "<svg") || !strings.Contains(string(svg), "North Korea") {
		t.Error("the neighbourhood SVG is not a diagram of North Korea")
	}
	if code, _, errs := kg(t, "--db", db, "export", "neo4j"); code == 0 || !strings.Contains(errs, "-o DIR") {
		t.Errorf("neo4j without -o: %d %s", code, errs)
	}
	if code, _, errs := kg(t, "--db", db, "export", "svg", "--layout", "nope"); code == 0 || !strings.Contains(errs, "layout") {
		t.Errorf("bad layout: %d %s", code, errs)
	}
}

func TestPathAndNeighborsFormats(t *testing.T) {
	db := ingestSeeds(t)
	code, out, errs := kg(t, "--db", db, "path", "DPRK", "Syria", "--all", "--max-hops", "3")
	if code != 0 || !strings.Contains(out, "path 1:") {
		t.Errorf("path --all: %d %s %s", code, out, errs)
	}
	code, out, _ = kg(t, "--db", db, "path", "North Korea", "Angola", "--format", "json")
	if code != 0 || !strings.Contains(out, `"paths"`) || !strings.Contains(out, `"evidence"`) {
		t.Errorf("path json: %s", out)
	}
	code, out, _ = kg(t, "--db", db, "neighbors", "Cuba", "--depth", "2", "--relations", "diplomatic_relations")
	if code != 0 || !strings.Contains(out, "diplomatic_relations") {
		t.Errorf("neighbors: %s", out)
	}
}

func TestQuery(t *testing.T) {
	db := ingestSeeds(t)
	code, out, errs := kg(t, "--db", db, "query", `g.V("<country:PRK>").Out("<rel:arms_transfer>").All()`)
	if code != 0 || !strings.Contains(out, "<country:CUB>") {
		t.Errorf("gizmo: %d %s %s", code, out, errs)
	}
	start := time.Now()
	code, _, errs = kg(t, "--db", db, "query", "--timeout", "300ms", `while (true) {}`)
	if code == 0 || !strings.Contains(errs, "--timeout") {
		t.Errorf("endless query: exit %d: %s", code, errs)
	}
	if time.Since(start) > 20*time.Second {
		t.Errorf("the endless query was not stopped (took %s)", time.Since(start))
	}
	if code, _, errs := kg(t, "--db", db, "query", "--lang", "sparql", "x"); code == 0 || !strings.Contains(errs, "gizmo") {
		t.Errorf("unknown language: %s", errs)
	}
}
