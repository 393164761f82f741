package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Entity is a country, person, organisation, event or location.
type Entity struct {
	ID      string   // "country:PRK", "person:raul_castro"
	Type    string   // one of EntityTypes
	Name    string   // canonical English name
	Aliases []string // surface forms seen in documents
	ISO3    string   // countries only
	ISO2    string   // countries only, where one exists
}

// Fact is one relationship read from one sentence of one document.
type Fact struct {
	ID        string // derived from document, sentence, subject, relation, object (see FactID)
	Subject   string // entity id
	Relation  string // a Relations name
	Object    string // entity id
	Negated   bool
	Year      int // 0 when the text gives none
	Quantity  int64
	Unit      string
	Item      string
	Kind      string // aid kind: humanitarian, medical, ...
	Role      string // leader_of: President, ...
	Action    string // demands: what is demanded
	ClaimedBy string // entity id of the speaker of reported speech

	Doc        string // document id
	Sentence   int    // 0-based sentence index in the document
	SpanStart  int    // byte offsets of the evidence in the document text
	SpanEnd    int
	Evidence   string
	Confidence float64
	Rule       string // the extraction rule that produced the fact (for --explain)
}

// Document is one ingested source document.
type Document struct {
	ID       string // file name without extension, made unique
	Path     string // absolute path, or "-" for standard input
	SHA256   string // of the raw bytes
	Bytes    int64
	Title    string
	Ingested time.Time
	Facts    int
}

// Batch is everything one document contributes to the store: written in one
// transaction and labelled with the document.
type Batch struct {
	Doc      Document
	Facts    []Fact
	Entities []Entity // every entity the facts use, with the surface forms seen
}

// FactID derives a stable fact id from what identifies the fact, so that
// re-ingesting the same document yields the same ids.
func FactID(f *Fact) string {
	key := strings.Join([]string{
		f.Doc, fmt.Sprint(f.Sentence), f.Subject, f.Relation, f.Object,
		fmt.Sprint(f.Negated), fmt.Sprint(f.Quantity), f.Unit, f.Kind,
	}, "\x1f")
	sum := sha256.Sum256([]byte(key))
	return "fact:" + hex.EncodeToString(sum[:10])
}

// EntityType returns the type implied by an entity id's prefix.
func EntityType(id string) string {
	prefix, _, _ := strings.Cut(id, ":")
	switch prefix {
	case "country":
		return TypeCountry
	case "person":
		return TypePerson
	case "org":
		return TypeOrganization
	case "event":
		return TypeEvent
	case "location":
		return TypeLocation
	}
	return ""
}

// Subgraph is a selection of the graph: entities and the facts between
// them. Queries produce one; diagrams and exports draw or write one.
type Subgraph struct {
	Entities map[string]Entity
	Facts    []Fact
	// Cut says why the selection is smaller than asked ("" when it is not),
	// e.g. when a node cap stopped a neighbourhood from growing.
	Cut string
	// EdgesCut counts the edges (facts of one relation between two
	// entities) a cap or a backbone left out.
	EdgesCut int
}
