package graph

import (
	"context"
	"database/sql"
	"errors"
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

// kg's batched additions leave exactly the rows Cayley's own writer
// leaves: the same nodes with the same reference counts and values, the
// same quads. Two documents share nodes (predicates, entities); then one
// is replaced and one removed through Cayley, which must still find the
// reference counts right (no node left behind, none removed too early).
func TestPostgresBatchedAddMatchesCayley(t *testing.T) {
	ctx := context.Background()
	fast, err := Open(postgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer fast.Close()
	plain, err := Open(postgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	plainDB := plain.sqlDB
	plain.sqlDB = nil // Cayley's writer only
	defer plainDB.Close()
	a := testBatch("a",
		Fact{Subject: "country:PRK", Relation: "arms_transfer", Object: "country:CUB", Year: 1980, Quantity: 100000, Unit: "rifles", Sentence: 3, Evidence: "rifles\x00 \"sent\" ⟨ok⟩", Confidence: 0.9},
		Fact{Subject: "country:CUB", Relation: "diplomatic_relations", Object: "country:PRK", Negated: true, Sentence: 4, Evidence: "no", Confidence: 0.5})
	b := testBatch("b", Fact{Subject: "country:PRK", Relation: "aid", Object: "country:AGO", Year: 1975, Sentence: 1, Evidence: "aid", Confidence: 0.7})
	a2 := testBatch("a", Fact{Subject: "country:PRK", Relation: "meets", Object: "country:CUB", Sentence: 9, Evidence: "met", Confidence: 0.6})
	steps := []func(s *Store) error{
		func(s *Store) error { return s.Put(ctx, a) },
		func(s *Store) error { return s.Put(ctx, b) },
		func(s *Store) error { return s.Put(ctx, a2) },
		func(s *Store) error { _, err := s.RemoveDocument(ctx, "b"); return err },
	}
	dump := func(db *sql.DB) string {
		var out string
		for _, q := range []string{
			`SELECT encode(hash, 'hex'), refs, coalesce(value_string, ''), coalesce(iri, false), coalesce(value_int, 0), coalesce(value_bool, false), coalesce(value_float, 0), coalesce(datatype, ''), coalesce(encode(value, 'hex'), '') FROM nodes ORDER BY hash`,
			`SELECT encode(subject_hash, 'hex'), encode(predicate_hash, 'hex'), encode(object_hash, 'hex'), coalesce(encode(label_hash, 'hex'), '') FROM quads ORDER BY 1, 2, 3, 4`,
		} {
			rows, err := db.Query(q)
			if err != nil {
				t.Fatal(err)
			}
			cols, _ := rows.Columns()
			for rows.Next() {
				vals := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range vals {
					ptrs[i] = &vals[i]
				}
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				out += fmt.Sprintln(vals...)
			}
			rows.Close()
			out += "--\n"
		}
		return out
	}
	for i, step := range steps {
		if err := step(fast); err != nil {
			t.Fatalf("step %d, batched: %v", i, err)
		}
		if err := step(plain); err != nil {
			t.Fatalf("step %d, Cayley: %v", i, err)
		}
		if got, want := dump(fast.sqlDB), dump(plainDB); got != want {
			t.Fatalf("step %d: tables differ\nbatched:\n%s\nCayley:\n%s", i, got, want)
		}
	}
	facts, err := fast.Facts(ctx, FactFilter{IncludeNegated: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(facts) != 1 || facts[0].Relation != "meets" {
		t.Errorf("after replacing a and removing b: %+v", facts)
	}
	st, err := fast.QS.Stats(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	fast.sqlDB.QueryRow("SELECT count(*) FROM quads").Scan(&n)
	if st.Quads.Size != n {
		t.Errorf("Cayley counts %d quads, the table has %d", st.Quads.Size, n)
	}
}

// Reading commands open with MustExist: a database that does not exist,
// or exists without kg's tables, is ErrNoStore, and neither is created.
func TestPostgresMustExist(t *testing.T) {
	dsn := postgresDSN(t) // exists, empty: no tables
	if _, err := OpenWith(dsn, Options{MustExist: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("a database without tables: %v, want ErrNoStore", err)
	}
	u, _ := url.Parse(dsn)
	u.Path += "_missing"
	if _, err := OpenWith(u.String(), Options{MustExist: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("a database that does not exist: %v, want ErrNoStore", err)
	}
	db, _ := sql.Open("postgres", os.Getenv("KG_TEST_POSTGRES"))
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM pg_database WHERE datname = $1", u.Path[1:]).Scan(&n); err != nil || n != 0 {
		t.Errorf("the missing database was created (%d, %v)", n, err)
	}
	s, err := Open(dsn) // now with tables
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenWith(dsn, Options{MustExist: true})
	if err != nil {
		t.Fatalf("an initialised database: %v", err)
	}
	s.Close()
}
