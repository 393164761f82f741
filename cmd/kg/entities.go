package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/graph"
)

func (a *app) entitiesCmd() *cobra.Command {
	var typ string
	cmd := &cobra.Command{
		Use:     "entities",
		Short:   "List the entities in the store",
		Long:    "List the entities the documents mention in facts: id, name, aliases seen and number of facts.",
		Example: "  kg entities --type Country",
		Args:    needArgs(0, false, ""),
		RunE:    func(cmd *cobra.Command, _ []string) error { return a.runEntities(cmd.Context(), typ) },
	}
	cmd.Flags().StringVar(&typ, "type", "", "only this type: "+strings.Join(graph.EntityTypes, ", "))
	return cmd
}

func (a *app) runEntities(ctx context.Context, typ string) error {
	if typ != "" {
		ok := false
		for _, t := range graph.EntityTypes {
			if strings.EqualFold(t, typ) {
				typ, ok = t, true
			}
		}
		if !ok {
			return fmt.Errorf("unknown entity type %q (known: %s)", typ, strings.Join(graph.EntityTypes, ", "))
		}
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	ents, err := store.Entities(ctx, typ)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(a.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tTYPE\tFACTS\tALIASES")
	for _, e := range ents {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", e.ID, e.Name, e.Type, e.Facts, clip(strings.Join(e.Aliases, "; "), 80))
	}
	return tw.Flush()
}
