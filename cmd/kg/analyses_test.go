package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The analyses on the seed store, as a user runs them; the output is kept
// in testdata/analyses.golden (go test ./cmd/kg -run TestAnalysesGolden
// -update rewrites it after a change to extraction or confidence).
func TestAnalysesGolden(t *testing.T) {
	db := ingestSeeds(t)
	runs := [][]string{
		{"central", "--top", "8"},
		{"blocs", "--relations", "supports,aid,arms_transfer,military_support"},
		{"path", "Syria", "Angola", "--by", "support"},
		{"path", "Cuba", "Vietnam", "--all", "--max-hops", "2", "--by", "support"},
		{"timeline", "Cuba", "North Korea"},
	}
	var got strings.Builder
	for _, args := range runs {
		code, out, errs := kg(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("kg %s: exit %d: %s", strings.Join(args, " "), code, errs)
		}
		got.WriteString("$ kg " + strings.Join(args, " ") + "\n" + out + "\n")
	}
	file := filepath.Join("testdata", "analyses.golden")
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got.String() != string(want) {
		t.Errorf("analyses differ from %s (rerun with -update if the change is meant):\n%s", file, got.String())
	}
}

func TestAnalysesFormatsAndErrors(t *testing.T) {
	db := ingestSeeds(t)
	code, out, _ := kg(t, "--db", db, "blocs", "--format", "json")
	var blocs struct {
		Directed, Symmetric []struct {
			Members []struct{ ID string }
			Edges   []struct{ Facts int }
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &blocs) != nil || len(blocs.Directed) == 0 || len(blocs.Directed[0].Members) < 2 {
		t.Errorf("blocs --format json: exit %d, %.200s", code, out)
	}
	code, out, _ = kg(t, "--db", db, "central", "--format", "json", "--top", "3")
	var central []struct {
		ID          string
		Betweenness float64
	}
	if code != 0 || json.Unmarshal([]byte(out), &central) != nil || len(central) != 3 || central[0].ID != "country:PRK" {
		t.Errorf("central --format json: exit %d, %.200s", code, out)
	}
	code, out, _ = kg(t, "--db", db, "timeline", "Cuba", "North Korea", "--format", "jsonl")
	if lines := strings.Count(out, "\n"); code != 0 || lines < 5 {
		t.Errorf("timeline --format jsonl: exit %d, %d lines", code, lines)
	}
	code, out, _ = kg(t, "--db", db, "export", "dot", "--backbone")
	if code != 0 || !strings.Contains(out, "backbone:") || !strings.Contains(out, "edges cut") {
		t.Errorf("export dot --backbone: exit %d, %.300s", code, out)
	}
	for _, bad := range [][]string{
		{"timeline", "Cuba"},
		{"path", "Cuba", "Angola", "--by", "luck"},
		{"central", "--top", "-1"},
		{"blocs", "--relations", "friendship"},
	} {
		if code, _, errs := kg(t, append([]string{"--db", db}, bad...)...); code == 0 || errs == "" {
			t.Errorf("kg %s: exit %d, no error", strings.Join(bad, " "), code)
		}
	}
}

// A path not found says why: different parts of the graph, or longer
// than the bound (and how long); a name kg knows but the store lacks says
// so instead of suggesting far-fetched names.
func TestNoPathSaysWhy(t *testing.T) {
	db := ingestSeeds(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"path", "Cuba", "Angola", "--max-hops", "1"}, "no path between Cuba and Angola within 1 hop; the shortest has 2 (--max-hops 2)"},
		{[]string{"path", "Cuba", "Angola", "--relations", "leader_of"}, "they are in different parts of the graph (no chain of leader_of facts joins them)"},
	}
	for _, tt := range tests {
		_, out, errs := kg(t, append([]string{"--db", db}, tt.args...)...)
		if !strings.Contains(out+errs, tt.want) {
			t.Errorf("kg %s: %q, want %q", strings.Join(tt.args, " "), out+errs, tt.want)
		}
	}
	_, _, errs := kg(t, "--db", db, "path", "Germany", "Cuba")
	if !strings.Contains(errs, "Germany (country:DEU) is a country kg knows, but no fact in this store mentions it") || strings.Contains(errs, "closest") {
		t.Errorf("a known name the store lacks: %q", errs)
	}
}

