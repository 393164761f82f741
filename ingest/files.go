package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"kg/ingest/reader"
)

// Collect expands the command-line paths into the documents to ingest:
// files are taken as given, directories are walked recursively for the
// supported extensions (.txt .md .html .htm), "-" stands for standard
// input. Problems (a missing path, an unreadable directory, a symlink
// loop) come back as errors naming the path; the other paths still count.
func Collect(paths []string) ([]string, []error) {
	var out []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPathError(err)))
			continue
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		files, werrs := walk(p)
		for _, f := range files {
			add(f)
		}
		errs = append(errs, werrs...)
	}
	return out, errs
}

// walk lists the supported files under dir, following symbolic links to
// directories once each (a link back up the tree is reported, not looped).
func walk(root string) ([]string, []error) {
	var files []string
	var errs []error
	visited := map[string]bool{}
	var visit func(dir string)
	visit = func(dir string) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", dir, unwrapPathError(err)))
			return
		}
		if visited[real] {
			errs = append(errs, fmt.Errorf("%s: symbolic link loop (already visited %s); skipped", dir, real))
			return
		}
		visited[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", dir, unwrapPathError(err)))
			return
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				st, err := os.Stat(p)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: broken symbolic link: %w", p, unwrapPathError(err)))
					continue
				}
				mode = st.Mode().Type()
			}
			switch {
			case mode.IsDir():
				visit(p)
			case mode.IsRegular():
				if _, ok := reader.FormatOf(p); ok {
					files = append(files, p)
				}
			}
		}
	}
	visit(root)
	return files, errs
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
