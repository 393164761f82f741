package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"kg/graph"
)

// Completion that knows kg (kg completion bash|zsh|fish|powershell
// writes the script): entity names and ids from the store for the
// commands that take entities, relation names, formats and types for
// the flags that take them.

// completeEntities offers the names and ids of the store's entities that
// start with what was typed, for the first max arguments.
func (a *app) completeEntities(max int) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= max {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		store, err := a.openStore()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer store.Close()
		ents, err := store.Entities(context.Background(), "")
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		low := strings.ToLower(typed)
		for _, e := range ents {
			for _, n := range []string{e.Name, e.ID} {
				if strings.HasPrefix(strings.ToLower(n), low) {
					out = append(out, cobra.CompletionWithDesc(n, e.Type))
				}
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeFlags registers completion for the flags a command has among
// --relations, --relation, --format and --type.
func completeFlags(cmd *cobra.Command) {
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	if f := cmd.Flags().Lookup("format"); f != nil {
		// The formats a command takes are those its --format usage names.
		formats := strings.FieldsFunc(f.Usage, func(r rune) bool { return r == ',' || r == ' ' || r == ':' })
		var known []string
		for _, w := range formats {
			switch w {
			case "table", "json", "jsonl", "csv", "dot", "svg", "png", "text":
				known = append(known, w)
			}
		}
		_ = cmd.RegisterFlagCompletionFunc("format", fixed(known...))
	}
	for _, name := range []string{"relations", "relation"} {
		if cmd.Flags().Lookup(name) != nil {
			_ = cmd.RegisterFlagCompletionFunc(name, func(_ *cobra.Command, _ []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
				// A comma-separated list: complete its last item.
				done, _ := splitLast(typed)
				var out []cobra.Completion
				for _, r := range graph.RelationNames() {
					out = append(out, done+r)
				}
				return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
			})
		}
	}
	if cmd.Flags().Lookup("type") != nil {
		_ = cmd.RegisterFlagCompletionFunc("type", fixed(graph.EntityTypes...))
	}
}

// splitLast splits "aid,arms" into "aid," and "arms".
func splitLast(list string) (done, last string) {
	i := strings.LastIndex(list, ",")
	return list[:i+1], list[i+1:]
}
