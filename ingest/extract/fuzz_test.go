package extract

import (
	"strings"
	"testing"

	"kg/graph"
	"kg/ingest/reader"
)

// FuzzExtract: any text gives facts whose relations are the ontology's,
// whose entities are known to the result, and whose evidence is a
// sentence of the document.
func FuzzExtract(f *testing.F) {
	f.Add("Cuba and North Korea have enjoyed diplomatic relations since 1960.")
	f.Add("“We strongly urge Chile today, and we urge Brazil, Mexico, and Peru to break ties,” Pence declared.")
	f.Add("It was recognized by North Korea on March 16 of the same year. The DPRK sent 1,500 troops to the country.")
	f.Add("# Foreign relations of Mongolia\n\n## Diplomatic relations\n\nCountry | Date | Notes\n---|---|---\nCanada | 1973; severed 1980 | Both countries opened embassies.\nPeru | none |\n")
	x := newTestExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := reader.Read(strings.NewReader(text), reader.Text)
		if err != nil {
			return
		}
		res := x.ExtractFacts("doc", doc)
		known := map[string]bool{}
		for _, e := range res.Entities {
			known[e.ID] = true
		}
		full := doc.Text()
		for _, fact := range res.Facts {
			if _, ok := graph.LookupRelation(fact.Relation); !ok {
				t.Fatalf("unknown relation %q", fact.Relation)
			}
			if !known[fact.Subject] || !known[fact.Object] {
				t.Fatalf("fact %+v uses an entity the result does not list", fact)
			}
			if fact.SpanEnd > len(full) || full[fact.SpanStart:fact.SpanEnd] != fact.Evidence {
				t.Fatalf("evidence span %d:%d does not give %q", fact.SpanStart, fact.SpanEnd, fact.Evidence)
			}
		}
	})
}
