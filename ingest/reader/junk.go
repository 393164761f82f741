package reader

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed junk.txt
var junkData string

var junkSections, junkLines = parseJunk(junkData)

func parseJunk(data string) (map[string]bool, []*regexp.Regexp) {
	sections := map[string]bool{}
	var lines []*regexp.Regexp
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "section:"):
			sections[strings.TrimSpace(strings.TrimPrefix(l, "section:"))] = true
		case strings.HasPrefix(l, "line:"):
			lines = append(lines, regexp.MustCompile(`(?i)`+strings.TrimSpace(strings.TrimPrefix(l, "line:"))))
		}
	}
	return sections, lines
}

// removeJunk drops boilerplate blocks and widget sections, and joins a
// paragraph that a removed widget had cut in two.
func removeJunk(doc *Document) {
	var kept []Block
	inSection := 0 // level of the junk section heading we are inside, 0 if none
	cut := false   // junk was removed since the last kept block
	for _, b := range doc.Blocks {
		key := strings.ToLower(strings.Trim(b.Text, " .:!*"))
		if b.Kind == Heading && junkSections[key] {
			inSection = b.Level
			doc.Dropped = append(doc.Dropped, b.Text)
			cut = true
			continue
		}
		if inSection > 0 {
			if b.Kind == Heading && b.Level <= inSection && !isTeaser(b) {
				inSection = 0
			} else if !isProse(b) {
				doc.Dropped = append(doc.Dropped, b.Text)
				continue
			} else {
				inSection = 0
			}
		}
		if isJunkLine(b) {
			doc.Dropped = append(doc.Dropped, b.Text)
			cut = true
			continue
		}
		// "…how health in North Korea is," [sidebar] "given that…": rejoin.
		if cut && b.Kind == Paragraph && len(kept) > 0 && startsLower(b.Text) {
			if prev := &kept[len(kept)-1]; prev.Kind == Paragraph && !endsSentence(prev.Text) {
				prev.Text += " " + b.Text
				cut = false
				continue
			}
		}
		cut = false
		kept = append(kept, b)
	}
	doc.Blocks = kept
}

// isJunkLine reports boilerplate: a line matching junk.txt, or one with no
// words left once links are gone.
func isJunkLine(b Block) bool {
	t := strings.TrimSpace(b.Text)
	for _, re := range junkLines {
		if re.MatchString(t) {
			return true
		}
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters == 0 || strings.HasPrefix(t, "@") || strings.HasPrefix(t, "http")
}

// isProse reports a paragraph of real text: long, several words, ending a
// sentence, or starting in lower case (text resuming after a widget).
func isProse(b Block) bool {
	if b.Kind != Paragraph || isTeaser(b) {
		return false
	}
	return len(b.Text) > 150 || (startsLower(b.Text) && len(b.Text) > 60)
}

// isTeaser reports a widget's teaser: a block ending in an ellipsis.
func isTeaser(b Block) bool {
	t := strings.TrimSpace(b.Text)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}
