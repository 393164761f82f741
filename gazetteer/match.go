package gazetteer

import (
	"strings"
	"sync"
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
	return appendScan(make([]token, 0, len(text)/5+4), text)
}

// appendScan appends the tokens of text to toks. ASCII, most of any text,
// is classified by byte; other runes by package unicode, as scan has
// always done.
func appendScan(toks []token, text string) []token {
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if !isASCIIWord(c) {
						break
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{text[i:j], i, j})
			i = j
		case r == ' ' || r == '-' || r == '‐' || r == '‑' || unicode.IsSpace(r):
			i += n
		default:
			toks = append(toks, token{text[i : i+n], i, i + n})
			i += n
		}
	}
	return toks
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the ASCII case inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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

// findScratch is the working memory of one Find call: the tokens of the
// text and the folded forms of those a match needed, back to back in one
// byte slice. Find runs on every sentence, from as many goroutines as
// ingest has workers, so scratches are pooled rather than allocated per
// call.
type findScratch struct {
	toks   []token
	folded []byte
	spans  []span // folded form of toks[i]: folded[spans[i].start:spans[i].end]; end < 0 until needed
}

type span struct{ start, end int }

var scratchPool = sync.Pool{New: func() any { return new(findScratch) }}

// release empties the scratch, so that the pool keeps no text alive (a
// token is a slice of the text, and so of the whole document's string),
// and puts it back in the pool.
func (sc *findScratch) release() {
	clear(sc.toks)
	scratchPool.Put(sc)
}

// word returns the folded form of token i, folding it on first use: most
// tokens, lower-case words no name starts with, are never compared. Map
// look-ups and comparisons of string(word(i)) do not allocate.
func (sc *findScratch) word(i int) []byte {
	sp := &sc.spans[i]
	if sp.end < 0 {
		sp.start = len(sc.folded)
		sc.folded = appendFold(sc.folded, sc.toks[i].text)
		sp.end = len(sc.folded)
	}
	return sc.folded[sp.start:sp.end]
}

// appendFold appends fold(w) to b, without allocating for ASCII words.
func appendFold(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(b, fold(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// Find returns the entity mentions of a text, leftmost-longest and
// non-overlapping, in order.
func (g *Gazetteer) Find(text string) []Mention {
	return g.AppendMentions(nil, text)
}

// AppendMentions appends the mentions Find returns to out, for a caller
// that reuses one slice from text to text.
func (g *Gazetteer) AppendMentions(out []Mention, text string) []Mention {
	sc := scratchPool.Get().(*findScratch)
	defer sc.release()
	sc.toks = appendScan(sc.toks[:0], text)
	sc.folded, sc.spans = sc.folded[:0], sc.spans[:0]
	for range sc.toks {
		sc.spans = append(sc.spans, span{0, -1})
	}
	toks := sc.toks
	for i := 0; i < len(toks); i++ {
		if !mayStart(toks[i].text) {
			continue
		}
		best := -1
		var bp *pattern
		ps := g.patterns[string(sc.word(i))]
		for k := range ps {
			p := &ps[k]
			n := len(p.words)
			if i+n > len(toks) || n <= best {
				continue
			}
			if p.matches(sc, i) {
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

// mayStart reports whether a name can start at a token: not at a word in
// lower case. A name matches only from a capital or a digit (matches),
// and an acronym only as written, its letters all capitals (compile), so
// the look-up is skipped for most words of a text.
func mayStart(w string) bool {
	r, _ := decodeRune(w, 0)
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z')
	}
	return !unicode.IsLetter(r) || unicode.IsUpper(r)
}

// matches reports whether the pattern matches the tokens from i on.
func (p *pattern) matches(sc *findScratch, i int) bool {
	for k, w := range p.words {
		if string(sc.word(i+k)) != w {
			return false
		}
		if p.acronym && sc.toks[i+k].text != p.exact[k] && !p.writtenAsWord(sc.toks[i+k].text) {
			return false
		}
	}
	if !p.acronym {
		r, _ := utf8.DecodeRuneInString(sc.toks[i].text)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// writtenAsWord reports an organisation's acronym of four or more letters
// written as a word, as some papers style them: "Ecowas" and "Nato" for
// ECOWAS and NATO. Shorter acronyms ("Who", "Aid") stay exact: they are
// English words.
func (p *pattern) writtenAsWord(w string) bool {
	if len(p.exact) != 1 || p.entity.Type != "Organization" || len(w) < 4 || len(w) != len(p.exact[0]) {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[n:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return strings.EqualFold(w, p.exact[0])
}
