package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/queries"
	"kg/queries/analysis"
)

// This file holds the commands that analyse the grouped edges of the
// graph (package queries/analysis): blocs, central and timeline.

// analysisFlags narrow the facts an analysis works on.
type analysisFlags struct {
	relations     []string
	since, until  int
	minConfidence float64
}

func (f *analysisFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&f.relations, "relations", nil, "only these relations (comma-separated)")
	cmd.Flags().IntVar(&f.since, "since", 0, "only facts of this year or later (facts without a year pass)")
	cmd.Flags().IntVar(&f.until, "until", 0, "only facts of this year or earlier (facts without a year pass)")
	registerMinConfidence(cmd, &f.minConfidence, "only facts at this confidence or above (0-1)")
}

func (f *analysisFlags) options() (queries.PathOptions, error) {
	s := selectionFlags{relations: f.relations, since: f.since, until: f.until, minConfidence: f.minConfidence}
	return s.options()
}

// analysed opens the store and returns its grouped edges under the
// flags, with the entities they name.
func (a *app) analysed(ctx context.Context, f analysisFlags) ([]*analysis.Edge, map[string]graph.Entity, error) {
	popt, err := f.options()
	if err != nil {
		return nil, nil, err
	}
	store, err := a.openStore()
	if err != nil {
		return nil, nil, err
	}
	defer store.Close()
	sg, err := queries.NewGraph(store).Whole(ctx, popt, 0)
	if err != nil {
		return nil, nil, err
	}
	return analysis.Group(sg.Facts), sg.Entities, nil
}

type blocsOptions struct {
	analysisFlags
	drawFlags
}

func (a *app) blocsCmd() *cobra.Command {
	var opt blocsOptions
	cmd := &cobra.Command{
		Use:   "blocs",
		Short: "Find blocs: entities that back each other, or hold relations together",
		Long: `Find blocs in the graph. For the directed relations (supports,
military_support, aid, ...), a bloc is a group in which every member
reaches every other along the relations: A backs B, B backs C, C backs A
(a strongly connected component). For the symmetric ones
(diplomatic_relations, cooperation, meets), a bloc is a group joined
through them (a connected component). Negated facts never count.

--relations picks the relations (say, supports,military_support for
who backs whom); --format svg draws the blocs' edges.`,
		Example: `  kg blocs
  kg blocs --relations supports,military_support --since 1960 --until 1990
  kg blocs --relations diplomatic_relations --format json
  kg blocs --format svg > blocs.svg`,
		Args: needArgs(0, false, ""),
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runBlocs(cmd.Context(), opt) },
	}
	opt.analysisFlags.register(cmd)
	opt.drawFlags.register(cmd, "table, json, dot or svg")
	return cmd
}

func (a *app) runBlocs(ctx context.Context, opt blocsOptions) error {
	format, err := listFormat(opt.format, "dot", "svg")
	if err != nil {
		return err
	}
	if format == "jsonl" || format == "csv" {
		return usageErrorf("kg blocs --format %s: blocs are nested; use json, or table", format)
	}
	opt.format = format
	edges, ents, err := a.analysed(ctx, opt.analysisFlags)
	if err != nil {
		return err
	}
	directed, symmetric := analysis.Blocs(edges)
	switch opt.format {
	case "json":
		out := struct {
			Directed  []blocJSON `json:"directed"`
			Symmetric []blocJSON `json:"symmetric"`
		}{blocsJSON(directed, ents), blocsJSON(symmetric, ents)}
		enc := json.NewEncoder(a.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "dot", "svg":
		sg := &graph.Subgraph{Entities: map[string]graph.Entity{}}
		for _, b := range append(directed, symmetric...) {
			for _, m := range b.Members {
				sg.Entities[m] = ents[m]
			}
			for _, e := range b.Edges {
				sg.Facts = append(sg.Facts, e.Facts...)
			}
		}
		return a.draw(ctx, sg, opt.drawFlags, "blocs")
	}
	print := func(kind string, blocs []analysis.Bloc) {
		fmt.Fprintf(a.Out, "%s\n", kind)
		if len(blocs) == 0 {
			fmt.Fprintln(a.Out, "  none")
		}
		for i, b := range blocs {
			var names []string
			for _, m := range b.Members {
				names = append(names, name(ents, m))
			}
			fmt.Fprintf(a.Out, "%d. %d members: %s\n", i+1, len(b.Members), joinNames(names))
			for _, e := range b.Edges {
				fmt.Fprintf(a.Out, "   %s %s %s (%s)\n", name(ents, e.Sub), e.Rel, name(ents, e.Obj), plural(e.Docs, "document"))
			}
		}
	}
	print("blocs of directed relations (each member reaches every other):", directed)
	print("blocs of symmetric relations (joined through them):", symmetric)
	return nil
}

type blocJSON struct {
	Members []graph.Entity `json:"members"`
	Edges   []edgeJSON     `json:"edges"`
}

type edgeJSON struct {
	Subject    string  `json:"subject"`
	Relation   string  `json:"relation"`
	Object     string  `json:"object"`
	Documents  int     `json:"documents"`
	Facts      int     `json:"facts"`
	Confidence float64 `json:"confidence"`
	Support    float64 `json:"support"`
}

func blocsJSON(blocs []analysis.Bloc, ents map[string]graph.Entity) []blocJSON {
	out := []blocJSON{}
	for _, b := range blocs {
		j := blocJSON{}
		for _, m := range b.Members {
			e := ents[m]
			if e.ID == "" {
				e = graph.Entity{ID: m, Type: graph.EntityType(m), Name: m}
			}
			j.Members = append(j.Members, e)
		}
		for _, e := range b.Edges {
			j.Edges = append(j.Edges, edgeJSON{e.Sub, e.Rel, e.Obj, e.Docs, len(e.Facts), e.Confidence, e.Support})
		}
		out = append(out, j)
	}
	return out
}

func joinNames(names []string) string {
	sort.Strings(names)
	return strings.Join(names, ", ")
}

type centralOptions struct {
	analysisFlags
	format string
	top    int
}

func (a *app) centralCmd() *cobra.Command {
	var opt centralOptions
	cmd := &cobra.Command{
		Use:   "central",
		Short: "Rank entities by how central they are: degree and betweenness",
		Long: `Rank the entities of the graph by betweenness centrality (how many
shortest paths between other entities pass through them: the brokers) and
degree (how many entities they are tied to), treating every relation as an
undirected tie and every pair once, whatever the number of facts. Negated
facts never count.`,
		Example: `  kg central
  kg central --relations aid,arms_transfer,military_support --top 10
  kg central --since 1960 --until 1990 --format json`,
		Args: needArgs(0, false, ""),
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runCentral(cmd.Context(), opt) },
	}
	opt.analysisFlags.register(cmd)
	registerListFormat(cmd, &opt.format)
	cmd.Flags().IntVar(&opt.top, "top", 20, "list this many (0: all)")
	return cmd
}

