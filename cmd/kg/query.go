package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"kg/queries"
)

type queryOptions struct {
	lang    string
	timeout time.Duration
	limit   int
}

func (a *app) queryCmd() *cobra.Command {
	var opt queryOptions
	cmd := &cobra.Command{
		Use:   "query QUERY",
		Short: "Run a Cayley query (Gizmo, GraphQL or MQL) over the store",
		Long: `Run a query in one of Cayley's languages over the store and print each
result as a JSON line. Entities are IRIs such as <country:PRK>; direct
relation edges are <rel:arms_transfer>; facts are <fact:…> nodes with
<kg:subject>, <kg:relation>, <kg:object>, <kg:year>, <kg:evidence>, ...

A query runs at most --timeout and returns at most --limit results: an
endless loop is stopped with an error, not a hang.`,
		Example: `  kg query 'g.V("<country:PRK>").Out("<rel:arms_transfer>").All()'
  kg query 'g.V("<country:CUB>").In("<rel:aid>").All()'
  kg query --lang graphql '{ nodes(id: "<country:PRK>") { id <rel:aid> { id } } }'`,
		Args: needArgs(1, false, "one query (quote it)"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runQuery(cmd.Context(), args[0], opt) },
	}
	cmd.Flags().StringVar(&opt.lang, "lang", "gizmo", "query language: gizmo, graphql or mql")
	cmd.Flags().DurationVar(&opt.timeout, "timeout", 5*time.Second, "stop the query after this long")
	cmd.Flags().IntVar(&opt.limit, "limit", 1000, "at most this many results (0: no limit)")
	return cmd
}

func (a *app) runQuery(ctx context.Context, q string, opt queryOptions) error {
	if langs := queries.Languages(); !slices.Contains(langs, opt.lang) {
		return usageErrorf("unknown --lang %q (want one of %s)", opt.lang, strings.Join(langs, ", "))
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	enc := json.NewEncoder(a.Out)
	enc.SetEscapeHTML(false)
	n, cut, err := queries.Query(ctx, store, q, queries.QueryOptions{Lang: opt.lang, Timeout: opt.timeout, Limit: opt.limit},
		func(r any) error { return enc.Encode(r) })
	if errors.Is(err, queries.ErrQueryTimeout) {
		return fmt.Errorf("query stopped after %s (--timeout); narrow it or raise the timeout", opt.timeout)
	}
	if err != nil {
		return err
	}
	if n == 0 {
		fmt.Fprintln(a.Err, "no results")
		return errNothing
	}
	if cut {
		fmt.Fprintf(a.Err, "kg: showing the first %d results; --limit cut the rest (raise it, or --limit 0 for no limit)\n", n)
	}
	return nil
}
