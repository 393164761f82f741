package exports

import (
	"encoding/json"
	"io"

	"kg/graph"
)

// EntityRef is an entity as it appears inside a fact line.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
	ISO3 string `json:"iso3,omitempty"`
	ISO2 string `json:"iso2,omitempty"`
	// Aliases are the surface forms the documents used for an entity
	// other than a country (a country is named by its code): "Mr
	// Dyck", "DAG". Readers of the line match names against them.
	Aliases []string `json:"aliases,omitempty"`
}

// FactLine is one line of `kg facts --format jsonl`, the form fixed by
// docs/ONTOLOGY.md.
type FactLine struct {
	Subject    EntityRef `json:"subject"`
	Relation   string    `json:"relation"`
	Object     EntityRef `json:"object"`
	Negated    bool      `json:"negated"`
	Year       int       `json:"year,omitempty"`
	Quantity   int64     `json:"quantity,omitempty"`
	Unit       string    `json:"unit,omitempty"`
	Item       string    `json:"item,omitempty"`
	Kind       string    `json:"kind,omitempty"`
	Role       string    `json:"role,omitempty"`
	Action     string    `json:"action,omitempty"`
	ClaimedBy  string    `json:"claimed_by,omitempty"`
	Doc        string    `json:"doc"`
	Sentence   int       `json:"sentence"`
	Span       [2]int    `json:"span"`
	Evidence   string    `json:"evidence"`
	Confidence float64   `json:"confidence"`
	ID         string    `json:"id"`
	Rule       string    `json:"rule,omitempty"`
}

// JSONLWriter writes facts as JSON Lines.
type JSONLWriter struct {
	enc      *json.Encoder
	entities map[string]graph.Entity
	// Explain adds the extraction rule of each fact.
	Explain bool
}

// NewJSONLWriter returns a writer that names entities from the given map;
// an entity missing from it is written with its id alone.
func NewJSONLWriter(w io.Writer, entities map[string]graph.Entity) *JSONLWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &JSONLWriter{enc: enc, entities: entities}
}

// Write writes one fact line.
func (w *JSONLWriter) Write(f graph.Fact) error {
	line := NewFactLine(f, w.entities)
	if !w.Explain {
		line.Rule = ""
	}
	return w.enc.Encode(line)
}

// NewFactLine is a fact in the ONTOLOGY's JSON form, entities named from
// the map; the rule is kept.
func NewFactLine(f graph.Fact, entities map[string]graph.Entity) FactLine {
	ref := func(id string) EntityRef {
		e, ok := entities[id]
		if !ok {
			return EntityRef{ID: id, Type: graph.EntityType(id)}
		}
		ref := EntityRef{ID: e.ID, Name: e.Name, Type: e.Type, ISO3: e.ISO3, ISO2: e.ISO2}
		if e.Type != graph.TypeCountry {
			ref.Aliases = e.Aliases
		}
		return ref
	}
	return FactLine{
		Subject: ref(f.Subject), Relation: f.Relation, Object: ref(f.Object),
		Negated: f.Negated, Year: f.Year, Quantity: f.Quantity, Unit: f.Unit, Item: f.Item,
		Kind: f.Kind, Role: f.Role, Action: f.Action, ClaimedBy: f.ClaimedBy,
		Doc: f.Doc, Sentence: f.Sentence, Span: [2]int{f.SpanStart, f.SpanEnd},
		Evidence: f.Evidence, Confidence: f.Confidence, ID: f.ID, Rule: f.Rule,
	}
}
