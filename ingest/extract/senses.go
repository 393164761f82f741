package extract

import (
	"strings"
	"unicode"

	"kg/graph"
)

// Senses: a trigger word used in a sense that states no relation (a noun
// read as a verb, a verb of knowing, a verbal attack, a question), an act
// only aimed at or not yet held, and an argument that is a topic rather
// than a party. Their words are in lexicon/senses.tsv.

var senses = mustWordClasses("senses.tsv")

// otherSense reports a trigger that, in the words around it, states no
// act of its relation; [lo, hi) is its clause.
func (st *docState) otherSense(s *sent, m match, hi int) bool {
	switch {
	case st.compoundModifier(s, m):
		return true // "the press secretary said", "attack helicopters"
	case st.nounAfterModifiers(s, m):
		return true // "the most deadly terrorist attack in the capital"
	case st.nounAfterPrepositionOrName(s, m):
		return true // "with help from Peru", "amid Peru protests", "imports of"
	case m.Form == "noun" && (aimedAt(s, m) || unheld(s, m, hi)):
		return true // "pursuing an agreement", "the planned summit"
	case senses.is("knowing", s.items[m.i].lower) && senses.phraseAt("clause_opener", s, m.j) > 0:
		return true // "recognized that the agency is barred"
	case m.Relation == "attack" && m.Form == "verb" && verbalTarget(s, m.j, hi):
		return true // "attacked each other's policies"
	case m.Relation == "demands" && senses.is("asking", s.items[m.i].lower) && asksAQuestion(s, m.j, hi):
		return true // "asked Peru about the deal"
	case st.inName(s, m):
		return true // "condemned the Harbour Terrorist Attacks": a name
	case m.Form == "verb" && len(m.Words) == 1 && senses.is("adverb_word", m.Words[0]) && m.j < len(s.items) && senses.is("direction", s.items[m.j].lower):
		return true // "were not allowed back to their homes": an adverb
	}
	return false
}

// inName reports a verb trigger written with a capital inside a run of
// capitalized words that are no entity: part of a name or title ("the
// Harbour Terrorist Attacks", "the Support Group"), not a verb. A headline
// ("Peru Attacks Chile") has an entity before it.
func (st *docState) inName(s *sent, m match) bool {
	if m.Form != "verb" || m.i < 1 || !isCapitalized(s.items[m.i].text) {
		return false
	}
	prev := s.items[m.i-1]
	return prev.kind == word && isCapitalized(prev.text) && !isNumber(prev.text) && m.i-1 > 0 && s.items[m.i-2].text != "."
}

// baseVerb reports a one-word verb trigger written in its base form,
// which is also a noun ("attack", "help", "press").
func baseVerb(m match) bool {
	return m.Form == "verb" && len(m.Words) == 1 && m.Words[0] == m.Lemma
}

// compoundModifier reports a verb trigger's base form before a noun it
// forms one noun with: "White House press secretary", "attack helicopters".
func (st *docState) compoundModifier(s *sent, m match) bool {
	if !baseVerb(m) || m.j >= len(s.items) {
		return false
	}
	next := s.items[m.j]
	return next.kind == word && senses.is("compound_head", next.lower)
}

// nounAfterModifiers reports a verb trigger's base form that ends a noun
// phrase opened by an article, with lower-case modifiers between and a
// preposition of its scene or the end after it: "the most deadly
// terrorist attack in Tunis" ("the same demand of Peru" states a demand). "The army attack Peru" is no English, so a singular word before
// it makes it a noun.
func (st *docState) nounAfterModifiers(s *sent, m match) bool {
	if !baseVerb(m) || m.i < 2 {
		return false
	}
	if m.j < len(s.items) {
		if next := s.items[m.j]; next.kind != word || isLowerWord(next.text) && !senses.is("scene_preposition", next.lower) {
			return false
		}
	}
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		w := s.items[k]
		switch {
		case k < m.i-1 && isArticle(w.lower):
			return true
		case w.kind != word || !isLowerWord(w.text) || pluralNoun(w.lower) || st.isVerbLike(w.lower) || w.lower == "to":
			return false
		case st.is(cueNegation, w) || st.is(cueModal, w) || st.is(cuePreposition, w) || st.is(cueBoundary, w):
			return false
		}
	}
	return false
}

