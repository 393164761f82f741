package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"kg/graph"
)

func (a *app) entitiesCmd() *cobra.Command {
	var typ, format string
	cmd := &cobra.Command{
		Use:     "entities",
		Short:   "List the entities in the store",
		Long:    "List the entities the documents mention in facts: id, name, aliases seen and number of facts.",
		Example: "  kg entities --type Country\n  kg entities --format csv > entities.csv",
		Args:    needArgs(0, false, ""),
		RunE:    func(cmd *cobra.Command, _ []string) error { return a.runEntities(cmd.Context(), typ, format) },
	}
	cmd.Flags().StringVar(&typ, "type", "", "only this type: "+strings.Join(graph.EntityTypes, ", "))
	registerListFormat(cmd, &format)
	return cmd
}

func (a *app) runEntities(ctx context.Context, typ, format string) error {
	format, err := listFormat(format)
	if err != nil {
		return err
	}
	if typ != "" {
		ok := false
		for _, t := range graph.EntityTypes {
			if strings.EqualFold(t, typ) {
				typ, ok = t, true
			}
		}
		if !ok {
			return usageErrorf("unknown entity type %q (known: %s)", typ, strings.Join(graph.EntityTypes, ", "))
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
	l := listing{columns: []string{"id", "name", "type", "facts", "aliases"}}
	for _, e := range ents {
		aliases := e.Aliases
		if format == "table" {
			aliases = []string{clip(strings.Join(e.Aliases, "; "), 80)}
		}
		l.add(e.ID, e.Name, e.Type, e.Facts, aliases)
	}
	return l.write(a.Out, format)
}
