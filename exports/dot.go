package exports

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kg/graph"
)

// DOTOptions change how a diagram is drawn.
type DOTOptions struct {
	// Merge draws all facts between the same two entities as one edge
	// listing every relation, instead of one edge per relation.
	Merge bool
	// Title is drawn above the diagram.
	Title string
	// Layout is the Graphviz engine the diagram is meant for; it only
	// changes graph attributes that suit it (e.g. overlap removal).
	Layout string
	// Center is the entity a neighbourhood is drawn around: highlighted.
	Center string
	// Start is the entity paths start from: highlighted, and the leftmost
	// (left to right, the order of the hops).
	Start string
}

// LargeEdges is the number of edges past which a diagram is drawn for
// speed. Graphviz's force-directed engines (neato, fdp, sfdp) then route
// edges as straight lines and remove node overlaps by scaling: routing
// splines around nodes and removing overlaps with prism cost about
// edges × nodes (sfdp, 300 entities and 4,280 edges: about 3 minutes with
// splines against 1 s with lines) and draw no better at that density.
// The dot engine lays out a few hundred edges only in minutes whatever
// the attributes (crossing minimisation), so kg's commands draw large
// diagrams with sfdp unless told otherwise (see Large).
const LargeEdges = 200

// Large reports whether the subgraph draws as more than LargeEdges edges.
func Large(sg *graph.Subgraph, merge bool) bool {
	return len(groupFacts(sg.Facts, merge)) > LargeEdges
}

// nodeStyle is how an entity type is drawn.
var nodeStyle = map[string]struct{ shape, fill string }{
	graph.TypeCountry:      {"box", "#cfe2f3"},
	graph.TypePerson:       {"ellipse", "#fce5cd"},
	graph.TypeOrganization: {"hexagon", "#d9ead3"},
	graph.TypeEvent:        {"diamond", "#f4cccc"},
	graph.TypeLocation:     {"house", "#fff2cc"},
}

// RelationColor is the colour of each relation's edges (and legend).
var RelationColor = map[string]string{
	"diplomatic_relations": "#1f77b4",
	"recognizes":           "#17becf",
	"aid":                  "#2ca02c",
	"arms_transfer":        "#d62728",
	"military_support":     "#8c564b",
	"cooperation":          "#9467bd",
	"attack":               "#b30000",
	"sanctions":            "#ff7f0e",
	"supports":             "#7fbf7f",
	"condemns":             "#e377c2",
	"demands":              "#bcbd22",
	"threatens":            "#ff4500",
	"meets":                "#7f7f7f",
	"leader_of":            "#000000",
	"participated_in":      "#aec7e8",
}

// edgeGroup is the facts drawn as one edge.
type edgeGroup struct {
	subject, object string
	relations       []string
	facts           []graph.Fact
	// forward and backward say which ways its directed facts go: from
	// subject to object, or (merged edges only) from object to subject.
	forward, backward bool
}