// Listings say once what repeats: kg facts groups by subject, relation,
// object and polarity, with counts; --each lists every fact.
func TestFactsGrouped(t *testing.T) {
	db := ingestSeeds(t)
	_, grouped, _ := kg(t, "--db", db, "facts")
	_, each, _ := kg(t, "--db", db, "facts", "--each")
	if !strings.Contains(grouped, "FACTS") || !strings.Contains(grouped, "2 documents") {
		t.Errorf("grouped listing without counts:\n%.400s", grouped)
	}
	seen := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(grouped), "\n")[1:] {
		cols := regexp.MustCompile(`\s{2,}`).Split(line, -1)
		seen[strings.Join(cols[:3], " | ")]++ // subject, relation, object
	}
	for line, n := range seen {
		if n > 1 {
			t.Errorf("%q listed %d times", line, n)
		}
	}
	if g, e := strings.Count(grouped, "\n"), strings.Count(each, "\n"); g >= e {
		t.Errorf("grouped listing has %d lines, --each %d: nothing grouped", g, e)
	}
}

// Exit status as grep's: 0 found, 1 nothing found, 2 a mistake in the
// call or a store that cannot be opened; argument errors say what is
// wanted.
func TestExitStatus(t *testing.T) {
	db := ingestSeeds(t)
	tests := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"path", "Cuba", "Angola"}, 0, ""},
		{[]string{"path", "Cuba", "Angola", "--max-hops", "1"}, 1, ""},
		{[]string{"facts", "--relation", "threatens", "--entity", "Angola"}, 1, "no facts"},
		{[]string{"query", `g.V("<country:ZZZ>").All()`}, 1, "no results"},
		{[]string{"path", "Cuba"}, 2, "kg path needs two entities: kg path FROM TO"},
		{[]string{"neighbors"}, 2, "kg neighbors needs an entity"},
		{[]string{"facts", "extra"}, 2, "kg facts takes no arguments"},
		{[]string{"facts", "--no-such-flag"}, 2, "unknown flag"},
		{[]string{"facts", "--format", "xml"}, 2, "unknown --format"},
		{[]string{"path", "Cuba", "Angola", "--relations", "friendship"}, 2, "unknown relation"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"export"}, 2, "kg export needs a format"},
		{[]string{"path", "Cuba", "Angola", "--max-hops", "0"}, 2, "--max-hops 0: give 1 or more"},
		{[]string{"neighbors", "Cuba", "--depth", "-1"}, 2, "--depth -1: give 1 or more"},
		{[]string{"export", "svg", "-o", "map.png"}, 2, "-o map.png names a png file, but the format is svg"},
	}
	for _, tt := range tests {
		code, _, errs := kg(t, append([]string{"--db", db}, tt.args...)...)
		if code != tt.code || !strings.Contains(errs, tt.says) {
			t.Errorf("kg %s: exit %d, %q; want %d and %q", strings.Join(tt.args, " "), code, errs, tt.code, tt.says)
		}
	}
}

// A reader that goes away (kg export svg | head) ends kg quietly.
func TestClosedPipeEndsQuietly(t *testing.T) {
	db := ingestSeeds(t)
	for _, args := range [][]string{{"export", "jsonl"}, {"export", "svg"}} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		var errw strings.Builder
		code := run(append([]string{"--db", db}, args...), strings.NewReader(""), w, &errw)
		w.Close()
		if code != 141 || errw.String() != "" {
			t.Errorf("kg %s into a closed pipe: exit %d, %q; want 141 and nothing said", strings.Join(args, " "), code, errw.String())
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := kg(t, "version")
	for _, want := range []string{"kg ", "go ", "cayley     v0.7.7", "graph      v0.23.0", "gazetteer  data ", "lexicon    data "} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("kg version: exit %d, %q lacks %q", code, out, want)
		}
	}
}

