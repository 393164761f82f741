package queries

import (
	"context"
	"errors"
	"testing"
)

func TestSelect(t *testing.T) {
	ctx := context.Background()
	g := NewGraph(chain(t))
	tests := []struct {
		name      string
		sel       Selection
		title     string
		entities  int
		facts     int
		wantError error // nil: no error; errAny: some error
	}{
		{"centre", Selection{Center: "country:AAA"}, "AAA, depth 1", 3, 3, nil}, // B arms C joins two of them
		{"centre, deeper", Selection{Center: "country:AAA", Depth: 3}, "AAA, depth 3", 4, 4, nil},
		{"path", Selection{From: "country:AAA", To: "country:DDD"}, "AAA — DDD", 3, 2, nil},
		{"path, relation without one", Selection{From: "country:AAA", To: "country:DDD", Options: PathOptions{Relations: []string{"aid"}}}, "", 0, 0, ErrNoPath},
		{"whole", Selection{}, "", 4, 4, nil},
		{"whole, capped", Selection{MaxNodes: 2}, "", 2, 1, nil},
		{"centre and path", Selection{Center: "country:AAA", From: "country:BBB", To: "country:CCC"}, "", 0, 0, errAny},
		{"one end", Selection{From: "country:AAA"}, "", 0, 0, errAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg, title, err := g.Select(ctx, tt.sel)
			switch {
			case tt.wantError == errAny && err == nil, tt.wantError != errAny && !errors.Is(err, tt.wantError):
				t.Fatalf("error %v, want %v", err, tt.wantError)
			case err != nil:
				return
			}
			if title != tt.title || len(sg.Entities) != tt.entities || len(sg.Facts) != tt.facts {
				t.Errorf("%q, %d entities, %d facts; want %q, %d, %d", title, len(sg.Entities), len(sg.Facts), tt.title, tt.entities, tt.facts)
			}
		})
	}
}

var errAny = errors.New("any error")
