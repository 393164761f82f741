package reader

import (
	"strconv"
	"strings"
)

// An HTML <table> is read as its cells are met, each cell a block as any
// other element; when the table ends, the blocks of a table of data are
// replaced by one Table block. A table that lays out the page instead
// keeps its cells as paragraphs, as the text around them: one nested in
// another or holding one, one marked role="presentation", one whose cell
// holds a heading, a quote or a long text, and one of a single row or
// column.

// maxCellText is the longest cell a table of data holds: a longer one is
// the article laid out in a cell.
const maxCellText = 1500

// layoutInCell are elements that, inside a cell, make the table one that
// lays out the page.
var layoutInCell = set("table h1 h2 h3 h4 h5 h6 blockquote figure article section main pre")

// htmlTable is an open <table>.
type htmlTable struct {
	start  int // len(p.blocks) when it opened
	rows   [][]htmlCell
	cell   *htmlCell // the open cell, nil when none
	inHead bool      // in its <thead>
	layout bool      // it lays out the page: its cells stay paragraphs
}

// htmlCell is one <td> or <th>: its blocks are p.blocks[from:to].
type htmlCell struct {
	from, to         int
	header           bool // a <th>, or a cell of the <thead>
	colspan, rowspan int
}

// tableStart handles the start tag of a table element n, after the
// block before it was flushed.
func (p *htmlParser) tableStart(n string, attrs map[string]string) {
	t := p.openTable()
	if t != nil && layoutInCell[n] {
		t.layout = true
	}
	switch n {
	case "table":
		role := attrs["role"]
		p.tables = append(p.tables, &htmlTable{start: len(p.blocks), layout: role == "presentation" || role == "none"})
	case "thead":
		if t != nil {
			t.inHead = true
		}
	case "tbody", "tfoot":
		if t != nil {
			t.inHead = false
		}
	case "tr":
		if t != nil {
			t.closeCell(len(p.blocks))
			t.rows = append(t.rows, nil)
		}
	case "td", "th":
		if t != nil {
			t.closeCell(len(p.blocks))
			if len(t.rows) == 0 {
				t.rows = append(t.rows, nil)
			}
			t.cell = &htmlCell{from: len(p.blocks), header: n == "th" || t.inHead,
				colspan: spanAttr(attrs["colspan"], 16), rowspan: spanAttr(attrs["rowspan"], 64)}
		}
	}
}

// tableEnd handles the end tag of a table element n, after the block in
// it was flushed.
func (p *htmlParser) tableEnd(n string) {
	t := p.openTable()
	if t == nil {
		return
	}
	switch n {
	case "td", "th", "tr":
		t.closeCell(len(p.blocks))
	case "thead":
		t.inHead = false
	case "table":
		t.closeCell(len(p.blocks))
		p.tables = p.tables[:len(p.tables)-1]
		if len(p.tables) > 0 {
			p.tables[len(p.tables)-1].layout = true // it held a table
		}
		p.endTable(t)
	}
}

func (p *htmlParser) openTable() *htmlTable {
	if len(p.tables) == 0 {
		return nil
	}
	return p.tables[len(p.tables)-1]
}

// closeCell ends the open cell at block end.
func (t *htmlTable) closeCell(end int) {
	if t.cell == nil {
		return
	}
	t.cell.to = end
	last := len(t.rows) - 1
	t.rows[last] = append(t.rows[last], *t.cell)
	t.cell = nil
}

// spanAttr reads a colspan or rowspan: 1 when absent or invalid, at most
// limit.
func spanAttr(v string, limit int) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, limit)
}

