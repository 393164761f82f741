package exports

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"kg/graph"
)

// WriteNQuads writes every quad of the store as N-Quads, labels (the
// documents) kept, so `kg import nquads` rebuilds the same store.
func WriteNQuads(ctx context.Context, w io.Writer, s *graph.Store) (int, error) {
	nw := nquads.NewWriter(w)
	it := s.QS.QuadsAllIterator()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		if err := nw.WriteQuad(s.QS.Quad(it.Result())); err != nil {
			return n, err
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, err
	}
	return n, nw.Close()
}

// ReadNQuads reads N-Quads written by WriteNQuads and stores them, one
// transaction per document label, replacing documents already present.
// Quads without a document label are rejected: kg keeps none.
func ReadNQuads(ctx context.Context, r io.Reader, s *graph.Store) (docs, quads int, err error) {
	nr := nquads.NewReader(r, false)
	byDoc := map[string][]quad.Quad{}
	var order []string
	for line := 1; ; line++ {
		q, err := nr.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, fmt.Errorf("quad %d: %w", line, err)
		}
		id, ok := graph.DocOf(q.Label)
		if !ok {
			return 0, 0, fmt.Errorf("quad %d (%s): no document label; kg labels every quad with its document", line, q)
		}
		if _, seen := byDoc[id]; !seen {
			order = append(order, id)
		}
		byDoc[id] = append(byDoc[id], q)
	}
	for _, id := range order {
		if err := s.PutQuads(ctx, id, byDoc[id]); err != nil {
			return docs, quads, err
		}
		docs++
		quads += len(byDoc[id])
	}
	return docs, quads, nil
}