// kg facts takes the filters path and export take.
func TestFactsFilters(t *testing.T) {
	db := ingestSeeds(t)
	count := func(args ...string) int {
		_, out, _ := kg(t, append([]string{"--db", db, "facts", "--format", "jsonl"}, args...)...)
		return strings.Count(out, "\n")
	}
	all := count()
	since, until := count("--since", "1970"), count("--until", "1969")
	dated := count("--since", "1", "--until", "9999")
	if since >= all || until >= all || dated != all {
		t.Errorf("all %d, since 1970 %d, until 1969 %d, any year %d", all, since, until, dated)
	}
	if n := count("--relations", "arms_transfer"); n == 0 || n != count("--relation", "arms_transfer") || n >= all {
		t.Errorf("--relations arms_transfer: %d facts (--relation %d, all %d)", n, count("--relation", "arms_transfer"), all)
	}
	if code, _, _ := kg(t, "--db", db, "facts", "--since", "1990", "--until", "1980"); code != 2 {
		t.Errorf("--since after --until: exit %d, want 2", code)
	}
}

// Completion knows the store's entities, the relations and the formats.
func TestCompletion(t *testing.T) {
	db := ingestSeeds(t)
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"__complete", "path", "North"}, []string{"North Korea\tCountry", "North Vietnam\tCountry"}},
		{[]string{"__complete", "path", "Cuba", "Ang"}, []string{"Angola\tCountry"}},
		{[]string{"__complete", "facts", "--relations", "aid,"}, []string{"aid,arms_transfer"}},
		{[]string{"__complete", "path", "Cuba", "Angola", "--format", ""}, []string{"table", "json", "svg"}},
		{[]string{"__complete", "entities", "--type", ""}, []string{"Country", "Person"}},
	}
	for _, tt := range tests {
		_, out, _ := kg(t, append([]string{"--db", db}, tt.args...)...)
		for _, w := range tt.want {
			if !strings.Contains(out, w+"\n") {
				t.Errorf("kg %s: %q lacks %q", strings.Join(tt.args, " "), out, w)
			}
		}
	}
}

// The analyses on the training corpus beside the repository: every
// command answers, the best-supported path is never less supported than
// the shortest, and the most central entity is a hub.
func TestAnalysesOnCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a corpus")
	}
	docs, _ := filepath.Abs("../../../shared/corpus/train/docs")
	if _, err := os.Stat(docs); err != nil {
		t.Skipf("no %s", docs)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, out, errs := kg(t, "--db", db, "ingest", "-q", docs); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	code, out, _ := kg(t, "--db", db, "central", "--format", "json", "--top", "5")
	var central []struct {
		ID     string
		Degree int
	}
	if code != 0 || json.Unmarshal([]byte(out), &central) != nil || len(central) != 5 || central[0].Degree < 5 {
		t.Fatalf("central: exit %d, %.300s", code, out)
	}
	if code, out, _ := kg(t, "--db", db, "blocs", "--format", "json"); code != 0 || !strings.Contains(out, `"members"`) {
		t.Errorf("blocs: exit %d, %.300s", code, out)
	}
	// Paths from the most central entity to the others of the top five.
	for _, c := range central[1:] {
		code, out, errs := kg(t, "--db", db, "path", central[0].ID, c.ID, "--by", "support")
		if code != 0 {
			t.Errorf("path %s %s --by support: exit %d: %s", central[0].ID, c.ID, code, errs)
			continue
		}
		var best, shortest float64
		for _, line := range strings.Split(out, "\n") {
			if i := strings.Index(line, "support "); i >= 0 && strings.Contains(line, "hop(s)") {
				var v float64
				fmt.Sscanf(line[i+len("support "):], "%f", &v)
				if strings.HasPrefix(line, "the shortest path") {
					shortest = v
				} else if best == 0 {
					best = v
				}
			}
		}
		if best == 0 || best+1e-9 < shortest {
			t.Errorf("%s → %s: best-supported %.3f, shortest %.3f:\n%s", central[0].ID, c.ID, best, shortest, out)
		}
		if code, _, errs := kg(t, "--db", db, "timeline", central[0].ID, c.ID); code != 0 && code != 1 {
			t.Errorf("timeline %s %s: exit %d: %s", central[0].ID, c.ID, code, errs)
		}
	}
}
