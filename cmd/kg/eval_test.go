package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// madeUpCorpus writes one made-up document and its gold file: one fact kg
// finds, one it cannot (no such sentence).
func madeUpCorpus(t *testing.T) (db, goldFile string) {
	t.Helper()
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	os.MkdirAll(docs, 0o755)
	os.WriteFile(filepath.Join(docs, "relations.txt"), []byte("Cuba and North Korea have enjoyed diplomatic relations since 1960.\n"), 0o644)
	goldFile = filepath.Join(dir, "gold.jsonl")
	os.WriteFile(goldFile, []byte(strings.Join([]string{
		`{"kind":"fact","doc":"relations","subject":"country:PRK","relation":"diplomatic_relations","object":"country:CUB","negated":false,"year":1960}`,
		`{"kind":"fact","doc":"relations","subject":"country:CUB","relation":"aid","object":"country:PRK","negated":false,"evidence":"a made-up sentence"}`,
	}, "\n")+"\n"), 0o644)
	db = filepath.Join(dir, "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", docs); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	return db, goldFile
}

func TestEval(t *testing.T) {
	db, goldFile := madeUpCorpus(t)
	code, out, errs := kg(t, "--db", db, "eval", "--gold", goldFile, "--show", "errors")
	if code != 0 {
		t.Fatalf("eval: exit %d\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"MISS relations: country:CUB -aid-> country:PRK | a made-up sentence",
		"diplomatic_relations", "CONFIDENCE", "[0.9,1.0]",
		"F1 0.667 precision 1.000 recall 0.500 (1 of 2 gold, 1 output)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	if !strings.HasSuffix(out, "output)\n") {
		t.Errorf("the summary is not the last line:\n%s", out)
	}

	code, out, _ = kg(t, "--db", db, "eval", "--gold", goldFile, "--json")
	var r struct {
		TP, Gold, Output int
		F1               float64
		YearAccuracy     float64                     `json:"year_accuracy"`
		PerRelation      map[string]struct{ TP int } `json:"per_relation"`
	}
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil {
		t.Fatalf("eval --json: exit %d, %v\n%s", code, err, out)
	}
	if r.TP != 1 || r.Gold != 2 || r.Output != 1 || r.F1 != 0.667 || r.YearAccuracy != 1 || r.PerRelation["diplomatic_relations"].TP != 1 {
		t.Errorf("eval --json: %+v", r)
	}

	if strings.Contains(errs, "not in the store") {
		t.Errorf("a warning with every document ingested: %s", errs)
	}
	if _, _, errs := kg(t, "--db", db, "eval", "--gold", goldFile, "--docs", "relations,other"); !strings.Contains(errs, "1 of 2 documents of the gold are not in the store (other)") {
		t.Errorf("no warning for a document not ingested: %s", errs)
	}
	if code, _, errs := kg(t, "--db", db, "eval", "--gold", goldFile, "--min-f1", "0.9"); code != 1 || !strings.Contains(errs, "below --min-f1") {
		t.Errorf("--min-f1 not met: exit %d: %s", code, errs)
	}
	// Above every fact's confidence, nothing is scored.
	if code, out, _ := kg(t, "--db", db, "eval", "--gold", goldFile, "--min-confidence", "1"); code != 0 || !strings.Contains(out, "(0 of 2 gold, 0 output)") {
		t.Errorf("--min-confidence: exit %d\n%s", code, out)
	}
}