// nounAfterPrepositionOrName reports a verb trigger that the word before
// or after makes a noun: its base form after a preposition ("with help
// from Peru", "a plea for support"), its plural after a name that follows
// a preposition ("amid Peru protests"), or its plural before "of"
// ("imports of grain from Peru").
func (st *docState) nounAfterPrepositionOrName(s *sent, m match) bool {
	if m.Form != "verb" || len(m.Words) != 1 || m.i == 0 {
		return false
	}
	prev := s.items[m.i-1]
	if baseVerb(m) && prev.kind == word && senses.is("noun_preposition", prev.lower) {
		return true
	}
	w := s.items[m.i].lower
	if !strings.HasSuffix(w, "s") || !st.hasNounForm(m.Lemma) {
		return false
	}
	if m.j < len(s.items) && s.items[m.j].lower == "of" {
		return true
	}
	if prev.kind != entity || prev.entType == graph.TypePerson || m.i < 2 {
		return false
	}
	before := s.items[m.i-2]
	return before.kind == word && senses.is("noun_preposition", before.lower)
}

// hasNounForm reports a verb lemma that is also the first word of a noun
// trigger ("import": "imports from", "protest": "protest against").
func (st *docState) hasNounForm(lemma string) bool {
	first := strings.Fields(lemma)[0]
	for _, w := range []string{first, first + "s"} {
		for _, t := range st.x.lx.byFirst[w] {
			if t.Form == "noun" {
				return true
			}
		}
	}
	return false
}

// aimedAt reports a noun trigger that a word of aiming governs, with at
// most a preposition, an indefinite article and two modifiers between:
// "pursuing an agreement", "goals for a trade pact", "a bid for new
// talks". A definite one ("the goal of the treaty") names what exists,
// unless the word only supposes it ("the prospect of the outbreak of
// hostilities").
func aimedAt(s *sent, m match) bool {
	definite := false
	for k, n := m.i-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		w := s.items[k]
		switch {
		case w.kind != word:
			return false
		case senses.is("aim", w.lower):
			return !definite || senses.is("supposed", w.lower)
		case w.lower == "the" && k > 0 && s.items[k-1].lower == "of":
			definite = true
		case w.lower == "a" || w.lower == "an" || w.lower == "for" || w.lower == "of" || w.lower == "at":
		case isLowerWord(w.text) && !isDeterminer(w.lower) && n < 3:
		default:
			return false
		}
	}
	return false
}

// unheld reports a gathering or visit not (yet) held: "the planned
// summit", "an upcoming visit", "meetings … that were planned … had been
// postponed".
func unheld(s *sent, m match, hi int) bool {
	if m.i > 0 && senses.is("unheld_before", s.items[m.i-1].lower) {
		return true
	}
	if m.i > 1 && isLowerWord(s.items[m.i-1].text) && !isDeterminer(s.items[m.i-1].lower) && senses.is("unheld_before", s.items[m.i-2].lower) {
		return true // "the planned summit meeting", "a postponed state visit"
	}
	for k := m.j; k+1 < len(s.items) && k < m.j+14; k++ {
		switch s.items[k].lower {
		case "is", "are", "was", "were", "been", "be":
			if senses.phraseAt("unheld_after", s, k+1) > 0 {
				return true
			}
		case ";", ".":
			return false
		}
	}
	return false
}

// verbalTarget reports an attack verb aimed at words or plans: "attacked
// each other's policies", "attacked the government's plan".
func verbalTarget(s *sent, j, hi int) bool {
	for k := j; k < hi && k < len(s.items) && k < j+6; k++ {
		w := s.items[k]
		if w.kind == word && senses.is("discourse", w.lower) {
			return true
		}
		if w.text == "," || w.lower == "and" || w.lower == "in" || w.lower == "on" || w.lower == "with" {
			return false
		}
	}
	return false
}

// asksAQuestion reports a verb of asking whose object is asked a question
// ("asked Peru about the deal", "asked Chile whether it would"), not to
// act (an infinitive comes first).
func asksAQuestion(s *sent, j, hi int) bool {
	for k := j; k < hi && k < len(s.items) && k < j+6; k++ {
		w := s.items[k]
		if w.lower == "to" || w.lower == "for" {
			return false
		}
		if w.kind == word && senses.phraseAt("question", s, k) > 0 {
			return true
		}
	}
	return false
}

