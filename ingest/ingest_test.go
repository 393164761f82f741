package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kg/graph"
	"kg/ingest/gazetteer"
)

// IngestAll must finish, with outcomes in the order given, whatever order
// the workers finish documents in: documents of very different sizes make
// later ones ready before earlier ones. (An earlier version let a worker
// take a document index before a token bounding the work ahead of the
// writer; when the other workers took all tokens for later documents,
// the writer waited for that document and its worker for a token: kg
// bench hung so. The window is narrow, so this test does not always hit
// it; the feeder now takes the token before handing out the index.)
func TestIngestAllFinishesOutOfOrder(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	big := ""
	for i := 0; i < 60; i++ {
		big += "Cuba sent doctors to Angola in 1976. North Korea recognized Palestine in 1988.\n\n"
	}
	for i := 0; i < 200; i++ {
		text := fmt.Sprintf("Document %d. Cuba and Chile established diplomatic relations in %d.\n", i, 1900+i%100)
		if i%7 == 0 {
			text += big
		}
		p := filepath.Join(dir, fmt.Sprintf("d%03d.txt", i))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	s, err := graph.Open(filepath.Join(t.TempDir(), "kg.db")) // bolt: memstore ingests with one worker
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := New(s, gaz)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan int, 1)
	var order []string
	go func() {
		got <- in.IngestAll(context.Background(), paths, 4, func(o Outcome) {
			if o.Status == Failed {
				t.Errorf("%s failed: %v", o.Path, o.Err)
			}
			order = append(order, filepath.Base(o.Path))
		})
	}()
	select {
	case n := <-got:
		if n != len(paths) {
			t.Fatalf("handled %d of %d documents", n, len(paths))
		}
	case <-time.After(2 * time.Minute): // a deadlock, not a slow machine: the work takes seconds
		t.Fatal("IngestAll did not finish: the writer and the workers wait for each other")
	}
	for i, name := range order {
		if want := filepath.Base(paths[i]); name != want {
			t.Fatalf("outcome %d is %s, want %s: outcomes must come in the order given", i, name, want)
		}
	}
}
