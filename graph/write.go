package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Put writes a document's batch, replacing whatever the document
// contributed before.
func (s *Store) Put(ctx context.Context, b *Batch) error {
	return s.PutQuads(ctx, b.Doc.ID, b.Quads())
}

// PutQuads stores quads as the document's whole contribution, replacing
// what it had; every quad must carry the document's label. A new document
// is one transaction: if it fails the store is left as it was.
//
// Replacing is two transactions, removal then addition, because Cayley
// v0.7.7's kv backends (bolt) mis-index a transaction that removes and adds
// quads sharing a node whose reference count drops: the added quads lose
// that node. If the addition fails, the old quads are put back.
func (s *Store) PutQuads(ctx context.Context, docID string, quads []quad.Quad) error {
	for _, q := range quads {
		if q.Label != DocIRI(docID) {
			return fmt.Errorf("put document %s: quad %s has another label", docID, q)
		}
	}
	old, err := s.docQuads(ctx, docID)
	if err != nil {
		return fmt.Errorf("put document %s: %w", docID, err)
	}
	if len(old) > 0 {
		if err := s.apply(ctx, nil, old); err != nil {
			return fmt.Errorf("put document %s: remove old version: %w", docID, err)
		}
	}
	if err := s.apply(ctx, quads, nil); err != nil {
		if len(old) > 0 {
			if rerr := s.apply(ctx, old, nil); rerr != nil {
				return fmt.Errorf("put document %s: %w (and restoring the old version failed: %v)", docID, err, rerr)
			}
		}
		return fmt.Errorf("put document %s: %w", docID, err)
	}
	return nil
}

// apply writes one transaction of additions and removals.
func (s *Store) apply(ctx context.Context, add, remove []quad.Quad) error {
	s.changes.mu.Lock()
	defer s.changes.mu.Unlock()
	s.beforeWrite(ctx, add, remove)
	defer s.afterWrite(ctx)
	if s.sqlDB != nil && len(remove) == 0 {
		if err := s.pgAdd(ctx, add); err != nil {
			return err
		}
		s.gen.Add(1)
		return nil
	}
	tx := graph.NewTransactionN(len(add) + len(remove))
	for _, q := range remove {
		tx.RemoveQuad(q)
	}
	for _, q := range add {
		tx.AddQuad(q)
	}
	if err := s.W.ApplyTransaction(tx); err != nil {
		return err
	}
	s.gen.Add(1)
	return nil
}

// RemoveDocument deletes every quad the document contributed, in one
// transaction. It reports whether the document was there.
func (s *Store) RemoveDocument(ctx context.Context, id string) (bool, error) {
	old, err := s.docQuads(ctx, id)
	if err != nil {
		return false, fmt.Errorf("remove document %s: %w", id, err)
	}
	if len(old) == 0 {
		return false, nil
	}
	if err := s.apply(ctx, nil, old); err != nil {
		return false, fmt.Errorf("remove document %s: %w", id, err)
	}
	return true, nil
}

// docQuads returns every quad labelled with the document. Rather than scan
// the whole store for the label, it visits the nodes the document can have
// written about (itself, its facts, the entities it mentions) through the
// subject index and keeps the quads carrying its label.
func (s *Store) docQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	doc := DocIRI(id)
	subjects := []quad.Value{doc}
	err := s.eachQuad(ctx, quad.Subject, doc, func(q quad.Quad) {
		if q.Predicate == PredMention {
			subjects = append(subjects, q.Object)
		}
	})
	if err != nil {
		return nil, err
	}
	err = s.eachQuad(ctx, quad.Object, doc, func(q quad.Quad) {
		if q.Predicate == PredDoc {
			subjects = append(subjects, q.Subject)
		}
	})
	if err != nil {
		return nil, err
	}
	// An entity's quads come from every document mentioning it: compare
	// their labels as references, and decode only the document's own.
	label := s.QS.ValueOf(doc)
	if label == nil {
		return nil, nil
	}
	var out []quad.Quad
	for _, sub := range subjects {
		err := s.eachQuadLabelled(ctx, quad.Subject, sub, label, func(q quad.Quad) {
			out = append(out, q)
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eachQuadLabelled calls fn for every quad whose direction d holds v and
// whose label is the value label refers to: the label is compared as a
// reference, and only the quads kept are read.
func (s *Store) eachQuadLabelled(ctx context.Context, d quad.Direction, v quad.Value, label graph.Ref, fn func(quad.Quad)) error {
	want := label.Key()
	return s.eachQuadWhere(ctx, d, v, func(r graph.Ref) bool {
		l := s.QS.QuadDirection(r, quad.Label)
		return l != nil && l.Key() == want
	}, fn)
}

// eachQuad calls fn for every quad whose direction d holds v.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	return s.eachQuadWhere(ctx, d, v, nil, fn)
}

// eachQuadWhere is eachQuad for the quads whose reference keep accepts
// (all when keep is nil).
func (s *Store) eachQuadWhere(ctx context.Context, d quad.Direction, v quad.Value, keep func(graph.Ref) bool, fn func(quad.Quad)) error {
	ref := s.QS.ValueOf(v)
	if ref == nil {
		return nil
	}
	// The references are gathered and the iterator closed before any
	// quad is read: reading opens a second bolt read transaction, and two
	// nested ones deadlock with a writer that must grow the file.
	it := s.QS.QuadIterator(d, ref)
	var refs []graph.Ref
	for it.Next(ctx) {
		if r := it.Result(); keep == nil || keep(r) {
			refs = append(refs, r)
		}
	}
	err := it.Err()
	it.Close()
	if err != nil {
		return err
	}
	for _, r := range refs {
		fn(s.QS.Quad(r))
	}
	return nil
}
