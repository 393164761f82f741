package extract

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Kim Il-sung sent 100,000 AK rifles.", []string{"Kim", "Il-sung", "sent", "100,000", "AK", "rifles", "."}},
		{"Washington’s threats", []string{"Washington", "’s", "threats"}},
		{"does not, doesn't", []string{"does", "not", ",", "does", "n't"}},
		{"the U.S. to isolate", []string{"the", "U.S", ".", "to", "isolate"}},
		{"$ 3.5 million", []string{"$", "3.5", "million"}},
		{"Chile, Brazil", []string{"Chile", ",", "Brazil"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			got = append(got, tok.Text)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has wrong offsets %d:%d", tt.in, tok.Text, tok.Start, tok.End)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInflect(t *testing.T) {
	irr := map[string][2]string{"send": {"sent", "sent"}}
	tests := map[string][]string{
		"send":      {"send", "sends", "sending", "sent"},
		"ship":      {"ship", "ships", "shipping", "shipped"},
		"recognize": {"recognize", "recognizes", "recognizing", "recognized"},
		"supply":    {"supply", "supplies", "supplying", "supplied"},
		"visit":     {"visit", "visits", "visiting", "visited"},
	}
	for lemma, want := range tests {
		var got []string
		for _, f := range inflect(lemma, irr) {
			got = append(got, f.word)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("inflect(%q) = %q, want %q", lemma, got, want)
		}
	}
}

// FuzzTokenizeSame: the tokenizer gives the same tokens as the plain
// rune-by-rune version it replaced (tokenizeRef), ASCII fast paths and
// shared lower-case strings notwithstanding.
func FuzzTokenizeSame(f *testing.F) {
	for _, s := range []string{
		"Kim Il-sung sent 100,000 AK rifles.", "Washington’s threats", "does not, doesn't DON’T",
		"the U.S. to isolate", "$ 3.5 million", "Chile, Brazil", "Iraqi-Soviet 1,5.3,x Vučić's ÉTATS-Unis",
		"İstanbul’S \xff\xfe a\u00a0b\u2028c KİM'S", "ǅemal Ⅻ ½ ٣,٤ x.Y 'tis n't",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := tokenize(s), tokenizeRef(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenize(%q)\n got %+v\nwant %+v", s, got, want)
		}
	})
}

// tokenizeRef is the tokenizer as first written, kept as the reference.
func tokenizeRef(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == ',') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					first, _ := utf8.DecodeRuneInString(s[i:j])
					joinsNames := r2 == '-' && unicode.IsUpper(r3) && unicode.IsUpper(first)
					if (unicode.IsLetter(r3) || unicode.IsDigit(r3)) && !joinsNames && (r2 != ',' || (unicode.IsDigit(r3) && isDigits(s[i:j]))) && (r2 != '.' || isDigits(s[i:j]) || unicode.IsUpper(r3)) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, token{Text: s[i:j], Lower: strings.ToLower(s[i:j]), Start: i, End: j})
			i = j
		default:
			toks = append(toks, token{Text: s[i : i+size], Lower: strings.ToLower(s[i : i+size]), Start: i, End: i + size})
			i += size
		}
	}
	out := []token{}
	for _, t := range toks {
		low := t.Lower
		for _, cl := range []string{"'s", "’s", "n't", "n’t"} {
			if strings.HasSuffix(low, cl) && len(low) > len(cl) {
				cut := len(t.Text) - len(cl)
				out = append(out, token{Text: t.Text[:cut], Lower: low[:cut], Start: t.Start, End: t.Start + cut})
				t = token{Text: t.Text[cut:], Lower: strings.ReplaceAll(cl, "’", "'"), Start: t.Start + cut, End: t.End}
				break
			}
		}
		out = append(out, t)
	}
	return out
}

func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "a", "A", "abc", "ABC", "North Korea's", "Vučić SAID", "ÉA", "aZ", "Z\xff"} {
		got, ascii := lowerASCII(s)
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		isASCII := true
		for _, c := range []byte(s) {
			isASCII = isASCII && c < utf8.RuneSelf
		}
		if got != string(want) || ascii != isASCII || ascii && got != strings.ToLower(s) {
			t.Errorf("lowerASCII(%q) = %q, %v; want %q, %v", s, got, ascii, want, isASCII)
		}
	}
}

// FuzzYearInName: yearInName finds what the regular expression it
// replaced finds.
func FuzzYearInName(f *testing.F) {
	re := regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	for _, s := range []string{"the 2011 tsunami", "Libyan War of 2011", "1999", "x1999", "_1999", "é1999é", "19999 2000", "1799 1800", "2100 2099a 2099", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := yearInName(s), re.FindString(s); got != want {
			t.Fatalf("yearInName(%q) = %q, want %q", s, got, want)
		}
	})
}
