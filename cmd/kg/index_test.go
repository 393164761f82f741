package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/graph/index"
)

// Commands that write leave the path index persisted for the store's new
// state, so that the next command uses it rather than rebuilding it
// (rebuilding writes a new file in its place).
func TestWritesPersistIndex(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	file := filepath.Join(db, index.File)
	stat := func(when string) os.FileInfo {
		t.Helper()
		st, err := os.Stat(file)
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		return st
	}
	path := func() string {
		t.Helper()
		code, out, errs := kg(t, "--db", db, "path", "North Korea", "Cuba")
		if code != 0 {
			t.Fatalf("path: exit %d: %s", code, errs)
		}
		return out
	}

	if code, out, errs := kg(t, "--db", db, "ingest", seeds(t)); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	afterIngest := stat("after ingest")
	if out := path(); !strings.Contains(out, "hop") {
		t.Fatalf("no path from North Korea to Cuba: %s", out)
	}
	if !os.SameFile(afterIngest, stat("after path")) {
		t.Error("kg path rebuilt the index that kg ingest had persisted")
	}

	code, out, _ := kg(t, "--db", db, "docs")
	if code != 0 {
		t.Fatal(out)
	}
	var ids []string
	for _, line := range strings.Split(out, "\n")[1:] {
		if f := strings.Fields(line); len(f) > 0 {
			ids = append(ids, f[0])
		}
	}
	// The first document only: the other keeps North Korea and Cuba.
	if code, out, errs := kg(t, "--db", db, "docs", "rm", ids[0]); code != 0 {
		t.Fatalf("docs rm: exit %d\n%s%s", code, out, errs)
	}
	afterRm := stat("after docs rm")
	if os.SameFile(afterIngest, afterRm) {
		t.Error("kg docs rm left the index of the store before the removal")
	}
	path()
	if !os.SameFile(afterRm, stat("after the second path")) {
		t.Error("kg path rebuilt the index that kg docs rm had persisted")
	}
}

// kg neighbors and kg export draw at most --max-facts facts, say on
// standard error what they cut, and cut nothing below the cap; data
// exports are never cut.
func TestMaxFacts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", seeds(t)); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	countFacts := func(out string) int {
		var ents, facts int
		fmt.Sscanf(out[strings.Index(out, ": ")+2:], "%d entities, %d facts", &ents, &facts)
		return facts
	}
	code, out, _ := kg(t, "--db", db, "neighbors", "North Korea", "--depth", "2", "--max-facts", "0")
	if code != 0 {
		t.Fatal(out)
	}
	all := countFacts(out)
	if all < 20 {
		t.Fatalf("only %d facts around North Korea: %s", all, out)
	}
	tests := []struct {
		args    []string
		atMost  int
		cutSaid bool
	}{
		{[]string{"neighbors", "North Korea", "--depth", "2", "--max-facts", "10"}, 10, true},
		{[]string{"neighbors", "North Korea", "--depth", "2", "--max-facts", fmt.Sprint(all)}, all, false},
		{[]string{"neighbors", "North Korea", "--depth", "2"}, all, false}, // the default is above the seeds' count
	}
	for _, tt := range tests {
		code, out, errs := kg(t, append([]string{"--db", db}, tt.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errs)
		}
		n := countFacts(out)
		if n > tt.atMost || (!tt.cutSaid && n != all) {
			t.Errorf("%v: %d facts (all: %d)", tt.args, n, all)
		}
		if said := strings.Contains(errs, "--max-facts"); said != tt.cutSaid {
			t.Errorf("%v: stderr %q", tt.args, errs)
		}
	}

	// Diagrams are cut; the same selection as data is not.
	code, dot, errs := kg(t, "--db", db, "export", "dot", "--center", "North Korea", "--depth", "2", "--max-facts", "5")
	if code != 0 || !strings.Contains(errs, "--max-facts 5") {
		t.Errorf("export dot: exit %d, stderr %q", code, errs)
	}
	if edges := strings.Count(dot, " -> "); edges == 0 || edges > 5 {
		t.Errorf("export dot --max-facts 5: %d edges", edges)
	}
	code, jsonl, errs := kg(t, "--db", db, "export", "jsonl", "--center", "North Korea", "--depth", "2", "--max-facts", "5")
	if code != 0 || strings.Contains(errs, "--max-facts") || strings.Count(jsonl, "\n") != all {
		t.Errorf("export jsonl: exit %d, %d lines (want %d), stderr %q", code, strings.Count(jsonl, "\n"), all, errs)
	}
}
