package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// isMissingDatabase reports PostgreSQL's "database does not exist".
func isMissingDatabase(err error) bool {
	var pe *pq.Error
	if errors.As(err, &pe) {
		return pe.Code == "3D000"
	}
	return err != nil && strings.Contains(err.Error(), "3D000")
}

// sqlStoreExists reports, as ErrNoStore, a database that does not exist
// or has no Cayley tables, without creating either.
func sqlStoreExists(dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return fmt.Errorf("open store %s: %w", redact(dsn), err)
	}
	defer db.Close()
	var tables bool
	err = db.QueryRow(`SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&tables)
	switch {
	case isMissingDatabase(err):
		return fmt.Errorf("%w at %s: the database does not exist (kg ingest creates it)", ErrNoStore, redact(dsn))
	case err != nil:
		return fmt.Errorf("open store %s: %w", redact(dsn), err)
	case !tables:
		return fmt.Errorf("%w at %s: the database has no kg tables (kg ingest creates them)", ErrNoStore, redact(dsn))
	}
	return nil
}

// createDatabase creates the database a connection string names, through
// the server's maintenance database "postgres", so that
// `kg --db postgres://host/newgraph ingest ...` just works.
func createDatabase(dsn string) error {
	u, err := url.Parse(dsn)
	if err != nil {
		return err
	}
	name := strings.TrimPrefix(u.Path, "/")
	if name == "" || name == "postgres" {
		return fmt.Errorf("no database name in the connection string")
	}
	u.Path = "/postgres"
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec("CREATE DATABASE " + pq.QuoteIdentifier(name))
	return err
}

// pgMaxParams bounds the parameters of one multi-row INSERT: PostgreSQL takes at
// most 65,535 parameters per statement.
const pgMaxParams = 60000

// pgAdd writes additions to Cayley's SQL schema (tables nodes and quads)
// the way Cayley's PostgreSQL writer does, the same rows and reference
// counts, but with a few multi-row INSERTs per transaction instead of one
// statement, and so one round trip to the server, per node and per quad.
// Removals still go through Cayley.
func (s *Store) pgAdd(ctx context.Context, quads []quad.Quad) error {
	// Each quad once, as Cayley's transactions have them.
	in := make([]cgraph.Delta, 0, len(quads))
	seen := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		if !seen[q] {
			seen[q] = true
			in = append(in, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	deltas := graphlog.SplitDeltas(in)
	// Nodes in hash order, grouped by the columns their value fills, so
	// that concurrent writers lock shared nodes in the same order.
	nodes := deltas.IncNode
	sort.Slice(nodes, func(i, j int) bool { return bytes.Compare(nodes[i].Hash[:], nodes[j].Hash[:]) < 0 })
	type group struct {
		cols []string
		rows [][]any
	}
	groups := map[csql.ValueType]*group{}
	var order []csql.ValueType
	for _, n := range nodes {
		key, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		g, ok := groups[key]
		if !ok {
			g = &group{cols: append([]string{"refs", "hash"}, key.Columns()...)}
			groups[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, append([]any{n.RefInc}, vals...))
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })

	tx, err := s.sqlDB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, key := range order {
		g := groups[key]
		err := insertRows(ctx, tx, "INSERT INTO nodes("+strings.Join(g.cols, ", ")+") VALUES ",
			" ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs", len(g.cols), g.rows)
		if err != nil {
			return fmt.Errorf("insert nodes: %w", err)
		}
	}
	rows := make([][]any, 0, len(deltas.QuadAdd))
	for _, d := range deltas.QuadAdd {
		row := make([]any, 0, 4)
		for _, h := range d.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	err = insertRows(ctx, tx, "INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ",
		" ON CONFLICT DO NOTHING", 4, rows, "now()")
	if err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// Cayley's store caches its quad and node counts until it writes
	// itself: an empty write makes it count again.
	return s.QS.ApplyDeltas(nil, cgraph.IgnoreOpts{IgnoreDup: true})
}

// insertRows runs "head (…), (…) tail" over rows, as many rows per
// statement as the parameter limit allows; extra are SQL expressions
// appended to every row.
func insertRows(ctx context.Context, tx *sql.Tx, head, tail string, width int, rows [][]any, extra ...string) error {
	per := max(1, pgMaxParams/width)
	var b strings.Builder
	for len(rows) > 0 {
		n := min(per, len(rows))
		b.Reset()
		b.WriteString(head)
		args := make([]any, 0, n*width)
		for i, row := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j, v := range row {
				if j > 0 {
					b.WriteString(", ")
				}
				args = append(args, v)
				b.WriteString("$" + strconv.Itoa(len(args)))
			}
			for _, e := range extra {
				b.WriteString(", " + e)
			}
			b.WriteByte(')')
		}
		b.WriteString(tail)
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}
