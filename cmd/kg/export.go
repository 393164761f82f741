package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"kg/exports"
	"kg/graph"
	"kg/queries"
)

const (
	maxFactsUsage = "at most this many facts: whole edges, the nearest and most evidenced first (0: no cap)"
	maxEdgesUsage = "at most this many edges (all the facts of one relation between two entities), the nearest and most evidenced first (0: no cap)"
)

type exportOptions struct {
	selectionFlags
	drawFlags
	output   string
	center   string
	depth    int
	path     []string
	maxNodes int
	maxFacts int
	maxEdges int
	backbone bool
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
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 || len(args) > 2 {
				return usageErrorf("kg export needs a format: kg %s (svg, png, dot, neo4j, nquads, jsonl, graphml)", cmd.Use)
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			// "--path FROM TO": the second entity arrives as an argument.
			if len(args) == 2 {
				if len(opt.path) != 1 {
					return usageErrorf("export takes one FORMAT argument; got %q too", args[1])
				}
				opt.path = append(opt.path, args[1])
			}
			if err := atLeastOne(cmd, map[string]int{"depth": opt.depth}); err != nil {
				return err
			}
			return a.runExport(cmd.Context(), args[0], opt)
		},
	}
	opt.selectionFlags.register(cmd)
	opt.drawFlags.registerLayout(cmd, "Graphviz layout: dot, neato, fdp, circo, sfdp, twopi (default: dot, sfdp past 200 edges)")
	cmd.Flags().BoolVar(&opt.drawFlags.merge, "merge", false, "draw all facts between two entities as one edge")
	cmd.Flags().BoolVar(&opt.backbone, "backbone", false, "diagrams: draw only the strongest ties that keep the graph connected (the maximum spanning forest, by documents)")
	cmd.Flags().StringVarP(&opt.output, "output", "o", "", "output file (a directory for neo4j); default standard output")
	cmd.Flags().StringVar(&opt.center, "center", "", "only the neighbourhood of this entity")
	cmd.Flags().IntVar(&opt.depth, "depth", 1, "with --center: how many hops out")
	cmd.Flags().StringSliceVar(&opt.path, "path", nil, "only the shortest path between two entities: --path FROM,TO or --path FROM TO")
	cmd.Flags().IntVar(&opt.maxNodes, "max-nodes", queries.DefaultMaxNodes, "diagrams: at most this many entities (0: no cap)")
	cmd.Flags().IntVar(&opt.maxEdges, "max-edges", queries.DefaultMaxEdges, "diagrams: "+maxEdgesUsage)
	cmd.Flags().IntVar(&opt.maxFacts, "max-facts", 0, "diagrams: "+maxFactsUsage)
	return cmd
}

func (a *app) runExport(ctx context.Context, format string, opt exportOptions) error {
	if err := checkFormat(format, "svg", "png", "dot", "neo4j", "nquads", "jsonl", "graphml"); err != nil {
		return err
	}
	if err := checkExtension(opt.output, format); err != nil {
		return err
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
	sg, title, sel, err := a.selection(ctx, store, opt, format)
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
	if opt.backbone {
		title = strings.TrimSpace(fmt.Sprintf("%s (backbone: %s cut)", title, plural(sg.EdgesCut, "edge")))
	}
	f := opt.drawFlags
	f.format, f.center, f.start = format, sel.Center, sel.From
	return a.withOutput(opt.output, func(w io.Writer) error { return a.drawTo(ctx, w, sg, f, title) })
}

// selection resolves the --center, --path or whole-graph selection.
// Diagrams are capped (--max-nodes, --max-edges, --max-facts); data
// exports never are.
func (a *app) selection(ctx context.Context, store *graph.Store, opt exportOptions, format string) (*graph.Subgraph, string, queries.Selection, error) {
	popt, err := opt.options()
	if err != nil {
		return nil, "", queries.Selection{}, err
	}
	sel := queries.Selection{Depth: opt.depth, MaxNodes: opt.maxNodes, Options: popt}
	sel.Options.MaxFacts, sel.Options.MaxEdges = opt.maxFacts, opt.maxEdges
	if opt.backbone {
		sel.Options.MaxFacts, sel.Options.MaxEdges, sel.Options.Backbone = 0, 0, true // the backbone is the cut
	}
	if diagram := format == "svg" || format == "png" || format == "dot"; !diagram {
		sel.MaxNodes, sel.Options.MaxFacts, sel.Options.MaxEdges = 0, 0, 0
	}
	if opt.center != "" && len(opt.path) > 0 {
		return nil, "", sel, usageErrorf("give --center or --path, not both")
	}
	if len(opt.path) > 0 && len(opt.path) != 2 {
		return nil, "", sel, usageErrorf("--path takes two entities: --path FROM,TO")
	}
	if opt.center != "" || len(opt.path) > 0 {
		gaz, err := a.gazetteer()
		if err != nil {
			return nil, "", sel, err
		}
		if opt.center != "" {
			if sel.Center, err = queries.Resolve(ctx, store, gaz, opt.center); err != nil {
				return nil, "", sel, err
			}
		} else {
			if sel.From, err = queries.Resolve(ctx, store, gaz, opt.path[0]); err != nil {
				return nil, "", sel, err
			}
			if sel.To, err = queries.Resolve(ctx, store, gaz, opt.path[1]); err != nil {
				return nil, "", sel, err
			}
		}
	}
	g := queries.NewGraph(store)
	sg, title, err := g.Select(ctx, sel)
	if errors.Is(err, queries.ErrNoPath) {
		popt.MaxHops = queries.DefaultMaxHops
		ents, eerr := entityMap(ctx, store, sel.From, sel.To)
		if eerr != nil {
			return nil, "", sel, eerr
		}
		msg, perr := noPath(ctx, g, sel.From, sel.To, popt, ents)
		if perr != nil {
			return nil, "", sel, perr
		}
		return nil, "", sel, errors.New(msg)
	}
	return sg, title, sel, err
}

// extensions are the file extensions of each format's files.
var extensions = map[string][]string{
	"svg": {".svg"}, "png": {".png"}, "dot": {".dot", ".gv"}, "nquads": {".nq", ".nquads"},
	"jsonl": {".jsonl", ".ndjson"}, "graphml": {".graphml", ".xml"},
}

// checkExtension refuses an output file whose extension names another
// format (kg export svg -o map.png): the file would not be what its name
// says.
func checkExtension(output, format string) error {
	ext := strings.ToLower(filepath.Ext(output))
	if output == "" || output == "-" || ext == "" {
		return nil
	}
	for f, exts := range extensions {
		if slices.Contains(exts, ext) && f != format {
			return usageErrorf("-o %s names a %s file, but the format is %s: kg export %s -o %s", output, f, format, f, output)
		}
	}
	return nil
}
