package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph"
)

// kg runs the command in-process and returns its exit code and output.
func kg(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

func seeds(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata/seeds")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestIngestFactsPathDocs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	code, out, errs := kg(t, "--db", db, "ingest", seeds(t))
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "2 added") {
		t.Errorf("ingest summary: %s", out)
	}

	// Facts in the ONTOLOGY's JSON Lines form.
	code, out, errs = kg(t, "--db", db, "facts", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("facts: exit %d: %s", code, errs)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("not JSON: %v: %s", err, sc.Text())
		}
		lines = append(lines, m)
	}
	if len(lines) < 30 {
		t.Fatalf("only %d facts from the seed documents", len(lines))
	}
	found := false
	for _, m := range lines {
		for _, k := range []string{"subject", "relation", "object", "negated", "doc", "sentence", "evidence", "confidence"} {
			if _, ok := m[k]; !ok {
				t.Fatalf("fact line lacks %q: %v", k, m)
			}
		}
		s, o := m["subject"].(map[string]any), m["object"].(map[string]any)
		pair := s["id"].(string) + " " + o["id"].(string)
		if (pair == "country:PRK country:CUB" || pair == "country:CUB country:PRK") && m["relation"] == "diplomatic_relations" && m["year"] == float64(1960) {
			found = true
		}
	}
	if !found {
		t.Error("missing: North Korea diplomatic_relations Cuba (1960), a symmetric relation")
	}

	// Re-ingesting unchanged documents does nothing.
	if code, out, _ := kg(t, "--db", db, "ingest", seeds(t)); code != 0 || !strings.Contains(out, "2 unchanged") {
		t.Errorf("re-ingest: exit %d: %s", code, out)
	}

	// A path with evidence, names given by alias and in any case.
	code, out, errs = kg(t, "--db", db, "path", "dprk", "cuba")
	if code != 0 || !strings.Contains(out, "hop") || !strings.Contains(out, "003_a658e70facf3b041") && !strings.Contains(out, "000_d90099dbb2d22227") {
		t.Errorf("path: exit %d\n%s%s", code, out, errs)
	}

	// An unknown entity is a clear error with candidates.
	code, _, errs = kg(t, "--db", db, "path", "North Koreaa", "Cuba")
	if code == 0 || !strings.Contains(errs, "no entity named") || !strings.Contains(errs, "North Korea") {
		t.Errorf("unknown entity: exit %d: %s", code, errs)
	}

	// docs rm leaves no quad labelled with the document.
	if code, out, errs := kg(t, "--db", db, "docs", "rm", "000_d90099dbb2d22227"); code != 0 {
		t.Fatalf("docs rm: exit %d: %s%s", code, out, errs)
	}
	s, err := graph.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	counts, err := s.CountQuadsByLabel(context.Background())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if n := counts["doc:000_d90099dbb2d22227"]; n != 0 {
		t.Errorf("%d quads of the removed document remain", n)
	}
	if counts["doc:003_a658e70facf3b041"] == 0 {
		t.Error("removing one document removed the other's quads")
	}
	if code, _, errs := kg(t, "--db", db, "docs", "rm", "nope"); code == 0 || !strings.Contains(errs, "no document") {
		t.Errorf("rm of a missing document: exit %d: %s", code, errs)
	}
	for _, cmd := range [][]string{{"docs"}, {"stats"}, {"entities", "--type", "country"}, {"facts"}} {
		if code, out, errs := kg(t, append([]string{"--db", db}, cmd...)...); code != 0 || out == "" {
			t.Errorf("%v: exit %d: %s", cmd, code, errs)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	good := filepath.Join(dir, "docs", "good.txt")
	os.MkdirAll(filepath.Dir(good), 0o755)
	os.WriteFile(good, []byte("Cuba and North Korea have enjoyed diplomatic relations since 1960.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "docs", "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "docs", "image.txt"), []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644)

	code, out, errs := kg(t, "--db", db, "ingest", filepath.Join(dir, "docs"), filepath.Join(dir, "missing.txt"))
	if code == 0 {
		t.Error("ingest with bad documents exited 0")
	}
	for _, want := range []string{"empty.txt", "image.txt", "missing.txt"} {
		if !strings.Contains(errs, want) {
			t.Errorf("error output does not name %s:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "1 added") {
		t.Errorf("the good document did not land: %s", out)
	}
	code, out, _ = kg(t, "--db", db, "facts")
	if code != 0 || !strings.Contains(out, "diplomatic_relations") {
		t.Errorf("facts after mixed ingest: %s", out)
	}
}

func TestBadDB(t *testing.T) {
	seedDir := seeds(t) // before the test moves to another directory
	f := filepath.Join(t.TempDir(), "plain")
	os.WriteFile(f, []byte("x"), 0o644)
	code, _, errs := kg(t, "--db", f, "facts")
	if code == 0 || !strings.Contains(errs, "not a kg store") {
		t.Errorf("bad --db: exit %d: %s", code, errs)
	}
	// An unknown scheme is an error, not a bolt directory named "mysql:".
	dir := t.TempDir()
	t.Chdir(dir)
	code, _, errs = kg(t, "--db", "mysql://host/db", "facts")
	if code == 0 || !strings.Contains(errs, `unknown kind of store "mysql"`) {
		t.Errorf("mysql:// --db: exit %d: %s", code, errs)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("an unknown --db left %v behind", entries)
	}
	// A store that is not there is an error for every command that only
	// reads, or removes, and is never created by one: a typo in --db must
	// not answer "no entity named Cuba" from a new empty store.
	for _, args := range [][]string{
		{"facts"}, {"stats"}, {"entities"}, {"docs"}, {"docs", "rm", "000_x"}, {"path", "Cuba", "Angola"},
		{"neighbors", "Cuba"}, {"export", "neo4j", "-o", filepath.Join(dir, "out")}, {"export", "jsonl"},
		{"query", "g.V().All()"}, {"central"}, {"blocs"}, {"timeline", "Cuba", "Angola"},
	} {
		missing := filepath.Join(dir, "nested", "nope.db")
		code, _, errs := kg(t, append([]string{"--db", missing}, args...)...)
		if code != 2 || !strings.Contains(errs, "no kg store at "+missing+" (kg ingest creates one)") {
			t.Errorf("kg %s on a missing store: exit %d: %s", strings.Join(args, " "), code, errs)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("reading a missing store left %v behind", entries)
	}
	// The commands that add documents create it.
	code, out, errs := kg(t, "--db", filepath.Join(dir, "new.db"), "ingest", "-q", seedDir)
	if code != 0 {
		t.Errorf("ingest into a new store: exit %d: %s %s", code, out, errs)
	}
}
