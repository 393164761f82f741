package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"kg/exports"
	"kg/graph"
	"kg/queries"
	"kg/queries/analysis"
)

type pathOptions struct {
	selectionFlags
	drawFlags
	all     bool
	maxHops int
	limit   int
	by      string // hops or support
}

func (a *app) pathCmd() *cobra.Command {
	var opt pathOptions
	cmd := &cobra.Command{
		Use:   "path FROM TO",
		Short: "Show how two entities are connected: the chain of facts between them",
		Long: `Show the shortest chain of facts joining two entities, each hop with its
relation, direction, year, evidence sentence and document. With --all,
every simple path up to --max-hops hops, shortest first, at most --limit of
them (the output says when the limit cut the list).

Edges are followed in both directions ("how are they connected") unless
--directed; negated facts are never followed unless --include-negated,
nor facts below --min-confidence.
--format json gives the answer as data, dot and svg draw it.

--by support looks for the best-attested path instead of the shortest:
the one whose hops have the most support, an edge's support being the
chance that at least one of the documents behind it is right
(1 − Π(1 − confidence), one fact per document). It may take up to two
more hops than the shortest;
the answer gives each hop's documents and support, and the shortest
path's support beside it. With --all, the paths are ranked by support.`,
		Example: `  kg path "North Korea" Angola
  kg path DPRK Syria --all --max-hops 3
  kg path Cuba Vietnam --relations aid,arms_transfer --since 1960 --until 1990
  kg path "North Korea" Angola --min-confidence 0.8
  kg path "North Korea" Cuba --format svg > path.svg
  kg path Cuba Angola --by support`,
		Args: needArgs(2, false, "two entities"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := atLeastOne(cmd, map[string]int{"max-hops": opt.maxHops, "limit": opt.limit}); err != nil {
				return err
			}
			return a.runPath(cmd.Context(), args[0], args[1], opt)
		},
	}
	opt.selectionFlags.register(cmd)
	opt.drawFlags.register(cmd, "table (the hops and their evidence), json, jsonl (the facts on the paths), csv (the hops), dot or svg")
	cmd.Flags().BoolVar(&opt.all, "all", false, "every simple path up to --max-hops, not just the shortest")
	cmd.Flags().IntVar(&opt.maxHops, "max-hops", 0, "longest path to consider (default: 6 for the shortest, 3 with --all)")
	cmd.Flags().IntVar(&opt.limit, "limit", queries.DefaultLimit, "with --all: at most this many paths")
	cmd.Flags().StringVar(&opt.by, "by", "hops", "what makes a path best: hops (the fewest) or support (the best attested)")
	return cmd
}

func (a *app) runPath(ctx context.Context, fromName, toName string, opt pathOptions) error {
	popt, err := opt.options()
	if err != nil {
		return err
	}
	if opt.format, err = listFormat(opt.format, "dot", "svg"); err != nil {
		return err
	}
	if opt.by != "hops" && opt.by != "support" {
		return usageErrorf("unknown --by %q (want hops or support)", opt.by)
	}
	popt.MaxHops, popt.Limit = opt.maxHops, opt.limit
	if popt.MaxHops == 0 {
		popt.MaxHops = queries.DefaultMaxHops
		if opt.all {
			popt.MaxHops = queries.DefaultAllPathsHops
		}
	}
	store, ids, err := a.openResolved(ctx, fromName, toName)
	if err != nil {
		return err
	}
	defer store.Close()
	from, to := ids[0], ids[1]
	g := queries.NewGraph(store)
	var paths []queries.Path
	truncated := false
	var best *analysis.SupportedPath
	switch {
	case opt.all:
		paths, truncated, err = g.AllPaths(ctx, from, to, popt)
		if opt.by == "support" {
			paths = analysis.BySupport(paths)
		}
	case opt.by == "support":
		best, err = analysis.BestSupported(ctx, g, from, to, popt)
		if best != nil {
			paths = []queries.Path{best.Path}
		}
	default:
		var p queries.Path
		p, err = g.ShortestPath(ctx, from, to, popt)
		if p != nil {
			paths = []queries.Path{p}
		}
	}
	if err != nil {
		return err
	}
	onPaths := []string{from, to}
	for _, p := range paths {
		for _, h := range p {
			onPaths = append(onPaths, h.From, h.To)
		}
	}
	ents, err := entityMap(ctx, store, onPaths...)
	if err != nil {
		return err
	}
	switch opt.format {
	case "json":
		if err := exports.WritePathsJSON(a.Out, paths, truncated, ents); err != nil || len(paths) > 0 {
			return err
		}
		return errNothing
	case "jsonl", "csv":
		if err := writePathData(a.Out, opt.format, paths, ents); err != nil || len(paths) > 0 {
			return err
		}
		return errNothing
	case "dot", "svg":
		sg, err := g.PathSubgraph(ctx, paths)
		if err != nil {
			return err
		}
		title := fmt.Sprintf("%s — %s", name(ents, from), name(ents, to))
		f := opt.drawFlags
		f.start = from
		return a.draw(ctx, sg, f, title)
	}
	if len(paths) == 0 {
		msg, err := noPath(ctx, g, from, to, popt, ents)
		if err != nil {
			return err
		}
		fmt.Fprintln(a.Out, msg)
		return errNothing
	}
	if best != nil {
		return a.printSupported(ctx, g, best, from, to, popt, ents)
	}
	for n, p := range paths {
		if opt.all {
			fmt.Fprintf(a.Out, "path %d: ", n+1)
		}
		fmt.Fprintf(a.Out, "%s → %s: %d hop(s)", name(ents, from), name(ents, to), len(p))
		if opt.by == "support" {
			support, _ := analysis.PathSupport(p)
			fmt.Fprintf(a.Out, ", support %.3f", support)
		}
		fmt.Fprintln(a.Out)
		for i, h := range p {
			arrow := fmt.Sprintf("-[%s]->", h.Relation)
			if !h.Forward {
				arrow = fmt.Sprintf("<-[%s]-", h.Relation)
			}
			fmt.Fprintf(a.Out, "%d. %s %s %s\n", i+1, name(ents, h.From), arrow, name(ents, h.To))
			for _, f := range h.Facts {
				fmt.Fprintf(a.Out, "   %s [%s, sentence %d]\n      %s\n", factSummary(ents, f), f.Doc, f.Sentence, clip(f.Evidence, 160))
			}
		}
	}
	if truncated {
		fmt.Fprintf(a.Out, "(stopped at --limit %d paths; there are more)\n", popt.Limit)
	}
	return nil
}

