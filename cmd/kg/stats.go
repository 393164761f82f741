package main

import (
	"context"
	"sort"

	"github.com/spf13/cobra"

	"kg/graph"
)

func (a *app) statsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count documents, entities by type, facts by relation and quads",
		Args:  needArgs(0, false, ""),
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runStats(cmd.Context(), format) },
	}
	registerListFormat(cmd, &format)
	return cmd
}

func (a *app) runStats(ctx context.Context, format string) error {
	format, err := listFormat(format)
	if err != nil {
		return err
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	rels := make([]string, 0, len(st.Facts))
	total := 0
	for r, n := range st.Facts {
		rels = append(rels, r)
		total += n
	}
	sort.Strings(rels)
	// One row per count: "facts" of relation "aid", "entities" of type
	// "Country", and the totals with an empty "of".
	l := listing{columns: []string{"count", "of", "value"}}
	l.add("store", store.Backend, store.Where)
	l.add("documents", "", st.Documents)
	l.add("quads", "", st.Quads)
	for _, t := range graph.EntityTypes {
		if n := st.Entities[t]; n > 0 {
			l.add("entities", t, n)
		}
	}
	l.add("facts", "", total)
	l.add("negated facts", "", st.NegatedFact)
	for _, r := range rels {
		l.add("facts", r, st.Facts[r])
	}
	return l.write(a.Out, format)
}
