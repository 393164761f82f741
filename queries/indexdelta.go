package queries

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"kg/graph"
)

// indexDeltas counts the indexes brought up to date from an older one
// and the store's record of its writes, rather than built by reading
// every quad.
var indexDeltas atomic.Int64

// errNoDelta makes the caller build the index from the whole store.
var errNoDelta = errors.New("index: cannot be brought up to date incrementally")

// maxDeltaShare bounds the facts a delta re-reads, as a share of the
// facts in the index: re-reading a fact costs about what reading its
// quads in the full scan does, so past a quarter the scan is as cheap.
const maxDeltaShare = 4

// emptyIndex is the index of a store with no quads.
func emptyIndex(state graph.State) *Index {
	x := &Index{state: state, off: []int32{0}, factOff: []int32{0}}
	for _, r := range graph.Relations {
		x.rels = append(x.rels, r.Name)
	}
	return x
}

// withChanges returns the index of the store at c.Now, from x (the index
// at c.Base) and the record of what the writes since touched: every
// touched fact is read again from the store, and every touched edge is
// looked up there, so the result is what a build from the whole store
// would give. Anything it cannot follow exactly is errNoDelta.
func (x *Index) withChanges(ctx context.Context, s *graph.Store, c *graph.Changes) (*Index, error) {
	if !c.Complete || x.state != c.Base {
		return nil, errNoDelta
	}
	if len(c.Facts) > 256+len(x.facts)/maxDeltaShare || len(c.Edges) > 256+len(x.factOff)/maxDeltaShare {
		return nil, errNoDelta
	}
	relNum := map[string]uint8{}
	if len(x.rels) != len(graph.Relations) {
		return nil, errNoDelta
	}
	for i, r := range graph.Relations {
		if x.rels[i] != r.Name {
			return nil, errNoDelta // made by a kg with other relations
		}
		relNum[r.Name] = uint8(i)
	}
	rd, err := newFactReader(s, x.rels)
	if err != nil {
		return nil, err
	}

	// The edges whose presence or facts may have changed.
	touched := map[edgeKey]bool{}
	for e := range c.Edges {
		if r, ok := relNum[e.Rel]; ok {
			touched[edgeKey{e.Sub, e.Obj, r}] = true
		}
	}
	// Where the touched facts were.
	for a := range x.ids {
		for _, e := range x.adj[x.off[a]:x.off[a+1]] {
			if !e.forward {
				continue
			}
			for _, id := range x.facts[x.factOff[e.edge]:x.factOff[e.edge+1]] {
				if _, ok := c.Facts[id]; ok {
					touched[edgeKey{x.ids[a], x.ids[e.to], e.rel}] = true
				}
			}
		}
	}
	// Where they are now.
	now := map[edgeKey][]string{}
	for id := range c.Facts {
		ref := s.QS.ValueOf(quad.IRI(id))
		if ref == nil {
			continue // gone
		}
		k, ok, err := rd.read(ctx, ref)
		if err != nil {
			return nil, err
		}
		if ok {
			now[k] = append(now[k], id)
			touched[k] = true
		}
	}

	// Untouched edges as they were, then the touched ones as the store
	// now has them, in a fixed order.
	var keys []edgeKey
	var byEdge [][]string
	old := map[edgeKey]int32{}
	for a := range x.ids {
		for _, e := range x.adj[x.off[a]:x.off[a+1]] {
			if !e.forward {
				continue
			}
			k := edgeKey{x.ids[a], x.ids[e.to], e.rel}
			if touched[k] {
				old[k] = e.edge
				continue
			}
			keys = append(keys, k)
			byEdge = append(byEdge, x.facts[x.factOff[e.edge]:x.factOff[e.edge+1]:x.factOff[e.edge+1]])
		}
	}
	order := make([]edgeKey, 0, len(touched))
	for k := range touched {
		order = append(order, k)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.sub != b.sub {
			return a.sub < b.sub
		}
		if a.obj != b.obj {
			return a.obj < b.obj
		}
		return a.rel < b.rel
	})
	for _, k := range order {
		exists, err := rd.edgeExists(ctx, k)
		if err != nil {
			return nil, err
		}
		if !exists {
			continue
		}
		var ids []string
		if n, ok := old[k]; ok {
			// The facts it had that were not touched still stand behind it.
			for _, id := range x.facts[x.factOff[n]:x.factOff[n+1]] {
				if _, ok := c.Facts[id]; !ok {
					ids = append(ids, id)
				}
			}
		} else {
			// A new edge: facts written before it, by something that
			// wrote facts without their edge, stand behind it too.
			if ids, err = rd.untouchedFacts(ctx, k, c.Facts); err != nil {
				return nil, err
			}
		}
		ids = append(ids, now[k]...)
		keys = append(keys, k)
		byEdge = append(byEdge, ids)
	}
	nx := &Index{rels: x.rels, state: c.Now}
	nx.layout(keys, byEdge)
	return nx, nil
}

