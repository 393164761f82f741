package gazetteer

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// findRef is Find as first written: every token folded to a string of its
// own, every token looked up. Find must give the same mentions.
func (g *Gazetteer) findRef(text string) []Mention {
	toks := scanRef(text)
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
			ok := true
			for k, w := range p.words {
				if folded[i+k] != w || p.acronym && toks[i+k].text != p.exact[k] && !p.writtenAsWord(toks[i+k].text) {
					ok = false
					break
				}
			}
			if r, _ := utf8.DecodeRuneInString(toks[i].text); ok && !p.acronym && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				ok = false
			}
			if ok {
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

func scanRef(text string) []token {
	var toks []token
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

func checkSameFind(t *testing.T, g *Gazetteer, text string) {
	t.Helper()
	if got, want := g.Find(text), g.findRef(text); !reflect.DeepEqual(got, want) {
		t.Fatalf("Find(%q)\n got %+v\nwant %+v", text, got, want)
	}
}

// TestFindSame runs Find and findRef over every name of the gazetteer, as
// written, in lower and upper case and inside a sentence, and over the
// documents of testdata.
func TestFindSame(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range g.Entities() {
		names := append(append(append([]string{e.Name}, e.Aliases...), e.Demonyms...), e.Capitals...)
		for _, n := range names {
			for _, v := range []string{n, strings.ToLower(n), strings.ToUpper(n), "In 1990 the " + n + "’s army, said " + n + "."} {
				checkSameFind(t, g, v)
			}
		}
	}
	paths, _ := filepath.Glob("../../testdata/*/*.txt")
	// The annotated corpus beside the repository, when it is there.
	more, _ := filepath.Glob("../../../shared/corpus/*/docs/*.txt")
	for _, p := range append(paths, more...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkSameFind(t, g, string(b))
	}
}

func FuzzFindSame(f *testing.F) {
	for _, s := range []string{"Kim il-sung and Kim Il Sung", "WHO said who", "the U.S. to isolate Cuba’s", "Vučić of SERBIA, ǅ ﬁ İstanbul \xff Ⅻ",
		"The Democratic People's Republic of Korea", "AT&T in São Tomé and Príncipe"} {
		f.Add(s)
	}
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSameFind(t, g, s) })
}
