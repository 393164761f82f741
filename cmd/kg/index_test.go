package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/queries"
)

// Commands that write leave the path index persisted for the store's new
// state, so that the next command uses it rather than rebuilding it
// (rebuilding writes a new file in its place).
func TestWritesPersistIndex(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	file := filepath.Join(db, queries.IndexFile)
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
