package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"kg/queries"
)

type pathOptions struct {
	relations []string
	directed  bool
	maxHops   int
}

func (a *app) pathCmd() *cobra.Command {
	var opt pathOptions
	cmd := &cobra.Command{
		Use:   "path FROM TO",
		Short: "Show the shortest chain of facts joining two entities",
		Long: `Show the shortest chain of facts joining two entities, each hop with its
relation, direction, year, evidence sentence and document. Edges are
followed in both directions unless --directed; negated facts are never
followed.`,
		Example: `  kg path "North Korea" Cuba
  kg path dprk Angola --relations aid,military_support`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runPath(cmd.Context(), args[0], args[1], opt) },
	}
	cmd.Flags().StringSliceVar(&opt.relations, "relations", nil, "follow only these relations (comma-separated)")
	cmd.Flags().BoolVar(&opt.directed, "directed", false, "follow edges from subject to object only")
	cmd.Flags().IntVar(&opt.maxHops, "max-hops", 6, "give up beyond this many hops (0: no limit)")
	return cmd
}

func (a *app) runPath(ctx context.Context, fromName, toName string, opt pathOptions) error {
	if err := checkRelations(opt.relations); err != nil {
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
	from, err := queries.Resolve(ctx, store, gaz, fromName)
	if err != nil {
		return err
	}
	to, err := queries.Resolve(ctx, store, gaz, toName)
	if err != nil {
		return err
	}
	hops, err := queries.ShortestPath(ctx, store, from, to, queries.PathOptions{Relations: opt.relations, Directed: opt.directed, MaxHops: opt.maxHops})
	if err != nil {
		return err
	}
	ents, err := entityMap(ctx, store)
	if err != nil {
		return err
	}
	if hops == nil {
		fmt.Fprintf(a.Out, "no path between %s and %s", name(ents, from), name(ents, to))
		if opt.maxHops > 0 {
			fmt.Fprintf(a.Out, " within %d hops", opt.maxHops)
		}
		fmt.Fprintln(a.Out)
		return nil
	}
	fmt.Fprintf(a.Out, "%s → %s: %d hop(s)\n", name(ents, from), name(ents, to), len(hops))
	for i, h := range hops {
		arrow := fmt.Sprintf("-[%s]->", h.Relation)
		if !h.Forward {
			arrow = fmt.Sprintf("<-[%s]-", h.Relation)
		}
		fmt.Fprintf(a.Out, "%d. %s %s %s\n", i+1, name(ents, h.From), arrow, name(ents, h.To))
		for _, f := range h.Facts {
			year := ""
			if f.Year != 0 {
				year = fmt.Sprintf(" %d", f.Year)
			}
			fmt.Fprintf(a.Out, "   %s %s %s [%s%s, sentence %d]\n      %s\n", name(ents, f.Subject), f.Relation, name(ents, f.Object), f.Doc, year, f.Sentence, clip(f.Evidence, 160))
		}
	}
	return nil
}