// factReader reads single facts and edges from a store, as scanEdges
// would see them.
type factReader struct {
	s                       *graph.Store
	pSubj, pObj, pRel, pNeg cgraph.Ref
	negTrue                 any
	relOf                   map[any]uint8
	relRef                  []cgraph.Ref  // by relation number; nil when the store has no such edge
	ops                     *kv.QuadIndex // nil when the store has no object-predicate-subject index
	seen                    map[[2]any]map[any]cgraph.Ref
}

func newFactReader(s *graph.Store, rels []string) (*factReader, error) {
	rd := &factReader{s: s, relOf: map[any]uint8{}, relRef: make([]cgraph.Ref, len(rels))}
	rd.pSubj, rd.pObj = s.QS.ValueOf(graph.PredSubject), s.QS.ValueOf(graph.PredObject)
	rd.pRel, rd.pNeg = s.QS.ValueOf(graph.PredRelation), s.QS.ValueOf(graph.PredNegated)
	rd.negTrue = struct{}{}
	if r := s.QS.ValueOf(quad.Bool(true)); r != nil {
		rd.negTrue = r.Key()
	}
	for i, name := range rels {
		if r := s.QS.ValueOf(graph.RelationIRI(name)); r != nil {
			rd.relOf[r.Key()] = uint8(i)
			rd.relRef[i] = r
		}
	}
	if opt, ok := s.QS.(interface {
		OptimizeShape(shape.Shape) (shape.Shape, bool)
	}); ok {
		rd.ops = opsIndex(opt, rd.pSubj)
	}
	return rd, nil
}

func key(r cgraph.Ref) any {
	if r == nil {
		return struct{}{}
	}
	return r.Key()
}

// read returns the edge a fact stands behind: its subject, relation and
// object, false when it stands behind none (incomplete, negated, of an
// unknown relation, a literal end). A fact with two different subjects,
// objects or relations is errNoDelta: the full scan keeps whichever it
// sees last.
func (rd *factReader) read(ctx context.Context, fact cgraph.Ref) (edgeKey, bool, error) {
	qs := rd.s.QS
	quads, err := rd.scan(ctx, map[quad.Direction]cgraph.Ref{quad.Subject: fact})
	if err != nil {
		return edgeKey{}, false, err
	}
	var sub, obj, rel cgraph.Ref
	negated := false
	set := func(dst *cgraph.Ref, v cgraph.Ref) error {
		if *dst != nil && (*dst).Key() != v.Key() {
			return errNoDelta
		}
		*dst = v
		return nil
	}
	for _, q := range quads {
		o := qs.QuadDirection(q, quad.Object)
		switch key(qs.QuadDirection(q, quad.Predicate)) {
		case key(rd.pSubj):
			err = set(&sub, o)
		case key(rd.pObj):
			err = set(&obj, o)
		case key(rd.pRel):
			err = set(&rel, o)
		case key(rd.pNeg):
			if o.Key() == rd.negTrue {
				negated = true
			}
		}
		if err != nil {
			return edgeKey{}, false, err
		}
	}
	if negated || sub == nil || obj == nil || rel == nil {
		return edgeKey{}, false, nil
	}
	r, ok := rd.relOf[rel.Key()]
	if !ok {
		return edgeKey{}, false, nil
	}
	vals, err := cgraph.ValuesOf(ctx, qs, []cgraph.Ref{sub, obj})
	if err != nil {
		return edgeKey{}, false, err
	}
	s, ok1 := vals[0].(quad.IRI)
	o, ok2 := vals[1].(quad.IRI)
	if !ok1 || !ok2 || s == "" || o == "" {
		return edgeKey{}, false, nil
	}
	return edgeKey{string(s), string(o), r}, true, nil
}

