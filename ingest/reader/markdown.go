package reader

import (
	"regexp"
	"strings"
)

var (
	headingRE          = regexp.MustCompile(`^(#{1,6})\s+(.*)$`)
	listRE             = regexp.MustCompile(`^\s*(?:[-*+•]|\d+[.)])\s+(.*)$`)
	quoteRE            = regexp.MustCompile(`^\s*>\s?(.*)$`)
	captionRE          = regexp.MustCompile(`^\s*(?:\*([^*].*[^*\s])\*|_([^_].*[^_\s])_)\s*$`)
	linkRE             = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	autoLinkRE         = regexp.MustCompile(`<(?:https?|mailto|ftp):[^>\s]*>`)
	footnoteRE         = regexp.MustCompile(`\s*\(\s*\\?\*\s*\)`)
	emphRE             = regexp.MustCompile(`\*\*|__`)
	italicRE           = regexp.MustCompile(`(^|[\s(“"])\*([^*\s][^*]*?)\*`)
	escapeRE           = regexp.MustCompile(`\\([\\*_$()\[\]#+\-.!{}<>|` + "`" + `])`)
	spacesRE           = regexp.MustCompile(`[ \t\p{Zs}]+`)
	spaceBeforePunctRE = regexp.MustCompile(` +([.,;:!?])`)
)

// parseMarkdown reads plain text and Markdown alike: scraped text often
// carries Markdown syntax, and plain text without it reads the same.
func parseMarkdown(text string) *Document {
	doc := &Document{}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var para []string
	flush := func() {
		if len(para) > 0 {
			addBlock(doc, Block{Kind: Paragraph, Text: inline(strings.Join(para, " "))})
			para = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case headingRE.MatchString(trimmed):
			flush()
			m := headingRE.FindStringSubmatch(trimmed)
			addBlock(doc, Block{Kind: Heading, Level: len(m[1]), Text: inline(strings.TrimRight(m[2], "# "))})
		case captionRE.MatchString(trimmed) && len(para) == 0:
			addBlock(doc, Block{Kind: Caption, Text: inline(trimmed)})
		case listRE.MatchString(line):
			flush()
			addBlock(doc, Block{Kind: ListItem, Text: inline(listRE.FindStringSubmatch(line)[1])})
		case quoteRE.MatchString(line):
			flush()
			addBlock(doc, Block{Kind: Quote, Text: inline(quoteRE.FindStringSubmatch(line)[1])})
		default:
			para = append(para, trimmed)
		}
	}
	flush()
	// A short first line standing alone is the headline.
	if len(doc.Blocks) > 0 {
		b := doc.Blocks[0]
		if b.Kind == Heading || (b.Kind == Paragraph && len(b.Text) < 200 && !strings.ContainsAny(lastRune(b.Text), ".!?")) {
			doc.Title = b.Text
			doc.Blocks[0].Kind = Heading
			doc.Blocks[0].Level = 1
		}
	}
	return doc
}

func addBlock(doc *Document, b Block) {
	if strings.TrimSpace(b.Text) == "" {
		return
	}
	doc.Blocks = append(doc.Blocks, b)
}

// inline removes inline markup: emphasis, links, autolinks, footnote marks
// ("( * )"), backslash escapes; and collapses runs of spaces.
func inline(s string) string {
	s = autoLinkRE.ReplaceAllString(s, "")
	s = linkRE.ReplaceAllString(s, "$1")
	s = footnoteRE.ReplaceAllString(s, "")
	s = emphRE.ReplaceAllString(s, "")
	s = italicRE.ReplaceAllString(s, "$1$2")
	s = escapeRE.ReplaceAllString(s, "$1")
	s = spacesRE.ReplaceAllString(s, " ")
	s = spaceBeforePunctRE.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
