package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"kg/gazetteer"
)

// token is a word, number or punctuation mark of a sentence.
type token struct {
	Text       string
	Lower      string
	Start, End int // byte offsets in the sentence
}

// scratch holds the buffers a docState reuses from one sentence to the
// next, so that a sentence's tokens, mentions and items cost no
// allocation, and what the tokenizer learnt of the current sentence.
type scratch struct {
	toks     []token
	mentions []gazetteer.Mention
	items    []item
	// lower is the current sentence in lower case when it is all ASCII
	// (strings.ToLower of it, with the same byte offsets), else "".
	lower string
}

// tokenize returns the tokens of sentence s, in the scratch's buffer.
func (b *scratch) tokenize(s string) []token {
	b.toks, b.lower = appendTokens(b.toks[:0], s)
	return b.toks
}

// findMentions returns the gazetteer's mentions of sentence s, in the
// scratch's buffer.
func (b *scratch) findMentions(g *gazetteer.Gazetteer, s string) []gazetteer.Mention {
	b.mentions = g.AppendMentions(b.mentions[:0], s)
	return b.mentions
}

// lowerSpan returns text, the span [start, end) of the current sentence,
// in lower case: a slice of the sentence's lower-case copy when it is
// ASCII.
func (b *scratch) lowerSpan(text string, start, end int) string {
	if b.lower != "" {
		return b.lower[start:end]
	}
	return strings.ToLower(text)
}

// scratchPool keeps scratches from one document to the next: most
// documents are a few kilobytes, and growing fresh buffers for each
// would cost about as much as reusing them saves.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// putScratch returns a scratch to the pool, its buffers emptied so that
// it keeps no document's text alive.
func putScratch(b *scratch) {
	clear(b.toks[:cap(b.toks)])
	clear(b.mentions[:cap(b.mentions)])
	clear(b.items[:cap(b.items)])
	b.lower = ""
	scratchPool.Put(b)
}

// tokenize splits a sentence into words (letters and digits, with inner
// apostrophes, hyphens and periods as in "Il-sung", "Cuba's", "U.S."),
// numbers ("1,500", "3.5") and single punctuation marks.
func tokenize(s string) []token {
	toks, _ := appendTokens(make([]token, 0, len(s)/5+4), s)
	return toks
}

// appendTokens appends the tokens of sentence s to toks, for a caller that
// reuses one slice across sentences, and returns s in lower case when s
// is all ASCII, else "".
//
// It runs on every sentence, so it avoids allocating per token: the
// lower-case forms of ASCII tokens are slices of one lower-cased copy of
// the sentence (ASCII case mapping keeps byte offsets), and only a token
// with non-ASCII bytes gets a string of its own from strings.ToLower.
func appendTokens(toks []token, s string) ([]token, string) {
	low, ascii := lowerASCII(s)
	i := 0
	for i < len(s) {
		r, size := decodeRune(s, i)
		switch {
		case isSpaceRune(r):
			i += size
		case isWordRune(r):
			ascii := r < utf8.RuneSelf
			upperStart := isUpperRune(r)
			digits := isDigitRune(r) // isDigits(s[i:j]), kept up to date as j grows
			j := i + size
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf && asciiClass[c]&(classLetter|classDigit) != 0 {
					digits = digits && asciiClass[c]&classDigit != 0
					j++ // the common case: an ASCII letter or digit
					continue
				}
				r2, n2 := decodeRune(s, j)
				if isWordRune(r2) {
					ascii = ascii && r2 < utf8.RuneSelf
					digits = digits && isDigitRune(r2)
					j += n2
					continue
				}
				// inner joiners: a letter or digit must follow
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',') && j+n2 < len(s) {
					r3, _ := decodeRune(s, j+n2)
					// "Iraqi-Soviet" is two words joined; "Il-sung" one.
					joinsNames := r2 == '-' && isUpperRune(r3) && upperStart
					if isWordRune(r3) && !joinsNames && (r2 != ',' || (isDigitRune(r3) && digits)) && (r2 != '.' || digits || isUpperRune(r3)) {
						ascii = ascii && r2 < utf8.RuneSelf
						digits = digits && (r2 == ',' || r2 == '.')
						j += n2
						continue
					}
				}
				break
			}
			lw := ""
			if ascii {
				lw = low[i:j]
			} else {
				lw = lower(s[i:j])
			}
			toks = appendWord(toks, token{Text: s[i:j], Lower: lw, Start: i, End: j})
			i = j
		default:
			lw := ""
			if r < utf8.RuneSelf {
				lw = low[i : i+size]
			} else {
				lw = lower(s[i : i+size])
			}
			toks = append(toks, token{Text: s[i : i+size], Lower: lw, Start: i, End: i + size})
			i += size
		}
	}
	if !ascii {
		low = ""
	}
	return toks, low
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the ASCII case inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// The rune classes below answer ASCII from a table and leave the rest to
// package unicode; for ASCII they agree with unicode.IsSpace, IsLetter,
// IsDigit and IsUpper.
const (
	classSpace = 1 << iota
	classLetter
	classDigit
	classUpper
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if unicode.IsSpace(c) {
			t[c] |= classSpace
		}
		if unicode.IsLetter(c) {
			t[c] |= classLetter
		}
		if unicode.IsDigit(c) {
			t[c] |= classDigit
		}
		if unicode.IsUpper(c) {
			t[c] |= classUpper
		}
	}
	return t
}()

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classSpace != 0
	}
	return unicode.IsSpace(r)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classDigit != 0
	}
	return unicode.IsDigit(r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classUpper != 0
	}
	return unicode.IsUpper(r)
}

