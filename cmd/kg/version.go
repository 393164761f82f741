package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"kg/exports/render"
	"kg/gazetteer"
	"kg/ingest/extract"
)

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print kg's version, Go's, Cayley's and the data files'",
		Long: `Print the version of kg (the source revision it was built from), of Go
and of the libraries that hold the graph, the Graphviz program that
draws it, and digests of the
data files built into kg (the gazetteer, the extraction lexicon): two
builds with the same digests extract the same facts from the same text.`,
		Args: needArgs(0, false, ""),
		RunE: func(*cobra.Command, []string) error {
			info, _ := debug.ReadBuildInfo()
			fmt.Fprintf(a.Out, "kg         %s\n", kgVersion(info))
			fmt.Fprintf(a.Out, "go         %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
			for _, dep := range []struct{ label, path string }{
				{"cayley", "github.com/cayleygraph/cayley"},
				{"graph", "github.com/dominikbraun/graph"},
			} {
				fmt.Fprintf(a.Out, "%-10s %s\n", dep.label, depVersion(info, dep.path))
			}
			renderer := render.NewRenderer().Path
			if renderer == "" {
				renderer = "none found yet (kg-graphviz is built on first use from the source tree)"
			}
			fmt.Fprintf(a.Out, "%-10s %s\n", "graphviz", renderer)
			fmt.Fprintf(a.Out, "gazetteer  data %s\n", digest(gazetteer.DataFiles()))
			fmt.Fprintf(a.Out, "lexicon    data %s\n", digest(extract.LexiconFiles()))
			return nil
		},
	}
}

// version is set by make build (-ldflags "-X main.version=…") to the
// source tree's git describe.
var version string

// kgVersion is the version make build set, else the module's version or
// the revision Go recorded of the source tree (and whether that tree had
// changes).
func kgVersion(info *debug.BuildInfo) string {
	if version != "" {
		return version
	}
	if info == nil {
		return "unknown"
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	v := info.Main.Version
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v = "revision " + rev
		if dirty {
			v += " (with uncommitted changes)"
		}
	}
	if v == "" || v == "(devel)" {
		v = "development build"
	}
	return v
}

func depVersion(info *debug.BuildInfo, path string) string {
	if info != nil {
		for _, d := range info.Deps {
			if d.Path == path {
				return d.Version
			}
		}
	}
	return "unknown"
}

// digest is a short digest of every file of fsys, names and contents.
func digest(fsys fs.FS) string {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d\n", path, len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "unreadable: " + err.Error()
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
