package extract

import (
	"strings"

	"kg/graph"
)

// Sentence-wide constructions of material and conflict relations that no
// single trigger's frame reads: a named war with its sides.

// material reads the constructions of this file in a sentence.
func (st *docState) material(s *sent) {
	st.warAgainst(s)
	st.leaving(s)
	st.signedBy(s)
	st.givenBy(s)
}

// warAgainst reads a named war with the parties that waged it and those
// it was waged against: "the 1932 Ruritanian War waged by Chile and its
// Peruvian ally against Bolivia and Paraguay" (names.tsv waged_by): each
// who waged it attacks each it was waged against.
func (st *docState) warAgainst(s *sent) {
	for k, it := range s.items {
		if it.kind != entity || it.entType != graph.TypeEvent || !st.warName(it) {
			continue
		}
		if k+3 >= len(s.items) || !st.x.lx.names.is("waged_by", s.items[k+1].lower) || s.items[k+2].lower != "by" {
			continue
		}
		against := st.wordInPhrase(s, k+3, "against")
		if against < 0 || !isArg(s.items[k+3]) {
			continue
		}
		hi := st.phraseBound(s, against+1)
		sides := st.argumentsIn(s, k+3, against)
		targets := []int{}
		if a := st.firstEntity(s, against+1, min(hi, against+4), ""); a >= 0 {
			targets = s.group(a, hi)
		}
		year := s.yearNear(k, st.lastYear, st.paraYear)
		for _, a := range sides {
			for _, b := range targets {
				st.emitResolved(s, a, b, graph.Fact{Relation: "attack", Year: year, Confidence: 0.7}, "phrase:war waged by/against")
			}
		}
	}
}

// warName reports an event whose name ends in a word for a war ("the
// Korean War"; names.tsv war_head).
func (st *docState) warName(ev item) bool {
	words := strings.Fields(strings.ToLower(ev.text))
	return len(words) > 0 && st.x.lx.names.is("war_head", words[len(words)-1])
}

// wordInPhrase returns the first item from i that is the word w, before
// a clause boundary and within twelve items; or -1.
func (st *docState) wordInPhrase(s *sent, i int, w string) int {
	for k := i; k < len(s.items) && k < i+12; k++ {
		if s.items[k].kind == word && s.items[k].lower == w {
			return k
		}
		if st.isBoundary(s, k) {
			return -1
		}
	}
	return -1
}

// phraseBound returns the first clause boundary from item i, or the end
// of the sentence.
func (st *docState) phraseBound(s *sent, i int) int {
	for k := i; k < len(s.items); k++ {
		if st.isBoundary(s, k) {
			return k
		}
	}
	return len(s.items)
}

// argumentsIn returns the arguments in [i, hi) that are no modifiers.
func (st *docState) argumentsIn(s *sent, i, hi int) []int {
	var out []int
	for k := i; k < hi; k++ {
		if isArg(s.items[k]) {
			out = append(out, k)
		}
	}
	return out
}

// emitResolved emits fact f from the argument at a to the argument at b,
// each resolved to its entities.
func (st *docState) emitResolved(s *sent, a, b int, f graph.Fact, rule string) {
	for _, sub := range st.resolveAll(s, a, "") {
		for _, obj := range st.resolveAll(s, b, sub) {
			if sub != obj && allowed(f.Relation, sub, obj) {
				f := f
				f.Subject, f.Object = sub, obj
				st.emit(s, match{}, f, rule)
			}
		}
	}
}

// possessorOf returns what a possessive "its" or "their" at item k refers
// to: the nearest party named before it in the sentence, or -1.
func (st *docState) possessorOf(s *sent, k int) int {
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		if it := s.items[b]; isArg(it) && it.entType != graph.TypeEvent && it.entType != graph.TypePerson {
			return b
		}
		if st.isBoundary(s, b) {
			break
		}
	}
	return -1
}

// partnersNamed reads the partners a copula names after a noun of
// partnership: "Chile's main trading partners are Brazil and Peru",
// "other trading partners of Peru include Chile". The complement is the
// other party, or both when the noun's phrase named one only.
func (st *docState) partnersNamed(s *sent, f *frame) {
	m := f.m
	if m.Form != "noun" || !f.r.Symmetric || !st.x.lx.is(cueAmity, m.Words[len(m.Words)-1]) || len(f.subjects) > 0 && len(f.objects) > 0 {
		return
	}
	if len(f.subjects) == 1 && len(f.objects) == 0 {
		// "China and its Korean ally": the ally of whom "its" refers to.
		if k := f.subjects[0]; k > 0 && k < m.i && (s.items[k-1].lower == "its" || s.items[k-1].lower == "their") {
			if p := st.possessorOf(s, k-1); p >= 0 {
				f.objects = []int{p}
				f.rule += "/its"
				return
			}
		}
	}
	c := st.copulaComplement(s, m.j, f.hi)
	if c < 0 {
		return
	}
	if len(f.subjects) == 0 {
		f.subjects = s.group(c, f.hi)
	} else {
		f.objects = s.group(c, f.hi)
	}
	f.allPairs = false
	f.rule += "/complement"
}

