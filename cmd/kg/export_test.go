package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
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

// -o writes through a symbolic link and into a pipe or device instead of
// replacing them with a regular file (as root, "-o /dev/null" once turned
// /dev/null into a file).
func TestOutputKeepsLinksAndPipes(t *testing.T) {
	db := ingestSeeds(t)
	dir := t.TempDir()
	real := filepath.Join(dir, "real.dot")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.dot")
	if err := os.Symlink("real.dot", link); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := kg(t, "--db", db, "export", "dot", "-o", link); code != 0 {
		t.Fatalf("export to a link: %s", errs)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi.Mode(), err)
	}
	if b, _ := os.ReadFile(real); !strings.HasPrefix(string(b), "digraph") {
		t.Errorf("the link's target was not written: %.40q", b)
	}

	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	if code, _, errs := kg(t, "--db", db, "export", "dot", "-o", fifo); code != 0 {
		t.Fatalf("export to a FIFO: %s", errs)
	}
	select {
	case b := <-got:
		if !strings.HasPrefix(b, "digraph") {
			t.Errorf("the reader of the FIFO got %.40q", b)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("nothing came through the FIFO")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
}
