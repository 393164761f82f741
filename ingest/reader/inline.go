package reader

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// escBase is the start of the private-use runes that stand for
// backslash-escaped punctuation while Markdown markup is taken apart, so
// that "\*" is never emphasis and "\(" never ends a link.
const escBase = 0xE000

var (
	escapeRE   = regexp.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	commentRE  = regexp.MustCompile(`<!--[\s\S]*?-->`)
	imageRE    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	autoLinkRE = regexp.MustCompile(`<(?:(?:https?|ftp|mailto):[^>\s]*|[^>\s@]+@[^>\s]+\.[a-zA-Z]+)>`)
	linkRE     = regexp.MustCompile(`\[([^\[\]]*)\]\(([^()\s]*)(?:\s+"[^"]*")?\)`)
	refLinkRE  = regexp.MustCompile(`\[([^\[\]]+)\]\[[^\[\]]*\]`)
	tagRE      = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	strongRE   = regexp.MustCompile(`\*\*|__`)
	emRE       = regexp.MustCompile(`(^|[^\p{L}\p{N}*])\*([^*\s](?:[^*]*[^*\s])?)\*`)
	underRE    = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_($|[^\p{L}\p{N}_])`)
	marksRE    = regexp.MustCompile(`(?:[ \t]*\([ \t]*[*\x{E02A}][ \t]*\))+`)
	citeRE     = regexp.MustCompile(`\[(?:\d{1,3}|[a-z]|\^[^\]\s]{1,20}|citation needed|clarification needed|according to whom\?|when\?|who\?|edit)\]`)
)

// markdownInline removes inline Markdown: emphasis markers, links (their
// text stays), images, autolinks, inline HTML tags, footnote marks and
// backslash escapes. It also returns how many letters were link text.
func markdownInline(s string) (text string, linkLetters int) {
	if !strings.ContainsAny(s, "\\*_[]<>&(") {
		return clean(s), 0
	}
	// Each rule runs only when its marker is there: most lines have none.
	if strings.IndexByte(s, '\\') >= 0 {
		s = escapeRE.ReplaceAllStringFunc(s, func(m string) string { return string(rune(escBase + int(m[1]))) })
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = commentRE.ReplaceAllString(s, "")
		s = autoLinkRE.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = imageRE.ReplaceAllString(s, "")
		linkText := func(re *regexp.Regexp) func(string) string {
			return func(m string) string {
				t := re.FindStringSubmatch(m)[1]
				linkLetters += countLetters(t)
				return t
			}
		}
		s = linkRE.ReplaceAllStringFunc(s, linkText(linkRE))
		s = refLinkRE.ReplaceAllStringFunc(s, func(m string) string {
			if t := refLinkRE.FindStringSubmatch(m)[1]; citeRE.MatchString("[" + t + "]") {
				return "" // "[citation needed][12]" is no link
			}
			return linkText(refLinkRE)(m)
		})
		s = citeRE.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = tagRE.ReplaceAllString(s, "")
	}
	s = removeMarks(s)
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = strongRE.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '*') >= 0 {
		s = emRE.ReplaceAllString(s, "$1$2")
	}
	if strings.IndexByte(s, '_') >= 0 {
		s = underRE.ReplaceAllString(s, "$1$2$3")
	}
	s = strings.Map(func(r rune) rune {
		if r >= escBase && r < escBase+0x80 {
			return r - escBase
		}
		return r
	}, s)
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return clean(s), linkLetters
}

// htmlClean is clean for text from HTML, which may also carry citation
// marks ("[1]", "[citation needed]").
func htmlClean(s string) string {
	if strings.IndexByte(s, '[') >= 0 {
		s = citeRE.ReplaceAllString(s, "")
	}
	return clean(s)
}

// clean finishes the text of a block in any format: footnote marks
// removed, white space collapsed to single spaces, no
// space before punctuation ("the Syrian people . The" is a scraping
// artefact). Typographic quotes and dashes are kept as they are.
//
// Every block goes through it, so runs of ASCII other than white space,
// most of any text, are copied whole rather than rune by rune.
func clean(s string) string {
	s = removeMarks(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				space = true
				i++
				continue
			}
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && !isASCIISpace(s[j]) {
				j++
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200b' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue // zero-width space, word joiner, BOM, soft hyphen
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return dropSpaceBeforePunct(b.String())
}

// isASCIISpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// dropSpaceBeforePunct turns "people . The" into "people. The": a space
// before a run of . , ; : ! ? that ends a word goes.
// It looks at the spaces only, found with IndexByte: every block goes
// through it, and few have such a space.
func dropSpaceBeforePunct(s string) string {
	var b []byte
	copied := 0 // with b != nil, s[:copied] is in b but for the spaces dropped
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], ' ')
		if k < 0 {
			break
		}
		i += k
		if i+1 < len(s) && isPunct(s[i+1]) {
			j := i + 1
			for j < len(s) && isPunct(s[j]) {
				j++
			}
			if j == len(s) || s[j] == ' ' {
				if b == nil {
					b = make([]byte, 0, len(s))
				}
				b = append(b, s[copied:i]...)
				copied = i + 1 // drop the space
			}
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[copied:]...))
}

func isPunct(c byte) bool {
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'
}

// removeMarks removes footnote marks: "( * )", "(*)" and their escaped
// forms, runs of them, and the space before them; they are citations in
// scraped blogs. Removing them must not leave "etc.." or `Cuba "", or`.
// It scans by hand: a regular expression starting with optional space
// tries every space of a paragraph.
func removeMarks(s string) string {
	if !strings.ContainsRune(s, '*') && !strings.ContainsRune(s, escBase+'*') {
		return s
	}
	var b strings.Builder
	last := 0 // s[last:] is not copied yet
	for i := 0; i < len(s); i++ {
		end := markAt(s, i)
		if end < 0 {
			continue
		}
		for { // a run of marks
			next := markAt(s, skipBlanks(s, end))
			if next < 0 {
				break
			}
			end = next
		}
		start := i
		for start > last && (s[start-1] == ' ' || s[start-1] == '\t') {
			start--
		}
		before := s[last:start]
		if end < len(s) && s[end] == '.' && strings.HasSuffix(before, ".") {
			end++ // "etc. (*)."
		} else if end < len(s) && s[end] == '"' && strings.HasSuffix(before, `"`) {
			before = before[:len(before)-1] // `Cuba "(*)", or`
			end++
		}
		b.WriteString(before)
		last = end
		i = end - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// escStar is "\*" while escapes are protected.
const escStar = string(rune(escBase + '*'))

// markAt returns the end of the footnote mark at s[i:], or -1.
func markAt(s string, i int) int {
	if i >= len(s) || s[i] != '(' {
		return -1
	}
	j := skipBlanks(s, i+1)
	switch {
	case strings.HasPrefix(s[j:], "*"):
		j++
	case strings.HasPrefix(s[j:], escStar):
		j += len(escStar)
	default:
		return -1
	}
	j = skipBlanks(s, j)
	if j < len(s) && s[j] == ')' {
		return j + 1
	}
	return -1
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
