package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text and its byte offsets in that text:
// text[Start:End] == Text. Text has no surrounding white space.
type Sentence struct {
	Text       string
	Start, End int
}

// MaxBytes is the longest sentence Split returns: text with no sentence
// break for longer (a table flattened into one line, a 10 MB line) is cut
// at a space, so that no later stage meets an unbounded sentence.
const MaxBytes = 2000

// Split returns the sentences of text in order. Blank lines separate
// paragraphs, and no sentence spans two paragraphs.
func Split(text string) []Sentence {
	return split(text, defaultModel())
}

func split(text string, m *model) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		out = appendSentence(out, text, start, end)
		start = end
	}
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '\n':
			j := skipBlanks(text, i+1)
			if j < len(text) && text[j] == '\n' {
				emit(i) // a paragraph break
				start = j + 1
				i = j + 1
				continue
			}
			i++
		case c == '.' || c == '!' || c == '?' || strings.HasPrefix(text[i:], ellipsis):
			end, k, kind := terminator(text, i)
			if k < len(text) && !isSpace(text[k]) {
				// "3.5", "U.S.A", "example.com", "Yes!," are inside a sentence.
				i = max(k, i+1)
				continue
			}
			n := skipSpace(text, k)
			if n < len(text) && m.ends(text, start, i, end, kind, n) {
				emit(k)
			}
			i = max(k, i+1)
		default:
			i++
		}
	}
	emit(len(text))
	return out
}

// appendSentence appends text[s:e], trimmed, cut into pieces of at most
// MaxBytes at spaces (or, failing a space, at a rune boundary; invalid
// UTF-8 may have none near, and is cut anywhere).
func appendSentence(out []Sentence, text string, s, e int) []Sentence {
	s, e = trimSpan(text, s, e)
	for e-s > MaxBytes {
		cut := strings.LastIndexAny(text[s:s+MaxBytes], " \t\n")
		if cut <= 0 {
			cut = MaxBytes
			for cut > MaxBytes-utf8.UTFMax && !utf8.RuneStart(text[s+cut]) {
				cut--
			}
		}
		if ps, pe := trimSpan(text, s, s+cut); ps < pe {
			out = append(out, Sentence{Text: text[ps:pe], Start: ps, End: pe})
		}
		s, e = trimSpan(text, s+cut, e)
	}
	if s < e {
		out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
	}
	return out
}

const ellipsis = "…"

// Kinds of sentence-ending punctuation.
const (
	period   = iota // a single '.'
	dots            // "..." or "…"
	exclaims        // a run with '!' or '?'
)

// terminator reads the punctuation run starting at i and the closing
// quotes and brackets after it. end is where the run ends, k where the
// closers end.
func terminator(text string, i int) (end, k, kind int) {
	kind = period
	n := 0
	j := i
	for j < len(text) {
		switch {
		case text[j] == '.':
			n++
			j++
			continue
		case text[j] == '!' || text[j] == '?':
			kind = exclaims
			j++
			continue
		case strings.HasPrefix(text[j:], ellipsis):
			n += 3
			j += len(ellipsis)
			continue
		}
		break
	}
	if kind == period && n > 1 {
		kind = dots
	}
	k = j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !isCloser(r) {
			break
		}
		k += size
	}
	return j, k, kind
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«', '‹', '¿', '¡':
		return true
	}
	return false
}

// ends decides whether the punctuation text[i:end] of kind ends the
// sentence that began at start, given that the next one would begin at n.
func (m *model) ends(text string, start, i, end, kind, n int) bool {
	// Skip opening quotes and brackets to the first letter or digit.
	for steps := 0; n < len(text) && steps < 4; steps++ {
		r, size := utf8.DecodeRuneInString(text[n:])
		if !isOpener(r) {
			break
		}
		n += size
	}
	next, _ := utf8.DecodeRuneInString(text[n:])
	if unicode.IsLower(next) {
		return false // '"Why?" he asked', "the U.S. to isolate"
	}
	upper, digit := unicode.IsUpper(next) || unicode.IsTitle(next), unicode.IsDigit(next)
	switch kind {
	case exclaims:
		return true
	case dots:
		// An ellipsis mostly marks an omission inside a sentence.
		return upper && m.startsSentence(text, n)
	}
	w := lastWord(text[start:i])
	var buf [64]byte
	lw := appendLower(buf[:0], w) // no allocation: map keys are looked up as string(lw)
	switch {
	case w == "":
		return true // after a number, a bracket or a quote
	case titles[string(lw)]:
		return false // "Gen. Lee", "St. Petersburg"
	case string(lw) == "etc":
		// "etc." ends a list; a capital after it starts a new sentence.
		return upper
	case m.abbrev[string(lw)] || isInitials(w):
		if digit {
			return false // "No. 1", "Jan. 1960"
		}
		return upper && m.startsSentence(text, n)
	}
	return true
}

// startsSentence reports whether the capitalised word at text[n:] is one
// that begins sentences, rather than a name that may follow an
// abbreviation.
func (m *model) startsSentence(text string, n int) bool {
	w := nextWord(text[n:])
	if w == "" {
		return false
	}
	if rest := text[n+len(w):]; utf8.RuneCountInString(w) == 1 && strings.HasPrefix(rest, ".") {
		return false // another initial: "J. F. Kennedy"
	}
	var buf [64]byte
	lw := appendLower(buf[:0], w)
	if m.starters[string(lw)] {
		return true
	}
	// Punkt's orthographic heuristic: a word seen in lower case that
	// never appears capitalised inside a sentence is capitalised here
	// because it starts one.
	f := m.ortho[string(lw)]
	return f&orthoLower != 0 && f&orthoMidUpper == 0
}

// lastWord returns the word before a period: letters, digits and inner
// periods ("U.S", "Gen", "1960"), or "" when the period follows something
// else. It looks back at most 64 bytes: longer words are no abbreviations.
func lastWord(s string) string {
	i := len(s)
	for i > 0 && len(s)-i < 64 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			break
		}
		i -= n
	}
	w := strings.TrimLeft(s[i:], ".")
	if w == "" || allDigits(w) {
		return ""
	}
	return w
}

// nextWord returns the letters, digits, hyphens and apostrophes at the
// start of s.
func nextWord(s string) string {
	for i, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’') {
			return s[:i]
		}
		if i > 64 {
			return s[:i]
		}
	}
	return s
}

// appendLower appends s in lower case to b.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// isInitials reports single letters joined by periods: "J", "U.S", "D.C".
func isInitials(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpace returns the index of the first non-space byte at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// skipBlanks skips spaces, tabs and carriage returns, not newlines.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}

// trimSpan narrows text[s:e] to exclude surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
