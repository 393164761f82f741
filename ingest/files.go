package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kg/ingest/reader"
)

// Collection is what the command-line paths expand to.
type Collection struct {
	// Files are the documents to ingest, in order, each once.
	Files []string
	// Ignored are the files found under a directory that are not
	// documents (another extension, or not a regular file): they are left
	// alone, not failed.
	Ignored []string
	// Problems name the paths that could not be used: a missing path, an
	// unreadable directory, a broken link, a symbolic link loop.
	Problems []error
}

// Collect expands the command-line paths into the documents to ingest:
// files are taken as given, directories are walked recursively for the
// supported extensions (.txt .md .html .htm), "-" stands for standard
// input. Problems (a missing path, an unreadable directory, a symlink
// loop) come back as errors naming the path; the other paths still count.
func Collect(paths []string) Collection {
	var c Collection
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			c.Files = append(c.Files, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			c.Problems = append(c.Problems, fmt.Errorf("%s: %w", p, unwrapPathError(err)))
			continue
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		files, ignored, werrs := walk(p)
		for _, f := range files {
			add(f)
		}
		for _, f := range ignored {
			if !seen[f] {
				seen[f] = true
				c.Ignored = append(c.Ignored, f)
			}
		}
		c.Problems = append(c.Problems, werrs...)
	}
	return c
}

// IgnoredKinds describes ignored files by kind: their extensions
// (lower-case, sorted), "no extension", or "not a regular file".
func IgnoredKinds(ignored []string) []string {
	kinds := map[string]bool{}
	for _, p := range ignored {
		kinds[ignoredKind(p)] = true
	}
	out := make([]string, 0, len(kinds))
	for k := range kinds {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func ignoredKind(p string) string {
	if st, err := os.Stat(p); err == nil && !st.Mode().IsRegular() {
		return "not a regular file"
	}
	ext := strings.ToLower(filepath.Ext(p))
	if ext == "" || ext == strings.ToLower(filepath.Base(p)) { // "README", ".gitignore"
		return "no extension"
	}
	return ext
}

// walk lists the supported files under dir, and the other files it
// ignores, following symbolic links to directories once each (a link back
// up the tree is reported, not looped).
func walk(root string) (files, ignored []string, errs []error) {
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
				} else {
					ignored = append(ignored, p)
				}
			default: // a named pipe, socket or device, whatever its name
				ignored = append(ignored, p)
			}
		}
	}
	visit(root)
	return files, ignored, errs
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
