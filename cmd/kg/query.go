package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"
	"github.com/spf13/cobra"
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
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runQuery(cmd.Context(), args[0], opt) },
	}
	cmd.Flags().StringVar(&opt.lang, "lang", "gizmo", "query language: gizmo, graphql or mql")
	cmd.Flags().DurationVar(&opt.timeout, "timeout", 5*time.Second, "stop the query after this long")
	cmd.Flags().IntVar(&opt.limit, "limit", 1000, "at most this many results (0: no limit)")
	return cmd
}

func (a *app) runQuery(ctx context.Context, q string, opt queryOptions) error {
	if query.GetLanguage(opt.lang) == nil {
		langs := query.Languages()
		sort.Strings(langs)
		return fmt.Errorf("unknown --lang %q (want one of %s)", opt.lang, strings.Join(langs, ", "))
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	ctx, cancel := context.WithTimeout(ctx, opt.timeout)
	defer cancel()
	// One result more than the limit tells whether the limit cut the list.
	limit := opt.limit
	if limit > 0 {
		limit++
	}
	it, err := query.Execute(ctx, store.QS, opt.lang, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return queryError(err, opt.timeout)
	}
	defer it.Close()
	enc := json.NewEncoder(a.Out)
	enc.SetEscapeHTML(false)
	n, cut := 0, false
	for it.Next(ctx) {
		if opt.limit > 0 && n == opt.limit {
			cut = true
			break
		}
		if err := enc.Encode(it.Result()); err != nil {
			return err
		}
		n++
	}
	if err := it.Err(); err != nil {
		return queryError(err, opt.timeout)
	}
	if ctx.Err() != nil {
		return queryError(ctx.Err(), opt.timeout)
	}
	if n == 0 {
		fmt.Fprintln(a.Err, "no results")
	}
	if cut {
		fmt.Fprintf(a.Err, "kg: showing the first %d results; --limit cut the rest (raise it, or --limit 0 for no limit)\n", n)
	}
	return nil
}

func queryError(err error, timeout time.Duration) error {
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "deadline exceeded") || strings.Contains(err.Error(), "interrupted") {
		return fmt.Errorf("query stopped after %s (--timeout); narrow it or raise the timeout", timeout)
	}
	return fmt.Errorf("query: %w", err)
}
