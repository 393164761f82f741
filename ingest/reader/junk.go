package reader

import (
	_ "embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a Block with what junk removal looks at.
type block struct {
	Block
	raw         string // the source text, for Dropped
	lines       int    // source lines (text formats)
	bold        bool   // the whole block was bold: a title of some kind
	linkLetters int    // letters that were link text
	junk        bool   // known junk: markup without text, page furniture
}

//go:embed junk.txt
var junkData string

// lexicon is junk.txt, parsed.
type lexicon struct {
	sections map[string]bool // normalised widget titles
	lines    []lineRule
	attrs    map[string]bool // words of ids and classes
	keep     map[string]bool // whole ids and classes
}

var junk = mustLexicon(junkData)

func mustLexicon(data string) *lexicon {
	lx, err := parseLexicon(data)
	if err != nil {
		panic(err) // junk.txt is compiled in; TestLexicon reads it
	}
	return lx
}

func parseLexicon(data string) (*lexicon, error) {
	lx := &lexicon{sections: map[string]bool{}, attrs: map[string]bool{}, keep: map[string]bool{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, value, ok := strings.Cut(line, ":")
		value = strings.TrimSpace(value)
		if !ok || value == "" {
			return nil, fmt.Errorf("junk.txt:%d: want KIND: VALUE, have %q", n+1, line)
		}
		switch kind {
		case "section":
			lx.sections[normTitle(value)] = true
		case "line":
			l, err := newLineRule(value)
			if err != nil {
				return nil, fmt.Errorf("junk.txt:%d: %v", n+1, err)
			}
			lx.lines = append(lx.lines, l)
		case "attr":
			lx.attrs[strings.ToLower(value)] = true
		case "keep":
			lx.keep[strings.ToLower(value)] = true
		default:
			return nil, fmt.Errorf("junk.txt:%d: unknown kind %q", n+1, kind)
		}
	}
	return lx, nil
}

// lineRule is a "line:" pattern of junk.txt (matched ignoring case), with
// a literal that every match contains, when it has one, so that a block
// without it is passed over without running the regular expression:
// isJunk tries every pattern on every short block, and a pattern with
// no anchor (\ball rights reserved\b) tries every position of it.
//
// Most patterns are anchored (^(twitter|facebook|…)\s*:?$): the rule also
// keeps the bytes a match can start with, so that a block starting with
// another is passed over.
type lineRule struct {
	re     *regexp.Regexp
	needle string // ASCII, lower case; "" for none
	first  *byteSet
}

// matches reports whether the rule matches s.
func (l lineRule) matches(s string) bool {
	// On ASCII text the literal and the first bytes are only ASCII;
	// elsewhere case folding reaches further (K, the Kelvin sign, is k),
	// and the regular expression decides.
	if !isASCII(s) || s == "" {
		return l.re.MatchString(s)
	}
	if l.first != nil && !l.first[s[0]] {
		return false
	}
	if l.needle != "" && !containsFoldASCII(s, l.needle) {
		return false
	}
	return l.re.MatchString(s)
}

func newLineRule(value string) (lineRule, error) {
	re, err := regexp.Compile(`(?i)` + value)
	if err != nil {
		return lineRule{}, err
	}
	l := lineRule{re: re, needle: requiredLiteral(value)}
	if p, err := syntax.Parse(value, syntax.Perl|syntax.FoldCase); err == nil {
		l.first = anchoredFirst(p.Simplify())
	}
	return l, nil
}

// byteSet is a set of ASCII bytes.
type byteSet [utf8.RuneSelf]bool

// anchoredFirst returns the ASCII bytes a match of re, anchored at the
// start of the text (^...), can start with, or nil when re is not
// anchored or the bytes are not known. Only ASCII counts: the rule asks
// it of ASCII text only.
func anchoredFirst(re *syntax.Regexp) *byteSet {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	var set byteSet
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}
	if nullable, ok := firstBytes(rest, &set); !ok || nullable {
		return nil // any byte, or an empty match, may start it
	}
	return &set
}

// firstBytes adds to set the ASCII bytes a match of re can start with,
// and reports whether re can match the empty string; ok is false when
// it cannot tell. Zero-width assertions are taken as matching empty,
// which can only widen the set.
func firstBytes(re *syntax.Regexp, set *byteSet) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < utf8.RuneSelf; r++ {
				set[r] = true
			}
		}
		return false, true
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, ok := firstBytes(re.Sub[0], set)
		return true, ok
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		n, ok := firstBytes(re.Sub[0], set)
		return n || re.Min == 0, ok
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			n, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	}
	return false, false // any character, and whatever else
}

