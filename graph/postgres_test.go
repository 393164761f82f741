package graph

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"
)

// postgresDSN returns a connection string to a new, empty database on the
// test server named by KG_TEST_POSTGRES (see scripts/postgres-for-tests),
// or skips the test when there is none.
func postgresDSN(t *testing.T) string {
	t.Helper()
	base := os.Getenv("KG_TEST_POSTGRES")
	if base == "" {
		t.Skip("KG_TEST_POSTGRES not set: no PostgreSQL server for this test (.ci/run starts one)")
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("kgtest_%d", time.Now().UnixNano())
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", base)
		if err == nil {
			db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
			db.Close()
		}
	})
	u, _ := url.Parse(base)
	u.Path = "/" + name
	return u.String()
}

func TestPostgresPutReadRemove(t *testing.T) {
	s, err := Open(postgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	testPutReadRemove(t, s)
}

func TestPostgresCreatesDatabase(t *testing.T) {
	dsn := postgresDSN(t)
	u, _ := url.Parse(dsn)
	u.Path += "_new"
	s, err := Open(u.String())
	if err != nil {
		t.Fatalf("opening a database that does not exist yet: %v", err)
	}
	s.Close()
	base := os.Getenv("KG_TEST_POSTGRES")
	db, _ := sql.Open("postgres", base)
	db.Exec("DROP DATABASE IF EXISTS " + u.Path[1:] + " WITH (FORCE)")
	db.Close()
}

// TestPostgresReaderDuringWrite reads from a second connection while a
// large document is written: the reader never fails and never sees part
// of the document.
func TestPostgresReaderDuringWrite(t *testing.T) {
	dsn := postgresDSN(t)
	w, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	r, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	var facts []Fact
	for i := 0; i < 150; i++ {
		facts = append(facts, Fact{Subject: "country:PRK", Relation: "aid", Object: "country:CUB", Sentence: i, Quantity: int64(i + 1)})
	}
	b := testBatch("big", facts...)
	var wg sync.WaitGroup
	wg.Add(1)
	var werr error
	go func() {
		defer wg.Done()
		werr = w.Put(ctx, b)
	}()
	seen := map[int]bool{}
	for done := false; !done; {
		got, err := r.Facts(ctx, FactFilter{Doc: "big"})
		if err != nil {
			t.Fatalf("reader failed during the write: %v", err)
		}
		seen[len(got)] = true
		select {
		case <-waitChan(&wg):
			done = true
		case <-time.After(20 * time.Millisecond):
		}
	}
	wg.Wait()
	if werr != nil {
		t.Fatal(werr)
	}
	for n := range seen {
		if n != 0 && n != 150 {
			t.Errorf("the reader saw %d of the document's 150 facts: a half-written document", n)
		}
	}
	got, _ := r.Facts(ctx, FactFilter{Doc: "big"})
	if len(got) != 150 {
		t.Errorf("after the write: %d facts", len(got))
	}
}

func waitChan(wg *sync.WaitGroup) <-chan struct{} {
	c := make(chan struct{})
	go func() { wg.Wait(); close(c) }()
	return c
}