// edgeExists reports whether any quad <sub> <rel:…> <obj> is left, under
// any label.
func (rd *factReader) edgeExists(ctx context.Context, k edgeKey) (bool, error) {
	qs := rd.s.QS
	p := rd.relRef[k.rel]
	sub, obj := qs.ValueOf(quad.IRI(k.sub)), qs.ValueOf(quad.IRI(k.obj))
	if p == nil || sub == nil || obj == nil {
		return false, nil
	}
	quads, err := rd.scan(ctx, map[quad.Direction]cgraph.Ref{quad.Subject: sub, quad.Predicate: p, quad.Object: obj})
	return len(quads) > 0, err
}

// untouchedFacts returns the facts behind k that are not among skip.
func (rd *factReader) untouchedFacts(ctx context.Context, k edgeKey, skip map[string]struct{}) ([]string, error) {
	qs := rd.s.QS
	sub, obj := qs.ValueOf(quad.IRI(k.sub)), qs.ValueOf(quad.IRI(k.obj))
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
	var both []cgraph.Ref
	for k, f := range asSub {
		if _, ok := asObj[k]; ok {
			both = append(both, f)
		}
	}
	var out []string
	for _, f := range both {
		fk, ok, err := rd.read(ctx, f)
		if err != nil {
			return nil, err
		}
		if !ok || fk != k {
			continue
		}
		v := qs.NameOf(f)
		id, isIRI := v.(quad.IRI)
		if !isIRI {
			return nil, errNoDelta // the full build names it ""
		}
		if _, ok := skip[string(id)]; !ok {
			out = append(out, string(id))
		}
	}
	return out, nil
}

// factsAt returns the facts whose subject (pred kg:subject) or object
// (kg:object) is the entity, by reference key; remembered, as the new
// edges of a document often share an entity.
func (rd *factReader) factsAt(ctx context.Context, entity, pred cgraph.Ref) (map[any]cgraph.Ref, error) {
	k := [2]any{entity.Key(), pred.Key()}
	if m, ok := rd.seen[k]; ok {
		return m, nil
	}
	quads, err := rd.scan(ctx, map[quad.Direction]cgraph.Ref{quad.Object: entity, quad.Predicate: pred})
	if err != nil {
		return nil, err
	}
	m := make(map[any]cgraph.Ref, len(quads))
	for _, q := range quads {
		f := rd.s.QS.QuadDirection(q, quad.Subject)
		m[f.Key()] = f
	}
	if rd.seen == nil {
		rd.seen = map[[2]any]map[any]cgraph.Ref{}
	}
	rd.seen[k] = m
	return m, nil
}

// scan returns the quads holding the given values, through the store's
// object-predicate-subject index when it has one and the object is
// given, else its index for the subject or the object. Every quad is
// checked against every value, so an index covering fewer directions
// cannot add quads.
func (rd *factReader) scan(ctx context.Context, filter map[quad.Direction]cgraph.Ref) ([]cgraph.Ref, error) {
	qs := rd.s.QS
	var it cgraph.Iterator
	if _, ok := filter[quad.Object]; ok && rd.ops != nil {
		var vals []uint64
		for _, d := range rd.ops.Dirs {
			v, ok := filter[d]
			if !ok {
				break
			}
			n, ok := v.(kv.Int64Value)
			if !ok {
				return nil, errNoDelta
			}
			vals = append(vals, uint64(n))
		}
		it = kv.IndexScan{Index: *rd.ops, Values: vals}.BuildIterator(qs)
	} else if v, ok := filter[quad.Subject]; ok {
		it = qs.QuadIterator(quad.Subject, v)
	} else if v, ok := filter[quad.Object]; ok {
		it = qs.QuadIterator(quad.Object, v)
	} else {
		return nil, errNoDelta
	}
	defer it.Close()
	var out []cgraph.Ref
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
		return nil, fmt.Errorf("index: %w", err)
	}
	return out, nil
}

// opsIndex returns the store's object-predicate-subject index (one of
// Cayley's default two), found by asking the store's optimiser which
// index serves a lookup of all three; nil when it has none.
func opsIndex(opt interface {
	OptimizeShape(shape.Shape) (shape.Shape, bool)
}, ref cgraph.Ref) *kv.QuadIndex {
	if ref == nil {
		return nil
	}
	sh, ok := opt.OptimizeShape(shape.QuadsAction{Result: quad.Subject,
		Filter: map[quad.Direction]cgraph.Ref{quad.Subject: ref, quad.Predicate: ref, quad.Object: ref}})
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
