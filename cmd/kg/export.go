package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"kg/exports"
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
		Merge: f.merge, Title: title, Notify: func(msg string) { fmt.Fprintln(a.Err, "kg:", msg) }})
}

type neighborsOptions struct {
	selectionFlags
	drawFlags
	depth    int
	maxNodes int
	maxFacts int
}

func (a *app) neighborsCmd() *cobra.Command {
	var opt neighborsOptions
	cmd := &cobra.Command{
		Use:   "neighbors ENTITY",
		Short: "Show what surrounds an entity: its facts up to --depth hops away",
		Example: `  kg neighbors Cuba
  kg neighbors Cuba --depth 2 --relations diplomatic_relations
  kg neighbors Cuba --min-confidence 0.8
  kg neighbors "North Korea" --format svg > nk.svg`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runNeighbors(cmd.Context(), args[0], opt) },
	}
	opt.selectionFlags.register(cmd)
	opt.drawFlags.register(cmd, "text, jsonl, dot or svg")
	cmd.Flags().IntVar(&opt.depth, "depth", 1, "how many hops out")
	cmd.Flags().IntVar(&opt.maxNodes, "max-nodes", queries.DefaultMaxNodes, "stop growing past this many entities")
	cmd.Flags().IntVar(&opt.maxFacts, "max-facts", queries.DefaultMaxFacts, maxFactsUsage)
	return cmd
}

const maxFactsUsage = "at most this many facts: whole edges, the nearest and most evidenced first (0: no cap)"

func (a *app) runNeighbors(ctx context.Context, center string, opt neighborsOptions) error {
	popt, err := opt.options()
	if err != nil {
		return err
	}
	if err := checkFormat(opt.format, "text", "jsonl", "dot", "svg"); err != nil {
		return err
	}
	gaz, err := a.gazetteer()
	if err != nil {
		return err
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	id, err := queries.Resolve(ctx, store, gaz, center)
	if err != nil {
		return err
	}
	popt.MaxFacts = opt.maxFacts
	sg, err := queries.NewGraph(store).Neighborhood(ctx, id, opt.depth, popt, opt.maxNodes)
	if err != nil {
		return err
	}
	switch opt.format {
	case "dot", "svg":
		return a.draw(ctx, sg, opt.drawFlags, fmt.Sprintf("%s, depth %d", name(sg.Entities, id), opt.depth))
	case "jsonl":
		if sg.Cut != "" {
			fmt.Fprintln(a.Err, "kg:", sg.Cut)
		}
		w := exports.NewJSONLWriter(a.Out, sg.Entities)
		for _, f := range sg.Facts {
			if err := w.Write(f); err != nil {
				return err
			}
		}
		return nil
	}
	if sg.Cut != "" {
		fmt.Fprintln(a.Err, "kg:", sg.Cut)
	}
	fmt.Fprintf(a.Out, "%s: %d entities, %d facts within %d hop(s)\n", name(sg.Entities, id), len(sg.Entities), len(sg.Facts), opt.depth)
	for _, f := range sg.Facts {
		fmt.Fprintf(a.Out, "  %s [%s]\n", factSummary(sg.Entities, f), f.Doc)
	}
	return nil
}

type exportOptions struct {
	selectionFlags
	drawFlags
	output   string
	center   string
	depth    int
	path     []string
	maxNodes int
	maxFacts int
}

func (a *app) exportCmd() *cobra.Command {
	var opt exportOptions
	cmd := &cobra.Command{
		Use:   "export FORMAT",
		Short: "Draw or export the graph: svg, png, dot, neo4j, nquads, jsonl, graphml",
		Long: `Draw or export the whole graph or a selection of it.

Formats:
  svg, png, dot  a diagram (Graphviz); nodes by entity type, edges by relation
  neo4j          entities.csv and relationships.csv for
                 neo4j-admin database import full, plus import.sh and
                 load.cypher (LOAD CSV); -o names the directory
  nquads         every quad, document labels kept (kg import nquads reads it);
                 always the whole store
  jsonl          facts as JSON Lines (the form of kg facts --format jsonl)
  graphml        for Gephi, yEd and Cytoscape

Selections: --center ENTITY --depth N, --path FROM TO, --relations, --since,
--until. Diagrams are capped at --max-nodes entities (default 300) and
--max-facts facts (default 2000; whole edges, those nearest the centre and
supported by the most facts first): a larger graph is cut, with a message,
rather than drawn as an unreadable hairball.
Negated facts are never drawn or exported as edges (neo4j takes them with
--include-negated, marked negated=true); --min-confidence leaves out the
facts below it (nquads excepted).`,
		Example: `  kg export svg --center "North Korea" --depth 1 -o nk.svg
  kg export dot --path "North Korea" Angola -o path.dot
  kg export svg --relations arms_transfer,military_support -o arms.svg
  kg export jsonl --min-confidence 0.8 -o sure.jsonl
  kg export neo4j -o out/
  kg export nquads -o kg.nq`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			// "--path FROM TO": the second entity arrives as an argument.
			if len(args) == 2 {
				if len(opt.path) != 1 {
					return fmt.Errorf("export takes one FORMAT argument; got %q too", args[1])
				}
				opt.path = append(opt.path, args[1])
			}
			return a.runExport(cmd.Context(), args[0], opt)
		},
	}
	opt.selectionFlags.register(cmd)
	opt.drawFlags.registerLayout(cmd, "Graphviz layout: dot, neato, fdp, circo, sfdp, twopi (default: dot, sfdp past 200 edges)")
	cmd.Flags().BoolVar(&opt.drawFlags.merge, "merge", false, "draw all facts between two entities as one edge")
	cmd.Flags().StringVarP(&opt.output, "output", "o", "", "output file (a directory for neo4j); default standard output")
	cmd.Flags().StringVar(&opt.center, "center", "", "only the neighbourhood of this entity")
	cmd.Flags().IntVar(&opt.depth, "depth", 1, "with --center: how many hops out")
	cmd.Flags().StringSliceVar(&opt.path, "path", nil, "only the shortest path between two entities: --path FROM,TO or --path FROM TO")
	cmd.Flags().IntVar(&opt.maxNodes, "max-nodes", queries.DefaultMaxNodes, "diagrams: at most this many entities (0: no cap)")
	cmd.Flags().IntVar(&opt.maxFacts, "max-facts", queries.DefaultMaxFacts, "diagrams: "+maxFactsUsage)
	return cmd
}

