package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/exports"
	"kg/graph"
	"kg/queries"
)

type factsOptions struct {
	format    string
	doc       string
	relations []string
	entity    string
	negated   bool
	explain   bool
	minConf   float64
}

func (a *app) factsCmd() *cobra.Command {
	var opt factsOptions
	cmd := &cobra.Command{
		Use:   "facts",
		Short: "List the facts in the store",
		Long: `List the facts in the store: subject, relation, object, year and document.

--format jsonl prints one JSON object a line in the form of docs/ONTOLOGY.md,
with provenance (doc, sentence, span, evidence) and negated facts included.
--explain adds the extraction rule that produced each fact.
--min-confidence leaves out the facts below a confidence (see kg eval for
how reliable each confidence band is).`,
		Example: `  kg facts
  kg facts --relation arms_transfer,aid --entity "North Korea"
  kg facts --min-confidence 0.8
  kg facts --format jsonl > facts.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runFacts(cmd.Context(), opt) },
	}
	cmd.Flags().StringVar(&opt.format, "format", "text", "text or jsonl")
	cmd.Flags().StringVar(&opt.doc, "doc", "", "only facts of this document id")
	cmd.Flags().StringSliceVar(&opt.relations, "relation", nil, "only these relations (comma-separated)")
	cmd.Flags().StringVar(&opt.entity, "entity", "", "only facts with this entity as subject or object")
	cmd.Flags().BoolVar(&opt.negated, "include-negated", false, "text format: include negated facts (jsonl always does)")
	cmd.Flags().BoolVar(&opt.explain, "explain", false, "show the rule that produced each fact")
	registerMinConfidence(cmd, &opt.minConf, "only facts at this confidence or above (0-1)")
	return cmd
}

func (a *app) runFacts(ctx context.Context, opt factsOptions) error {
	if opt.format != "text" && opt.format != "jsonl" {
		return fmt.Errorf("unknown --format %q (want text or jsonl)", opt.format)
	}
	if err := checkRelations(opt.relations); err != nil {
		return err
	}
	if err := checkMinConfidence(opt.minConf); err != nil {
		return err
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	filter := graph.FactFilter{Doc: opt.doc, Relations: opt.relations, IncludeNegated: opt.negated || opt.format == "jsonl", MinConfidence: opt.minConf}
	if opt.entity != "" {
		gaz, err := a.gazetteer()
		if err != nil {
			return err
		}
		if filter.Entity, err = queries.Resolve(ctx, store, gaz, opt.entity); err != nil {
			return err
		}
	}
	facts, err := store.Facts(ctx, filter)
	if err != nil {
		return err
	}
	ents, err := entityMap(ctx, store)
	if err != nil {
		return err
	}
	if opt.format == "jsonl" {
		w := exports.NewJSONLWriter(a.Out, ents)
		w.Explain = opt.explain
		for _, f := range facts {
			if err := w.Write(f); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(a.Out, 0, 4, 2, ' ', 0)
	header := "SUBJECT\tRELATION\tOBJECT\tYEAR\tDOCUMENT"
	if opt.explain {
		header += "\tRULE\tEVIDENCE"
	}
	fmt.Fprintln(tw, header)
	for _, f := range facts {
		rel := f.Relation
		if f.Negated {
			rel = "NOT " + rel
		}
		year := ""
		if f.Year != 0 {
			year = fmt.Sprint(f.Year)
		}
		line := fmt.Sprintf("%s\t%s\t%s\t%s\t%s", name(ents, f.Subject), rel, name(ents, f.Object), year, f.Doc)
		if opt.explain {
			line += fmt.Sprintf("\t%s\t%s", f.Rule, clip(f.Evidence, 100))
		}
		fmt.Fprintln(tw, line)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(facts) == 0 {
		fmt.Fprintln(a.Err, "no facts (ingest documents with `kg ingest PATH`)")
	}
	return nil
}
