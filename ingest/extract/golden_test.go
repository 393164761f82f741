package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"kg/gazetteer"
	"kg/ingest/reader"
)

// corpusTrain holds the annotated training documents, beside the
// repository; tests that read them skip when it is absent.
const corpusTrain = "../../../shared/corpus/train/docs"

var update = flag.Bool("update", false, "rewrite the golden facts files in testdata/")

// TestGoldenFacts runs the extractor over the seed documents and the
// training documents of ../shared/corpus (skipped when it is absent) and
// compares every fact, with the rule that produced it, with
// testdata/*.facts.golden. The golden files hold ids, sentence numbers,
// relations and rules, never the documents' text. A change of extraction
// shows up in review as a diff of facts; run with -update to rewrite the
// files, then read the diff and the scores (README: extraction quality).
func TestGoldenFacts(t *testing.T) {
	for _, set := range []struct {
		name, dir string
		shared    bool
	}{
		{"seeds", "../../testdata/seeds", false},
		{"train", corpusTrain, true},
	} {
		t.Run(set.name, func(t *testing.T) {
			paths, err := filepath.Glob(filepath.Join(set.dir, "*.txt"))
			if set.shared && err == nil && len(paths) == 0 {
				t.Skipf("%s is absent", set.dir)
			}
			if err != nil || len(paths) == 0 {
				t.Fatalf("no documents in %s (%v)", set.dir, err)
			}
			var lines []string
			for _, p := range paths {
				lines = append(lines, factLines(t, p)...)
			}
			golden(t, filepath.Join("testdata", set.name+".facts.golden"), strings.Join(lines, "\n")+"\n")
		})
	}
}

// factLines extracts one document and returns its facts as sorted lines.
func factLines(t *testing.T, path string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := reader.Read(strings.NewReader(string(raw)), reader.Text)
	if err != nil {
		t.Fatal(err)
	}
	x := newTestExtractor(t)
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var lines []string
	for _, f := range x.ExtractFacts(id, doc).Facts {
		neg := ""
		if f.Negated {
			neg = "NOT "
		}
		by := ""
		if f.ClaimedBy != "" {
			by = "\tby=" + f.ClaimedBy
		}
		lines = append(lines, fmt.Sprintf("%s\t%03d\t%s%s %s %s\tyear=%d\t%s%s", id, f.Sentence, neg, f.Subject, f.Relation, f.Object, f.Year, f.Rule, by))
	}
	sort.Strings(lines)
	return lines
}

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(g)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		wantSet := map[string]bool{}
		for _, l := range wl {
			wantSet[l] = true
		}
		gotSet := map[string]bool{}
		for _, l := range gl {
			gotSet[l] = true
		}
		var diff []string
		for _, l := range wl {
			if !gotSet[l] {
				diff = append(diff, "- "+l)
			}
		}
		for _, l := range gl {
			if !wantSet[l] {
				diff = append(diff, "+ "+l)
			}
		}
		t.Errorf("facts differ from %s (go test -update rewrites it):\n%s", path, strings.Join(diff, "\n"))
	}
}