func (a *app) runExport(ctx context.Context, format string, opt exportOptions) error {
	if err := checkFormat(format, "svg", "png", "dot", "neo4j", "nquads", "jsonl", "graphml"); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if format == "nquads" {
		return a.withOutput(opt.output, func(w io.Writer) error {
			n, err := exports.WriteNQuads(ctx, w, store)
			if err == nil && opt.output != "" {
				fmt.Fprintf(a.Err, "wrote %d quads to %s\n", n, opt.output)
			}
			return err
		})
	}
	if format == "neo4j" && opt.output == "" {
		return fmt.Errorf("export neo4j writes a directory of files: give it with -o DIR")
	}
	sg, title, err := a.selection(ctx, store, opt, format)
	if err != nil {
		return err
	}
	switch format {
	case "neo4j":
		if err := exports.WriteNeo4jDir(opt.output, sg, opt.includeNegated); err != nil {
			return err
		}
		fmt.Fprintf(a.Err, "wrote %d entities and %d facts to %s (entities.csv, relationships.csv, import.sh, load.cypher)\n",
			len(sg.Entities), len(sg.Facts), opt.output)
		return nil
	case "jsonl":
		return a.withOutput(opt.output, func(w io.Writer) error {
			jw := exports.NewJSONLWriter(w, sg.Entities)
			for _, f := range sg.Facts {
				if err := jw.Write(f); err != nil {
					return err
				}
			}
			return nil
		})
	case "graphml":
		return a.withOutput(opt.output, func(w io.Writer) error { return exports.WriteGraphML(w, sg) })
	}
	f := opt.drawFlags
	f.format = format
	return a.withOutput(opt.output, func(w io.Writer) error { return a.drawTo(ctx, w, sg, f, title) })
}

// selection resolves the --center, --path or whole-graph selection.
// Diagrams are capped (--max-nodes, --max-facts); data exports never are.
func (a *app) selection(ctx context.Context, store *graph.Store, opt exportOptions, format string) (*graph.Subgraph, string, error) {
	popt, err := opt.options()
	if err != nil {
		return nil, "", err
	}
	sel := queries.Selection{Depth: opt.depth, MaxNodes: opt.maxNodes, Options: popt}
	sel.Options.MaxFacts = opt.maxFacts
	if diagram := format == "svg" || format == "png" || format == "dot"; !diagram {
		sel.MaxNodes, sel.Options.MaxFacts = 0, 0
	}
	if opt.center != "" && len(opt.path) > 0 {
		return nil, "", fmt.Errorf("give --center or --path, not both")
	}
	if len(opt.path) > 0 && len(opt.path) != 2 {
		return nil, "", fmt.Errorf("--path takes two entities: --path FROM,TO")
	}
	if opt.center != "" || len(opt.path) > 0 {
		gaz, err := a.gazetteer()
		if err != nil {
			return nil, "", err
		}
		if opt.center != "" {
			if sel.Center, err = queries.Resolve(ctx, store, gaz, opt.center); err != nil {
				return nil, "", err
			}
		} else {
			if sel.From, err = queries.Resolve(ctx, store, gaz, opt.path[0]); err != nil {
				return nil, "", err
			}
			if sel.To, err = queries.Resolve(ctx, store, gaz, opt.path[1]); err != nil {
				return nil, "", err
			}
		}
	}
	sg, title, err := queries.NewGraph(store).Select(ctx, sel)
	if errors.Is(err, queries.ErrNoPath) {
		return nil, "", fmt.Errorf("no path between %s and %s within %d hops", opt.path[0], opt.path[1], queries.DefaultMaxHops)
	}
	return sg, title, err
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

func (a *app) importCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "import nquads FILE",
		Short: "Read an N-Quads export (kg export nquads) into the store",
		Long: `Read an N-Quads export into the store. Quads are grouped by their document
label; each document is one transaction and replaces the same document if
the store already has it.`,
		Example: "  kg --db copy.db import nquads kg.nq",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] != "nquads" {
				return fmt.Errorf("import: unknown format %q (want nquads)", args[0])
			}
			f, err := os.Open(args[1])
			if err != nil {
				return err
			}
			defer f.Close()
			store, err := a.openStore()
			if err != nil {
				return err
			}
			defer store.Close()
			docs, quads, err := exports.ReadNQuads(cmd.Context(), f, store)
			if docs > 0 {
				a.persistIndex(cmd.Context(), store)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", args[1], err)
			}
			fmt.Fprintf(a.Out, "imported %d documents, %d quads from %s\n", docs, quads, args[1])
			return nil
		},
	}
}
