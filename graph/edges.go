package graph

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

// This file reads the direct relation edges (<s> <rel:…> <o>) and the
// facts behind them, decoded, for data derived from them (the path index
// in graph/index): the only place outside the store's own reads that
// knows how Cayley lays them out.

// FactEdge is a fact that stands behind a direct edge: complete (subject,
// relation and object), not negated, of one of Relations, between two
// IRIs.
type FactEdge struct {
	Fact string
	Edge EdgeKey
}

// ErrAmbiguousFact is returned for a fact node that holds two subjects,
// objects or relations, or is not an IRI: a scan of the whole store
// keeps whichever it meets last, so a single read cannot say which.
var ErrAmbiguousFact = errors.New("a fact with two subjects, objects or relations")

// ScanEdges reads, in one pass over every quad, the direct edges of the
// relations in Relations between two IRIs (once per document stating
// them) and the facts that stand behind one. Predicates are compared as
// Cayley references, so no value is decoded for the quads that are
// neither, and each distinct value is decoded once: Cayley's kv stores
// have no predicate index to do better.
func (s *Store) ScanEdges(ctx context.Context) ([]EdgeKey, []FactEdge, error) {
	relOf := map[any]string{}
	for _, r := range Relations {
		if ref := s.QS.ValueOf(RelationIRI(r.Name)); ref != nil {
			relOf[ref.Key()] = r.Name
		}
	}
	if len(relOf) == 0 {
		return nil, nil, nil
	}
	type rawEdge struct {
		sub, obj graph.Ref
		rel      string
	}
	type rawFact struct {
		node, sub, obj graph.Ref
		rel            string // "" until its kg:relation quad is seen
		negated        bool
	}
	key := func(v quad.Value) any {
		if ref := s.QS.ValueOf(v); ref != nil {
			return ref.Key()
		}
		return struct{}{} // matches no predicate
	}
	pSubj, pObj, pRel, pNeg := key(PredSubject), key(PredObject), key(PredRelation), key(PredNegated)
	negTrue := key(quad.Bool(true))
	facts := map[any]*rawFact{}
	fact := func(node graph.Ref) *rawFact {
		f := facts[node.Key()]
		if f == nil {
			f = &rawFact{node: node}
			facts[node.Key()] = f
		}
		return f
	}
	var edges []rawEdge
	it := s.QS.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := it.Result()
		dir := func(d quad.Direction) graph.Ref { return s.QS.QuadDirection(q, d) }
		p := dir(quad.Predicate).Key()
		if rel, ok := relOf[p]; ok {
			edges = append(edges, rawEdge{dir(quad.Subject), dir(quad.Object), rel})
			continue
		}
		switch p {
		case pSubj:
			fact(dir(quad.Subject)).sub = dir(quad.Object)
		case pObj:
			fact(dir(quad.Subject)).obj = dir(quad.Object)
		case pRel:
			if rel, ok := relOf[dir(quad.Object).Key()]; ok {
				fact(dir(quad.Subject)).rel = rel
			}
		case pNeg:
			if dir(quad.Object).Key() == negTrue {
				fact(dir(quad.Subject)).negated = true
			}
		}
	}
	if err := it.Err(); err != nil {
		return nil, nil, fmt.Errorf("read relation edges: %w", err)
	}

	names := newIRIBatch()
	for _, e := range edges {
		names.add(e.sub)
		names.add(e.obj)
	}
	stands := func(f *rawFact) bool { return !f.negated && f.rel != "" && f.sub != nil && f.obj != nil }
	for _, f := range facts {
		if stands(f) {
			names.add(f.node)
			names.add(f.sub)
			names.add(f.obj)
		}
	}
	if err := names.decode(ctx, s.QS); err != nil {
		return nil, nil, fmt.Errorf("read relation edges: %w", err)
	}
	var out []EdgeKey
	for _, e := range edges {
		k := EdgeKey{names.of(e.sub), e.rel, names.of(e.obj)}
		if k.Sub != "" && k.Obj != "" { // a literal end is not an entity
			out = append(out, k)
		}
	}
	var behind []FactEdge
	for _, f := range facts {
		if !stands(f) {
			continue
		}
		k := EdgeKey{names.of(f.sub), f.rel, names.of(f.obj)}
		if id := names.of(f.node); id != "" && k.Sub != "" && k.Obj != "" {
			behind = append(behind, FactEdge{Fact: id, Edge: k})
		}
	}
	return out, behind, nil
}

