package reader

import (
	"regexp"
	"strings"
)

// A Markdown pipe table is a header row, a delimiter row with as many
// cells, and the rows after them that hold a "|":
//
//	Country | Relations since
//	--------|:---------------:
//	Canada  | 1973
//
// Scraped text without a delimiter row is no table: its lines stay a
// paragraph.

var delimCellRE = regexp.MustCompile(`^\s*:?-+:?\s*$`)

// isDelimiterRow reports a Markdown table's delimiter row: cells of
// dashes, with optional colons, separated by "|".
func isDelimiterRow(line string) bool {
	if !strings.Contains(line, "|") {
		return false
	}
	for _, c := range splitRow(line) {
		if !delimCellRE.MatchString(c) {
			return false
		}
	}
	return true
}

// splitRow splits a table row into its raw cells at each "|" that is not
// escaped; a "|" starting or ending the row opens or closes it.
func splitRow(line string) []string {
	s := strings.TrimSpace(line)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++ // "\|" is a "|" in a cell
		case '|':
			cells = append(cells, s[start:i])
			start = i + 1
		}
	}
	return append(cells, s[start:])
}

// tableHeaderAt returns the index of the first line of lines that heads
// a table (a delimiter row after it with as many cells, two or more), or
// -1.
func tableHeaderAt(lines []string) int {
	for i := 0; i+1 < len(lines); i++ {
		if !strings.Contains(lines[i], "|") || !isDelimiterRow(lines[i+1]) {
			continue
		}
		if n := len(splitRow(lines[i])); n >= 2 && n == len(splitRow(lines[i+1])) {
			return i
		}
	}
	return -1
}

// addTables appends the blocks of a paragraph's lines that hold pipe
// tables: the table blocks and the paragraphs around them. It returns
// false, adding nothing, when they hold none.
func (p *textParser) addTables(lines []string) bool {
	h := tableHeaderAt(lines)
	if h < 0 {
		return false
	}
	if h > 0 {
		p.add(Paragraph, 0, lines[:h])
	}
	end := h + 2
	for end < len(lines) && strings.Contains(lines[end], "|") {
		end++
	}
	p.addTable(lines[h], lines[h+2:end])
	if rest := lines[end:]; len(rest) > 0 && !p.addTables(rest) {
		p.add(Paragraph, 0, rest)
	}
	return true
}

// addTable appends the table of a header line and its row lines.
func (p *textParser) addTable(header string, rows []string) {
	data := &TableData{Header: true}
	links, letters := []int{}, []int{}
	for _, line := range append([]string{header}, rows...) {
		var cells []string
		for _, raw := range splitRow(line) {
			text, ln := markdownInline(strings.TrimSpace(raw))
			cells = append(cells, text)
			if n := countLetters(text); n > 0 {
				links, letters = append(links, ln), append(letters, n)
			}
		}
		data.Rows = append(data.Rows, cells)
	}
	text := data.Text()
	b := block{Block: Block{Kind: Table, Text: text, Table: data}, raw: strings.Join(append([]string{header}, rows...), "\n"), lines: 1 + len(rows)}
	if allLinks(links, letters) {
		b.linkLetters = countLetters(text)
	}
	p.blocks = append(p.blocks, b)
}
