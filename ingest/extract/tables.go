package extract

import (
	"errors"
	"strings"
	"unicode"

	"kg/gazetteer"
	"kg/graph"
	"kg/ingest/reader"
	"kg/ingest/sentence"
)

// Tables that list relations. An encyclopedia page on a country's foreign
// relations lists them in a table under a heading:
//
//	## Diplomatic relations
//	| Country  | Formal relations began | Notes                  |
//	| Atlantis | 12 May 1961            | Embassy in the capital |
//	| Lilliput | None                   |                        |
//
// Each row is a fact between the document's country (its title's, "Foreign
// relations of Freedonia") and the row's: Freedonia diplomatic_relations
// Atlantis (1961), and, negated, Lilliput. The table needs a country
// column and a date column (lexicon/tables.tsv), and a heading, caption,
// line before it or date column naming the relation. The date cell gives
// the year; "severed 1967" or "None" a negated fact, "restored 1980" a
// positive one again. A row is one unit of the document's sentence
// numbering; its evidence is the row's text, its span the row in the
// document's text. Cells of prose ("Both countries opened embassies in
// 1990.") are read as sentences, about the row's country and the
// document's.

// tableWords is lexicon/tables.tsv.
type tableWords struct {
	classes   map[string][][]string // class -> phrases, as words
	relations []tableRelation
}

// tableRelation is a relation a table's context can name.
type tableRelation struct {
	phrases  [][]string
	relation string
	rowFirst bool // the row's country is the subject
}

var tableLexicon = mustTableWords()

func mustTableWords() tableWords {
	tw := tableWords{classes: map[string][][]string{}}
	err := eachRow("tables.tsv", 2, func(f []string) error {
		var phrases [][]string
		for _, p := range strings.Split(f[1], "|") {
			if w := tableTokens(p); len(w) > 0 {
				phrases = append(phrases, w)
			}
		}
		if f[0] == "relation" {
			if len(f) < 4 {
				return errTableRelation
			}
			tw.relations = append(tw.relations, tableRelation{phrases: phrases, relation: f[2], rowFirst: f[3] == "row"})
			return nil
		}
		tw.classes[f[0]] = append(tw.classes[f[0]], phrases...)
		return nil
	})
	if err != nil {
		panic(err) // an embedded file: a broken one fails every test
	}
	return tw
}

var errTableRelation = errors.New("want relation <TAB> phrases <TAB> relation <TAB> main|row")