// decodeChunk bounds the values decoded in one Cayley call.
const decodeChunk = 4096

// iriBatch decodes references to IRIs, each distinct one once.
type iriBatch struct {
	names map[any]string
	refs  []graph.Ref
}

func newIRIBatch() *iriBatch { return &iriBatch{names: map[any]string{}} }

func (b *iriBatch) add(r graph.Ref) {
	if r == nil {
		return
	}
	if _, ok := b.names[r.Key()]; !ok {
		b.names[r.Key()] = ""
		b.refs = append(b.refs, r)
	}
}

func (b *iriBatch) decode(ctx context.Context, qs graph.QuadStore) error {
	for refs := b.refs; len(refs) > 0; {
		chunk := refs[:min(decodeChunk, len(refs))]
		refs = refs[len(chunk):]
		vals, err := graph.ValuesOf(ctx, qs, chunk)
		if err != nil {
			return err
		}
		for i, v := range vals {
			if iri, ok := v.(quad.IRI); ok {
				b.names[chunk[i].Key()] = string(iri)
			}
		}
	}
	b.refs = nil
	return nil
}

// of is the IRI of a reference, "" for a literal or nil.
func (b *iriBatch) of(r graph.Ref) string {
	if r == nil {
		return ""
	}
	return b.names[r.Key()]
}

// EdgeReader reads single facts and edges as ScanEdges sees them, for
// bringing derived data up to date after a few writes without a scan.
type EdgeReader struct {
	s                       *Store
	pSubj, pObj, pRel, pNeg graph.Ref
	negTrue                 any
	relOf                   map[any]string
	relRef                  map[string]graph.Ref
	ops                     *kv.QuadIndex // nil when the store has no object-predicate-subject index
	seen                    map[[2]any]map[any]graph.Ref
}

// NewEdgeReader returns a reader of the store as it is now: values first
// written after it was made are not seen.
func (s *Store) NewEdgeReader() *EdgeReader {
	rd := &EdgeReader{s: s, relOf: map[any]string{}, relRef: map[string]graph.Ref{}}
	rd.pSubj, rd.pObj = s.QS.ValueOf(PredSubject), s.QS.ValueOf(PredObject)
	rd.pRel, rd.pNeg = s.QS.ValueOf(PredRelation), s.QS.ValueOf(PredNegated)
	rd.negTrue = struct{}{}
	if r := s.QS.ValueOf(quad.Bool(true)); r != nil {
		rd.negTrue = r.Key()
	}
	for _, r := range Relations {
		if ref := s.QS.ValueOf(RelationIRI(r.Name)); ref != nil {
			rd.relOf[ref.Key()] = r.Name
			rd.relRef[r.Name] = ref
		}
	}
	if opt, ok := s.QS.(interface {
		OptimizeShape(shape.Shape) (shape.Shape, bool)
	}); ok {
		rd.ops = opsIndex(opt, rd.pSubj)
	}
	return rd
}

func refKey(r graph.Ref) any {
	if r == nil {
		return struct{}{}
	}
	return r.Key()
}

// FactEdge returns the edge the fact with this id stands behind; false
// when the fact is gone or stands behind none (incomplete, negated, of an
// unknown relation, a literal end).
func (rd *EdgeReader) FactEdge(ctx context.Context, id string) (EdgeKey, bool, error) {
	ref := rd.s.QS.ValueOf(quad.IRI(id))
	if ref == nil {
		return EdgeKey{}, false, nil
	}
	return rd.factEdge(ctx, ref)
}

