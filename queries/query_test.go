package queries

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestQuery(t *testing.T) {
	ctx := context.Background()
	s := chain(t)
	collect := func(q string, opt QueryOptions) ([]any, bool, error) {
		var got []any
		_, cut, err := Query(ctx, s, q, opt, func(r any) error { got = append(got, r); return nil })
		return got, cut, err
	}
	got, cut, err := collect(`g.V("<country:AAA>").Out("<rel:aid>").All()`, QueryOptions{Lang: "gizmo"})
	if err != nil || cut || len(got) != 1 {
		t.Errorf("AAA aids: %v (cut %v, err %v), want BBB alone", got, cut, err)
	}
	got, cut, err = collect(`g.V().All()`, QueryOptions{Lang: "gizmo", Limit: 2})
	if err != nil || !cut || len(got) != 2 {
		t.Errorf("limit 2: %d results, cut %v, err %v", len(got), cut, err)
	}
	if _, _, err := collect(`while (true) {}`, QueryOptions{Lang: "gizmo", Timeout: 200 * time.Millisecond}); !errors.Is(err, ErrQueryTimeout) {
		t.Errorf("endless loop: %v, want ErrQueryTimeout", err)
	}
	if _, _, err := collect(`g.V(`, QueryOptions{Lang: "gizmo", Timeout: time.Second}); err == nil || errors.Is(err, ErrQueryTimeout) {
		t.Errorf("syntax error: %v, want a query error", err)
	}
	if _, _, err := collect(`x`, QueryOptions{Lang: "sparql"}); err == nil {
		t.Error("an unknown language ran")
	}
}