// printSupported prints the best-supported path, each hop with the
// documents and support that chose it, and the shortest path's support
// beside it.
func (a *app) printSupported(ctx context.Context, g *queries.Graph, best *analysis.SupportedPath, from, to string, popt queries.PathOptions, ents map[string]graph.Entity) error {
	among := "the shortest paths"
	if best.Slack > 0 {
		among = fmt.Sprintf("the paths up to %s longer than the shortest", plural(best.Slack, "hop"))
	}
	fmt.Fprintf(a.Out, "%s → %s: %d hop(s), support %.3f (the best attested of %s)\n",
		name(ents, from), name(ents, to), len(best.Path), best.Support, among)
	for i, h := range best.Path {
		arrow := fmt.Sprintf("-[%s]->", h.Relation)
		if !h.Forward {
			arrow = fmt.Sprintf("<-[%s]-", h.Relation)
		}
		e := best.Edges[i]
		fmt.Fprintf(a.Out, "%d. %s %s %s  (%s, confidence up to %.2f, support %.3f)\n", i+1, name(ents, h.From), arrow, name(ents, h.To),
			plural(e.Docs, "document"), e.Confidence, e.Support)
		for _, f := range h.Facts {
			fmt.Fprintf(a.Out, "   %s [%s, sentence %d]\n      %s\n", factSummary(ents, f), f.Doc, f.Sentence, clip(f.Evidence, 160))
		}
	}
	shortest, err := g.ShortestPath(ctx, from, to, popt)
	if err != nil {
		return err
	}
	if shortest != nil {
		support, _ := analysis.PathSupport(shortest)
		fmt.Fprintf(a.Out, "the shortest path: %d hop(s), support %.3f\n", len(shortest), support)
	}
	return nil
}

// noPath says why no path was found: the two are in different parts of
// the graph (under the options), or every path is longer than the bound,
// and then how long the shortest is.
func noPath(ctx context.Context, g *queries.Graph, from, to string, popt queries.PathOptions, ents map[string]graph.Entity) (string, error) {
	unbounded := popt
	unbounded.MaxHops = 0
	p, err := g.ShortestHops(ctx, from, to, unbounded)
	if err != nil {
		return "", err
	}
	if p == nil {
		return fmt.Sprintf("no path between %s and %s: they are in different parts of the graph (no chain of %s joins them)",
			name(ents, from), name(ents, to), chainOf(popt)), nil
	}
	return fmt.Sprintf("no path between %s and %s within %s; the shortest has %d (--max-hops %d)",
		name(ents, from), name(ents, to), plural(popt.MaxHops, "hop"), len(p), len(p)), nil
}

// chainOf names the facts a search followed, for messages: "facts",
// "aid or sanctions facts followed from subject to object".
func chainOf(o queries.PathOptions) string {
	s := "facts"
	if len(o.Relations) > 0 {
		s = strings.Join(o.Relations, " or ") + " facts"
	}
	if o.Directed {
		s += " followed from subject to object"
	}
	if o.Since != 0 || o.Until != 0 {
		s += " of the years asked"
	}
	if o.MinConfidence > 0 {
		s += fmt.Sprintf(" at confidence %.2f or more", o.MinConfidence)
	}
	return s
}

// writePathData writes the facts on the paths as JSON Lines (each once),
// or the hops as CSV rows.
func writePathData(w io.Writer, format string, paths []queries.Path, ents map[string]graph.Entity) error {
	if format == "jsonl" {
		seen := map[string]bool{}
		var facts []graph.Fact
		for _, p := range paths {
			for _, h := range p {
				for _, f := range h.Facts {
					if !seen[f.ID] {
						seen[f.ID] = true
						facts = append(facts, f)
					}
				}
			}
		}
		return writeFactData(w, "jsonl", facts, ents, false)
	}
	l := listing{columns: []string{"path", "hop", "from", "from_name", "relation", "forward", "to", "to_name", "facts", "documents"}}
	for i, p := range paths {
		for j, h := range p {
			docs := map[string]bool{}
			for _, f := range h.Facts {
				docs[f.Doc] = true
			}
			l.add(i+1, j+1, h.From, name(ents, h.From), h.Relation, h.Forward, h.To, name(ents, h.To), len(h.Facts), len(docs))
		}
	}
	return l.write(w, format)
}