func (a *app) runCentral(ctx context.Context, opt centralOptions) error {
	format, err := listFormat(opt.format)
	if err != nil {
		return err
	}
	if opt.top < 0 {
		return usageErrorf("--top %d: give a number of entities, or 0 for all", opt.top)
	}
	edges, ents, err := a.analysed(ctx, opt.analysisFlags)
	if err != nil {
		return err
	}
	ranked := analysis.Central(edges)
	if opt.top > 0 && len(ranked) > opt.top {
		ranked = ranked[:opt.top]
	}
	l := listing{columns: []string{"rank", "id", "name", "type", "betweenness", "degree"}}
	for i, c := range ranked {
		e := entityOrID(ents, c.ID)
		betweenness := any(c.Betweenness)
		if format == "table" {
			betweenness = fmt.Sprintf("%.1f", c.Betweenness)
		}
		l.add(i+1, e.ID, e.Name, e.Type, betweenness, c.Degree)
	}
	return l.write(a.Out, format)
}

func entityOrID(ents map[string]graph.Entity, id string) graph.Entity {
	if e, ok := ents[id]; ok && e.ID != "" {
		return e
	}
	return graph.Entity{ID: id, Type: graph.EntityType(id), Name: id}
}

type timelineOptions struct {
	analysisFlags
	drawFlags
}

func (a *app) timelineCmd() *cobra.Command {
	var opt timelineOptions
	cmd := &cobra.Command{
		Use:   "timeline A B",
		Short: "Every fact between two entities, year by year",
		Long: `List every fact between two entities, in either direction, by year (facts
without a year last), negated ones included: relations established and
broken, aid given and suspended, recognition granted and withdrawn. Each
with its documents and evidence.`,
		Example: `  kg timeline Cuba "United States"
  kg timeline "North Korea" Syria --relations arms_transfer,military_support
  kg timeline Cuba Angola --format jsonl
  kg timeline Cuba Angola --format svg > cuba-angola.svg`,
		Args: needArgs(2, false, "two entities"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runTimeline(cmd.Context(), args[0], args[1], opt)
		},
	}
	opt.analysisFlags.register(cmd)
	opt.drawFlags.register(cmd, "table, json, jsonl, csv, dot or svg")
	return cmd
}

func (a *app) runTimeline(ctx context.Context, aName, bName string, opt timelineOptions) error {
	format, err := listFormat(opt.format, "dot", "svg")
	if err != nil {
		return err
	}
	opt.format = format
	popt, err := opt.options()
	if err != nil {
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
	ida, err := queries.Resolve(ctx, store, gaz, aName)
	if err != nil {
		return err
	}
	idb, err := queries.Resolve(ctx, store, gaz, bName)
	if err != nil {
		return err
	}
	g := queries.NewGraph(store)
	facts, err := analysis.Timeline(ctx, g, ida, idb, popt)
	if err != nil {
		return err
	}
	ents, err := entityMap(ctx, store, ida, idb)
	if err != nil {
		return err
	}
	switch opt.format {
	case "json", "jsonl", "csv":
		return writeFactData(a.Out, opt.format, facts, ents, false)
	case "dot", "svg":
		sg := &graph.Subgraph{Entities: ents, Facts: facts}
		return a.draw(ctx, sg, opt.drawFlags, fmt.Sprintf("%s — %s", name(ents, ida), name(ents, idb)))
	}
	if len(facts) == 0 {
		fmt.Fprintf(a.Out, "no facts between %s and %s\n", name(ents, ida), name(ents, idb))
		return nil
	}
	fmt.Fprintf(a.Out, "%s and %s: %s\n", name(ents, ida), name(ents, idb), plural(len(facts), "fact"))
	for _, f := range facts {
		year := "  -  "
		if f.Year != 0 {
			year = fmt.Sprintf("%d ", f.Year)
		}
		undated := f
		undated.Year = 0 // in the first column
		fmt.Fprintf(a.Out, "%s %s [%s, sentence %d]\n      %s\n", year, factSummary(ents, undated), f.Doc, f.Sentence, clip(f.Evidence, 160))
	}
	return nil
}
