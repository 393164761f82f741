package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, number or punctuation mark of a sentence.
type token struct {
	Text       string
	Lower      string
	Start, End int // byte offsets in the sentence
}

// tokenize splits a sentence into words (letters and digits, with inner
// apostrophes, hyphens and periods as in "Il-sung", "Cuba's", "U.S."),
// numbers ("1,500", "3.5") and single punctuation marks.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+4)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				// inner joiners: a letter or digit must follow
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					// "Iraqi-Soviet" is two words joined; "Il-sung" one.
					joinsNames := r2 == '-' && unicode.IsUpper(r3) && startsUpper(s[i:j])
					if isWordRune(r3) && !joinsNames && (r2 != ',' || (unicode.IsDigit(r3) && isDigits(s[i:j]))) && (r2 != '.' || isDigits(s[i:j]) || unicode.IsUpper(r3)) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, newToken(s, i, j))
			i = j
		default:
			toks = append(toks, newToken(s, i, i+size))
			i += size
		}
	}
	return splitClitics(toks)
}

func newToken(s string, i, j int) token {
	t := s[i:j]
	return token{Text: t, Lower: lower(t), Start: i, End: j}
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

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return s != ""
}

// splitClitics separates "'s" and "n't" so that "Washington's" is
// "Washington" + "'s" and "don't" is "do" + "n't".
func splitClitics(toks []token) []token {
	out := make([]token, 0, len(toks)+8)
	for _, t := range toks {
		low := t.Lower
		for _, cl := range []string{"'s", "’s", "n't", "n’t"} {
			if strings.HasSuffix(low, cl) && len(low) > len(cl) {
				cut := len(t.Text) - len(cl)
				out = append(out, token{Text: t.Text[:cut], Lower: low[:cut], Start: t.Start, End: t.Start + cut})
				norm := strings.ReplaceAll(cl, "’", "'")
				t = token{Text: t.Text[cut:], Lower: norm, Start: t.Start + cut, End: t.End}
				break
			}
		}
		out = append(out, t)
	}
	return out
}

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isPunct(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return !isWordRune(r)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
