package graph

import (
	"context"
	"github.com/cayleygraph/cayley"
	"sort"
	"strings"

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
}

func (f FactFilter) match(x *Fact) bool {
	if !f.IncludeNegated && x.Negated {
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
	var nodes []quad.Value
	var err error
	switch {
	case filter.Subject != "" && filter.Object != "":
		// The facts joining two entities, found by intersecting the
		// facts of each in Cayley's indexes rather than reading every
		// fact of either (an entity may have thousands).
		p := cayley.StartPath(s.QS, quad.IRI(filter.Subject)).In(PredSubject).
			And(cayley.StartPath(s.QS, quad.IRI(filter.Object)).In(PredObject))
		err = p.Iterate(ctx).EachValue(s.QS, func(v quad.Value) {
			nodes = append(nodes, v)
		})
	case filter.Subject != "" || filter.Object != "":
		node, pred := filter.Subject, PredSubject
		if node == "" {
			node, pred = filter.Object, PredObject
		}
		err = s.eachQuad(ctx, quad.Object, quad.IRI(node), func(q quad.Quad) {
			if q.Predicate == pred {
				nodes = append(nodes, q.Subject)
			}
		})
	case filter.Doc != "":
		err = s.eachQuad(ctx, quad.Object, DocIRI(filter.Doc), func(q quad.Quad) {
			if q.Predicate == PredDoc {
				nodes = append(nodes, q.Subject)
			}
		})
	case filter.Entity != "":
		err = s.eachQuad(ctx, quad.Object, quad.IRI(filter.Entity), func(q quad.Quad) {
			if q.Predicate == PredSubject || q.Predicate == PredObject {
				nodes = append(nodes, q.Subject)
			}
		})
	default:
		nodes, err = s.instances(ctx, ClassFact)
	}
	if err != nil {
		return nil, err
	}
	out := make([]Fact, 0, len(nodes))
	seen := make(map[quad.Value]bool, len(nodes))
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		f, err := s.fact(ctx, n)
		if err != nil {
			return nil, err
		}
		if filter.match(&f) {
			out = append(out, f)
		}
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

func (s *Store) fact(ctx context.Context, node quad.Value) (Fact, error) {
	f := Fact{ID: iriString(node)}
	err := s.eachQuad(ctx, quad.Subject, node, func(q quad.Quad) {
		if p, ok := q.Predicate.(quad.IRI); ok {
			setFactField(&f, p, q.Object)
		}
	})
	return f, err
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
	e := EntityInfo{Entity: Entity{ID: iriString(node)}}
	aliases := map[string]bool{}
	err := s.eachQuad(ctx, quad.Subject, node, func(q quad.Quad) {
		switch q.Predicate {
		case PredType:
			e.Type = strings.TrimPrefix(iriString(q.Object), "kg:")
		case PredName:
			e.Name = stringValue(q.Object)
		case PredAlias:
			aliases[stringValue(q.Object)] = true
		case PredISO3:
			e.ISO3 = stringValue(q.Object)
		case PredISO2:
			e.ISO2 = stringValue(q.Object)
		}
	})
	if err != nil {
		return e, err
	}
	for a := range aliases {
		if a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	facts := map[quad.Value]bool{}
	err = s.eachQuad(ctx, quad.Object, node, func(q quad.Quad) {
		if q.Predicate == PredSubject || q.Predicate == PredObject {
			facts[q.Subject] = true
		}
	})
	e.Facts = len(facts)
	return e, err
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
