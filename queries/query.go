package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // the languages kg query offers
	_ "github.com/cayleygraph/cayley/query/graphql"
	_ "github.com/cayleygraph/cayley/query/mql"

	"kg/graph"
)

// QueryOptions bound a query in one of Cayley's languages.
type QueryOptions struct {
	Lang    string        // gizmo, graphql or mql
	Timeout time.Duration // stop the query after this long (0: no limit)
	Limit   int           // at most this many results (0: no limit)
}

// ErrQueryTimeout is returned when a query ran out of its time.
var ErrQueryTimeout = errors.New("the query ran out of time")

// Languages are the query languages Query runs, sorted.
func Languages() []string {
	langs := query.Languages()
	sort.Strings(langs)
	return langs
}

// Query runs q over the store and calls emit with each result, collated
// as JSON, at most opt.Limit of them. It returns how many it emitted and
// whether the limit cut the results short. A query that runs past
// opt.Timeout (an endless Gizmo loop, say) is stopped with
// ErrQueryTimeout, not left to hang.
func Query(ctx context.Context, s *graph.Store, q string, opt QueryOptions, emit func(any) error) (n int, cut bool, err error) {
	if query.GetLanguage(opt.Lang) == nil {
		return 0, false, fmt.Errorf("unknown query language %q (want one of %s)", opt.Lang, strings.Join(Languages(), ", "))
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	// One result more than the limit tells whether the limit cut the list.
	limit := opt.Limit
	if limit > 0 {
		limit++
	}
	it, err := query.Execute(ctx, s.QS, opt.Lang, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return 0, false, queryError(ctx, err)
	}
	defer it.Close()
	for it.Next(ctx) {
		if opt.Limit > 0 && n == opt.Limit {
			return n, true, nil
		}
		if err := emit(it.Result()); err != nil {
			return n, false, err
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, false, queryError(ctx, err)
	}
	if ctx.Err() != nil {
		return n, false, queryError(ctx, ctx.Err())
	}
	return n, false, nil
}

// queryError tells a query stopped by its time limit from one that
// failed. The languages do not wrap the context's error (Gizmo's
// interpreter reports an interruption of its own), so the context itself
// says whether the time ran out.
func queryError(ctx context.Context, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return ErrQueryTimeout
	}
	return fmt.Errorf("query: %w", err)
}
