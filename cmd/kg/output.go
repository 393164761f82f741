package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kg/exports/render"
	"kg/graph"
	"kg/queries"
)

// draw writes a subgraph as DOT, SVG or PNG to the command's output.
func (a *app) draw(ctx context.Context, sg *graph.Subgraph, f drawFlags, title string) error {
	return a.drawTo(ctx, a.Out, sg, f, title)
}

func (a *app) drawTo(ctx context.Context, w io.Writer, sg *graph.Subgraph, f drawFlags, title string) error {
	if sg.Cut != "" {
		fmt.Fprintln(a.Err, "kg:", sg.Cut)
	}
	return render.Draw(ctx, w, sg, render.Options{Format: f.format, Layout: f.layout, LayoutAsked: f.layoutSet != nil && f.layoutSet(),
		Merge: f.merge, Title: title, Center: f.center, Start: f.start, Notify: func(msg string) { fmt.Fprintln(a.Err, "kg:", msg) }})
}

// withOutput runs fn on the -o file, or on standard output. A regular
// file is written beside its destination and renamed into place, so a
// failed export never leaves half a file; a symbolic link is followed to
// the file it names. Anything else that exists (a device such as
// /dev/null, a pipe) is written to directly, never replaced.
func (a *app) withOutput(path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(a.Out)
	}
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		if st.IsDir() {
			return fmt.Errorf("%s is a directory", path)
		}
		fh, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if err := fn(fh); err != nil {
			fh.Close()
			return err
		}
		return fh.Close()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// entityMap returns the stored entities of the given ids by id, or every
// stored entity when no id is given.
func entityMap(ctx context.Context, s *graph.Store, ids ...string) (map[string]graph.Entity, error) {
	if len(ids) > 0 {
		seen := map[string]bool{}
		var uniq []string
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				uniq = append(uniq, id)
			}
		}
		return s.EntitiesByID(ctx, uniq)
	}
	ents, err := s.Entities(ctx, "")
	if err != nil {
		return nil, err
	}
	m := make(map[string]graph.Entity, len(ents))
	for _, e := range ents {
		m[e.ID] = e.Entity
	}
	return m, nil
}

func name(ents map[string]graph.Entity, id string) string { return queries.EntityName(ents, id) }

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// factSummary is "North Korea arms_transfer Cuba, 1980, 100000 rifles".
func factSummary(ents map[string]graph.Entity, f graph.Fact) string {
	s := fmt.Sprintf("%s %s %s", name(ents, f.Subject), f.Relation, name(ents, f.Object))
	if f.Negated {
		s = "NOT " + s
	}
	if f.Year != 0 {
		s += fmt.Sprintf(", %d", f.Year)
	}
	if f.Quantity != 0 {
		s += fmt.Sprintf(", %d %s", f.Quantity, f.Unit)
	}
	return s
}

// plural is "1 fact", "2 facts", "0 facts".
func plural[N int | int64](n N, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
