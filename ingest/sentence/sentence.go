// Package sentence splits prose into sentences, keeping the byte offsets
// of each in the input.
//
// It is rule-based: a sentence ends at '.', '!' or '?' (with any closing
// quotes or brackets) followed by space and a capital, digit or opening
// quote, unless the word before the period is a known abbreviation ("Mr.",
// "Gen.", "Jan.", "No. 1") or a run of initials ("U.S.", "J. F.") that is
// not followed by a common sentence opener. Paragraph breaks ("\n\n")
// always end a sentence. It runs in one pass, linear in the input.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence and its byte offsets: text[Start:End] == Text.
type Sentence struct {
	Text       string
	Start, End int
}

var abbreviations = toSet("mr mrs ms dr prof gen col lt sgt capt cmdr adm maj rev st sr jr gov sen rep pres vs etc al inc ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig vol")

// numberAbbreviations end a sentence only when no number follows ("No. 1").
var numberAbbreviations = toSet("no nos art p pp")

// openers are words that start a sentence after initials ("... in the U.S. The next day").
var openers = toSet("the a an in on at it this that these those they he she we i but and however after before when while since during for from as if there his her its their our")

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// MaxBytes is the longest sentence Split returns: text with no sentence
// break for longer (a table flattened into one line, a 10 MB line) is cut
// at a space, so that no later stage meets an unbounded sentence.
const MaxBytes = 2000

// Split returns the sentences of text in order.
func Split(text string) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		for e-s > MaxBytes {
			cut := strings.LastIndexAny(text[s:s+MaxBytes], " \t\n")
			if cut <= 0 {
				cut = MaxBytes
				for cut > 0 && !utf8.RuneStart(text[s+cut]) {
					cut--
				}
			}
			ps, pe := trimSpan(text, s, s+cut)
			if ps < pe {
				out = append(out, Sentence{Text: text[ps:pe], Start: ps, End: pe})
			}
			s, e = trimSpan(text, s+cut, e)
		}
		if s < e {
			out = append(out, Sentence{Text: text[s:e], Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			emit(i)
			i += 2
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		// The end of the sentence: the punctuation run and closing marks.
		j := i + 1
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if r == '.' || r == '!' || r == '?' || r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' {
				j += n
				continue
			}
			break
		}
		if j < len(text) && !unicode.IsSpace(rune(text[j])) {
			i = j // "3.5", "U.S.A", "example.com"
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r') {
			k++
		}
		if k >= len(text) {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'([¿¡", next)) {
			i = j
			continue
		}
		if c == '.' && j == i+1 && !endsHere(text[start:i], nextWord(text[k:])) {
			i = j
			continue
		}
		emit(j)
		i = j
	}
	emit(len(text))
	return out
}

// endsHere decides whether a period after before ends the sentence, given
// the word that follows.
func endsHere(before, next string) bool {
	w := lastWord(before)
	lw := strings.ToLower(w)
	if abbreviations[lw] {
		return false
	}
	if numberAbbreviations[lw] {
		r, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsDigit(r)
	}
	// Initials: "U.S", "J", "D.C": single letters joined by periods.
	if isInitials(w) {
		return openers[strings.ToLower(next)]
	}
	return true
}

func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func lastWord(s string) string {
	end := len(s)
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || r == '.' {
			i -= n
			continue
		}
		break
	}
	return strings.Trim(s[i:end], ".")
}

func nextWord(s string) string {
	s = strings.TrimLeft(s, "\"“‘'([¿¡")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