// lowerASCII returns s with its ASCII capitals in lower case and every
// other byte as it is, so that offsets into s are offsets into the
// result (s itself when it has no ASCII capital), and whether s is all
// ASCII, when the result is strings.ToLower(s).
func lowerASCII(s string) (string, bool) {
	var bits byte // every byte or-ed: the high bit says whether s has non-ASCII
	k := 0
	for ; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			break
		}
		bits |= c
	}
	if k == len(s) {
		return s, bits < utf8.RuneSelf
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	for k < len(s) {
		// s[k] is a capital: write it in lower case, then the run of
		// bytes up to the next capital as it is.
		b.WriteByte(s[k] + 'a' - 'A')
		k++
		n := k
		for ; n < len(s) && !('A' <= s[n] && s[n] <= 'Z'); n++ {
			bits |= s[n]
		}
		b.WriteString(s[k:n])
		k = n
	}
	return b.String(), bits < utf8.RuneSelf
}

// replace puts one item in place of items [i, j), in place: the idiom
// append(items[:i], append([]item{it}, items[j:]...)...) copies the tail
// into a new slice first.
func (s *sent) replace(i, j int, it item) {
	if j <= i { // an insertion, which cannot be done in place
		s.items = append(s.items[:i], append([]item{it}, s.items[j:]...)...)
		return
	}
	s.items[i] = it
	n := copy(s.items[i+1:], s.items[j:])
	s.items = s.items[:i+1+n]
}

// lower is strings.ToLower without allocating for words already in lower
// case, the common case.
func lower(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(t)
		}
	}
	return t
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(classLetter|classDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return s != ""
}

// clitics are split off the word they end, in this order of preference.
var clitics = [...]string{"'s", "’s", "n't", "n’t"}

// appendWord appends a word token, separating "'s" and "n't" so that
// "Washington's" is "Washington" + "'s" and "don't" is "do" + "n't".
func appendWord(toks []token, t token) []token {
	low := t.Lower
	// Every clitic ends in 's' or 't': most words are done with one test.
	if n := len(low); n < 3 || low[n-1] != 's' && low[n-1] != 't' {
		return append(toks, t)
	}
	for _, cl := range clitics {
		if strings.HasSuffix(low, cl) && len(low) > len(cl) {
			cut := len(t.Text) - len(cl)
			toks = append(toks, token{Text: t.Text[:cut], Lower: low[:cut], Start: t.Start, End: t.Start + cut})
			norm := strings.ReplaceAll(cl, "’", "'")
			t = token{Text: t.Text[cut:], Lower: norm, Start: t.Start + cut, End: t.End}
			break
		}
	}
	return append(toks, t)
}

// yearInName returns the first year (1800 to 2099) that is a word of s,
// as the regular expression \b(1[89]\d\d|20\d\d)\b finds it ("the
// 2011 tsunami", "Libyan War of 2011"), or "". yearAt asks it of every
// event, for every item it looks at.
func yearInName(s string) string {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || !isWordByte(s[i-1])) && (i+4 == len(s) || !isWordByte(s[i+4])) && yearOf(s[i:i+4]) != 0 {
			return s[i : i+4]
		}
	}
	return ""
}

// isWordByte reports an ASCII word character as \b of package regexp
// has it: a letter, a digit or '_'.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// hasQuote reports whether s has a straight or curly double quotation
// mark: strings.ContainsAny(s, "\"“”") without its rune-by-rune loop,
// which non-ASCII marks force on it.
func hasQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isPunct(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return !isWordRune(r)
}