// withoutTopics drops the objects of a meeting that follow a word naming
// its topic: "talks with Peru about Chile" meet Peru only; "meetings
// relating to Bolivia policy" meet no one named.
func withoutTopics(s *sent, f *frame) {
	if f.rel != "meets" {
		return
	}
	kept := f.objects[:0]
	for _, k := range f.objects {
		if !topicBefore(s, f.m.j, k) {
			kept = append(kept, k)
		}
	}
	f.objects = kept
}

// topicBefore reports a topic word in [j, k).
func topicBefore(s *sent, j, k int) bool {
	for n := j; n < k && n < len(s.items); n++ {
		if senses.phraseAt("topic", s, n) > 0 {
			return true
		}
	}
	return false
}

// standsForState reports subjects that may act with the section's
// country as the other party: countries, bodies, and people with an
// office that ties them to a state. A reporter or an activist meeting
// someone unnamed meets no state.
func (st *docState) standsForState(subjIDs []string) bool {
	for _, id := range subjIDs {
		if graph.EntityType(id) == graph.TypePerson && st.personCountry[id] == "" && !st.leads(id) && !st.titledName(id) {
			return false
		}
	}
	return true
}

// titledName reports a person whose name starts with a role word:
// "Prince William", "King Abdullah".
func (st *docState) titledName(id string) bool {
	e := st.entities[id]
	if e == nil {
		return false
	}
	first, _, _ := strings.Cut(e.Name, " ")
	return st.x.lx.is(cuePersonRole, strings.ToLower(first))
}

// leads reports a person the document has given a leader_of fact.
func (st *docState) leads(id string) bool {
	for _, f := range st.facts {
		if f.Relation == "leader_of" && f.Subject == id && !f.Negated {
			return true
		}
	}
	if e := st.x.gaz.Entity(id); e != nil {
		return len(e.Roles) > 0
	}
	return false
}

// unnamedParty reports a trigger whose other party is written but is no
// entity: "speaking with a reporter", "visits from the outside",
// "relations with West European nations". The section's country is then
// no party.
func (st *docState) unnamedParty(s *sent, m match, hi int, symmetric bool) bool {
	k := m.j
	if len(m.Words) == 0 || !partyPreposition(m.Words[len(m.Words)-1], symmetric) {
		if k >= hi || k >= len(s.items) || !partyPreposition(s.items[k].lower, symmetric) {
			return false
		}
		k++
	}
	for ; k < hi && k < len(s.items); k++ {
		w := s.items[k]
		switch {
		case w.kind != word:
			return false
		case isDeterminer(w.lower):
		case st.x.lx.titles[w.lower].role != "":
			return false // "his meeting with the president": a state's leader
		case isLowerWord(w.text) && !st.is(cuePreposition, w):
			return true
		case isCapitalized(w.text):
			return true // a name the gazetteer does not know
		default:
			return false
		}
	}
	return false
}

// partyPreposition reports a word that opens the other party of a
// relation: for a symmetric one "with", "from", "to" or "between"; for a
// giving verb only "from" ("provided relief from the tariffs"), as "to"
// may name a place in the receiving country ("sent rice to the town").
func partyPreposition(w string, symmetric bool) bool {
	switch w {
	case "with", "to", "between":
		return symmetric
	case "from":
		return true
	}
	return false
}

// compoundFirst reports an item written as the first part of a hyphenated
// adjective: "London" in "the London-based firm" qualifies the firm ("the
// Liberation Army-North" is one name).
func compoundFirst(s *sent, k int) bool {
	rest := s.text[s.items[k].end:]
	for _, dash := range []string{"-", "–"} {
		if after, ok := strings.CutPrefix(rest, dash); ok && after != "" && unicode.IsLower([]rune(after)[0]) {
			return true
		}
	}
	return false
}

// destinationOf reports a country's name (no demonym) right before a noun
// of travelling: "his Kenya trip", "the China visit" name where one went.
func destinationOf(s *sent, m match, k int) bool {
	it := s.items[k]
	return k == m.i-1 && it.kind == entity && !it.demonym && it.entType == graph.TypeCountry &&
		len(m.Words) == 1 && senses.is("journey", m.Words[0])
}