// tableTokens returns the lower-case words of s: runs of letters.
func tableTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// phraseIn returns the index in words where one of phrases starts, or -1.
func phraseIn(words []string, phrases [][]string) int {
	for i := range words {
		for _, p := range phrases {
			if i+len(p) <= len(words) && equalWords(words[i:i+len(p)], p) {
				return i
			}
		}
	}
	return -1
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// has reports whether text holds a phrase of the class.
func (tw tableWords) has(class, text string) bool {
	return phraseIn(tableTokens(text), tw.classes[class]) >= 0
}

// relationIn returns the relation a text names, if any, and whether a
// negation comes at most three words before it ("have no diplomatic
// relations", "States that do not recognize", "non-recognition").
func (tw tableWords) relationIn(text string) (r tableRelation, negated, ok bool) {
	words := tableTokens(text)
	for _, r := range tw.relations {
		if at := phraseIn(words, r.phrases); at >= 0 {
			return r, phraseIn(words[max(at-3, 0):at], tw.classes["negation"]) >= 0, true
		}
	}
	return tableRelation{}, false, false
}

// relationTable is what a table of relations says of its rows.
type relationTable struct {
	relation           tableRelation
	negated            bool // the context lists the opposite
	main               string
	country, date, sts int // column indexes; sts -1 when none
	first              int // the first row of data
}

// table reads the Table block blocks[n], which starts at byte offset off
// of the document's text.
func (st *docState) table(blocks []reader.Block, n, off int) {
	t := blocks[n].Table
	if t == nil {
		return
	}
	rt, ok := st.relationTable(t, tableContext(blocks, n))
	first := 0
	if t.Header {
		first = 1
	}
	if ok {
		first = rt.first
	}
	rowOff := off
	for i, row := range t.Rows {
		if i >= first {
			if ok {
				st.tableRow(&rt, t.RowText(i), row, rowOff)
			} else {
				st.tableCells(row, rowOff, -1, -1)
			}
		}
		rowOff += len(t.RowText(i)) + 1 // rows are joined with "\n"
	}
}

// tableContext returns the texts that say what a table lists, nearest
// first: the caption, the short lines before it, back to the heading
// above it.
func tableContext(blocks []reader.Block, n int) []string {
	var out []string
	if c := blocks[n].Table.Caption; c != "" {
		out = append(out, c)
	}
	for i, seen := n-1, 0; i >= 0 && seen < 3; i-- {
		b := blocks[i]
		switch {
		case b.Kind == reader.Heading:
			return append(out, b.Text)
		case b.Kind == reader.Table:
			continue
		case b.Kind == reader.Caption && b.Text == blocks[n].Table.Caption:
		case len(b.Text) <= 300:
			out = append(out, b.Text)
		}
		seen++
	}
	return out
}

// relationTable finds the columns and the relation of a table that lists
// relations: a header row (the first row, marked or not) with a country
// and a date column, a relation named by the date column or the context,
// and a country for the document.
func (st *docState) relationTable(t *reader.TableData, context []string) (relationTable, bool) {
	if len(t.Rows) < 2 {
		return relationTable{}, false
	}
	rt := relationTable{country: -1, date: -1, sts: -1, first: 1}
	header := t.Rows[0]
	for i, cell := range header {
		switch {
		case rt.date < 0 && tableLexicon.has("date_column", cell):
			rt.date = i
		case rt.country < 0 && tableLexicon.has("country_column", cell):
			rt.country = i
		case rt.sts < 0 && tableLexicon.has("status_column", cell):
			rt.sts = i
		}
	}
	if rt.country < 0 || rt.date < 0 {
		return relationTable{}, false
	}
	texts := append([]string{header[rt.date]}, context...)
	named := "" // the country of the text naming the relation
	found := false
	for _, text := range texts {
		if r, negated, ok := tableLexicon.relationIn(text); ok {
			rt.relation, rt.negated, found = r, negated, true
			named = st.namedCountry(text)
			break
		}
	}
	if !found {
		return relationTable{}, false
	}
	rt.main = st.tableCountry(named)
	return rt, rt.main != ""
}

// tableCountry returns the country a document's tables of relations are
// about: its title's ("Foreign relations of Freedonia"), else the one the
// text naming the relation names ("Countries Freedonia has relations
// with:"), else the country the document names most.
func (st *docState) tableCountry(named string) string {
	switch {
	case st.titleCountry != "":
		return st.titleCountry
	case named != "":
		return named
	}
	return st.mainCountry()
}

// namedCountry returns the one country a context text names ("List of
// countries Freedonia has relations with"), or "".
func (st *docState) namedCountry(text string) string {
	if m, ok := st.onlyCountry(text); ok {
		return m.Entity.ID
	}
	return ""
}

// rowCountry returns the one country a cell names, when the cell is a
// name (at most eight words), or "".
func (st *docState) rowCountry(cell string) string {
	if len(strings.Fields(cell)) > 8 {
		return ""
	}
	m, ok := st.onlyCountry(cell)
	if !ok {
		return ""
	}
	st.note(m.Entity, m.Text)
	return m.Entity.ID
}

// onlyCountry returns the first mention of the one country a text names,
// and false when it names none or several.
func (st *docState) onlyCountry(text string) (gazetteer.Mention, bool) {
	var first gazetteer.Mention
	found := ""
	for _, m := range st.x.gaz.Find(text) {
		if m.Entity.Type != graph.TypeCountry || m.Entity.ID == found {
			continue
		}
		if found != "" {
			return gazetteer.Mention{}, false
		}
		first, found = m, m.Entity.ID
	}
	return first, found != ""
}

// tableAct is one fact a date cell states: a year (0 when none) and its
// polarity.
type tableAct struct {
	year    int
	negated bool
}

// dateActs reads a date cell: each year with the polarity its words say
// ("1961", "severed 1967", "restored in 1980"), or, without a year, one
// act when the cell says relations ended ("None") or hold from a date
// not known ("Unknown"). A cell saying nothing known gives none.
func dateActs(cell string) []tableAct {
	var acts []tableAct
	segment := []string{} // words since the last year
	for _, w := range strings.FieldsFunc(cell, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if y := yearOf(w); y != 0 {
			acts = append(acts, tableAct{year: y, negated: cellEnded(segment)})
			segment = segment[:0]
			continue
		}
		segment = append(segment, strings.ToLower(w))
	}
	if len(segment) > 0 && cellEnded(segment) {
		acts = append(acts, tableAct{negated: true}) // "1961 (later severed)"
	}
	if len(acts) == 0 && phraseIn(tableTokens(cell), tableLexicon.classes["unknown"]) >= 0 {
		acts = append(acts, tableAct{})
	}
	return acts
}

// cellEnded reports words saying relations ended, unless they also say
// they came back.
func cellEnded(words []string) bool {
	var letters []string
	for _, w := range words {
		letters = append(letters, tableTokens(w)...)
	}
	if phraseIn(letters, tableLexicon.classes["restored"]) >= 0 {
		return false
	}
	return phraseIn(letters, tableLexicon.classes["ended"]) >= 0
}

// tableRow adds the facts of one row of a relation table and reads its
// prose cells.
func (st *docState) tableRow(rt *relationTable, text string, row []string, off int) {
	if rt.country >= len(row) || rt.date >= len(row) {
		st.tableCells(row, off, -1, -1)
		return
	}
	other := st.rowCountry(row[rt.country])
	if other == "" || other == rt.main {
		st.tableCells(row, off, rt.country, rt.date)
		return
	}
	acts := dateActs(row[rt.date])
	if rt.sts >= 0 && rt.sts < len(row) && len(acts) > 0 && cellEnded(strings.Fields(row[rt.sts])) {
		for i := range acts {
			acts[i].negated = true // "Status: Severed"
		}
	}
	before := len(st.facts)
	for _, a := range acts {
		st.tableFact(rt, other, a)
	}
	for i := before; i < len(st.facts); i++ {
		f := &st.facts[i]
		f.Doc, f.Sentence, f.Evidence = st.docID, st.sentNo, text
		f.SpanStart, f.SpanEnd = off, off+len(text)
		f.ID = graph.FactID(f)
	}
	st.sentNo++
	topic, pair := st.topic, st.pair
	st.topic, st.pair = other, []string{rt.main, other}
	st.tableCells(row, off, rt.country, rt.date)
	st.topic, st.pair = topic, pair
}

// tableFact adds the fact of one act of a row.
func (st *docState) tableFact(rt *relationTable, other string, a tableAct) {
	main := st.x.lx.stateAt(rt.main, a.year, 0)
	other = st.x.lx.stateAt(other, a.year, 0)
	for _, id := range []string{main, other} {
		if e := st.x.gaz.Entity(id); e != nil {
			st.note(e, "")
		}
	}
	subj, obj := main, other
	if rt.relation.rowFirst {
		subj, obj = other, main
	}
	st.facts = append(st.facts, graph.Fact{Subject: subj, Relation: rt.relation.relation, Object: obj,
		Negated: a.negated || rt.negated, Year: a.year, Confidence: 0.7, Rule: "table:" + rt.relation.relation})
}

// tableCells reads the cells of a row that hold prose (three words or
// more) as sentences, but for the columns skip1 and skip2.
func (st *docState) tableCells(row []string, off, skip1, skip2 int) {
	for i, cell := range row {
		if i != skip1 && i != skip2 && len(strings.Fields(cell)) >= 3 {
			st.paraYear, st.paraEvent = 0, ""
			for _, s := range sentence.Split(cell) {
				st.sentence(s.Text, off+s.Start)
			}
		}
		off += len(cell) + len(reader.CellSep)
	}
}
