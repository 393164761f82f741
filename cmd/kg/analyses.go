package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/graph/index"
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

// analysis is the grouped edges of the store under the flags, and the
// store to read what the answer shows (names, facts) from; close it.
type analysed struct {
	edges []*analysis.Edge
	store *graph.Store
	ents  map[string]graph.Entity // when the edges came with them
}

// analysed opens the store and groups its edges under the flags. Without
// years or a confidence bound the edges come from the path index, no
// fact read (a 10,000-document store has 160,000); with them, from the
// facts.
func (a *app) analysed(ctx context.Context, f analysisFlags) (*analysed, error) {
	popt, err := f.options()
	if err != nil {
		return nil, err
	}
	store, err := a.openStore()
	if err != nil {
		return nil, err
	}
	g := queries.NewGraph(store)
	if popt.Since != 0 || popt.Until != 0 || popt.MinConfidence > 0 {
		sg, err := g.Whole(ctx, popt, 0)
		if err != nil {
			store.Close()
			return nil, err
		}
		return &analysed{edges: analysis.Group(sg.Facts), store: store, ents: sg.Entities}, nil
	}
	x, err := g.Index.Of(ctx, store)
	if err != nil {
		store.Close()
		return nil, err
	}
	return &analysed{edges: analysis.FromIndex(x.All(index.Filter{Relations: popt.Relations})), store: store}, nil
}

func (an *analysed) close() { an.store.Close() }

// names returns the entities of the ids, read from the store unless the
// edges came with them.
func (an *analysed) names(ctx context.Context, ids []string) (map[string]graph.Entity, error) {
	if an.ents != nil {
		return an.ents, nil
	}
	return an.store.EntitiesByID(ctx, ids)
}

// facts returns the facts of the edges, read by id when the edges came
// from the index.
func (an *analysed) facts(ctx context.Context, edges []*analysis.Edge) ([]graph.Fact, error) {
	var out []graph.Fact
	var ids []string
	for _, e := range edges {
		out = append(out, e.Facts...)
		ids = append(ids, e.FactIDs...)
	}
	if len(ids) == 0 {
		return out, nil
	}
	read, err := an.store.FactsByID(ctx, ids, graph.FactFilter{})
	return append(out, read...), err
}

// maxBlocEdges bounds the edges the table lists per bloc: a bloc of
// thousands of members has tens of thousands.
const maxBlocEdges = 25

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
	an, err := a.analysed(ctx, opt.analysisFlags)
	if err != nil {
		return err
	}
	defer an.close()
	directed, symmetric := analysis.Blocs(an.edges)
	var members []string
	var inBlocs []*analysis.Edge
	for _, b := range append(append([]analysis.Bloc{}, directed...), symmetric...) {
		members = append(members, b.Members...)
		inBlocs = append(inBlocs, b.Edges...)
	}
	ents, err := an.names(ctx, members)
	if err != nil {
		return err
	}
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
		for _, m := range members {
			sg.Entities[m] = entityOrID(ents, m)
		}
		if sg.Facts, err = an.facts(ctx, inBlocs); err != nil {
			return err
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
			for j, e := range b.Edges {
				if j == maxBlocEdges {
					fmt.Fprintf(a.Out, "   … and %d more edges (--format json lists them all)\n", len(b.Edges)-j)
					break
				}
				fmt.Fprintf(a.Out, "   %s %s %s (%s)\n", name(ents, e.Sub), e.Rel, name(ents, e.Obj), plural(e.FactCount, "fact"))
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
	Subject  string `json:"subject"`
	Relation string `json:"relation"`
	Object   string `json:"object"`
	Facts    int    `json:"facts"`
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
			j.Edges = append(j.Edges, edgeJSON{e.Sub, e.Rel, e.Obj, e.FactCount})
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
	an, err := a.analysed(ctx, opt.analysisFlags)
	if err != nil {
		return err
	}
	defer an.close()
	ranked, sampled := analysis.Central(an.edges)
	if sampled {
		fmt.Fprintf(a.Err, "kg: %d entities: betweenness estimated from searches out of a sample of them (exact up to 3,000)\n", len(ranked))
	}
	if opt.top > 0 && len(ranked) > opt.top {
		ranked = ranked[:opt.top]
	}
	ids := make([]string, len(ranked))
	for i, c := range ranked {
		ids[i] = c.ID
	}
	ents, err := an.names(ctx, ids)
	if err != nil {
		return err
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
	store, ids, err := a.openResolved(ctx, aName, bName)
	if err != nil {
		return err
	}
	defer store.Close()
	ida, idb := ids[0], ids[1]
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
