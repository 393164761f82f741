package graph

import (
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// Predicates and classes of kg's vocabulary. Entities, facts and documents
// are IRIs; attributes are typed literals.
var (
	PredType = quad.IRI("rdf:type")

	PredName    = quad.IRI("kg:name")
	PredAlias   = quad.IRI("kg:alias")
	PredISO3    = quad.IRI("kg:iso3")
	PredISO2    = quad.IRI("kg:iso2")
	PredMention = quad.IRI("kg:mentions") // document -> entity

	PredSubject    = quad.IRI("kg:subject")
	PredRelation   = quad.IRI("kg:relation")
	PredObject     = quad.IRI("kg:object")
	PredNegated    = quad.IRI("kg:negated")
	PredYear       = quad.IRI("kg:year")
	PredQuantity   = quad.IRI("kg:quantity")
	PredUnit       = quad.IRI("kg:unit")
	PredItem       = quad.IRI("kg:item")
	PredKind       = quad.IRI("kg:kind")
	PredRole       = quad.IRI("kg:role")
	PredAction     = quad.IRI("kg:action")
	PredClaimedBy  = quad.IRI("kg:claimed_by")
	PredDoc        = quad.IRI("kg:doc")
	PredSentence   = quad.IRI("kg:sentence")
	PredSpanStart  = quad.IRI("kg:span_start")
	PredSpanEnd    = quad.IRI("kg:span_end")
	PredEvidence   = quad.IRI("kg:evidence")
	PredConfidence = quad.IRI("kg:confidence")
	PredRule       = quad.IRI("kg:rule")

	PredPath     = quad.IRI("kg:path")
	PredSHA256   = quad.IRI("kg:sha256")
	PredBytes    = quad.IRI("kg:bytes")
	PredTitle    = quad.IRI("kg:title")
	PredIngested = quad.IRI("kg:ingested")
	PredFacts    = quad.IRI("kg:facts")

	ClassFact     = quad.IRI("kg:Fact")
	ClassDocument = quad.IRI("kg:Document")
)

// ClassOf returns the class IRI of an entity type, e.g. <kg:Country>.
func ClassOf(entityType string) quad.IRI { return quad.IRI("kg:" + entityType) }

// RelationIRI is the predicate of the direct edge for a relation,
// e.g. <rel:arms_transfer>.
func RelationIRI(rel string) quad.IRI { return quad.IRI("rel:" + rel) }

// DocIRI is the node and the label of a document.
func DocIRI(id string) quad.IRI { return quad.IRI("doc:" + id) }

// RelationOf decodes a direct edge's predicate, <rel:aid>, to its
// relation name; false for any other value.
func RelationOf(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	return strings.CutPrefix(string(iri), "rel:")
}

// DocOf decodes a document's node or label, <doc:ID>, to its id; false
// for any other value.
func DocOf(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	return strings.CutPrefix(string(iri), "doc:")
}

// quadSet collects quads of one document, without duplicates.
type quadSet struct {
	label quad.Value
	seen  map[quad.Quad]bool
	list  []quad.Quad
}

func newQuadSet(docID string) *quadSet {
	return &quadSet{label: DocIRI(docID), seen: make(map[quad.Quad]bool)}
}

func (s *quadSet) add(sub quad.Value, pred quad.IRI, obj quad.Value) {
	q := quad.Quad{Subject: sub, Predicate: pred, Object: obj, Label: s.label}
	if !s.seen[q] {
		s.seen[q] = true
		s.list = append(s.list, q)
	}
}

func (s *quadSet) addString(sub quad.Value, pred quad.IRI, v string) {
	if v != "" {
		s.add(sub, pred, quad.String(v))
	}
}

// Quads returns the quads a batch contributes, all labelled with its document.
func (b *Batch) Quads() []quad.Quad {
	s := newQuadSet(b.Doc.ID)
	doc := DocIRI(b.Doc.ID)
	s.add(doc, PredType, ClassDocument)
	s.addString(doc, PredPath, b.Doc.Path)
	s.addString(doc, PredSHA256, b.Doc.SHA256)
	s.add(doc, PredBytes, quad.Int(b.Doc.Bytes))
	s.addString(doc, PredTitle, b.Doc.Title)
	s.add(doc, PredIngested, quad.Time(b.Doc.Ingested.UTC().Truncate(time.Second)))
	s.add(doc, PredFacts, quad.Int(len(b.Facts)))

	for _, e := range b.Entities {
		n := quad.IRI(e.ID)
		s.add(doc, PredMention, n)
		s.add(n, PredType, ClassOf(e.Type))
		s.addString(n, PredName, e.Name)
		for _, a := range e.Aliases {
			s.addString(n, PredAlias, a)
		}
		s.addString(n, PredISO3, e.ISO3)
		s.addString(n, PredISO2, e.ISO2)
	}

	for i := range b.Facts {
		f := &b.Facts[i]
		n := quad.IRI(f.ID)
		s.add(n, PredType, ClassFact)
		s.add(n, PredSubject, quad.IRI(f.Subject))
		s.add(n, PredRelation, RelationIRI(f.Relation))
		s.add(n, PredObject, quad.IRI(f.Object))
		s.add(n, PredNegated, quad.Bool(f.Negated))
		if f.Year != 0 {
			s.add(n, PredYear, quad.Int(f.Year))
		}
		if f.Quantity != 0 {
			s.add(n, PredQuantity, quad.Int(f.Quantity))
		}
		s.addString(n, PredUnit, f.Unit)
		s.addString(n, PredItem, f.Item)
		s.addString(n, PredKind, f.Kind)
		s.addString(n, PredRole, f.Role)
		s.addString(n, PredAction, f.Action)
		if f.ClaimedBy != "" {
			s.add(n, PredClaimedBy, quad.IRI(f.ClaimedBy))
		}
		s.add(n, PredDoc, doc)
		s.add(n, PredSentence, quad.Int(f.Sentence))
		s.add(n, PredSpanStart, quad.Int(f.SpanStart))
		s.add(n, PredSpanEnd, quad.Int(f.SpanEnd))
		s.addString(n, PredEvidence, f.Evidence)
		s.add(n, PredConfidence, quad.Float(f.Confidence))
		s.addString(n, PredRule, f.Rule)
		if !f.Negated {
			s.add(quad.IRI(f.Subject), RelationIRI(f.Relation), quad.IRI(f.Object))
		}
	}
	return s.list
}

// setFactField stores one quad's object into the matching field of f.
func setFactField(f *Fact, pred quad.IRI, v quad.Value) {
	switch pred {
	case PredSubject:
		f.Subject = iriString(v)
	case PredRelation:
		f.Relation = strings.TrimPrefix(iriString(v), "rel:")
	case PredObject:
		f.Object = iriString(v)
	case PredNegated:
		b, _ := v.(quad.Bool)
		f.Negated = bool(b)
	case PredYear:
		f.Year = int(intValue(v))
	case PredQuantity:
		f.Quantity = intValue(v)
	case PredUnit:
		f.Unit = stringValue(v)
	case PredItem:
		f.Item = stringValue(v)
	case PredKind:
		f.Kind = stringValue(v)
	case PredRole:
		f.Role = stringValue(v)
	case PredAction:
		f.Action = stringValue(v)
	case PredClaimedBy:
		f.ClaimedBy = iriString(v)
	case PredDoc:
		f.Doc = strings.TrimPrefix(iriString(v), "doc:")
	case PredSentence:
		f.Sentence = int(intValue(v))
	case PredSpanStart:
		f.SpanStart = int(intValue(v))
	case PredSpanEnd:
		f.SpanEnd = int(intValue(v))
	case PredEvidence:
		f.Evidence = stringValue(v)
	case PredConfidence:
		if x, ok := v.(quad.Float); ok {
			f.Confidence = float64(x)
		}
	case PredRule:
		f.Rule = stringValue(v)
	}
}

func setDocField(d *Document, pred quad.IRI, v quad.Value) {
	switch pred {
	case PredPath:
		d.Path = stringValue(v)
	case PredSHA256:
		d.SHA256 = stringValue(v)
	case PredBytes:
		d.Bytes = intValue(v)
	case PredTitle:
		d.Title = stringValue(v)
	case PredIngested:
		if t, ok := v.(quad.Time); ok {
			d.Ingested = time.Time(t)
		}
	case PredFacts:
		d.Facts = int(intValue(v))
	}
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	if v == nil {
		return ""
	}
	return fmt.Sprint(quad.NativeOf(v))
}

func stringValue(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case nil:
		return ""
	}
	return fmt.Sprint(quad.NativeOf(v))
}

func intValue(v quad.Value) int64 {
	switch x := v.(type) {
	case quad.Int:
		return int64(x)
	case quad.Float:
		return int64(x)
	}
	return 0
}
