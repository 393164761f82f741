package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kg/queries"
)

type neighborsOptions struct {
	selectionFlags
	drawFlags
	depth    int
	maxNodes int
	maxFacts int
	maxEdges int
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
		Args: needArgs(1, false, "an entity"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := atLeastOne(cmd, map[string]int{"depth": opt.depth}); err != nil {
				return err
			}
			return a.runNeighbors(cmd.Context(), args[0], opt)
		},
	}
	opt.selectionFlags.register(cmd)
	opt.drawFlags.register(cmd, "table, json, jsonl, csv, dot or svg")
	cmd.Flags().IntVar(&opt.depth, "depth", 1, "how many hops out")
	cmd.Flags().IntVar(&opt.maxNodes, "max-nodes", queries.DefaultMaxNodes, "stop growing past this many entities")
	cmd.Flags().IntVar(&opt.maxFacts, "max-facts", queries.DefaultMaxFacts, maxFactsUsage)
	cmd.Flags().IntVar(&opt.maxEdges, "max-edges", queries.DefaultMaxEdges, maxEdgesUsage)
	return cmd
}

func (a *app) runNeighbors(ctx context.Context, center string, opt neighborsOptions) error {
	popt, err := opt.options()
	if err != nil {
		return err
	}
	if opt.format, err = listFormat(opt.format, "dot", "svg"); err != nil {
		return err
	}
	store, ids, err := a.openResolved(ctx, center)
	if err != nil {
		return err
	}
	defer store.Close()
	id := ids[0]
	popt.MaxFacts, popt.MaxEdges = opt.maxFacts, opt.maxEdges
	sg, err := queries.NewGraph(store).Neighborhood(ctx, id, opt.depth, popt, opt.maxNodes)
	if err != nil {
		return err
	}
	switch opt.format {
	case "dot", "svg":
		f := opt.drawFlags
		f.center = id
		return a.draw(ctx, sg, f, fmt.Sprintf("%s, depth %d", name(sg.Entities, id), opt.depth))
	case "json", "jsonl", "csv":
		if sg.Cut != "" {
			fmt.Fprintln(a.Err, "kg:", sg.Cut)
		}
		return writeFactData(a.Out, opt.format, sg.Facts, sg.Entities, false)
	}
	if sg.Cut != "" {
		fmt.Fprintln(a.Err, "kg:", sg.Cut)
	}
	fmt.Fprintf(a.Out, "%s: %d entities, %d facts within %d hop(s)\n", name(sg.Entities, id), len(sg.Entities), len(sg.Facts), opt.depth)
	// What repeats is listed once: syndicated news states one fact in
	// document after document.
	for _, g := range queries.GroupFacts(sg.Facts) {
		line := fmt.Sprintf("  %s %s %s", name(sg.Entities, g.Subject), polarRelation(g.Relation, g.Negated), name(sg.Entities, g.Object))
		if y := years(g.FirstYear, g.LastYear); y != "" {
			line += ", " + y
		}
		if g.Docs == 1 {
			line += fmt.Sprintf(" [%s]", g.Facts[0].Doc)
		} else {
			line += fmt.Sprintf(" [%d facts in %d documents]", len(g.Facts), g.Docs)
		}
		fmt.Fprintln(a.Out, line)
	}
	return nil
}
