package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/queries/evaluate"
)

type evalOptions struct {
	gold          string
	docs          []string
	show          string
	json          bool
	minF1         float64
	minConfidence float64
}

func (a *app) evalCmd() *cobra.Command {
	var opt evalOptions
	cmd := &cobra.Command{
		Use:   "eval --gold FILE",
		Short: "Score the facts in the store against hand-annotated gold facts",
		Long: `Score the facts in the store against a gold file of annotated facts
(JSON Lines: entity, fact and acts_for lines; see README, "Measuring kg on
your own documents").

A fact matches a gold fact of the same document when subject, relation,
object and polarity agree (symmetric relations in either order); countries
are compared by ISO code, other entities by any of the gold entity's names
(case, accents and punctuation ignored). Optional gold facts count neither
way. A person acting for a state matches the state and the other way
round, as the gold's leader_of facts and acts_for lines say.

Prints precision, recall and F1 per document, per relation and overall, and
a reliability table: per confidence band, how many facts are right.
--show errors lists the gold facts missed (MISS), the facts the gold does
not have (FP) and those it has with the other polarity (FLIP), each with
its evidence. Exit status 1 when --min-f1 is not met, 2 when the gold file
cannot be read.`,
		Example: `  kg --db my.db ingest my-docs/
  kg --db my.db eval --gold my-docs/gold.jsonl
  kg --db my.db eval --gold gold.jsonl --show errors
  kg --db my.db eval --gold gold.jsonl --json --min-f1 0.6`,
		Args: needArgs(0, false, ""),
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runEval(cmd.Context(), opt) },
	}
	cmd.Flags().StringVar(&opt.gold, "gold", "", "the gold file (JSON Lines); required")
	cmd.Flags().StringSliceVar(&opt.docs, "docs", nil, "score only these documents (comma-separated; default: every document of the gold file)")
	cmd.Flags().StringVar(&opt.show, "show", "none", "list facts one by one: none, errors (misses, false facts, flips) or all (matches too)")
	cmd.Flags().BoolVar(&opt.json, "json", false, "print the report as JSON")
	cmd.Flags().Float64Var(&opt.minF1, "min-f1", 0, "exit with status 1 when F1 is below this")
	registerMinConfidence(cmd, &opt.minConfidence, "score only the facts at this confidence or above (0-1)")
	return cmd
}

func (a *app) runEval(ctx context.Context, opt evalOptions) error {
	if opt.gold == "" {
		return errors.New("eval needs the gold file: --gold FILE")
	}
	show, err := evaluate.ParseShow(opt.show)
	if err != nil {
		return err
	}
	if err := checkMinConfidence(opt.minConfidence); err != nil {
		return err
	}
	gold, err := evaluate.ReadGoldFile(opt.gold)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("gold file: %w", err)}
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	facts, err := store.Facts(ctx, graph.FactFilter{IncludeNegated: true, MinConfidence: opt.minConfidence})
	if err != nil {
		return err
	}
	ents, err := entityMap(ctx, store)
	if err != nil {
		return err
	}
	if err := a.warnMissingDocs(ctx, store, gold, opt.docs); err != nil {
		return err
	}
	r := evaluate.Score(gold, facts, ents, evaluate.Options{Docs: opt.docs})
	if opt.json {
		err = evaluate.WriteJSON(a.Out, r, show)
	} else {
		err = evaluate.WriteText(a.Out, r, show)
	}
	if err != nil {
		return err
	}
	if opt.minF1 > 0 && r.F1 < opt.minF1 {
		return fmt.Errorf("F1 %.3f is below --min-f1 %.3f", r.F1, opt.minF1)
	}
	return nil
}

// warnMissingDocs says when documents the gold scores are not in the
// store: their gold facts all count as missed, which is rarely meant (a
// document not ingested, or named otherwise than in the gold).
func (a *app) warnMissingDocs(ctx context.Context, store *graph.Store, gold *evaluate.Gold, only []string) error {
	docs, err := store.Documents(ctx)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, d := range docs {
		have[evaluate.DocKey(d.ID)] = true
	}
	want := gold.Docs()
	if only != nil {
		want = only
	}
	var missing []string
	for _, d := range want {
		if !have[evaluate.DocKey(d)] {
			missing = append(missing, d)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(a.Err, "kg: warning: %d of %d documents of the gold are not in the store (%s): their facts count as missed\n",
			len(missing), len(want), clip(strings.Join(missing, ", "), 80))
	}
	return nil
}