func (rd *EdgeReader) factEdge(ctx context.Context, fact graph.Ref) (EdgeKey, bool, error) {
	qs := rd.s.QS
	quads, err := rd.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: fact})
	if err != nil {
		return EdgeKey{}, false, err
	}
	var sub, obj, rel graph.Ref
	negated := false
	set := func(dst *graph.Ref, v graph.Ref) error {
		if *dst != nil && (*dst).Key() != v.Key() {
			return ErrAmbiguousFact
		}
		*dst = v
		return nil
	}
	for _, q := range quads {
		o := qs.QuadDirection(q, quad.Object)
		switch refKey(qs.QuadDirection(q, quad.Predicate)) {
		case refKey(rd.pSubj):
			err = set(&sub, o)
		case refKey(rd.pObj):
			err = set(&obj, o)
		case refKey(rd.pRel):
			err = set(&rel, o)
		case refKey(rd.pNeg):
			if o.Key() == rd.negTrue {
				negated = true
			}
		}
		if err != nil {
			return EdgeKey{}, false, err
		}
	}
	if negated || sub == nil || obj == nil || rel == nil {
		return EdgeKey{}, false, nil
	}
	r, ok := rd.relOf[rel.Key()]
	if !ok {
		return EdgeKey{}, false, nil
	}
	vals, err := graph.ValuesOf(ctx, qs, []graph.Ref{sub, obj})
	if err != nil {
		return EdgeKey{}, false, err
	}
	s, ok1 := vals[0].(quad.IRI)
	o, ok2 := vals[1].(quad.IRI)
	if !ok1 || !ok2 || s == "" || o == "" {
		return EdgeKey{}, false, nil
	}
	return EdgeKey{string(s), r, string(o)}, true, nil
}

// EdgeExists reports whether any quad <sub> <rel:…> <obj> is left, under
// any label.
func (rd *EdgeReader) EdgeExists(ctx context.Context, k EdgeKey) (bool, error) {
	qs := rd.s.QS
	p := rd.relRef[k.Rel]
	sub, obj := qs.ValueOf(quad.IRI(k.Sub)), qs.ValueOf(quad.IRI(k.Obj))
	if p == nil || sub == nil || obj == nil {
		return false, nil
	}
	quads, err := rd.scan(ctx, map[quad.Direction]graph.Ref{quad.Subject: sub, quad.Predicate: p, quad.Object: obj})
	return len(quads) > 0, err
}

// FactsBehind returns the ids of the facts that stand behind the edge.
func (rd *EdgeReader) FactsBehind(ctx context.Context, k EdgeKey) ([]string, error) {
	qs := rd.s.QS
	sub, obj := qs.ValueOf(quad.IRI(k.Sub)), qs.ValueOf(quad.IRI(k.Obj))
	if sub == nil || obj == nil || rd.pSubj == nil || rd.pObj == nil {
		return nil, nil
	}
	asSub, err := rd.factsAt(ctx, sub, rd.pSubj)
	if err != nil {
		return nil, err
	}
	asObj, err := rd.factsAt(ctx, obj, rd.pObj)
	if err != nil {
		return nil, err
	}
	if len(asObj) < len(asSub) {
		asSub, asObj = asObj, asSub
	}
	var out []string
	for key, f := range asSub {
		if _, ok := asObj[key]; !ok {
			continue
		}
		fk, ok, err := rd.factEdge(ctx, f)
		if err != nil {
			return nil, err
		}
		if !ok || fk != k {
			continue
		}
		id, isIRI := qs.NameOf(f).(quad.IRI)
		if !isIRI {
			return nil, ErrAmbiguousFact // the scan names it ""
		}
		out = append(out, string(id))
	}
	return out, nil
}