// copulaComplement returns the first party after a copula that follows a
// noun's phrase ending at item j ("… partners of Peru are Chile"), within
// a few words, or -1.
func (st *docState) copulaComplement(s *sent, j, hi int) int {
	for k := j; k < hi && k < j+6; k++ {
		w := s.items[k]
		if w.text == "," || st.isBoundary(s, k) {
			return -1
		}
		if w.kind != word || !isCopulaOrInclude(w.lower) {
			continue
		}
		for a := k + 1; a < hi && a <= k+7; a++ {
			if isArg(s.items[a]) {
				return a
			}
		}
		return -1
	}
	return -1
}

func isCopulaOrInclude(w string) bool {
	switch w {
	case "is", "are", "was", "were", "remain", "remains", "remained", "include", "includes", "included":
		return true
	}
	return false
}

// Cue classes of this file (cues.tsv), above speech.go's.
const (
	cueLeaving cue = 58 + iota // "withdrew from the OAU", "broke with Moscow"
	cueAccord                  // "the Lima Accords", "the treaty"
)

func init() {
	cueNames["leaving"] = cueLeaving
	cueNames["accord"] = cueAccord
}

// leaving reads a party leaving a body or breaking with another:
// "Morocco withdrew from the OAU", "Japan quit the League of Nations",
// "Albania broke with Moscow": a negated cooperation. A state withdrawn
// from ("withdrew from Lebanon") is no body left.
func (st *docState) leaving(s *sent) {
	for k, it := range s.items {
		if it.kind != word || !st.is(cueLeaving, it) || k > 0 && isArticle(s.items[k-1].lower) {
			continue
		}
		left, how := st.partyLeft(s, k)
		if left < 0 {
			continue
		}
		lo, _ := st.clause(s, k, k+1)
		p := st.nearestBefore(s, k, lo, true)
		if p < 0 {
			continue
		}
		year := s.yearNear(k, st.lastYear, st.paraYear)
		for _, a := range s.groupBack(p, lo) {
			st.emitResolved(s, a, left, graph.Fact{Relation: "cooperation", Negated: true, Year: year, Confidence: 0.6}, "phrase:leaving/"+how)
		}
	}
}

// partyLeft returns the party a leaving word at item k leaves: a body
// after "from", "out of" or right after the verb ("quit the League"), or
// any party after "with" ("broke with Moscow"); -1 when there is none.
func (st *docState) partyLeft(s *sent, k int) (int, string) {
	n := k + 1
	how := "direct"
	switch {
	case n+1 < len(s.items) && s.items[n].lower == "out" && s.items[n+1].lower == "of":
		n, how = n+2, "out-of"
	case n < len(s.items) && (s.items[n].lower == "from" || s.items[n].lower == "with"):
		n, how = n+1, s.items[n].lower
	}
	if n < len(s.items) && s.items[n].lower == "the" {
		n++
	}
	if n >= len(s.items) || !isArg(s.items[n]) {
		return -1, ""
	}
	typ := s.items[n].entType
	switch {
	case how == "with" && (typ == graph.TypeCountry || typ == graph.TypeOrganization) && !s.items[n].demonym:
		return n, how
	case how != "with" && typ == graph.TypeOrganization:
		return n, how
	}
	return -1, ""
}

// leftBefore reports a noun of an agreement or alliance that a party
// leaves: "pulled out of a preferential trade pact with Peru", "withdrew
// from the defence treaty with France".
func (st *docState) leftBefore(s *sent, m match, lo int) bool {
	if m.Form != "noun" {
		return false
	}
	for k := m.i - 1; k >= lo && k >= m.i-6; k-- {
		w := s.items[k]
		if w.kind != word {
			return false
		}
		if (w.lower == "from" || w.lower == "of" && k > 0 && s.items[k-1].lower == "out") && k-1 >= lo {
			v := k - 1
			if w.lower == "of" {
				v = k - 2
			}
			return v >= lo && st.is(cueLeaving, s.items[v])
		}
	}
	return false
}

// signedBy reads the parties that signed an agreement: "the Lima Accords,
// signed by Peru, Chile and Bolivia in 1929", "the treaty was signed by
// Peru and Chile": each two of them cooperate.
func (st *docState) signedBy(s *sent) {
	for k := 1; k+2 < len(s.items); k++ {
		if s.items[k].lower != "signed" || s.items[k+1].lower != "by" || !st.agreementBefore(s, k) {
			continue
		}
		a := st.firstEntity(s, k+2, min(len(s.items), k+6), "")
		if a < 0 {
			continue
		}
		parties := st.titledList(s, a)
		year := s.yearNear(k, st.lastYear, st.paraYear)
		for x := range parties {
			for y := x + 1; y < len(parties); y++ {
				st.emitResolved(s, parties[x], parties[y], graph.Fact{Relation: "cooperation", Year: year, Confidence: 0.7}, "phrase:signed by")
			}
		}
	}
}

