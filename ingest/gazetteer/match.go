package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// pattern is a name as a sequence of folded words.
type pattern struct {
	words   []string // folded, lower case unless exact
	exact   []string // the words as written, for acronyms
	acronym bool     // match in exact case only
	entity  *Entity
	kind    MentionKind
}

func (p pattern) key() string {
	if p.acronym {
		return "A:" + strings.Join(p.exact, " ")
	}
	return strings.Join(p.words, " ")
}

// compile turns a name into a pattern. A leading "the" is dropped: the
// name matches with or without it.
func compile(name string, e *Entity, kind MentionKind) (pattern, bool) {
	toks := scan(name)
	var exact []string
	for _, t := range toks {
		exact = append(exact, t.text)
	}
	if len(exact) > 1 && strings.EqualFold(exact[0], "the") {
		exact = exact[1:]
	}
	if len(exact) == 0 {
		return pattern{}, false
	}
	p := pattern{exact: exact, entity: e, kind: kind}
	letters := 0
	upper := true
	for _, w := range exact {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
		}
	}
	p.acronym = upper && letters >= 2 && letters <= 6
	if p.acronym && kind == Name {
		p.kind = Acronym
	} else if p.acronym {
		p.kind = Acronym
	}
	for _, w := range exact {
		p.words = append(p.words, fold(w))
	}
	return p, true
}

// token is a word or punctuation mark of a text, with its byte offsets.
type token struct {
	text       string
	start, end int
}

// scan splits text into words (letters and digits) and single punctuation
// marks, dropping spaces and hyphens (so "Il-sung" is "Il", "sung").
func scan(text string) []token {
	toks := make([]token, 0, len(text)/5+4)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{text[i:j], i, j})
			i = j
		case unicode.IsSpace(r) || r == '-' || r == '‐' || r == '‑':
			i += n
		default:
			toks = append(toks, token{text[i : i+n], i, i + n})
			i += n
		}
	}
	return toks
}

// words returns the folded words of a string, for lookups.
func words(s string) []string {
	var out []string
	for _, t := range scan(s) {
		r, _ := utf8.DecodeRuneInString(t.text)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, t.text)
		}
	}
	return out
}

// fold lower-cases a word and removes accents; apostrophes are unified.
func fold(w string) string {
	if w == "’" || w == "‘" {
		return "'"
	}
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		upper = upper || ('A' <= c && c <= 'Z')
	}
	if ascii { // the common case: no accents to fold, lower only if needed
		if upper {
			return strings.ToLower(w)
		}
		return w
	}
	return foldAccents(strings.ToLower(w))
}

// unsplit are letters with no decomposition into a base letter and marks.
var unsplit = strings.NewReplacer("ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "đ", "d", "Đ", "D", "ı", "i",
	"ß", "ss", "æ", "ae", "Æ", "AE", "œ", "oe", "Œ", "OE", "þ", "th", "ð", "d")

// foldAccents removes diacritics: "Vučić" is "Vucic", "Raúl" is "Raul".
// Letters are decomposed (NFD) and their combining marks dropped.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(unsplit.Replace(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Find returns the entity mentions of a text, leftmost-longest and
// non-overlapping, in order.
func (g *Gazetteer) Find(text string) []Mention {
	toks := scan(text)
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = fold(t.text)
	}
	var out []Mention
	for i := 0; i < len(toks); i++ {
		best := -1
		var bp pattern
		for _, p := range g.patterns[folded[i]] {
			n := len(p.words)
			if i+n > len(toks) || n <= best {
				continue
			}
			if p.matches(toks[i:i+n], folded[i:i+n]) {
				best, bp = n, p
			}
		}
		if best < 0 {
			continue
		}
		start, end := toks[i].start, toks[i+best-1].end
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Entity: bp.entity, Kind: bp.kind})
		i += best - 1
	}
	return out
}

func (p pattern) matches(toks []token, folded []string) bool {
	for k, w := range p.words {
		if folded[k] != w {
			return false
		}
		if p.acronym && toks[k].text != p.exact[k] {
			return false
		}
	}
	if !p.acronym {
		r, _ := utf8.DecodeRuneInString(toks[0].text)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
