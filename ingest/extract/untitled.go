package extract

import (
	"strings"
	"unicode"

	"kg/gazetteer"
	"kg/graph"
)

// People the text names without a title: "Julian Assange said", "aid to
// Joshua Nkomo and Robert Mugabe", "Rudolph Attalah, a senior official,",
// "Pope Francis".

// newGivenNames returns the words that open the names of at least two of
// the gazetteer's people ("Robert", "Miguel", "Claire"), less particles,
// the words of the lexicon (cues) and those people.tsv marks as no given
// name alone ("Christian", "Said").
func newGivenNames(g *gazetteer.Gazetteer, lx *Lexicon) map[string]bool {
	count := map[string]int{}
	for _, e := range g.Entities() {
		if e.Type != graph.TypePerson {
			continue
		}
		seen := map[string]bool{}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			w := strings.Fields(name)
			if len(w) < 2 || seen[w[0]] || !titleCase(w[0]) || !allLetters(w[0]) {
				continue
			}
			seen[w[0]] = true
			count[w[0]]++
		}
	}
	given := map[string]bool{}
	for w, n := range count {
		lw := strings.ToLower(w)
		if n >= 2 && lx.cues[lw] == 0 && !lx.people.particles[lw] && !lx.people.notGiven[lw] {
			given[w] = true
		}
	}
	return given
}

func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// untitledPeople makes people of names the text gives without a title:
// a name of two to four words opening with a given name ("Claire Lee
// Chennault"), names listed with a person ("Stalin, Vyacheslav Molotov
// and Lavrentiy Beria"), names in apposition with a noun for a person
// ("Rudolph Attalah, a senior counter-terrorism official,") and a style
// with one name ("Pope Francis", "Prince Charles").
func (st *docState) untitledPeople(s *sent) {
	for k := 0; k < len(s.items); k++ {
		if it := s.items[k]; it.kind != word || !st.x.given[it.text] && !st.initialOpening(s, k) || st.insideName(s, k) {
			continue
		}
		if end := st.nameEnd(s, k); end-k <= 4 && st.plainName(s, k, end) {
			st.mergePerson(s, k, end)
		}
	}
	st.listedPeople(s)
	st.apposedPeople(s)
	st.styledPeople(s)
}

// initialOpening reports an initial at k before a surname that is no
// word of the lexicon: "S. Jaishankar", "Henry F. Grady" written "H. F.
// Grady".
func (st *docState) initialOpening(s *sent, k int) bool {
	if k+2 >= len(s.items) || !initialDot(s, k+1) {
		return false
	}
	next := s.items[k+2]
	return next.kind == word && isCapitalized(next.text) && (next.cues == 0 || isInitial(next.text))
}

// insideName reports a capitalised word before k that is no sentence
// word: k does not begin a name ("Sierra Leone", "Fort Robert").
func (st *docState) insideName(s *sent, k int) bool {
	if k == 0 {
		return false
	}
	prev := s.items[k-1]
	return prev.kind != word || st.personNameWord(prev) && !(k == 1 && st.sentenceWord(prev))
}

// plainName reports a person's name [i, j) of two or more words, none of
// which is a word of the lexicon after the first or ends an organisation's
// or event's name ("Robert Mugabe", not "Christian Democratic Union").
func (st *docState) plainName(s *sent, i, j int) bool {
	if !st.goodName(s, i, j) {
		return false
	}
	for _, it := range s.items[i+1 : j] {
		if it.kind == word && it.cues != 0 && !st.x.lx.people.particles[it.lower] || st.is(cueEventHead, it) {
			return false
		}
	}
	return true
}

// listedPeople makes the names listed with a person people: ", Y and Z"
// after a person, "Y and" or "Y," before one.
func (st *docState) listedPeople(s *sent) {
	isPerson := func(k int) bool {
		return k >= 0 && k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypePerson
	}
	listSep := func(k int) bool { return k < len(s.items) && (s.items[k].lower == "and" || s.items[k].text == ",") }
	for p := 0; p < len(s.items); p++ {
		if !isPerson(p) {
			continue
		}
		for k := p + 1; listSep(k) && k+1 < len(s.items); k += 2 {
			if isPerson(k + 1) {
				continue
			}
			end := st.nameEnd(s, k+1)
			if end-k-1 > 4 || st.is(firstOfTitle, s.items[k+1]) || !st.plainName(s, k+1, end) {
				break
			}
			st.mergePerson(s, k+1, end)
		}
		if p >= 2 && listSep(p-1) {
			if b := st.nameStart(s, p-1); p-1-b <= 4 && b < p-1 && st.plainName(s, b, p-1) && !(b == 0 && st.sentenceWord(s.items[0])) {
				st.mergePerson(s, b, p-1)
				p = b
			}
		}
	}
}

// apposedPeople reads "X Y, a senior official," and "X Y, the
// Egyptian-backed Libyan warlord": a name, a comma, an article, up to five
// modifiers (lower-case words, demonyms, hyphens) and a noun for a person
// (cue person_role).
func (st *docState) apposedPeople(s *sent) {
	for c := 2; c+2 < len(s.items); c++ {
		if s.items[c].text != "," || !isArticle(s.items[c+1].lower) || !st.rolePhraseAt(s, c+2) {
			continue
		}
		b := st.nameStart(s, c)
		if b == 0 && st.sentenceWord(s.items[0]) {
			b = 1
		}
		if c-b >= 2 && c-b <= 4 && st.plainName(s, b, c) {
			st.mergePerson(s, b, c)
			c = b + 1
		}
	}
}

// rolePhraseAt reports up to five modifiers from k and then a noun for a
// person: "senior counter-terrorism official", "Egyptian-backed Libyan
// warlord".
func (st *docState) rolePhraseAt(s *sent, k int) bool {
	for n := 0; k < len(s.items) && n <= 6; k, n = k+1, n+1 {
		it := s.items[k]
		switch {
		case it.kind == word && isLowerWord(it.text) && st.is(cuePersonRole, it):
			return true
		case it.kind == word && (isLowerWord(it.text) || isHyphen(it) || compoundModifier(it.text)) && !st.is(cuePreposition, it) && !st.is(cueBoundary, it),
			it.kind == entity && it.demonym:
		default:
			return false
		}
	}
	return false
}

// styledPeople reads a style with one name (people.tsv style): "Pope
// Francis", "Prince Charles". The style stays part of the name, which
// alone would be ambiguous.
func (st *docState) styledPeople(s *sent) {
	for k := 0; k+1 < len(s.items); k++ {
		it, next := s.items[k], s.items[k+1]
		if it.kind != word || !titleCase(it.text) || !st.x.lx.people.styles[it.lower] {
			continue
		}
		if next.kind != word || !titleCase(next.text) || next.cues != 0 || st.is(cueOrgHead, next) {
			continue
		}
		if k+2 < len(s.items) && st.personNameWord(s.items[k+2]) {
			continue // "Prince Mohammed bin Salman": a full name, read elsewhere
		}
		st.mergePerson(s, k, k+2)
	}
}

// compoundModifier reports a word joined by a hyphen to a lower-case
// participle: "Ostrian-backed".
func compoundModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && isLowerWord(w[i+1:])
}
