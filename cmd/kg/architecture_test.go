package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mayImport is docs/ARCHITECTURE.md's flow: the kg packages each package
// may import (tests included). Data flows files → ingest → graph →
// queries → exports; commands and tools sit on top.
var mayImport = map[string][]string{
	"gazetteer":              nil,
	"graph":                  nil,
	"graph/graphtest":        {"graph"},
	"graph/index":            {"graph", "graph/graphtest"},
	"ingest":                 {"gazetteer", "graph", "ingest/extract", "ingest/reader"},
	"ingest/english":         nil,
	"ingest/reader":          nil,
	"ingest/sentence":        {"ingest/reader"}, // its tests read real pages
	"ingest/extract":         {"gazetteer", "graph", "ingest/english", "ingest/reader", "ingest/sentence"},
	"queries":                {"gazetteer", "graph", "graph/graphtest", "graph/index"},
	"queries/analysis":       {"graph", "graph/graphtest", "graph/index", "queries"},
	"queries/evaluate":       {"graph"},
	"exports":                {"graph", "queries"},
	"exports/render":         {"exports", "graph"},
	"exports/render/wasmdot": {"exports", "exports/render", "graph"},
}

// No package imports one further up the flow: a change to how facts are
// exported never reaches back into how they are extracted or stored.
func TestImportsFlowOneWay(t *testing.T) {
	root := filepath.Join("..", "..")
	for pkg, allowed := range mayImport {
		dir := filepath.Join(root, filepath.FromSlash(pkg))
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Errorf("%s: no Go files (%v): is the table out of date?", pkg, err)
			continue
		}
		ok := map[string]bool{pkg: true}
		for _, a := range allowed {
			ok[a] = true
		}
		for _, file := range files {
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path := strings.Trim(imp.Path.Value, `"`)
				if dep, isKG := strings.CutPrefix(path, "kg/"); isKG && !ok[dep] {
					t.Errorf("%s imports %s, against the flow of docs/ARCHITECTURE.md", file, path)
				}
			}
		}
	}
	// Every package of the module is in the table, so that a new one
	// takes a place in the flow.
	for _, top := range []string{"gazetteer", "graph", "ingest", "queries", "exports"} {
		filepath.WalkDir(filepath.Join(root, top), func(p string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return err
			}
			switch d.Name() {
			case "testdata", "data", "lexicon":
				return filepath.SkipDir
			}
			if gos, _ := filepath.Glob(filepath.Join(p, "*.go")); len(gos) > 0 {
				rel, _ := filepath.Rel(root, p)
				if _, ok := mayImport[filepath.ToSlash(rel)]; !ok {
					t.Errorf("package %s is not in mayImport (docs/ARCHITECTURE.md): give it its place in the flow", rel)
				}
			}
			return nil
		})
	}
}
