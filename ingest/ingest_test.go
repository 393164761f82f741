package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"kg/gazetteer"
	"kg/graph"
)

// IngestAll must finish, with outcomes in the order given, whatever order
// the workers finish documents in: documents of very different sizes make
// later ones ready before earlier ones, and re-ingesting them unchanged
// makes every document ready in microseconds, so the workers race far
// ahead of the writer. (An earlier version let a worker take a document
// index before a token bounding the work ahead of the writer; when the
// other workers took all tokens for later documents, the writer waited for
// that document and its worker for a token. It hung in the unchanged
// rounds below nearly every run; the feeder now takes the token before
// handing out the index.) A hang fails the test after a bounded wait.
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
	ingestAll := func(round string, workers int, want Status) {
		t.Helper()
		got := make(chan int, 1)
		outcomes := make(chan Outcome, len(paths))
		go func() {
			got <- in.IngestAll(context.Background(), paths, workers, func(o Outcome) { outcomes <- o })
		}()
		select {
		case n := <-got:
			if n != len(paths) {
				t.Fatalf("%s: handled %d of %d documents", round, n, len(paths))
			}
		case <-time.After(time.Minute): // a deadlock, not a slow machine: a round takes a second or two
			t.Fatalf("%s: IngestAll did not finish: the writer and the workers wait for each other", round)
		}
		close(outcomes)
		i := 0
		for o := range outcomes {
			if o.Status != want {
				t.Errorf("%s: %s is %s (%v), want %s", round, o.Path, o.Status, o.Err, want)
			}
			if o.Path != paths[i] {
				t.Fatalf("%s: outcome %d is %s, want %s: outcomes must come in the order given", round, i, o.Path, paths[i])
			}
			i++
		}
	}
	ingestAll("first ingest, 4 workers", 4, Added)
	for round := 1; round <= 5; round++ {
		ingestAll(fmt.Sprintf("unchanged round %d, 8 workers", round), 8, Unchanged)
	}
}

// A regular file over the limit is rejected on its size, unread: a 300 MB
// file (sparse, so it costs no disk) allocates next to nothing, where
// reading up to the limit first would allocate the 64 MB limit. Standard
// input, which has no size, is still cut at the limit.
func TestTooLargeRejectedUnread(t *testing.T) {
	huge := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(huge, []byte("Cuba and Chile established diplomatic relations in 1990.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 300<<20); err != nil {
		t.Fatal(err)
	}
	in := &Ingester{} // the default limit, DefaultMaxBytes
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, _, err := in.load(huge)
	runtime.ReadMemStats(&after)
	want := fmt.Sprintf("%d bytes, larger than the %d-byte limit (raise it with --max-bytes)", 300<<20, DefaultMaxBytes)
	if err == nil {
		t.Fatal("a 300 MB file passed the default limit")
	}
	if err.Error() != want {
		t.Errorf("err = %v, want %q (its size: rejected on it, before reading)", err, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
		t.Errorf("rejecting the file allocated %d bytes: it was read", alloc)
	}

	in = &Ingester{MaxBytes: 100, Stdin: strings.NewReader(strings.Repeat("x", 101))}
	if _, _, _, err := in.load("-"); err == nil || err.Error() != "larger than the 100-byte limit (raise it with --max-bytes)" {
		t.Errorf("stdin over the limit: %v", err)
	}
	in.Stdin = strings.NewReader(strings.Repeat("x", 100))
	if raw, _, _, err := in.load("-"); err != nil || len(raw) != 100 {
		t.Errorf("stdin at the limit: %d bytes, %v", len(raw), err)
	}
	exact := filepath.Join(t.TempDir(), "exact.txt")
	os.WriteFile(exact, []byte(strings.Repeat("x", 100)), 0o644)
	in = &Ingester{MaxBytes: 100}
	if raw, _, _, err := in.load(exact); err != nil || len(raw) != 100 {
		t.Errorf("a file at the limit: %d bytes, %v", len(raw), err)
	}
}