// agreementBefore reports an agreement named just before the participle
// at item k: an event or a noun headed by an accord word, then perhaps a
// comma or a form of "be" ("the Lima Accords, signed", "the treaty was
// signed").
func (st *docState) agreementBefore(s *sent, k int) bool {
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		it := s.items[b]
		switch {
		case it.text == "," || it.lower == "was" || it.lower == "were" || it.lower == "been":
			continue
		case it.kind == entity && it.entType == graph.TypeEvent:
			words := strings.Fields(it.lower)
			return st.x.lx.is(cueAccord, words[len(words)-1])
		case it.kind == word:
			return st.is(cueAccord, it)
		}
		return false
	}
	return false
}

// titledList returns the parties of a list that begins at item a, their
// titles and demonyms left out: "President Ana Vidal, Chilean President
// Luis Soto, and Peru".
func (st *docState) titledList(s *sent, a int) []int {
	var out []int
	for k := a; k < len(s.items); k++ {
		it := s.items[k]
		switch {
		case it.kind == entity && it.demonym:
		case isArg(it):
			out = append(out, k)
		case it.lower == "," || it.lower == "and" || it.lower == "the" || it.kind == word && isCapitalized(it.text) && !st.isBoundary(s, k):
		default:
			return out
		}
	}
	return out
}

// otherExamples returns the examples that follow a list's last member at
// item last when the list ends with others of a kind: "from Egypt, Turkey
// and other Middle Eastern countries including Qatar and Iran".
func (st *docState) otherExamples(s *sent, last, hi int) []int {
	k := last + 1
	if k+1 >= hi || (s.items[k].lower != "and" && s.items[k].lower != ",") || s.items[k+1].lower != "other" {
		return nil
	}
	if e := st.examplesAfter(s, k+2, hi); e >= 0 {
		return s.group(e, hi)
	}
	return nil
}

// givenBy reads who gave the things a verb of giving lists: "providing
// Ukraine with air defence systems, including batteries donated by
// Germany and Spain; and a system donated by Italy": each who donated
// gives the recipient what the verb gives.
func (st *docState) givenBy(s *sent) {
	var giving *match
	for n := range s.triggers {
		t := &s.triggers[n]
		if t.Relation == "transfer" && t.Form == "verb" && !t.Participle {
			if giving == nil {
				giving = t
			}
			continue
		}
		if giving == nil || t.Relation != "transfer" || !byAgent(s, *t) || !isLowerWord(s.items[t.i-1].text) {
			continue
		}
		recipient := st.directObject(s, giving.j, min(len(s.items), giving.j+2), "")
		rel, _, _, ok := st.given(s, *giving, giving.i, len(s.items))
		a := st.firstEntity(s, t.j+1, min(len(s.items), t.j+4), "")
		if recipient < 0 || !ok || a < 0 || (rel != "arms_transfer" && rel != "military_support" && rel != "aid") {
			continue
		}
		year := s.yearNear(t.i, st.lastYear, st.paraYear)
		for _, g := range st.titledList(s, a) {
			st.emitResolved(s, g, recipient, graph.Fact{Relation: rel, Year: year, Confidence: 0.6}, "phrase:given by/"+t.Lemma)
		}
	}
}

// pluralNoun reports a one-word verb trigger in its "-s" form after a
// quantifier: "any Iranian ships carrying weapons", "other ships" are
// vessels, not shipping.
func (st *docState) pluralNoun(s *sent, m match) bool {
	if len(m.Words) != 1 || m.i == 0 || !strings.HasSuffix(m.Words[0], "s") {
		return false
	}
	prev := s.items[m.i-1]
	if quantifier(prev.lower) {
		return true
	}
	// "other U.S. ships", "any Iranian ships": a name between a
	// quantifier and the noun
	return prev.kind == entity && m.i > 1 && quantifier(s.items[m.i-2].lower)
}

func quantifier(w string) bool {
	switch w {
	case "any", "other", "some", "many", "several", "these", "those", "its", "their":
		return true
	}
	return false
}

// infinitiveTo reports a trigger's preposition "to" whose first
// occurrence in [j, hi) opens an infinitive ("appear to have come from",
// "to be delivered", "to fight the rebels"), not a recipient. A purpose ("sent troops to help
// Syria") is read elsewhere.
func (st *docState) infinitiveTo(s *sent, j, hi int, prep string) bool {
	if prep != "to" {
		return false
	}
	p := st.wordAfter(s, j, hi, "to")
	if p < j || p+1 >= hi {
		return false
	}
	next := s.items[p+1].lower
	// "sent troops to halt the Peruvian advance": whom they fight is
	// not whom they are sent to.
	return next == "have" || next == "be" || st.x.lx.is(cueHostile, next)
}