// addRune adds r, and with fold the ASCII runes it folds to, to set.
func addRune(set *byteSet, r rune, fold bool) {
	if r < utf8.RuneSelf {
		set[r] = true
	}
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				set[f] = true
			}
		}
	}
}

// requiredLiteral returns the longest literal, of ASCII letters, digits,
// spaces and punctuation, that the concatenation expr is made of
// contains (" all rights reserved" in \ball rights reserved\b), in lower
// case; "" when there is none.
func requiredLiteral(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return ""
	}
	re = re.Simplify()
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	best := ""
	for _, sub := range subs {
		if sub.Op != syntax.OpLiteral {
			continue
		}
		lit := strings.ToLower(string(sub.Rune))
		if len(lit) > len(best) && isASCII(lit) {
			best = lit
		}
	}
	return best
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether s contains needle, a lower-case ASCII
// string, ignoring ASCII case.
func containsFoldASCII(s, needle string) bool {
	for i := 0; i+len(needle) <= len(s); i++ {
		if c := s[i] | 0x20; c != needle[0] && s[i] != needle[0] {
			continue // the first byte settles most positions
		}
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

var countRE = regexp.MustCompile(`\s*\(\d+\)$`)

// normTitle reduces a heading to what widget titles are compared by:
// lower case, no emphasis, no trailing ':' or count, single spaces.
func normTitle(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.Trim(s, " *_#:.!|-–—")
	s = countRE.ReplaceAllString(s, "")
	return strings.Trim(s, " *_#:.!|-–—")
}

// pseudoLevel is the level of a bold line taken as a heading: below all
// real headings.
const pseudoLevel = 7

// widgetLevel returns the level of the junk section b opens, or 0.
func widgetLevel(b *block) int {
	switch {
	case b.Kind == Heading && junk.sections[normTitle(b.Text)]:
		return b.Level
	case b.bold && junk.sections[normTitle(b.Text)]:
		return pseudoLevel
	}
	return 0
}

// finish removes the junk from blocks, finds the title, and returns the
// document. title is the HTML <title>, if any.
func finish(blocks []block, title string, isHTML bool) *Document {
	doc := &Document{}
	kept := removeJunk(blocks, doc)
	if !isHTML && len(kept) > 1 && kept[0].Kind == Paragraph && isHeadline(&kept[0]) {
		kept[0].Kind, kept[0].Level = Heading, 1
	}
	if title == "" {
		switch {
		case len(kept) > 0 && kept[0].Kind == Heading:
			title = kept[0].Text
		default:
			for _, b := range kept {
				if b.Kind == Heading && b.Level == 1 {
					title = b.Text
					break
				}
			}
		}
	}
	doc.Title = title
	doc.Blocks = make([]Block, len(kept))
	for i, b := range kept {
		doc.Blocks[i] = b.Block
	}
	return doc
}

// removeJunk returns the blocks that are content, and adds the others to
// doc.Dropped. The rules, in order:
//
//  1. A widget title (junk.txt's sections) opens a junk section: it and
//     what follows are dropped up to a heading of the same or a higher
//     level, a deeper heading followed by prose, or a paragraph of prose
//     (scraped pages lose the widget's end, and the article resumes
//     without a heading, sometimes mid-sentence).
//  2. Blocks made only of links, or of no words, are dropped.
//  3. Short blocks of one sentence matching junk.txt's lines are dropped.
//  4. A paragraph that a removed block cut in two ("...how health in
//     North Korea is," [widgets] "given that...") is joined again.
func removeJunk(blocks []block, doc *Document) []block {
	kept := make([]block, 0, len(blocks))
	drop := func(b *block) {
		doc.Dropped = append(doc.Dropped, b.raw)
	}
	section := 0 // the level of the open junk section; 0 when none
	cut := false // a block was dropped since the last one kept
	for i := range blocks {
		b := &blocks[i]
		if b.junk {
			drop(b)
			cut = true
			continue
		}
		if level := widgetLevel(b); level > 0 {
			section = level
			drop(b)
			cut = true
			continue
		}
		if section > 0 {
			switch {
			case b.Kind == Heading && b.Level <= section && !isLinkOnly(b):
				section = 0
			case b.Kind == Heading && !isLinkOnly(b) && isProse(nextBlock(blocks, i)):
				section = 0
			case isProse(b):
				section = 0
			default:
				drop(b)
				cut = true
				continue
			}
		}
		if isJunk(b) {
			drop(b)
			cut = true
			continue
		}
		if cut && len(kept) > 0 && b.Kind == Paragraph && startsLower(b.Text) {
			if prev := &kept[len(kept)-1]; prev.Kind == Paragraph && !endsSentence(prev.Text) && !prev.bold {
				prev.Text += " " + b.Text
				prev.raw += " " + b.raw
				cut = false
				continue
			}
		}
		cut = false
		kept = append(kept, *b)
	}
	return kept
}

// nextBlock returns the block after i that is not known junk, or nil.
func nextBlock(blocks []block, i int) *block {
	for j := i + 1; j < len(blocks); j++ {
		if !blocks[j].junk {
			return &blocks[j]
		}
	}
	return nil
}

// isJunk applies the rules for single blocks.
func isJunk(b *block) bool {
	letters := countLetters(b.Text)
	if letters == 0 {
		return true // "---", ">", "1960", "|"
	}
	if isLinkOnly(b) {
		return true
	}
	// Boilerplate is short and says one thing; "Published by the
	// Workers' Party, Rodong Sinmun is..." followed by more is prose.
	if len(b.Text) <= 200 && sentences(b.Text) < 2 {
		for _, l := range junk.lines {
			if l.matches(b.Text) {
				return true
			}
		}
	}
	return false
}

// isLinkOnly reports a block of links: three letters in four or more
// were link text ("[Posts](#) [Older Posts](#)", "Cuba, Korea and
// Angola" as three links, a list of related articles).
func isLinkOnly(b *block) bool {
	return b.linkLetters > 0 && b.linkLetters*4 >= countLetters(b.Text)*3
}

// isProse reports a block of real text, the kind that ends a junk
// section: long, with sentences, or resuming a cut sentence in lower
// case; never a teaser ending in an ellipsis, a bold title or links.
func isProse(b *block) bool {
	if b == nil || b.junk || (b.Kind != Paragraph && b.Kind != Quote) || b.bold || isTeaser(b.Text) || isLinkOnly(b) {
		return false
	}
	n := len(b.Text)
	switch {
	case startsLower(b.Text) && n >= 60:
		return true
	case n >= 100 && sentences(b.Text) >= 2:
		return true
	case n >= 150 && endsSentence(b.Text):
		return true
	}
	return false
}

// isTeaser reports a widget's teaser of a post: text cut off with an
// ellipsis.
func isTeaser(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// isHeadline reports a first line that reads as a headline: one short
// line, capitalised, that does not end like a sentence or a clause.
func isHeadline(b *block) bool {
	if b.lines != 1 || len(b.Text) > 200 || strings.Count(b.Text, " ") < 2 || isTeaser(b.Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.Text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«", r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(b.Text, "\"'”’»)"))
	return !strings.ContainsRune(".,;:", last)
}

// sentences counts sentence ends: ". X", "? X", "! X".
func sentences(s string) int {
	n := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) || strings.ContainsRune("\"“", r) {
				n++
			}
		}
	}
	if endsSentence(s) {
		n++
	}
	return n
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
