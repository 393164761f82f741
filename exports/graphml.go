package exports

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"kg/graph"
)

// WriteGraphML writes the subgraph as GraphML (Gephi, yEd, Cytoscape):
// entities as nodes, positive facts as directed edges with their
// attributes. Text goes through encoding/xml's escaping.
func WriteGraphML(w io.Writer, sg *graph.Subgraph) error {
	type key struct{ id, domain, name, typ string }
	keys := []key{
		{"n_name", "node", "name", "string"}, {"n_type", "node", "type", "string"},
		{"n_iso3", "node", "iso3", "string"}, {"n_aliases", "node", "aliases", "string"},
		{"e_relation", "edge", "relation", "string"}, {"e_year", "edge", "year", "int"},
		{"e_quantity", "edge", "quantity", "long"}, {"e_unit", "edge", "unit", "string"},
		{"e_item", "edge", "item", "string"}, {"e_doc", "edge", "doc", "string"},
		{"e_sentence", "edge", "sentence", "int"}, {"e_evidence", "edge", "evidence", "string"},
		{"e_confidence", "edge", "confidence", "double"},
	}
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n")
	for _, k := range keys {
		fmt.Fprintf(&b, `  <key id="%s" for="%s" attr.name="%s" attr.type="%s"/>`+"\n", k.id, k.domain, k.name, k.typ)
	}
	b.WriteString(`  <graph id="kg" edgedefault="directed">` + "\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	ids := make([]string, 0, len(sg.Entities))
	for id := range sg.Entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := sg.Entities[id]
		var n strings.Builder
		fmt.Fprintf(&n, "    <node id=%s>", xmlAttr(id))
		data(&n, "n_name", e.Name)
		data(&n, "n_type", e.Type)
		data(&n, "n_iso3", e.ISO3)
		data(&n, "n_aliases", strings.Join(e.Aliases, "; "))
		n.WriteString("</node>\n")
		if _, err := io.WriteString(w, n.String()); err != nil {
			return err
		}
	}
	for _, f := range sg.Facts {
		if f.Negated {
			continue
		}
		var e strings.Builder
		fmt.Fprintf(&e, "    <edge id=%s source=%s target=%s>", xmlAttr(f.ID), xmlAttr(f.Subject), xmlAttr(f.Object))
		data(&e, "e_relation", f.Relation)
		if f.Year != 0 {
			data(&e, "e_year", strconv.Itoa(f.Year))
		}
		if f.Quantity != 0 {
			data(&e, "e_quantity", strconv.FormatInt(f.Quantity, 10))
		}
		data(&e, "e_unit", f.Unit)
		data(&e, "e_item", f.Item)
		data(&e, "e_doc", f.Doc)
		data(&e, "e_sentence", strconv.Itoa(f.Sentence))
		data(&e, "e_evidence", f.Evidence)
		data(&e, "e_confidence", strconv.FormatFloat(f.Confidence, 'f', -1, 64))
		e.WriteString("</edge>\n")
		if _, err := io.WriteString(w, e.String()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "  </graph>\n</graphml>\n")
	return err
}

func data(b *strings.Builder, key, v string) {
	if v == "" {
		return
	}
	fmt.Fprintf(b, `<data key="%s">`, key)
	xml.EscapeText(b, []byte(xmlSafe(v)))
	b.WriteString("</data>")
}

func xmlAttr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	xml.EscapeText(&b, []byte(xmlSafe(s)))
	b.WriteByte('"')
	return b.String()
}

// xmlSafe drops characters XML 1.0 cannot hold.
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || r >= 0x10000 {
			return r
		}
		return -1
	}, s)
}