// WriteDOT writes the subgraph as a Graphviz DOT diagram: node shape and
// colour by entity type, edge colour by relation with a legend, edge
// labels with year and quantity, a tooltip with the evidence and document
// of every edge, pen width growing with the number of documents. Negated
// facts are never drawn. The output is deterministic: nodes and edges are
// sorted, so diagrams can be compared with golden files.
func WriteDOT(w io.Writer, sg *graph.Subgraph, opt DOTOptions) error {
	bw := bufio.NewWriter(w)
	groups := groupFacts(sg.Facts, opt.Merge)
	used := map[string]bool{}
	relsUsed := map[string]bool{}
	for _, g := range groups {
		used[g.subject], used[g.object] = true, true
		for _, r := range g.relations {
			relsUsed[r] = true
		}
	}
	ids := make([]string, 0, len(sg.Entities))
	for id := range sg.Entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	fmt.Fprintln(bw, "digraph kg {")
	splines, overlap := "true", "false"
	if len(groups) > LargeEdges && opt.Layout != "" && opt.Layout != "dot" {
		splines, overlap = "line", "scale"
	}
	fmt.Fprintln(bw, `  graph [fontname="Helvetica", fontsize=12, rankdir=LR, splines=`+splines+`, overlap=`+overlap+`, nodesep=0.4, ranksep=0.9`+titleAttr(opt.Title)+`];`)
	fmt.Fprintln(bw, `  node [fontname="Helvetica", fontsize=11, style="filled", penwidth=1.2];`)
	fmt.Fprintln(bw, `  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];`)
	for _, id := range ids {
		e := sg.Entities[id]
		st, ok := nodeStyle[e.Type]
		if !ok {
			st = nodeStyle[graph.TypeLocation]
		}
		name := e.Name
		if name == "" {
			name = id
		}
		focus := ""
		if id == opt.Center || id == opt.Start {
			focus = `, penwidth=3, fontname="Helvetica-Bold"`
		}
		fmt.Fprintf(bw, "  %s [label=%s, shape=%s, fillcolor=%s, tooltip=%s%s];\n",
			quoteDOT(id), quoteDOT(name), st.shape, quoteDOT(st.fill), quoteDOT(e.Type+" "+id), focus)
	}
	if _, ok := sg.Entities[opt.Start]; ok {
		fmt.Fprintf(bw, "  { rank=source; %s; }\n", quoteDOT(opt.Start))
	}
	for _, g := range groups {
		color := RelationColor[g.relations[0]]
		if len(g.relations) > 1 {
			var cs []string
			for _, r := range g.relations {
				cs = append(cs, RelationColor[r])
			}
			color = strings.Join(cs, ":")
		}
		attrs := []string{
			"label=" + quoteDOT(edgeLabel(g)),
			"color=" + quoteDOT(color),
			"fontcolor=" + quoteDOT(RelationColor[g.relations[0]]),
			"tooltip=" + quoteDOT(edgeTooltip(g)),
			"penwidth=" + strconv.FormatFloat(penWidth(g), 'f', 1, 64),
		}
		switch {
		case symmetricOnly(g.relations) || !g.forward && !g.backward:
			attrs = append(attrs, "dir=none")
		case g.forward && g.backward:
			attrs = append(attrs, "dir=both")
		case g.backward:
			attrs = append(attrs, "dir=back")
		}
		fmt.Fprintf(bw, "  %s -> %s [%s];\n", quoteDOT(g.subject), quoteDOT(g.object), strings.Join(attrs, ", "))
	}
	if len(relsUsed) > 0 {
		writeLegend(bw, relsUsed)
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

func titleAttr(t string) string {
	if t == "" {
		return ""
	}
	return ", labelloc=t, label=" + quoteDOT(t)
}

// groupFacts gathers positive facts into edges, sorted.
func groupFacts(facts []graph.Fact, merge bool) []*edgeGroup {
	byKey := map[string]*edgeGroup{}
	var out []*edgeGroup
	for _, f := range facts {
		if f.Negated {
			continue
		}
		s, o := f.Subject, f.Object
		r, _ := graph.LookupRelation(f.Relation)
		if (r.Symmetric || merge) && s > o {
			// --merge: every fact between the two is one edge, whichever
			// way it goes (the arrowheads say which ways).
			s, o = o, s
		}
		key := s + "\x00" + o
		if !merge {
			key += "\x00" + f.Relation
		}
		g, ok := byKey[key]
		if !ok {
			g = &edgeGroup{subject: s, object: o}
			byKey[key] = g
			out = append(out, g)
		}
		if !r.Symmetric {
			if f.Subject == s {
				g.forward = true
			} else {
				g.backward = true
			}
		}
		if !contains(g.relations, f.Relation) {
			g.relations = append(g.relations, f.Relation)
			sort.Strings(g.relations)
		}
		g.facts = append(g.facts, f)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.subject != b.subject {
			return a.subject < b.subject
		}
		if a.object != b.object {
			return a.object < b.object
		}
		return strings.Join(a.relations, ",") < strings.Join(b.relations, ",")
	})
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func symmetricOnly(rels []string) bool {
	for _, r := range rels {
		if rel, ok := graph.LookupRelation(r); !ok || !rel.Symmetric {
			return false
		}
	}
	return true
}

// edgeLabel is "relation" plus the distinct "year · quantity unit" of its
// facts: "arms_transfer 1980 · 100,000 rifles".
func edgeLabel(g *edgeGroup) string {
	var lines []string
	for _, rel := range g.relations {
		var details []string
		seen := map[string]bool{}
		for _, f := range g.facts {
			if f.Relation != rel {
				continue
			}
			var parts []string
			if f.Year != 0 {
				parts = append(parts, strconv.Itoa(f.Year))
			}
			if f.Quantity != 0 {
				q := groupDigits(f.Quantity)
				if f.Unit == "USD" {
					q = "$" + q
				} else if f.Unit != "" {
					q += " " + f.Unit
				}
				parts = append(parts, q)
			}
			d := strings.Join(parts, " · ")
			if d != "" && !seen[d] {
				seen[d] = true
				details = append(details, d)
			}
		}
		sort.Strings(details)
		if len(details) > 3 {
			details = append(details[:3], "…")
		}
		line := strings.ReplaceAll(rel, "_", " ")
		if len(details) > 0 {
			line += " " + strings.Join(details, "; ")
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// edgeTooltip lists each fact's evidence and document.
func edgeTooltip(g *edgeGroup) string {
	var b strings.Builder
	for i, f := range g.facts {
		if i == 8 {
			fmt.Fprintf(&b, "… and %d more", len(g.facts)-i)
			break
		}
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s [%s, sentence %d]: %s", f.Relation, f.Doc, f.Sentence, clipRunes(f.Evidence, 300))
	}
	return b.String()
}

// penWidth grows with the number of documents supporting an edge.
func penWidth(g *edgeGroup) float64 {
	docs := map[string]bool{}
	for _, f := range g.facts {
		docs[f.Doc] = true
	}
	w := 1.0 + 0.8*float64(len(docs)-1)
	if w > 5 {
		w = 5
	}
	return w
}

func writeLegend(w io.Writer, rels map[string]bool) {
	names := make([]string, 0, len(rels))
	for r := range rels {
		names = append(names, r)
	}
	sort.Strings(names)
	var rows strings.Builder
	rows.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2"><TR><TD COLSPAN="2"><B>relations</B></TD></TR>`)
	for _, r := range names {
		fmt.Fprintf(&rows, `<TR><TD BGCOLOR="%s" WIDTH="24" HEIGHT="6" FIXEDSIZE="TRUE"></TD><TD ALIGN="LEFT">%s</TD></TR>`, RelationColor[r], strings.ReplaceAll(r, "_", " "))
	}
	rows.WriteString(`</TABLE>`)
	fmt.Fprintln(w, "  subgraph cluster_legend {")
	fmt.Fprintln(w, `    label=""; style="rounded,dashed"; color="#999999";`)
	fmt.Fprintf(w, "    legend [shape=plaintext, style=\"\", label=<%s>];\n", rows.String())
	fmt.Fprintln(w, "  }")
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func clipRunes(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return string(r)
}

// quoteDOT quotes a string as a DOT ID. Inside quotes only '"' and '\' are
// special to DOT; a backslash is doubled so that Graphviz does not read
// "\n", "\l" or "\N" escapes in document text. Newlines become DOT's
// centred line break; other control and invisible format characters
// (zero-width, bidirectional overrides) are dropped so they cannot reorder
// or hide text.
func quoteDOT(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r' || r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