// endTable replaces the blocks of a table of data with a Table block,
// after the caption and any text outside its cells.
func (p *htmlParser) endTable(t *htmlTable) {
	if t.layout {
		return
	}
	region := p.blocks[t.start:]
	inCell := make([]bool, len(region))
	texts := make([][]string, len(t.rows))
	var links, letters []int // per cell with text
	for r, row := range t.rows {
		for _, c := range row {
			text, ln, ok := cellText(region, c.from-t.start, c.to-t.start, inCell)
			if !ok {
				return // several paragraphs or a long text: layout
			}
			texts[r] = append(texts[r], text)
			if n := countLetters(text); n > 0 {
				links, letters = append(links, ln), append(letters, n)
			}
		}
	}
	if !isDataShape(texts) {
		return
	}
	data := &TableData{Header: isHeaderRow(t.rows)}
	for i, row := range spread(t.rows, texts) {
		if len(row) > 0 {
			data.Rows = append(data.Rows, row)
		} else if i == 0 {
			data.Header = false
		}
	}
	var kept []block
	var captions []string
	for i, b := range region {
		if inCell[i] {
			continue
		}
		kept = append(kept, b)
		if b.Kind == Caption && !b.junk {
			captions = append(captions, b.Text)
		}
	}
	data.Caption = strings.Join(captions, " ")
	p.blocks = append(p.blocks[:t.start], kept...)
	text := data.Text()
	if strings.TrimSpace(strings.ReplaceAll(text, "|", "")) == "" {
		return
	}
	b := block{Block: Block{Kind: Table, Text: text, Table: data}, raw: text, lines: len(data.Rows)}
	if allLinks(links, letters) {
		b.linkLetters = countLetters(text) // a table of links: navigation
	}
	p.blocks = append(p.blocks, b)
}

// cellText returns the text of the cell made of region[from:to], marking
// its blocks in inCell, and the letters of its link text; ok is false
// for a cell that lays out the page: a long text. The blocks of a cell
// (list items, paragraphs) are joined by "; " unless one ends a sentence:
// "Atlantis has an embassy in Oz; Oz has an embassy in Atlantis" are two
// clauses, not one.
func cellText(region []block, from, to int, inCell []bool) (text string, links int, ok bool) {
	var sb strings.Builder
	for i := from; i < to && i < len(region); i++ {
		inCell[i] = true
		b := region[i]
		if b.junk {
			continue
		}
		if sb.Len() > 0 {
			if strings.ContainsAny(sb.String()[sb.Len()-1:], ".!?;:") {
				sb.WriteByte(' ')
			} else {
				sb.WriteString("; ")
			}
		}
		sb.WriteString(b.Text)
		links += b.linkLetters
	}
	return sb.String(), links, sb.Len() <= maxCellText
}

// isDataShape reports rows that make a table: two or more, one of them
// with two cells or more.
func isDataShape(rows [][]string) bool {
	wide := false
	for _, r := range rows {
		wide = wide || len(r) >= 2
	}
	return len(rows) >= 2 && wide
}

// isHeaderRow reports a first row of <th> cells or of the <thead>.
func isHeaderRow(rows [][]htmlCell) bool {
	if len(rows) == 0 || len(rows[0]) == 0 {
		return false
	}
	for _, c := range rows[0] {
		if !c.header {
			return false
		}
	}
	return true
}

// allLinks reports cells that are all link text (three letters in four):
// a table of links is navigation. A cell without letters ("1973") is not.
func allLinks(links, letters []int) bool {
	if len(letters) == 0 {
		return false
	}
	for i := range letters {
		if links[i]*4 < letters[i]*3 {
			return false
		}
	}
	return true
}

// spread lays the cells' texts out on the table's columns: a cell
// spanning several columns or rows is written once, at its first
// position, and "" holds the others, so that a column's cells have one
// index in every row.
func spread(rows [][]htmlCell, texts [][]string) [][]string {
	var carry []int // per column, the rows a cell above still covers
	out := make([][]string, 0, len(rows))
	for r, row := range rows {
		var cells []string
		col := 0
		skipCovered := func() {
			for col < len(carry) && carry[col] > 0 {
				cells = append(cells, "")
				carry[col]--
				col++
			}
		}
		for k, c := range row {
			skipCovered()
			for s := 0; s < c.colspan; s++ {
				if s == 0 {
					cells = append(cells, texts[r][k])
				} else {
					cells = append(cells, "")
				}
				for len(carry) <= col {
					carry = append(carry, 0)
				}
				carry[col] = c.rowspan - 1
				col++
			}
		}
		for ; col < len(carry); col++ {
			if carry[col] > 0 {
				for len(cells) < col {
					cells = append(cells, "")
				}
				cells = append(cells, "")
				carry[col]--
			}
		}
		for len(cells) > 0 && cells[len(cells)-1] == "" {
			cells = cells[:len(cells)-1]
		}
		out = append(out, cells)
	}
	return out
}
