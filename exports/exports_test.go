package exports

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// hostile is a subgraph whose names and evidence try to break every format.
func hostile() *graph.Subgraph {
	ents := map[string]graph.Entity{
		"country:PRK":     {ID: "country:PRK", Type: graph.TypeCountry, Name: "North Korea", Aliases: []string{"DPRK", "a;b"}, ISO3: "PRK", ISO2: "KP"},
		"country:CUB":     {ID: "country:CUB", Type: graph.TypeCountry, Name: "Cuba", ISO3: "CUB", ISO2: "CU"},
		"org:evil":        {ID: "org:evil", Type: graph.TypeOrganization, Name: "\"Quoted\" \\ back\nslash <b>{x}</b> \"]"},
		"person:formula":  {ID: "person:formula", Type: graph.TypePerson, Name: "=HYPERLINK(\"x\")"},
		"event:rtl\u202e": {ID: "event:rtl\u202e", Type: graph.TypeEvent, Name: "war\u200b\u202e<script>alert(1)</script>"},
	}
	facts := []graph.Fact{
		{ID: "fact:1", Subject: "country:PRK", Relation: "arms_transfer", Object: "country:CUB", Year: 1980, Quantity: 100000, Unit: "rifles", Item: "AK rifles",
			Doc: "003", Sentence: 120, Evidence: "Comrade Kim Il-sung sent us 100,000 AK rifles, \"free\"", Confidence: 0.9},
		{ID: "fact:2", Subject: "country:CUB", Relation: "diplomatic_relations", Object: "country:PRK", Year: 1960, Doc: "000", Sentence: 5, Evidence: "since 1960", Confidence: 0.8},
		{ID: "fact:3", Subject: "org:evil", Relation: "supports", Object: "person:formula", Doc: "x\"y", Sentence: 1, Evidence: "line1\nline2 \\n <svg onload=alert(1)> @SUM(A1)", Confidence: 0.5},
		{ID: "fact:4", Subject: "country:PRK", Relation: "participated_in", Object: "event:rtl\u202e", Doc: "003", Evidence: "-2+3", Confidence: 0.6},
		{ID: "fact:5", Subject: "country:PRK", Relation: "recognizes", Object: "country:CUB", Negated: true, Doc: "003", Evidence: "does not recognize", Confidence: 0.8},
	}
	return &graph.Subgraph{Entities: ents, Facts: facts}
}

func TestDOTGolden(t *testing.T) {
	for _, merge := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteDOT(&buf, hostile(), DOTOptions{Merge: merge, Title: "t\"itle"}); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join("testdata", "hostile.dot")
		if merge {
			name = filepath.Join("testdata", "hostile_merged.dot")
		}
		if *update {
			os.WriteFile(name, buf.Bytes(), 0o644)
		}
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs (run go test ./exports -update after checking):\n%s", name, buf.String())
		}
		out := buf.String()
		if strings.Contains(out, "recognizes") {
			t.Error("a negated fact was drawn")
		}
		if strings.ContainsAny(out, "\u200b\u202e") {
			t.Error("invisible or bidirectional control characters reached the DOT")
		}
		// Every quoted string must be closed: no raw newline inside quotes.
		for i, line := range strings.Split(out, "\n") {
			if strings.Count(strings.ReplaceAll(line, `\"`, ""), `"`)%2 != 0 {
				t.Errorf("line %d has an unbalanced quote: %s", i+1, line)
			}
		}
	}
}

func TestDOTIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	WriteDOT(&a, hostile(), DOTOptions{})
	WriteDOT(&b, hostile(), DOTOptions{})
	if a.String() != b.String() {
		t.Error("two renderings of the same subgraph differ")
	}
}