// factsAt returns the facts whose subject (pred kg:subject) or object
// (kg:object) is the entity, by reference key; remembered, as the new
// edges of a document often share an entity.
func (rd *EdgeReader) factsAt(ctx context.Context, entity, pred graph.Ref) (map[any]graph.Ref, error) {
	k := [2]any{entity.Key(), pred.Key()}
	if m, ok := rd.seen[k]; ok {
		return m, nil
	}
	quads, err := rd.scan(ctx, map[quad.Direction]graph.Ref{quad.Object: entity, quad.Predicate: pred})
	if err != nil {
		return nil, err
	}
	m := make(map[any]graph.Ref, len(quads))
	for _, q := range quads {
		f := rd.s.QS.QuadDirection(q, quad.Subject)
		m[f.Key()] = f
	}
	if rd.seen == nil {
		rd.seen = map[[2]any]map[any]graph.Ref{}
	}
	rd.seen[k] = m
	return m, nil
}

// errNoScan is a lookup the store's indexes cannot serve.
var errNoScan = errors.New("no index serves this lookup")

// scan returns the quads holding the given values, through the store's
// object-predicate-subject index when it has one and the object is
// given, else its index for the subject or the object. Every quad is
// checked against every value, so an index covering fewer directions
// cannot add quads.
func (rd *EdgeReader) scan(ctx context.Context, filter map[quad.Direction]graph.Ref) ([]graph.Ref, error) {
	qs := rd.s.QS
	var it graph.Iterator
	if _, ok := filter[quad.Object]; ok && rd.ops != nil {
		var vals []uint64
		for _, d := range rd.ops.Dirs {
			v, ok := filter[d]
			if !ok {
				break
			}
			n, ok := v.(kv.Int64Value)
			if !ok {
				return nil, errNoScan
			}
			vals = append(vals, uint64(n))
		}
		it = kv.IndexScan{Index: *rd.ops, Values: vals}.BuildIterator(qs)
	} else if v, ok := filter[quad.Subject]; ok {
		it = qs.QuadIterator(quad.Subject, v)
	} else if v, ok := filter[quad.Object]; ok {
		it = qs.QuadIterator(quad.Object, v)
	} else {
		return nil, errNoScan
	}
	defer it.Close()
	var out []graph.Ref
	for it.Next(ctx) {
		q := it.Result()
		match := true
		for d, v := range filter {
			if w := qs.QuadDirection(q, d); w == nil || w.Key() != v.Key() {
				match = false
				break
			}
		}
		if match {
			out = append(out, q)
		}
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("read edges: %w", err)
	}
	return out, nil
}

// opsIndex returns the store's object-predicate-subject index (one of
// Cayley's default two), found by asking the store's optimiser which
// index serves a lookup of all three; nil when it has none.
func opsIndex(opt interface {
	OptimizeShape(shape.Shape) (shape.Shape, bool)
}, ref graph.Ref) *kv.QuadIndex {
	if ref == nil {
		return nil
	}
	sh, ok := opt.OptimizeShape(shape.QuadsAction{Result: quad.Subject,
		Filter: map[quad.Direction]graph.Ref{quad.Subject: ref, quad.Predicate: ref, quad.Object: ref}})
	if !ok {
		return nil
	}
	nf, ok := sh.(shape.NodesFrom)
	if !ok {
		return nil
	}
	scan, ok := nf.Quads.(kv.IndexScan)
	want := []quad.Direction{quad.Object, quad.Predicate, quad.Subject}
	if !ok || !reflect.DeepEqual(scan.Index.Dirs, want) {
		return nil
	}
	return &scan.Index
}

// DirectEdges returns the direct relation edges at an entity, as subject
// or as object, through Cayley's subject and object indexes: each
// distinct edge once, in no particular order.
func (s *Store) DirectEdges(ctx context.Context, node string) ([]EdgeKey, error) {
	ref := s.QS.ValueOf(quad.IRI(node))
	if ref == nil {
		return nil, nil
	}
	seen := map[EdgeKey]bool{}
	var out []EdgeKey
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		it := s.QS.QuadIterator(d, ref)
		for it.Next(ctx) {
			q := s.QS.Quad(it.Result())
			rel, ok := RelationOf(q.Predicate)
			if !ok {
				continue
			}
			sub, ok1 := q.Subject.(quad.IRI)
			obj, ok2 := q.Object.(quad.IRI)
			if !ok1 || !ok2 {
				continue
			}
			k := EdgeKey{string(sub), rel, string(obj)}
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
