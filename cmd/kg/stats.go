package main

import (
	"context"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/graph"
)

func (a *app) statsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "Count documents, entities by type, facts by relation and quads",
		Args:  needArgs(0, false, ""),
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runStats(cmd.Context()) },
	}
}

func (a *app) runStats(ctx context.Context) error {
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(a.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "store\t%s (%s)\n", store.Where, store.Backend)
	fmt.Fprintf(tw, "documents\t%d\n", st.Documents)
	fmt.Fprintf(tw, "quads\t%d\n", st.Quads)
	for _, t := range graph.EntityTypes {
		if n := st.Entities[t]; n > 0 {
			fmt.Fprintf(tw, "entities: %s\t%d\n", t, n)
		}
	}
	rels := make([]string, 0, len(st.Facts))
	total := 0
	for r, n := range st.Facts {
		rels = append(rels, r)
		total += n
	}
	sort.Strings(rels)
	fmt.Fprintf(tw, "facts\t%d (+%d negated)\n", total, st.NegatedFact)
	for _, r := range rels {
		fmt.Fprintf(tw, "facts: %s\t%d\n", r, st.Facts[r])
	}
	return tw.Flush()
}
