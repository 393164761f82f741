package reader

import (
	"regexp"
	"strings"
)

var (
	atxRE        = regexp.MustCompile(`^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextRE     = regexp.MustCompile(`^(?:=+|-{2,})$`)
	ruleRE       = regexp.MustCompile(`^([-*_])(?:[ \t]*[-*_]){2,}$`)
	listRE       = regexp.MustCompile(`^[ \t]*(?:[-*+•▪◦‣]|\d{1,3}[.)])[ \t]+(.*)$`)
	quoteRE      = regexp.MustCompile(`^[ \t]*>[ \t]?(.*)$`)
	fenceRE      = regexp.MustCompile("^[ \t]*(```|~~~)")
	refDefRE     = regexp.MustCompile(`^[ \t]*\[[^\]]+\]:[ \t]*\S+`)
	italicLineRE = regexp.MustCompile(`^(?:\*[^*\s](?:[^*]*[^*\s])?\*|_[^_\s](?:[^_]*[^_\s])?_)$`)
	boldLineRE   = regexp.MustCompile(`^(?:\*\*\*?[^*]+\*\*\*?|__[^_]+__)$`)
)

// textParser reads plain text and Markdown alike: scraped text often
// carries Markdown syntax, and plain text without any reads the same.
// Blocks are separated by blank lines; hard-wrapped lines of a paragraph
// are joined.
type textParser struct {
	blocks []block
	kind   BlockKind // of the block being gathered
	lines  []string  // its lines, raw
	fence  string    // the fence of an open code block, "" when none
	// pipeHeading is a "#" line with cells ("# | Country | Year"), kept
	// until the next line says whether it heads a table or is a heading.
	pipeHeading string
	// unwrapped: the text is not hard-wrapped, so each line is a block
	// of its own: a short line "Election results" after a paragraph is a
	// caption or heading, not the start of the next one.
	unwrapped bool
}

func parseText(text string) *Document {
	p := &textParser{unwrapped: unwrapped(text)}
	for line := range strings.SplitSeq(text, "\n") {
		p.line(line)
	}
	p.flush()
	return finish(p.blocks, "", false)
}

func (p *textParser) line(line string) {
	trimmed := strings.TrimSpace(line)
	if p.pipeHeading != "" && p.fence == "" {
		h := p.pipeHeading
		p.pipeHeading = ""
		if isDelimiterRow(trimmed) {
			p.kind, p.lines = Paragraph, []string{h, trimmed}
			return
		}
		p.atxHeading(h)
	}
	if trimmed != "" && p.fence == "" && !maybeMarkup(trimmed) {
		// Most lines are prose: spare them the regular expressions.
		p.endUnwrappedLine()
		if len(p.lines) == 0 {
			p.kind = Paragraph
		}
		p.lines = append(p.lines, trimmed)
		return
	}
	if p.fence != "" {
		// Code is no prose for the extractor.
		if strings.HasPrefix(trimmed, p.fence) {
			p.fence = ""
		}
		if trimmed != "" {
			p.drop(trimmed)
		}
		return
	}
	switch {
	case trimmed == "":
		p.flush()
	case fenceRE.MatchString(line):
		p.flush()
		p.fence = fenceRE.FindStringSubmatch(line)[1]
		p.drop(trimmed)
	case atxRE.MatchString(trimmed):
		p.flush()
		if len(splitRow(trimmed)) >= 2 {
			p.pipeHeading = trimmed
			return
		}
		p.atxHeading(trimmed)
	case p.kind == Paragraph && len(p.lines) > 0 && isDelimiterRow(trimmed):
		// "- | -" is a table's delimiter row, not a list item.
		p.lines = append(p.lines, trimmed)
	case setextRE.MatchString(trimmed) && p.kind == Paragraph && len(p.lines) == 1:
		level := 1
		if trimmed[0] == '-' {
			level = 2
		}
		lines := p.lines
		p.lines = nil
		p.add(Heading, level, lines)
	case ruleRE.MatchString(trimmed):
		p.flush()
		p.drop(trimmed)
	case refDefRE.MatchString(line):
		p.flush()
		p.drop(trimmed)
	case italicLineRE.MatchString(trimmed) && !listRE.MatchString(line):
		// A line all in italics stands alone: an image caption.
		p.flush()
		p.add(Caption, 0, []string{trimmed})
	case boldLineRE.MatchString(trimmed):
		// A line all in bold stands alone: a title of some kind.
		p.flush()
		p.add(Paragraph, 0, []string{trimmed})
	case listRE.MatchString(line):
		p.flush()
		p.kind = ListItem
		p.lines = append(p.lines, listRE.FindStringSubmatch(line)[1])
	case quoteRE.MatchString(line):
		if p.kind != Quote {
			p.flush()
			p.kind = Quote
		}
		p.lines = append(p.lines, quoteRE.FindStringSubmatch(line)[1])
	default:
		// A line after a list item or quote continues it (Markdown's
		// lazy continuation); otherwise it is part of a paragraph.
		p.endUnwrappedLine()
		if len(p.lines) == 0 {
			p.kind = Paragraph
		}
		p.lines = append(p.lines, trimmed)
	}
}

