package evaluate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"kg/graph"
)

// Gold is a parsed gold file: its facts, the names of its entities and who
// acts for whom in each document.
type Gold struct {
	facts []goldFact
	// alias maps a normalised name to the first entity giving it;
	// docAlias does the same per document, from the entities of that
	// document's facts ("Castro" is Fidel in one text, Raúl in another).
	alias    map[string]string
	docAlias map[string]map[string]string
	// actsFor is document -> entity -> the states or bodies it acts for.
	actsFor map[string]map[string]map[string]bool
	docs    []string
}

type goldFact struct {
	doc, subject, relation, object string
	negated, optional              bool
	year                           int // 0: none given
	claimedBy, evidence            string
}

// FormatError is a gold file line that cannot be used.
type FormatError struct {
	File string
	Line int
	Msg  string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ReadGoldFile reads a gold file; a malformed line is a *FormatError.
func ReadGoldFile(path string) (*Gold, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return ReadGold(fh, path)
}

// ReadGold reads a gold file from r; name is the file's name in errors.
// Lines of other kinds are skipped, as are blank lines.
func ReadGold(r io.Reader, name string) (*Gold, error) {
	var rows []map[string]any
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		row, err := decodeRow(line)
		if err != nil {
			return nil, &FormatError{File: name, Line: n, Msg: err.Error()}
		}
		if err := checkRow(row); err != nil {
			return nil, &FormatError{File: name, Line: n, Msg: err.Error()}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return newGold(rows), nil
}

func decodeRow(line []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("not JSON: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("not JSON: more than one value on the line")
	}
	row, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("not a JSON object")
	}
	return row, nil
}

// required are the string fields each kind of line must have.
var required = map[string][]string{
	"entity":   {"id"},
	"fact":     {"doc", "subject", "relation", "object"},
	"acts_for": {"doc", "for"},
}

func checkRow(row map[string]any) error {
	kind, _ := row["kind"].(string)
	for _, k := range required[kind] {
		if s, ok := row[k].(string); !ok || s == "" {
			return fmt.Errorf("%s line without %q (a non-empty string)", kind, k)
		}
	}
	switch kind {
	case "entity":
		if names, ok := row["names"]; ok && names != nil {
			list, ok := names.([]any)
			if !ok {
				return fmt.Errorf("entity %q: \"names\" is not a list", row["id"])
			}
			for _, n := range list {
				if _, ok := n.(string); !ok {
					return fmt.Errorf("entity %q: a name that is not a string: %v", row["id"], n)
				}
			}
		}
	case "fact":
		if _, ok := graph.LookupRelation(row["relation"].(string)); !ok {
			return fmt.Errorf("unknown relation %q (known: %s)", row["relation"], strings.Join(graph.RelationNames(), ", "))
		}
		if _, err := yearOf(row["year"]); err != nil {
			return err
		}
	case "acts_for":
		if str(row["entity"]) == "" && str(row["person"]) == "" {
			return fmt.Errorf("acts_for line without \"entity\"")
		}
	}
	return nil
}

// yearOf reads a gold year: a whole number, or a string holding one; 0
// when absent or falsy.
func yearOf(v any) (int, error) {
	if !truthy(v) {
		return 0, nil
	}
	var s string
	switch y := v.(type) {
	case json.Number:
		s = y.String()
	case string:
		s = strings.TrimSpace(y)
	default:
		return 0, fmt.Errorf("year %v is not a number", v)
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
		return int(f), nil
	}
	return 0, fmt.Errorf("year %q is not a number", s)
}

// truthy is a JSON value's truth as the reference scorer reads it.
func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case string:
		return x != ""
	case json.Number:
		f, err := x.Float64()
		return err != nil || f != 0
	case []any:
		return len(x) > 0
	case map[string]any:
		return len(x) > 0
	}
	return true
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func newGold(rows []map[string]any) *Gold {
	g := &Gold{
		alias:    map[string]string{},
		docAlias: map[string]map[string]string{},
		actsFor:  map[string]map[string]map[string]bool{},
	}
	names := map[string][]string{} // entity id -> every name given, id-derived ones included
	for _, r := range rows {
		switch str(r["kind"]) {
		case "entity":
			id := str(r["id"])
			all := append(stringList(r["names"]), idName(id))
			for _, n := range all {
				setDefault(g.alias, normName(n), id)
			}
			names[id] = append(names[id], all...)
		case "fact":
			f := newGoldFact(r)
			g.facts = append(g.facts, f)
			if f.relation == "leader_of" && !f.negated {
				g.addActsFor(f.doc, f.subject, f.object)
			}
		case "acts_for":
			who := str(r["entity"])
			if who == "" {
				who = str(r["person"])
			}
			g.addActsFor(DocKey(str(r["doc"])), who, str(r["for"]))
		}
	}
	docs := map[string]bool{}
	for _, f := range g.facts {
		docs[f.doc] = true
		table := g.docAlias[f.doc]
		if table == nil {
			table = map[string]string{}
			g.docAlias[f.doc] = table
		}
		for _, id := range []string{f.subject, f.object} {
			for _, n := range names[id] {
				setDefault(table, normName(n), id)
			}
		}
	}
	for d := range docs {
		g.docs = append(g.docs, d)
	}
	sort.Strings(g.docs)
	return g
}

func newGoldFact(r map[string]any) goldFact {
	year, _ := yearOf(r["year"])
	return goldFact{
		doc: DocKey(str(r["doc"])), subject: str(r["subject"]), relation: str(r["relation"]), object: str(r["object"]),
		negated: truthy(r["negated"]), optional: truthy(r["optional"]), year: year,
		claimedBy: claimOf(r["claimed_by"]), evidence: str(r["evidence"]),
	}
}

// claimOf is a gold claimed_by: the speaker's id, "" when none.
func claimOf(v any) string {
	if !truthy(v) {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}

func (g *Gold) addActsFor(doc, who, forWhom string) {
	byEntity := g.actsFor[doc]
	if byEntity == nil {
		byEntity = map[string]map[string]bool{}
		g.actsFor[doc] = byEntity
	}
	if byEntity[who] == nil {
		byEntity[who] = map[string]bool{}
	}
	byEntity[who][forWhom] = true
}

// Docs are the documents the gold file has facts for, sorted.
func (g *Gold) Docs() []string { return append([]string(nil), g.docs...) }

func stringList(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list)+1)
	for _, x := range list {
		out = append(out, str(x))
	}
	return out
}

func setDefault(m map[string]string, k, v string) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}

// idName is the name an id implies: "person:raul_castro" -> "raul castro".
func idName(id string) string {
	if _, rest, ok := strings.Cut(id, ":"); ok {
		id = rest
	}
	return strings.ReplaceAll(id, "_", " ")
}

var docExt = regexp.MustCompile(`\.(txt|md|html?|json)$`)

// DocKey is the document a path or id names in a gold file: its base name
// without a text extension.
func DocKey(doc string) string {
	doc = strings.ReplaceAll(doc, `\`, "/")
	if i := strings.LastIndex(doc, "/"); i >= 0 {
		doc = doc[i+1:]
	}
	return docExt.ReplaceAllString(doc, "")
}
