package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"

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
