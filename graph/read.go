package graph

import (
	"context"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// FactFilter selects facts; zero fields select everything.
type FactFilter struct {
	Doc            string   // document id
	Relations      []string // relation names
	Entity         string   // entity id as subject or object
	Subject        string   // entity id as subject
	Object         string   // entity id as object
	IncludeNegated bool
	MinConfidence  float64 // only facts at this confidence or above (0: all)
}

func (f FactFilter) match(x *Fact) bool {
	if !f.IncludeNegated && x.Negated {
		return false
	}
	if x.Confidence < f.MinConfidence {
		return false
	}
	if f.Doc != "" && x.Doc != f.Doc {
		return false
	}
	if f.Entity != "" && x.Subject != f.Entity && x.Object != f.Entity {
		return false
	}
	if (f.Subject != "" && x.Subject != f.Subject) || (f.Object != "" && x.Object != f.Object) {
		return false
	}
	if len(f.Relations) > 0 {
		for _, r := range f.Relations {
			if r == x.Relation {
				return true
			}
		}
		return false
	}
	return true
}

// Facts returns the facts the filter selects, ordered by document, sentence
// and id.
func (s *Store) Facts(ctx context.Context, filter FactFilter) ([]Fact, error) {
	var refs []graph.Ref
	var err error
	switch {
	case filter.Subject != "" && filter.Object != "":
		// The facts joining two entities, found by intersecting the
		// facts of each in Cayley's indexes rather than reading every
		// fact of either (an entity may have thousands).
		p := cayley.StartPath(s.QS, quad.IRI(filter.Subject)).In(PredSubject).
			And(cayley.StartPath(s.QS, quad.IRI(filter.Object)).In(PredObject))
		refs, err = s.pathRefs(ctx, p, 0)
	case filter.Subject != "":
		refs, err = s.subjects(ctx, PredSubject, quad.IRI(filter.Subject))
	case filter.Object != "":
		refs, err = s.subjects(ctx, PredObject, quad.IRI(filter.Object))
	case filter.Doc != "":
		refs, err = s.subjects(ctx, PredDoc, DocIRI(filter.Doc))
	case filter.Entity != "":
		refs, err = s.subjects(ctx, PredSubject, quad.IRI(filter.Entity))
		if err == nil {
			var more []graph.Ref
			more, err = s.subjects(ctx, PredObject, quad.IRI(filter.Entity))
			refs = append(refs, more...)
		}
	default:
		refs, err = s.subjects(ctx, PredType, ClassFact)
	}
	if err != nil {
		return nil, err
	}
	return s.factsOf(ctx, uniqRefs(refs), filter)
}

// FactsByID returns the facts with the given ids that the filter selects,
// ordered as Facts orders them. Ids the store does not hold are skipped.
func (s *Store) FactsByID(ctx context.Context, ids []string, filter FactFilter) ([]Fact, error) {
	refs := make([]graph.Ref, 0, len(ids))
	for _, id := range ids {
		if ref := s.QS.ValueOf(quad.IRI(id)); ref != nil {
			refs = append(refs, ref)
		}
	}
	return s.factsOf(ctx, uniqRefs(refs), filter)
}

// FactsAmong returns the facts, selected by the filter, whose subject and
// object are both among ids, ordered as Facts orders them. It reads only
// the references of the facts at each entity (Cayley's object-predicate
// index) and then the facts that join two of them, so an entity with
// thousands of facts outside the selection costs an index scan, not
// thousands of fact reads.
func (s *Store) FactsAmong(ctx context.Context, ids []string, filter FactFilter) ([]Fact, error) {
	pSubj, pObj := s.QS.ValueOf(PredSubject), s.QS.ValueOf(PredObject)
	if pSubj == nil || pObj == nil {
		return nil, nil
	}
	ks, ko := pSubj.Key(), pObj.Key()
	// One scan of each entity's object index gives the facts it is the
	// subject of and those it is the object of.
	asSubject := map[any]bool{}
	asObject := map[any]graph.Ref{}
	for _, id := range ids {
		ref := s.QS.ValueOf(quad.IRI(id))
		if ref == nil {
			continue
		}
		it := s.QS.QuadIterator(quad.Object, ref)
		for it.Next(ctx) {
			q := it.Result()
			p := s.QS.QuadDirection(q, quad.Predicate)
			if p == nil {
				continue
			}
			switch p.Key() {
			case ks:
				if f := s.QS.QuadDirection(q, quad.Subject); f != nil {
					asSubject[f.Key()] = true
				}
			case ko:
				if f := s.QS.QuadDirection(q, quad.Subject); f != nil {
					asObject[f.Key()] = f
				}
			}
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	var both []graph.Ref
	for k, f := range asObject {
		if asSubject[k] {
			both = append(both, f)
		}
	}
	return s.factsOf(ctx, both, filter)
}

// subjects returns the subjects of the quads <x> <pred> <obj>, as
// references, through the store's object index. (A Cayley path
// In(pred) would do the same, but Cayley v0.7.7's kv stores do not use
// their object-predicate index for it and scan every quad instead.)
func (s *Store) subjects(ctx context.Context, pred quad.IRI, obj quad.Value) ([]graph.Ref, error) {
	return s.linked(ctx, quad.Object, obj, pred, quad.Subject)
}

// objects returns the objects of the quads <sub> <pred> <x>, as
// references, at most limit of them (0: all). Cayley's kv stores answer
// this from their subject-predicate index.
func (s *Store) objects(ctx context.Context, sub quad.Value, pred quad.IRI, limit int) ([]graph.Ref, error) {
	return s.pathRefs(ctx, cayley.StartPath(s.QS, sub).Out(pred), limit)
}

// linked returns direction want of the quads whose direction d holds v and
// whose predicate is pred, comparing references only: no value is decoded.
func (s *Store) linked(ctx context.Context, d quad.Direction, v quad.Value, pred quad.IRI, want quad.Direction) ([]graph.Ref, error) {
	ref := s.QS.ValueOf(v)
	pref := s.QS.ValueOf(pred)
	if ref == nil || pref == nil {
		return nil, nil
	}
	pk := pref.Key()
	it := s.QS.QuadIterator(d, ref)
	defer it.Close()
	var out []graph.Ref
	for it.Next(ctx) {
		q := it.Result()
		if p := s.QS.QuadDirection(q, quad.Predicate); p != nil && p.Key() == pk {
			if r := s.QS.QuadDirection(q, want); r != nil {
				out = append(out, r)
			}
		}
	}
	return out, it.Err()
}

// pathRefs runs a Cayley path, optimised, and returns the references it
// yields (paths off: each node once per match), at most limit (0: all).
func (s *Store) pathRefs(ctx context.Context, p *cayley.Path, limit int) ([]graph.Ref, error) {
	c := p.Iterate(ctx).Paths(false)
	if limit > 0 {
		c = c.Limit(limit)
	}
	return c.All()
}

func uniqRefs(refs []graph.Ref) []graph.Ref {
	seen := make(map[any]bool, len(refs))
	out := refs[:0:0]
	for _, r := range refs {
		if k := r.Key(); !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
	}
	return out
}

// factChunk bounds the facts decoded at once by factsOf.
const factChunk = 512

// factsOf reads the facts of the given nodes, keeps those the filter
// matches and sorts them by document, sentence and id. Each chunk of
// facts is read as references (the quads under each fact node), then
// every distinct value among them is decoded once, in one batch.
func (s *Store) factsOf(ctx context.Context, refs []graph.Ref, filter FactFilter) ([]Fact, error) {
	workers := s.readers()
	size := min(factChunk, (len(refs)+workers-1)/max(workers, 1))
	var chunks [][]graph.Ref
	for len(refs) > 0 {
		n := min(max(size, 1), len(refs))
		chunks = append(chunks, refs[:n])
		refs = refs[n:]
	}
	results := make([][]Fact, len(chunks))
	err := parallel(len(chunks), workers, func(i int) error {
		facts, err := s.readFacts(ctx, chunks[i])
		if err != nil {
			return err
		}
		kept := facts[:0]
		for j := range facts {
			if facts[j].ID != "" && filter.match(&facts[j]) {
				kept = append(kept, facts[j])
			}
		}
		results[i] = kept
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []Fact
	for i := range chunks {
		out = append(out, results[i]...)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return a.ID < b.ID
	})
	return out, nil
}

func (s *Store) readFacts(ctx context.Context, refs []graph.Ref) ([]Fact, error) {
	type field struct {
		fact      int
		pred, obj any
	}
	var fields []field
	names := newNameBatch()
	for i, r := range refs {
		names.add(r)
		it := s.QS.QuadIterator(quad.Subject, r)
		for it.Next(ctx) {
			q := it.Result()
			p, o := s.QS.QuadDirection(q, quad.Predicate), s.QS.QuadDirection(q, quad.Object)
			if p == nil || o == nil {
				continue
			}
			fields = append(fields, field{i, names.add(p), names.add(o)})
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := names.resolve(ctx, s.QS); err != nil {
		return nil, err
	}
	facts := make([]Fact, len(refs))
	for i, r := range refs {
		facts[i].ID = iriString(names.vals[r.Key()])
	}
	for _, f := range fields {
		if p, ok := names.vals[f.pred].(quad.IRI); ok {
			setFactField(&facts[f.fact], p, names.vals[f.obj])
		}
	}
	return facts, nil
}

// readers is how many goroutines read at once: one per core, since each
// read is a series of small index look-ups that Cayley's stores serve
// concurrently (bolt read transactions, a pool of SQL connections); one
// on the in-memory store.
func (s *Store) readers() int {
	if s.Backend == "memstore" {
		return 1
	}
	return runtime.GOMAXPROCS(0)
}

// parallel calls fn(0) … fn(n-1) from up to workers goroutines and
// returns the first error (by index).
func parallel(n, workers int, fn func(int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// nameBatch collects references and decodes each distinct one once.
type nameBatch struct {
	refs []graph.Ref
	vals map[any]quad.Value
}

func newNameBatch() *nameBatch { return &nameBatch{vals: map[any]quad.Value{}} }

func (b *nameBatch) add(r graph.Ref) any {
	k := r.Key()
	if _, ok := b.vals[k]; !ok {
		b.vals[k] = nil
		b.refs = append(b.refs, r)
	}
	return k
}

func (b *nameBatch) resolve(ctx context.Context, qs graph.QuadStore) error {
	vals, err := graph.ValuesOf(ctx, qs, b.refs)
	if err != nil {
		return err
	}
	for i, r := range b.refs {
		b.vals[r.Key()] = vals[i]
	}
	b.refs = b.refs[:0]
	return nil
}

// instances lists the subjects of <x> <rdf:type> <class>.
func (s *Store) instances(ctx context.Context, class quad.IRI) ([]quad.Value, error) {
	var out []quad.Value
	err := s.eachQuad(ctx, quad.Object, class, func(q quad.Quad) {
		if q.Predicate == PredType {
			out = append(out, q.Subject)
		}
	})
	return out, err
}

// EntityInfo is an entity as stored, with the number of facts it takes part in.
type EntityInfo struct {
	Entity
	Facts int // positive and negated facts with the entity as subject or object
}

// Entities returns the stored entities of the given type ("" for all),
// sorted by id. Names and aliases are merged over every document.
func (s *Store) Entities(ctx context.Context, entityType string) ([]EntityInfo, error) {
	types := EntityTypes
	if entityType != "" {
		types = []string{entityType}
	}
	var out []EntityInfo
	for _, t := range types {
		nodes, err := s.instances(ctx, ClassOf(t))
		if err != nil {
			return nil, err
		}
		seen := map[quad.Value]bool{}
		for _, n := range nodes {
			if seen[n] {
				continue
			}
			seen[n] = true
			e, err := s.entity(ctx, n)
			if err != nil {
				return nil, err
			}
			e.Type = t
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Entity returns one stored entity, or false if no document mentions it.
func (s *Store) Entity(ctx context.Context, id string) (EntityInfo, bool, error) {
	e, err := s.entity(ctx, quad.IRI(id))
	if err != nil || e.Type == "" {
		return e, false, err
	}
	return e, true, nil
}

func (s *Store) entity(ctx context.Context, node quad.Value) (EntityInfo, error) {
	e, err := s.entityOnly(ctx, node)
	if err != nil {
		return EntityInfo{Entity: e}, err
	}
	facts, err := s.subjects(ctx, PredSubject, node)
	if err != nil {
		return EntityInfo{Entity: e}, err
	}
	more, err := s.subjects(ctx, PredObject, node)
	if err != nil {
		return EntityInfo{Entity: e}, err
	}
	return EntityInfo{Entity: e, Facts: len(uniqRefs(append(facts, more...)))}, nil
}

// AllEntities returns every entity with its names, without counting its
// facts as Entities does (an index read per fact): what resolving a name
// against everything stored needs. Ordered by id.
func (s *Store) AllEntities(ctx context.Context) ([]Entity, error) {
	seen := map[string]bool{}
	var ids []string
	for _, t := range EntityTypes {
		nodes, err := s.instances(ctx, ClassOf(t))
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			if iri, ok := n.(quad.IRI); ok && !seen[string(iri)] {
				seen[string(iri)] = true
				ids = append(ids, string(iri))
			}
		}
	}
	byID, err := s.EntitiesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	sort.Strings(ids)
	out := make([]Entity, 0, len(ids))
	for _, id := range ids {
		if e, ok := byID[id]; ok {
			out = append(out, e)
		}
	}
	return out, nil
}

// EntitiesByID returns the stored entities among ids, without counting
// their facts (Entity does that, reading an index entry per fact). An id
// no document names is absent from the map.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) (map[string]Entity, error) {
	ents := make([]Entity, len(ids))
	err := parallel(len(ids), s.readers(), func(i int) error {
		var err error
		ents[i], err = s.entityOnly(ctx, quad.IRI(ids[i]))
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Entity, len(ids))
	for i, e := range ents {
		if e.Type != "" {
			out[ids[i]] = e
		}
	}
	return out, nil
}

// entityOnly reads an entity's type, names and codes, each through the
// store's subject-predicate index: the entity's other quads (its relation
// edges) are not read.
func (s *Store) entityOnly(ctx context.Context, node quad.Value) (Entity, error) {
	e := Entity{ID: iriString(node)}
	preds := []quad.IRI{PredType, PredName, PredAlias, PredISO3, PredISO2}
	objs := make([][]graph.Ref, len(preds))
	names := newNameBatch()
	for i, p := range preds {
		limit := 1 // one name, type and code, stated by every document
		if p == PredAlias {
			limit = 0
		}
		refs, err := s.objects(ctx, node, p, limit)
		if err != nil {
			return e, err
		}
		objs[i] = uniqRefs(refs)
		for _, r := range objs[i] {
			names.add(r)
		}
	}
	if err := names.resolve(ctx, s.QS); err != nil {
		return e, err
	}
	value := func(i int) quad.Value {
		if len(objs[i]) == 0 {
			return nil
		}
		return names.vals[objs[i][0].Key()]
	}
	if v := value(0); v != nil {
		e.Type = strings.TrimPrefix(iriString(v), "kg:")
	}
	e.Name = stringValue(value(1))
	e.ISO3 = stringValue(value(3))
	e.ISO2 = stringValue(value(4))
	aliases := map[string]bool{}
	for _, r := range objs[2] {
		if a := stringValue(names.vals[r.Key()]); a != e.Name {
			aliases[a] = true
		}
	}
	for a := range aliases {
		e.Aliases = append(e.Aliases, a)
	}
	sort.Strings(e.Aliases)
	return e, nil
}

// Documents returns every ingested document, sorted by id.
func (s *Store) Documents(ctx context.Context) ([]Document, error) {
	nodes, err := s.instances(ctx, ClassDocument)
	if err != nil {
		return nil, err
	}
	out := make([]Document, 0, len(nodes))
	for _, n := range nodes {
		d, err := s.document(ctx, n)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Document returns the document with the given id, or false.
func (s *Store) Document(ctx context.Context, id string) (Document, bool, error) {
	d, err := s.document(ctx, DocIRI(id))
	return d, err == nil && d.SHA256 != "", err
}

// DocumentByPath returns the document ingested from path, or false.
func (s *Store) DocumentByPath(ctx context.Context, path string) (Document, bool, error) {
	var node quad.Value
	err := s.eachQuad(ctx, quad.Object, quad.String(path), func(q quad.Quad) {
		if q.Predicate == PredPath {
			node = q.Subject
		}
	})
	if err != nil || node == nil {
		return Document{}, false, err
	}
	d, err := s.document(ctx, node)
	return d, err == nil, err
}

func (s *Store) document(ctx context.Context, node quad.Value) (Document, error) {
	d := Document{ID: strings.TrimPrefix(iriString(node), "doc:")}
	err := s.eachQuad(ctx, quad.Subject, node, func(q quad.Quad) {
		if p, ok := q.Predicate.(quad.IRI); ok {
			setDocField(&d, p, q.Object)
		}
	})
	return d, err
}

// Stats counts what the store holds.
type Stats struct {
	Documents   int
	Quads       int64
	Entities    map[string]int // by type
	Facts       map[string]int // positive facts by relation
	NegatedFact int
}

// Stats counts documents, entities by type, facts by relation and quads.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: map[string]int{}, Facts: map[string]int{}}
	docs, err := s.instances(ctx, ClassDocument)
	if err != nil {
		return st, err
	}
	st.Documents = len(uniq(docs))
	for _, t := range EntityTypes {
		nodes, err := s.instances(ctx, ClassOf(t))
		if err != nil {
			return st, err
		}
		if n := len(uniq(nodes)); n > 0 {
			st.Entities[t] = n
		}
	}
	facts, err := s.Facts(ctx, FactFilter{IncludeNegated: true})
	if err != nil {
		return st, err
	}
	for _, f := range facts {
		if f.Negated {
			st.NegatedFact++
		} else {
			st.Facts[f.Relation]++
		}
	}
	qst, err := s.QS.Stats(ctx, true)
	if err != nil && st.Documents == 0 && len(facts) == 0 && strings.Contains(err.Error(), "no bucket") {
		// A new bolt store has no quad bucket until the first write.
		return st, nil
	}
	if err != nil {
		return st, err
	}
	st.Quads = qst.Quads.Size
	return st, nil
}

// CountQuadsByLabel counts the quads carrying each label ("" for none),
// scanning the whole store. Tests use it to prove removal is exact.
func (s *Store) CountQuadsByLabel(ctx context.Context) (map[string]int, error) {
	counts := map[string]int{}
	it := s.QS.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := s.QS.Quad(it.Result())
		counts[iriString(q.Label)]++
	}
	return counts, it.Err()
}

func uniq(vs []quad.Value) []quad.Value {
	seen := make(map[quad.Value]bool, len(vs))
	out := vs[:0:0]
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