// TestNeo4jCSV parses the files back and checks every header and every
// row against the neo4j-admin import rules.
func TestNeo4jCSV(t *testing.T) {
	dir := t.TempDir()
	if err := WriteNeo4jDir(dir, hostile(), false); err != nil {
		t.Fatal(err)
	}
	nodes := readCSV(t, filepath.Join(dir, "entities.csv"))
	rels := readCSV(t, filepath.Join(dir, "relationships.csv"))
	if strings.Join(nodes[0], ",") != strings.Join(Neo4jNodeHeader, ",") || strings.Join(rels[0], ",") != strings.Join(Neo4jRelHeader, ",") {
		t.Fatalf("headers: %v / %v", nodes[0], rels[0])
	}
	checkHeader(t, nodes[0], "ID(Entity)")
	checkHeader(t, rels[0], "START_ID(Entity)")
	ids := map[string]bool{}
	for _, row := range nodes[1:] {
		checkRow(t, nodes[0], row)
		ids[row[0]] = true
		if !strings.HasPrefix(row[1], "Entity;") {
			t.Errorf("label %q lacks Entity", row[1])
		}
	}
	if len(nodes)-1 != len(hostile().Entities) {
		t.Errorf("%d nodes, want %d", len(nodes)-1, len(hostile().Entities))
	}
	typeRE := regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	for _, row := range rels[1:] {
		checkRow(t, rels[0], row)
		if !ids[row[0]] || !ids[row[1]] {
			t.Errorf("relationship %v names an entity not in entities.csv", row[:3])
		}
		if !typeRE.MatchString(row[2]) {
			t.Errorf(":TYPE %q is not UPPER_SNAKE_CASE", row[2])
		}
		if row[12] == "true" {
			t.Error("a negated fact was exported without --include-negated")
		}
	}
	if len(rels)-1 != 4 {
		t.Errorf("%d relationships, want the 4 positive facts", len(rels)-1)
	}
	for _, f := range []string{"import.sh", "load.cypher"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	checkNeo4jScripts(t, dir)
}

// The scripts cannot destroy data: import.sh needs the database named
// and overwrites it only when told; load.cypher merges on ids, so a
// second run adds nothing. neo4j-admin is a stand-in that records its
// arguments.
func checkNeo4jScripts(t *testing.T, dir string) {
	t.Helper()
	bin := t.TempDir()
	record := filepath.Join(bin, "args")
	fake := "#!/bin/sh\necho \"$@\" > " + record + "\n"
	if err := os.WriteFile(filepath.Join(bin, "neo4j-admin"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (int, string) {
		os.Remove(record)
		cmd := exec.Command(filepath.Join(dir, "import.sh"), args...)
		cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"))
		out, _ := cmd.CombinedOutput()
		got, _ := os.ReadFile(record)
		return cmd.ProcessState.ExitCode(), string(out) + string(got)
	}
	if code, out := run(); code != 2 || !strings.Contains(out, "usage") || strings.Contains(out, "import full") {
		t.Errorf("import.sh without a database: exit %d, %q; want a usage error and no import", code, out)
	}
	if code, out := run("graphdb"); code != 0 || !strings.Contains(out, "import full graphdb") || !strings.Contains(out, "--overwrite-destination=false") {
		t.Errorf("import.sh graphdb: exit %d, %q", code, out)
	}
	if code, out := run("graphdb", "--overwrite"); code != 0 || !strings.Contains(out, "--overwrite-destination=true") {
		t.Errorf("import.sh graphdb --overwrite: exit %d, %q", code, out)
	}
	if code, _ := run("graphdb", "--force"); code != 2 {
		t.Errorf("import.sh graphdb --force: exit %d, want 2", code)
	}
	cypher, err := os.ReadFile(filepath.Join(dir, "load.cypher"))
	if err != nil {
		t.Fatal(err)
	}
	if c := string(cypher); strings.Contains(c, "CREATE (s)") || !strings.Contains(c, "{fact_id: row.fact_id}]->(o)") {
		t.Errorf("load.cypher does not merge relationships on their fact ids:\n%s", c)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	rows, err := r.ReadAll() // fails on bad quoting or ragged rows
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

var headerRE = regexp.MustCompile(`^(:(ID|LABEL|TYPE|START_ID|END_ID)(\([A-Za-z]+\))?|[a-z_0-9]+(:(ID\([A-Za-z]+\)|int|long|float|double|boolean|string|string\[\]))?)$`)

func checkHeader(t *testing.T, header []string, want string) {
	t.Helper()
	found := false
	for _, h := range header {
		if !headerRE.MatchString(h) {
			t.Errorf("header field %q is not in neo4j-admin form", h)
		}
		if strings.Contains(h, want) {
			found = true
		}
	}
	if !found {
		t.Errorf("header %v lacks %s", header, want)
	}
}

// checkRow checks each typed value parses as its column's type.
func checkRow(t *testing.T, header, row []string) {
	t.Helper()
	for i, h := range header {
		v := row[i]
		if v == "" {
			continue
		}
		var err error
		switch {
		case strings.HasSuffix(h, ":int"), strings.HasSuffix(h, ":long"):
			_, err = strconv.ParseInt(v, 10, 64)
		case strings.HasSuffix(h, ":float"):
			_, err = strconv.ParseFloat(v, 64)
		case strings.HasSuffix(h, ":boolean"):
			if v != "true" && v != "false" {
				err = strconv.ErrSyntax
			}
		}
		if err != nil {
			t.Errorf("column %s: %q does not parse", h, v)
		}
		if len(v) > 0 && strings.ContainsRune("=+@", rune(v[0])) {
			t.Errorf("column %s: %q starts like a spreadsheet formula", h, v)
		}
	}
}

func TestGraphMLWellFormed(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, hostile()); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(&buf)
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("GraphML is not well-formed: %v", err)
		}
	}
}

// star is a subgraph of n entities around a hub, one fact each, plus one
// fact between each pair of neighbours in turn: 2n-1 edges.
func star(n int) *graph.Subgraph {
	sg := &graph.Subgraph{Entities: map[string]graph.Entity{}}
	id := func(i int) string { return "country:C" + strconv.Itoa(i) }
	for i := 0; i < n; i++ {
		sg.Entities[id(i)] = graph.Entity{ID: id(i), Type: graph.TypeCountry, Name: id(i)}
		if i > 0 {
			sg.Facts = append(sg.Facts, graph.Fact{ID: "fact:h" + strconv.Itoa(i), Subject: id(0), Relation: "aid", Object: id(i), Doc: "d"})
		}
		if i > 1 {
			sg.Facts = append(sg.Facts, graph.Fact{ID: "fact:p" + strconv.Itoa(i), Subject: id(i - 1), Relation: "aid", Object: id(i), Doc: "d"})
		}
	}
	return sg
}

// Past LargeEdges edges the force-directed layouts get straight edges and
// overlap removal by scaling; dot, and smaller diagrams, keep splines.
func TestDOTLargeDiagram(t *testing.T) {
	tests := []struct {
		n      int
		layout string
		large  bool
		want   string
	}{
		{50, "sfdp", false, "splines=true, overlap=false"},
		{150, "sfdp", true, "splines=line, overlap=scale"},
		{150, "neato", true, "splines=line, overlap=scale"},
		{150, "dot", true, "splines=true, overlap=false"},
		{150, "", true, "splines=true, overlap=false"},
	}
	for _, tt := range tests {
		sg := star(tt.n)
		if got := Large(sg, false); got != tt.large {
			t.Errorf("%d entities: Large = %v, want %v", tt.n, got, tt.large)
		}
		var b bytes.Buffer
		if err := WriteDOT(&b, sg, DOTOptions{Layout: tt.layout}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("%d entities, layout %q: want %q in the graph attributes, got %s", tt.n, tt.layout, tt.want, strings.SplitN(b.String(), "\n", 3)[1])
		}
	}
}
