package main

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/gazetteer"
)

func appendEntity(list []*gazetteer.Entity, e *gazetteer.Entity) []*gazetteer.Entity {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// fallbackCommon is used with the word list, and alone without it.
var fallbackCommon = strings.Fields(`a an the and or of in on at to for by with from as is it be
	justice freedom liberty peace unity hope order power action change progress reform
	rebels rebel protesters protester militants militant insurgents guerrillas soldiers troops police army
	government opposition party front movement union council league alliance congress forum group
	state people nation national republic democracy revolution tigers
	new free united popular democratic socialist communist liberal green labour labor`)

// normWords gives the folded words of a name as the gazetteer compares
// them: lower case without accents, split at anything but letters and
// digits.
func normWords(s string) []string {
	return strings.FieldsFunc(gazetteer.Slug(s), func(r rune) bool { return r == '_' })
}

func normKey(s string) string { return strings.Join(normWords(s), " ") }

var parenRE = regexp.MustCompile(`\(([^)]*)\)?`)

// clean turns a dictionary phrase into upper-case words separated by
// single spaces, with parenthesised parts returned apart. ok is false for
// a phrase that cannot be a name.
func clean(raw string) (name string, parens []string, ok bool) {
	if !utf8.ValidString(raw) || strings.ContainsRune(raw, utf8.RuneError) {
		return "", nil, false
	}
	s := strings.ToUpper(raw)
	for _, m := range parenRE.FindAllStringSubmatch(s, -1) {
		parens = append(parens, strings.Trim(strings.ReplaceAll(m[1], "_", " "), " "))
	}
	s = parenRE.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "_", " ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " -,")
	s = strings.ReplaceAll(s, " ,", ",")
	if s == "" {
		return "", nil, false
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '.' || r == '\'' || r == ',' || r == '&':
		case unicode.IsDigit(r):
		case r < 0x80 && unicode.IsLetter(r):
		case unicode.IsLetter(r) && gazetteer.Slug(string(r)) != "": // an accented Latin letter kg folds
		default:
			return "", nil, false
		}
	}
	return s, parens, true
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// eastAsian countries write given names with a hyphen and a lower-case
// second part: Kim Jong-il, Ban Ki-moon.
var eastAsian = map[string]bool{"PRK": true, "KOR": true, "CHN": true, "TWN": true, "HKG": true, "MAC": true}

// surnameFirst countries write the family name first, and their names
// have no particles: Nguyen Van Giau, Hun Sen.
var surnameFirst = map[string]bool{"PRK": true, "KOR": true, "CHN": true, "TWN": true, "HKG": true, "MAC": true,
	"VNM": true, "VDR": true, "KHM": true, "MMR": true}

// properCase writes an upper-case name in proper case; org names have
// their minor words in lower case, asian ones (surname first) no
// particles.
func properCase(name string, org, asian bool) string {
	words := strings.Split(name, " ")
	out := make([]string, len(words))
	for i, w := range words {
		afterDe := i > 0 && (words[i-1] == "DE" || words[i-1] == "DEL")
		out[i] = caseWord(w, i == 0, afterDe, org, asian)
	}
	return strings.Join(out, " ")
}

func caseWord(w string, first, afterDe, org, asian bool) string {
	bare := strings.TrimRight(w, ",")
	switch {
	case !first && !asian && (particles[bare] || org && minorWords[bare]):
		return strings.ToLower(w)
	case !first && afterDe && (bare == "LA" || bare == "LAS" || bare == "LOS" || bare == "LE"):
		return strings.ToLower(w)
	case !first && romanRE.MatchString(bare):
		return w
	case org && (knownAcronyms[bare] || isAcronymShape(bare)):
		return w
	}
	parts := strings.Split(w, "-")
	for j, p := range parts {
		switch {
		case j == 0 && len(parts) > 1 && !first && !asian && particles[p]:
			parts[j] = strings.ToLower(p) // al-Assad
		case j > 0 && j < len(parts)-1 && len(p) == 1:
			parts[j] = strings.ToLower(p) // Lashkar-e-Taiba
		case j > 0 && !asian && (particles[p] || org && minorWords[p]):
			parts[j] = strings.ToLower(p) // ul-Mujahidin
		default:
			parts[j] = capWord(p)
		}
	}
	return strings.Join(parts, "-")
}

var romanRE = regexp.MustCompile(`^(II|III|IV|VI|VII|VIII|IX|XI|XII)$`)

// personCase writes a person's name in proper case: particles lower case
// unless the name is written surname first, the second part of a
// hyphenated given name lower case in East Asian names (Kim Jong-il).
func personCase(name string, surnameFirst, eastAsian bool) string {
	if !eastAsian {
		return properCase(name, false, surnameFirst)
	}
	words := strings.Split(properCase(name, false, true), " ")
	for i, w := range words {
		if head, tail, ok := strings.Cut(w, "-"); ok && i > 0 {
			words[i] = head + "-" + strings.ToLower(tail)
		}
	}
	return strings.Join(words, " ")
}

// isAcronymShape: letters with dots (U.N.), or no vowel at all (PKK).
func isAcronymShape(w string) bool {
	if len(w) >= 2 && strings.Count(w, ".") >= 2 {
		return true
	}
	return len(w) >= 2 && len(w) <= 5 && !strings.ContainsAny(w, "AEIOUY.'-") && !hasDigit(w)
}

// capWord capitalises a word: the first letter, letters after a dot,
// "Mc" names and O'/D' names.
func capWord(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			up = false
			continue
		}
		switch {
		case r == '.':
			up = true
		case r == '\'' && i == 1 && len(rs) > 3: // O'Brien, D'Alema
			up = true
		default:
			up = false
		}
	}
	s := string(rs)
	if strings.HasPrefix(s, "Mc") && len(rs) > 3 {
		s = "Mc" + strings.ToUpper(s[2:3]) + s[3:]
	}
	return s
}
