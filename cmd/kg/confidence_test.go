package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// confidences reads the confidence of each JSON Lines fact.
func confidences(t *testing.T, jsonl string) []float64 {
	t.Helper()
	var out []float64
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		var f struct{ Confidence float64 }
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			t.Fatalf("not JSON: %v: %s", err, line)
		}
		out = append(out, f.Confidence)
	}
	return out
}

// --min-confidence leaves the facts below it out of kg facts, neighbors,
// path and export alike.
func TestMinConfidence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", seeds(t)); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	_, all, _ := kg(t, "--db", db, "facts", "--format", "jsonl")
	confs := confidences(t, all)
	sort.Float64s(confs)
	bound := confs[len(confs)/2]
	above := len(confs) - sort.SearchFloat64s(confs, bound)
	if above == len(confs) {
		t.Fatalf("every seed fact has the same confidence %v", bound)
	}
	arg := []string{"--min-confidence", fmtFloat(bound)}
	check := func(name string, args ...string) {
		t.Helper()
		code, out, errs := kg(t, append(append([]string{"--db", db}, args...), arg...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		got := confidences(t, out)
		for _, c := range got {
			if c < bound {
				t.Errorf("%s: a fact at %v, below %v", name, c, bound)
			}
		}
		if len(got) == 0 {
			t.Errorf("%s: no facts at %v or above", name, bound)
		}
	}
	check("facts", "facts", "--format", "jsonl")
	if _, out, _ := kg(t, append([]string{"--db", db, "facts", "--format", "jsonl"}, arg...)...); len(confidences(t, out)) != above {
		t.Errorf("facts: %d facts at %v or above, want %d", len(confidences(t, out)), bound, above)
	}
	check("export jsonl", "export", "jsonl")
	check("neighbors", "neighbors", "North Korea", "--depth", "2", "--format", "jsonl")

	code, out, errs := kg(t, "--db", db, "path", "North Korea", "Cuba", "--min-confidence", "1")
	if code != 1 || !strings.Contains(out, "no path") {
		t.Errorf("path above every confidence: exit %d (want 1: nothing found)\n%s%s", code, out, errs)
	}
	if code, _, errs := kg(t, "--db", db, "facts", "--min-confidence", "1.5"); code != 2 || !strings.Contains(errs, "between 0 and 1") {
		t.Errorf("--min-confidence 1.5: exit %d: %s", code, errs)
	}
}

func fmtFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
