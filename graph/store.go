package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/cayley/clog"
	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // the default embedded store
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer"
)

func init() {
	// Cayley logs what it also returns as errors ("cannot init; database
	// already exists" on every open of a SQL store); kg reports errors itself.
	clog.SetLogger(quiet{})
}

type quiet struct{}

func (quiet) Infof(string, ...interface{})    {}
func (quiet) Warningf(string, ...interface{}) {}
func (quiet) Errorf(string, ...interface{})   {}
func (quiet) V(int) bool                      { return false }
func (quiet) SetV(int)                        {}
func (quiet) Fatalf(format string, args ...interface{}) {
	panic(fmt.Sprintf(format, args...))
}

// DefaultDB is where the store lives when no --db is given.
const DefaultDB = "kg.db"

// Store is an open knowledge graph.
type Store struct {
	QS      graph.QuadStore
	W       graph.QuadWriter
	Backend string // "bolt", "memstore" or "postgres"
	Where   string // the path or connection string it was opened from
	lock    *fileLock
	gen     atomic.Uint64 // successful writes through this Store
	sqlDB   *sql.DB       // PostgreSQL: kg's own connection pool, for batched additions
	changes journal       // what the writes through this Store touched (bolt)
}

// Generation counts the writes made through this Store, so that an index
// built from it can tell it is out of date. Writes by other processes
// (possible only on PostgreSQL; bolt is locked) are not counted.
func (s *Store) Generation() uint64 { return s.gen.Load() }

// Options change how a store is opened; the zero Options are the
// defaults.
type Options struct {
	// LockTimeout is how long to wait for another kg process to release a
	// bolt store (0: DefaultLockTimeout).
	LockTimeout time.Duration
	// MustExist opens only a store that exists (ErrNoStore otherwise),
	// creating nothing: what every command that only reads wants, so that
	// a mistyped --db is an error rather than a new empty store. A
	// memory: store is always new.
	MustExist bool
}

// ErrNoStore is returned by OpenWith with MustExist when there is no kg
// store where the dsn points.
var ErrNoStore = errors.New("no kg store")

// Open opens (creating if needed) the store named by dsn:
//
//	""                 the bolt store in DefaultDB
//	"memory:"          an in-memory store that vanishes on Close
//	"postgres://..."   Cayley's SQL backend on PostgreSQL
//	anything else      a directory holding a bolt store
func Open(dsn string) (*Store, error) { return OpenWith(dsn, Options{}) }

// OpenWith is Open with options.
func OpenWith(dsn string, opt Options) (*Store, error) {
	if opt.LockTimeout == 0 {
		opt.LockTimeout = DefaultLockTimeout
	}
	if dsn == "" {
		dsn = DefaultDB
	}
	switch {
	case dsn == "memory:" || dsn == "memory":
		return openWith("memstore", "", dsn, nil)
	case strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://"):
		if opt.MustExist {
			if err := sqlStoreExists(dsn); err != nil {
				return nil, err
			}
		}
		return openSQL(dsn)
	case strings.Contains(dsn, "://"):
		// "mysql://…" would otherwise become a bolt directory of that name.
		scheme, _, _ := strings.Cut(dsn, "://")
		return nil, fmt.Errorf("open store %s: unknown kind of store %q (want a bolt directory, memory: or postgres://…)", dsn, scheme)
	default:
		return openBolt(dsn, opt)
	}
}

func openBolt(dir string, opt Options) (*Store, error) {
	st, err := os.Stat(dir)
	switch {
	case err == nil && !st.IsDir():
		return nil, fmt.Errorf("open store %s: not a kg store (it is a file; a bolt store is a directory)", dir)
	case err == nil:
		if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
			entries, _ := os.ReadDir(dir)
			if len(entries) > 0 && !onlyLock(entries) {
				return nil, fmt.Errorf("open store %s: not a kg store (directory has no indexes.bolt)", dir)
			}
		}
	case errors.Is(err, os.ErrNotExist):
	default:
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if opt.MustExist {
		if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
			return nil, fmt.Errorf("%w at %s (kg ingest creates one)", ErrNoStore, dir)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	lock, err := acquireLock(filepath.Join(dir, "kg.lock"), opt.LockTimeout)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); errors.Is(err, os.ErrNotExist) {
		if err := graph.InitQuadStore("bolt", dir, nil); err != nil {
			lock.release()
			return nil, fmt.Errorf("create store %s: %w", dir, err)
		}
	}
	s, err := openWith("bolt", dir, dir, boltOptions)
	if err != nil {
		lock.release()
		return nil, err
	}
	s.lock = lock
	return s, nil
}

// boltOptions open Cayley's bolt store without its bloom filters. Cayley
// sizes them for 100 million quads whatever the store holds: three of
// about 80 MB on an empty store (300 MB of live heap, 600 MB of RSS once
// the garbage collector's headroom is added), one filled by scanning
// every quad of the store on each open. Without them a write looks up
// each quad in the index instead, which kg's batches of one document
// pay for in well under the time the filters saved (see kg bench).
var boltOptions = graph.Options{"no_bloom": true}

func onlyLock(entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.Name() != "kg.lock" {
			return false
		}
	}
	return true
}

func openSQL(dsn string) (*Store, error) {
	// InitQuadStore fails with ErrDatabaseExists on an initialised database;
	// any other failure (no server, bad credentials) shows up again on open.
	err := graph.InitQuadStore("postgres", dsn, nil)
	if isMissingDatabase(err) {
		if cerr := createDatabase(dsn); cerr != nil {
			return nil, fmt.Errorf("open store %s: the database does not exist and creating it failed: %w", redact(dsn), cerr)
		}
		err = graph.InitQuadStore("postgres", dsn, nil)
	}
	if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
		return nil, fmt.Errorf("open store %s: %w", redact(dsn), err)
	}
	s, err := openWith("postgres", dsn, redact(dsn), nil)
	if err != nil {
		return nil, err
	}
	if s.sqlDB, err = sql.Open("postgres", dsn); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w", redact(dsn), err)
	}
	return s, nil
}

func openWith(backend, path, where string, opts graph.Options) (*Store, error) {
	qs, err := graph.NewQuadStore(backend, path, opts)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", where, err)
	}
	w, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("open store %s: %w", where, err)
	}
	return &Store{QS: qs, W: w, Backend: backend, Where: where}, nil
}

// Close flushes and closes the store and releases its lock.
func (s *Store) Close() error {
	err := s.W.Close()
	if cerr := s.QS.Close(); err == nil {
		err = cerr
	}
	if s.sqlDB != nil {
		if cerr := s.sqlDB.Close(); err == nil {
			err = cerr
		}
	}
	if s.lock != nil {
		s.lock.release()
	}
	return err
}

// redact hides the password of a connection string in messages.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	userinfo := dsn[scheme+3 : at]
	if user, _, ok := strings.Cut(userinfo, ":"); ok {
		return dsn[:scheme+3] + user + ":***" + dsn[at:]
	}
	return dsn
}
