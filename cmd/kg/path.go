package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"kg/exports"
	"kg/graph"
	"kg/queries"
)

// selectionFlags are the flags that narrow a traversal, shared by path,
// neighbors and export.
type selectionFlags struct {
	relations      []string
	directed       bool
	since, until   int
	includeNegated bool
	minConfidence  float64
}

func (f *selectionFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&f.relations, "relations", nil, "follow only these relations (comma-separated)")
	cmd.Flags().BoolVar(&f.directed, "directed", false, "follow edges from subject to object only (who sent to whom)")
	cmd.Flags().IntVar(&f.since, "since", 0, "only facts of this year or later (facts without a year pass)")
	cmd.Flags().IntVar(&f.until, "until", 0, "only facts of this year or earlier (facts without a year pass)")
	cmd.Flags().BoolVar(&f.includeNegated, "include-negated", false, "also follow facts the text denies")
	registerMinConfidence(cmd, &f.minConfidence, "follow and show only facts at this confidence or above (0-1)")
}

func registerMinConfidence(cmd *cobra.Command, v *float64, usage string) {
	cmd.Flags().Float64Var(v, "min-confidence", 0, usage)
}

func checkMinConfidence(c float64) error {
	if c < 0 || c > 1 {
		return fmt.Errorf("--min-confidence %g is not between 0 and 1", c)
	}
	return nil
}

func (f *selectionFlags) options() (queries.PathOptions, error) {
	if err := checkRelations(f.relations); err != nil {
		return queries.PathOptions{}, err
	}
	if f.since != 0 && f.until != 0 && f.since > f.until {
		return queries.PathOptions{}, fmt.Errorf("--since %d is after --until %d", f.since, f.until)
	}
	if err := checkMinConfidence(f.minConfidence); err != nil {
		return queries.PathOptions{}, err
	}
	return queries.PathOptions{Relations: f.relations, Directed: f.directed, Since: f.since, Until: f.until,
		IncludeNegated: f.includeNegated, MinConfidence: f.minConfidence}, nil
}

// drawFlags are the flags of commands that can draw their answer.
type drawFlags struct {
	format    string
	layout    string
	merge     bool
	layoutSet func() bool // whether --layout was given
}

func (f *drawFlags) register(cmd *cobra.Command, formats string) {
	cmd.Flags().StringVar(&f.format, "format", "text", formats)
	f.registerLayout(cmd, "Graphviz layout for svg/png: dot, neato, fdp, circo, sfdp, twopi (default: dot, sfdp past 200 edges)")
	cmd.Flags().BoolVar(&f.merge, "merge", false, "draw all facts between two entities as one edge")
}

func (f *drawFlags) registerLayout(cmd *cobra.Command, usage string) {
	cmd.Flags().StringVar(&f.layout, "layout", "dot", usage)
	f.layoutSet = func() bool { return cmd.Flags().Changed("layout") }
}

type pathOptions struct {
	selectionFlags
	drawFlags
	all     bool
	maxHops int
	limit   int
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
--format json gives the answer as data, dot and svg draw it.`,
		Example: `  kg path "North Korea" Angola
  kg path DPRK Syria --all --max-hops 3
  kg path Cuba Vietnam --relations aid,arms_transfer --since 1960 --until 1990
  kg path "North Korea" Angola --min-confidence 0.8
  kg path "North Korea" Cuba --format svg > path.svg`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runPath(cmd.Context(), args[0], args[1], opt) },
	}
	opt.selectionFlags.register(cmd)
	opt.drawFlags.register(cmd, "text, json, dot or svg")
	cmd.Flags().BoolVar(&opt.all, "all", false, "every simple path up to --max-hops, not just the shortest")
	cmd.Flags().IntVar(&opt.maxHops, "max-hops", 0, "longest path to consider (default: 6 for the shortest, 3 with --all)")
	cmd.Flags().IntVar(&opt.limit, "limit", queries.DefaultLimit, "with --all: at most this many paths")
	return cmd
}

func (a *app) runPath(ctx context.Context, fromName, toName string, opt pathOptions) error {
	popt, err := opt.options()
	if err != nil {
		return err
	}
	if err := checkFormat(opt.format, "text", "json", "dot", "svg"); err != nil {
		return err
	}
	popt.MaxHops, popt.Limit = opt.maxHops, opt.limit
	if popt.MaxHops == 0 {
		popt.MaxHops = queries.DefaultMaxHops
		if opt.all {
			popt.MaxHops = queries.DefaultAllPathsHops
		}
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
	from, err := queries.Resolve(ctx, store, gaz, fromName)
	if err != nil {
		return err
	}
	to, err := queries.Resolve(ctx, store, gaz, toName)
	if err != nil {
		return err
	}
	g := queries.NewGraph(store)
	var paths []queries.Path
	truncated := false
	if opt.all {
		paths, truncated, err = g.AllPaths(ctx, from, to, popt)
	} else {
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
		return a.writePathsJSON(paths, truncated, ents)
	case "dot", "svg":
		sg, err := g.PathSubgraph(ctx, paths)
		if err != nil {
			return err
		}
		title := fmt.Sprintf("%s — %s", name(ents, from), name(ents, to))
		return a.draw(ctx, sg, opt.drawFlags, title)
	}
	if len(paths) == 0 {
		fmt.Fprintf(a.Out, "no path between %s and %s within %d hops\n", name(ents, from), name(ents, to), popt.MaxHops)
		return nil
	}
	for n, p := range paths {
		if opt.all {
			fmt.Fprintf(a.Out, "path %d: ", n+1)
		}
		fmt.Fprintf(a.Out, "%s → %s: %d hop(s)\n", name(ents, from), name(ents, to), len(p))
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

type jsonHop struct {
	From     string             `json:"from"`
	To       string             `json:"to"`
	Relation string             `json:"relation"`
	Forward  bool               `json:"forward"`
	Facts    []exports.FactLine `json:"facts"`
}

func (a *app) writePathsJSON(paths []queries.Path, truncated bool, ents map[string]graph.Entity) error {
	out := struct {
		Paths     [][]jsonHop             `json:"paths"`
		Truncated bool                    `json:"truncated"`
		Entities  map[string]graph.Entity `json:"entities"`
	}{Paths: [][]jsonHop{}, Truncated: truncated, Entities: map[string]graph.Entity{}}
	for _, p := range paths {
		var hops []jsonHop
		for _, h := range p {
			var facts []exports.FactLine
			for _, f := range h.Facts {
				facts = append(facts, exports.NewFactLine(f, ents))
			}
			hops = append(hops, jsonHop{From: h.From, To: h.To, Relation: h.Relation, Forward: h.Forward, Facts: facts})
			out.Entities[h.From], out.Entities[h.To] = ents[h.From], ents[h.To]
		}
		out.Paths = append(out.Paths, hops)
	}
	enc := json.NewEncoder(a.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func checkFormat(f string, allowed ...string) error {
	for _, x := range allowed {
		if f == x {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (want %s)", f, strings.Join(allowed, ", "))
}