// endUnwrappedLine ends the block gathered so far when the text is not
// hard-wrapped, unless it is a table's rows.
func (p *textParser) endUnwrappedLine() {
	if p.unwrapped && len(p.lines) > 0 && !strings.Contains(p.lines[len(p.lines)-1], "|") {
		p.flush()
	}
}

// unwrapped reports a text that is not hard-wrapped: at least a third of
// its lines of prose (no table rows) are longer than any wrap width.
func unwrapped(text string) bool {
	long, lines := 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(line) == "" || strings.Contains(line, "|") {
			continue
		}
		lines++
		if len(line) > 120 {
			long++
		}
	}
	return lines > 0 && 3*long >= lines
}

// maybeMarkup reports a line that may be a heading, rule, list item,
// quote, fence, reference definition or a line all in emphasis: one that
// starts with their markers.
func maybeMarkup(trimmed string) bool {
	switch c := trimmed[0]; {
	case strings.IndexByte("#=-*_+>`~[", c) >= 0, c >= '0' && c <= '9':
		return true
	case c >= 0x80:
		return strings.HasPrefix(trimmed, "•") || strings.HasPrefix(trimmed, "▪") || strings.HasPrefix(trimmed, "◦") || strings.HasPrefix(trimmed, "‣")
	}
	return false
}

func (p *textParser) flush() {
	if p.pipeHeading != "" {
		p.atxHeading(p.pipeHeading)
		p.pipeHeading = ""
	}
	if len(p.lines) > 0 && (p.kind != Paragraph || !p.addTables(p.lines)) {
		p.add(p.kind, 0, p.lines)
	}
	p.kind, p.lines = Paragraph, nil
}

// atxHeading adds the heading of a "#" line.
func (p *textParser) atxHeading(trimmed string) {
	m := atxRE.FindStringSubmatch(trimmed)
	p.add(Heading, len(m[1]), []string{m[2]})
}

// add cleans a block's lines and appends the block.
func (p *textParser) add(kind BlockKind, level int, lines []string) {
	raw := strings.TrimSpace(strings.Join(lines, " "))
	text, links := markdownInline(raw)
	if kind == Heading {
		text = trimHeading(text)
	}
	if text == "" {
		p.drop(raw)
		return
	}
	p.blocks = append(p.blocks, block{
		Block:       Block{Kind: kind, Text: text, Level: level},
		raw:         raw,
		lines:       len(lines),
		bold:        kind != Heading && boldLineRE.MatchString(raw),
		linkLetters: links,
	})
}

// drop records markup that holds no text ("---", "<http://...>") where
// it was, so that removeJunk sees the cut it makes.
func (p *textParser) drop(raw string) {
	if raw != "" {
		p.blocks = append(p.blocks, block{raw: raw, junk: true})
	}
}

// trimHeading removes the punctuation that ends a heading but no
// sentence: "SOLIDARITY WITH PALESTINE." and "Twitter :" are titles.
func trimHeading(s string) string {
	return strings.TrimRight(s, " .:;,·|-–—")
}
