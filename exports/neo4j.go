package exports

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"kg/graph"
)

// Neo4j CSV headers, in the `neo4j-admin database import` format: typed
// columns (name:type), the ID space "Entity", arrays split on ';'.
var (
	Neo4jNodeHeader = []string{"id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "iso3", "iso2"}
	Neo4jRelHeader  = []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "fact_id", "year:int", "quantity:long",
		"unit", "item", "kind", "role", "action", "claimed_by", "negated:boolean", "confidence:float", "doc", "sentence:int", "evidence"}
)

// Neo4jWriter writes entities and facts as the two CSV files of
// `neo4j-admin database import full`.
type Neo4jWriter struct {
	nodes, rels *csv.Writer
}

// NewNeo4jWriter writes nodes to one writer and relationships to another,
// starting each with its header.
func NewNeo4jWriter(nodes, rels io.Writer) (*Neo4jWriter, error) {
	w := &Neo4jWriter{nodes: csv.NewWriter(nodes), rels: csv.NewWriter(rels)}
	if err := w.nodes.Write(Neo4jNodeHeader); err != nil {
		return nil, err
	}
	if err := w.rels.Write(Neo4jRelHeader); err != nil {
		return nil, err
	}
	return w, nil
}

// WriteEntity writes one node, labelled Entity and its type.
func (w *Neo4jWriter) WriteEntity(e graph.Entity) error {
	aliases := make([]string, 0, len(e.Aliases))
	for _, a := range e.Aliases {
		// ';' separates array elements: one inside an alias would split it.
		aliases = append(aliases, strings.ReplaceAll(a, ";", ","))
	}
	return w.nodes.Write([]string{CSVSafe(e.ID), "Entity;" + e.Type, CSVSafe(e.Name), CSVSafe(strings.Join(aliases, ";")), e.ISO3, e.ISO2})
}

// WriteFact writes one relationship; its type is the relation in
// UPPER_SNAKE_CASE (ARMS_TRANSFER).
func (w *Neo4jWriter) WriteFact(f graph.Fact) error {
	return w.rels.Write([]string{
		CSVSafe(f.Subject), CSVSafe(f.Object), Neo4jType(f.Relation), f.ID,
		optInt(int64(f.Year)), optInt(f.Quantity), CSVSafe(f.Unit), CSVSafe(f.Item), f.Kind, CSVSafe(f.Role), CSVSafe(f.Action),
		CSVSafe(f.ClaimedBy), strconv.FormatBool(f.Negated), strconv.FormatFloat(f.Confidence, 'f', -1, 64),
		CSVSafe(f.Doc), strconv.Itoa(f.Sentence), CSVSafe(f.Evidence),
	})
}

// Flush writes out buffered rows and reports any write error.
func (w *Neo4jWriter) Flush() error {
	w.nodes.Flush()
	w.rels.Flush()
	if err := w.nodes.Error(); err != nil {
		return err
	}
	return w.rels.Error()
}

// Neo4jType turns a relation name into a relationship type.
func Neo4jType(rel string) string { return strings.ToUpper(rel) }

func optInt(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// CSVSafe defuses spreadsheet formula injection: a cell that starts with
// '=', '+', '-' or '@' is read as a formula by spreadsheet programs that
// open the CSV, so it gets a leading apostrophe... unless it is a number.
func CSVSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@':
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

// WriteNeo4jDir writes entities.csv, relationships.csv, import.sh and
// load.cypher into dir (created if needed). Negated facts are written only
// when includeNegated is set.
func WriteNeo4jDir(dir string, sg *graph.Subgraph, includeNegated bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	nf, err := os.Create(filepath.Join(dir, "entities.csv"))
	if err != nil {
		return err
	}
	defer nf.Close()
	rf, err := os.Create(filepath.Join(dir, "relationships.csv"))
	if err != nil {
		return err
	}
	defer rf.Close()
	w, err := NewNeo4jWriter(nf, rf)
	if err != nil {
		return err
	}
	ids := make([]string, 0, len(sg.Entities))
	for id := range sg.Entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := w.WriteEntity(sg.Entities[id]); err != nil {
			return err
		}
	}
	types := map[string]bool{}
	for _, f := range sg.Facts {
		if f.Negated && !includeNegated {
			continue
		}
		types[Neo4jType(f.Relation)] = true
		if err := w.WriteFact(f); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := nf.Close(); err != nil {
		return err
	}
	if err := rf.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "import.sh"), []byte(importScript), 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "load.cypher"), []byte(loadCypher(types)), 0o644)
}

const importScript = `#!/bin/sh
# Import kg's export into a Neo4j database with neo4j-admin (Neo4j 5,
# server stopped):
#   ./import.sh DATABASE              into a database that does not exist yet
#   ./import.sh DATABASE --overwrite  replacing everything DATABASE holds
# Then start Neo4j and ` + "`CREATE DATABASE`" + ` it if it is not the default one.
set -e
cd "$(dirname "$0")"
if [ -z "$1" ]; then
  echo "usage: $0 DATABASE [--overwrite]  (the database to import into; nothing is overwritten without --overwrite)" >&2
  exit 2
fi
db="$1"
overwrite=false
case "$2" in
  "") ;;
  --overwrite) overwrite=true ;;
  *) echo "$0: unknown option $2 (want --overwrite)" >&2; exit 2 ;;
esac
neo4j-admin database import full "$db" \
  --nodes=entities.csv \
  --relationships=relationships.csv \
  --array-delimiter=";" \
  --overwrite-destination="$overwrite"
`

// loadCypher is the LOAD CSV alternative for a running server: copy the
// two CSV files into its import directory, then run this script.
func loadCypher(types map[string]bool) string {
	var b strings.Builder
	b.WriteString(`// Load kg's export into a running Neo4j with LOAD CSV:
// copy entities.csv and relationships.csv into the server's import
// directory, then run: cypher-shell -f load.cypher
// Running it again changes nothing: entities and relationships are merged
// on their ids (a relationship's is its fact's).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
MERGE (e:Entity {id: row.` + "`id:ID(Entity)`" + `})
SET e.name = row.name, e.type = split(row.` + "`:LABEL`" + `, ';')[1],
    e.aliases = CASE row.` + "`aliases:string[]`" + ` WHEN '' THEN [] ELSE split(row.` + "`aliases:string[]`" + `, ';') END,
    e.iso3 = row.iso3, e.iso2 = row.iso2;
`)
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		fmt.Fprintf(&b, `
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`+"`:TYPE`"+` = '%s'
MATCH (s:Entity {id: row.`+"`:START_ID(Entity)`"+`}), (o:Entity {id: row.`+"`:END_ID(Entity)`"+`})
MERGE (s)-[r:%s {fact_id: row.fact_id}]->(o)
SET r.unit = row.unit, r.item = row.item, r.kind = row.kind, r.role = row.role,
  r.action = row.action, r.claimed_by = row.claimed_by, r.doc = row.doc, r.evidence = row.evidence,
  r.negated = toBoolean(row.`+"`negated:boolean`"+`), r.confidence = toFloat(row.`+"`confidence:float`"+`),
  r.sentence = toInteger(row.`+"`sentence:int`"+`),
  r.year = toInteger(row.`+"`year:int`"+`), r.quantity = toInteger(row.`+"`quantity:long`"+`);
`, t, t)
	}
	return b.String()
}