func TestEvalBadGold(t *testing.T) {
	db, goldFile := madeUpCorpus(t)
	bad := filepath.Join(filepath.Dir(goldFile), "bad.jsonl")
	os.WriteFile(bad, []byte(`{"kind":"entity","id":"person:x","names":["X"]}`+"\n"+`{"kind":"fact","doc":"relations",`+"\n"), 0o644)
	code, _, errs := kg(t, "--db", db, "eval", "--gold", bad)
	if code != 2 || !strings.Contains(errs, "bad.jsonl:2: not JSON") {
		t.Errorf("malformed gold: exit %d: %s", code, errs)
	}
	code, _, errs = kg(t, "--db", db, "eval", "--gold", filepath.Join(filepath.Dir(goldFile), "missing.jsonl"))
	if code != 2 || !strings.Contains(errs, "missing.jsonl") {
		t.Errorf("missing gold: exit %d: %s", code, errs)
	}
	if code, _, errs := kg(t, "--db", db, "eval"); code != 1 || !strings.Contains(errs, "--gold FILE") {
		t.Errorf("no --gold: exit %d: %s", code, errs)
	}
	if code, out, _ := kg(t, "eval", "--help"); code != 0 || !strings.Contains(out, "kg --db my.db eval --gold") {
		t.Errorf("eval --help: exit %d\n%s", code, out)
	}
}

// TestEvalAgreesWithScorer checks that kg eval and the reference scorer
// give the same numbers on the training corpus beside the repository.
func TestEvalAgreesWithScorer(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a corpus")
	}
	shared, _ := filepath.Abs("../../../shared")
	docs, goldFile := filepath.Join(shared, "corpus/train/docs"), filepath.Join(shared, "corpus/train/gold.jsonl")
	scorer := filepath.Join(shared, "eval/score.py")
	for _, p := range []string{docs, goldFile, scorer} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("no %s", p)
		}
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", "-q", docs); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	_, facts, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
	factsFile := filepath.Join(dir, "facts.jsonl")
	os.WriteFile(factsFile, []byte(facts), 0o644)
	ref, err := exec.Command(python, scorer, "--gold", goldFile, "--facts", factsFile, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	code, ours, errs := kg(t, "--db", db, "eval", "--gold", goldFile, "--json")
	if code != 0 {
		t.Fatalf("eval: exit %d: %s", code, errs)
	}
	var want, got map[string]any
	if err := json.Unmarshal(ref, &want); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(ours), &got); err != nil {
		t.Fatal(err)
	}
	for k, v := range want {
		if k == "per_doc" {
			continue
		}
		if got[k] != v {
			t.Errorf("%s: kg eval %v, score.py %v", k, got[k], v)
		}
	}
	compareDocs(t, want, got)

	ref, err = exec.Command(python, scorer, "--gold", goldFile, "--facts", factsFile, "--show", "errors").Output()
	if err != nil {
		t.Fatalf("score.py --show errors: %v", err)
	}
	_, ours, _ = kg(t, "--db", db, "eval", "--gold", goldFile, "--show", "errors")
	if w, g := errorLines(string(ref)), errorLines(ours); len(w) == 0 || strings.Join(w, "\n") != strings.Join(g, "\n") {
		t.Errorf("--show errors: %d lines, score.py %d, or in another order", len(g), len(w))
	}
}

func compareDocs(t *testing.T, want, got map[string]any) {
	t.Helper()
	wantDocs, gotDocs := want["per_doc"].(map[string]any), got["per_doc"].(map[string]any)
	if len(wantDocs) != len(gotDocs) {
		t.Errorf("%d documents scored, score.py %d", len(gotDocs), len(wantDocs))
	}
	for d, w := range wantDocs {
		g, _ := gotDocs[d].(map[string]any)
		for _, k := range []string{"gold", "output", "tp", "f1"} {
			if g[k] != w.(map[string]any)[k] {
				t.Errorf("%s %s: kg eval %v, score.py %v", d, k, g[k], w.(map[string]any)[k])
			}
		}
	}
}

// errorLines are the MISS, FP and FLIP lines of a report, without their
// evidence and confidence, spaces collapsed.
func errorLines(report string) []string {
	var out []string
	for _, line := range strings.Split(report, "\n") {
		kind, _, _ := strings.Cut(line, " ")
		if kind != "MISS" && kind != "FP" && kind != "FLIP" {
			continue
		}
		line, _, _ = strings.Cut(line, " | ")
		if i := strings.LastIndex(line, " ["); i > 0 {
			line = line[:i]
		}
		out = append(out, strings.Join(strings.Fields(line), " "))
	}
	return out
}
