package extract

import (
	"strings"

	"kg/graph"
)

// Meetings told around a trigger rather than by it: a meeting that opens
// the sentence and whose parties are the main clause's ("At a meeting
// with Ostrian leaders, the Ruritanian president said …"), a gerund that
// names a meeting rather than meeting someone ("the first meeting of its
// kind"), and "met with" an abstract noun ("met with opposition"). Their
// words are in lexicon/precision.tsv.

// nounPosition reports a gerund at item i that is also a noun trigger,
// in a noun phrase after an article and one adjective: "a bilateral
// meeting with", "the first meeting of its kind" (not "a piece praising
// Cuba"). It names an act, as a noun, and does not act on the words
// after it.
func (st *docState) nounPosition(s *sent, i int) bool {
	if i < 2 || !strings.HasSuffix(s.items[i].lower, "ing") {
		return false
	}
	adj := s.items[i-1]
	if adj.kind != word || !isLowerWord(adj.text) || isDeterminer(adj.lower) || pluralNoun(adj.lower) || !isArticle(s.items[i-2].lower) {
		return false
	}
	for _, t := range st.x.lx.byFirst[s.items[i].lower] {
		if t.Form == "noun" {
			return true
		}
	}
	return false
}

// pluralNoun reports a word that looks like a plural noun rather than an
// adjective: "the troops fighting in", not "the first meeting" or "a
// previous meeting".
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "ss")
}

// meetsAThing reports "meet with" and an abstract noun: "the resolution
// met with opposition from Moscow" is no meeting.
func (st *docState) meetsAThing(s *sent, m match) bool {
	if m.Relation != "meets" || m.Form != "verb" || strings.Fields(m.Lemma)[0] != "meet" {
		return false
	}
	for k := m.j; k < len(s.items) && k <= m.j+3; k++ {
		it := s.items[k]
		if it.kind != word {
			return false
		}
		if precision.is("met_with_thing", it.lower) {
			return true
		}
	}
	return false
}

// openingMeeting reads a meeting named by the phrase that opens the
// sentence, whose parties the main clause names: "At a meeting with
// Ostrian leaders in Ruritania, the Ruritanian president said …" (the
// subject meets the other party named after "with"); "In a later
// meeting, Smith told Jones that …", "During a phone call, Smith urged
// Jones to …" (the subject meets whom it addresses).
func (st *docState) openingMeeting(s *sent) {
	noun, comma := st.meetingOpening(s)
	if noun < 0 {
		return
	}
	subj := mainSubject(s, comma+1)
	if subj < 0 {
		return
	}
	others := st.partiesWith(s, noun+1, comma)
	rule := "opening:meeting/with"
	if len(others) == 0 {
		if b := st.addressee(s, subj); b >= 0 {
			others, rule = []int{b}, "opening:meeting/addressee"
		}
	}
	year := s.yearNear(noun, st.lastYear, st.paraYear)
	for _, a := range st.resolveAll(s, subj, "") {
		for _, o := range others {
			for _, b := range st.resolveAll(s, o, a) {
				if a != b && meetingParty(a) && meetingParty(b) {
					st.emit(s, match{}, graph.Fact{Subject: a, Relation: "meets", Object: b, Year: year, Confidence: 0.7}, rule)
				}
			}
		}
	}
}

// meetingOpening returns the meeting noun of a phrase that opens the
// sentence ("At a meeting", "During a phone call in March") and the
// comma that closes the phrase, or -1, -1.
func (st *docState) meetingOpening(s *sent) (noun, comma int) {
	if len(s.items) < 6 || s.items[0].kind != word || !precision.is("meeting_opening", s.items[0].lower) {
		return -1, -1
	}
	noun = -1
	for k := 1; k < len(s.items) && k <= 4; k++ {
		if n := precision.phraseAt("meeting_noun", s, k); n > 0 {
			noun = k + n - 1
			break
		}
		if w := s.items[k]; w.kind != word || !isLowerWord(w.text) {
			return -1, -1
		}
	}
	if noun < 0 {
		return -1, -1
	}
	for k := noun + 1; k < len(s.items) && k <= noun+12; k++ {
		if s.items[k].text == "," {
			return noun, k
		}
	}
	return -1, -1
}

// mainSubject returns the party named at item i: the last name of its
// run of names and titles ("Chilean President Gabriel Boric"), or -1.
func mainSubject(s *sent, i int) int {
	subj := -1
	for k := i; k < len(s.items) && k <= i+5; k++ {
		it := s.items[k]
		switch {
		case isArg(it):
			subj = k
		case it.kind == entity, it.kind == word && isCapitalized(it.text) && !isPunctText(it.text), it.lower == "the":
			// a name qualifying the next ("Chilean President"), a title
		default:
			return subj
		}
	}
	return subj
}

// partiesWith returns the parties named after "with" in [i, hi): "with
// Ostrian leaders and the Ruritanian envoy".
func (st *docState) partiesWith(s *sent, i, hi int) []int {
	if a := st.afterWord(s, i, hi, "with"); a >= 0 {
		return s.group(a, hi)
	}
	return nil
}

// addressee returns whom the subject at item k speaks to, right after a
// verb of address ("told Jones", "urged Jones", "assured him"), or -1.
func (st *docState) addressee(s *sent, k int) int {
	v := k + 1
	for v < len(s.items) && strings.HasSuffix(s.items[v].lower, "ly") && s.items[v].kind == word {
		v++ // "Smith reportedly told"
	}
	if v+1 >= len(s.items) || !precision.is("address", s.items[v].lower) {
		return -1
	}
	return mainSubject(s, v+1) // "urged Peruvian President Dina Boluarte"
}

// meetingParty reports an entity that can meet: a person, a state or an
// organisation.
func meetingParty(id string) bool {
	switch graph.EntityType(id) {
	case graph.TypePerson, graph.TypeCountry, graph.TypeOrganization:
		return true
	}
	return false
}

// otherPartyPhrase reports a trigger followed by its own preposition
// ("met with", "held talks with"): the phrase names the other party, so
// the coordinated subjects do not meet each other even when it names no
// one ("Kenya and Uganda met with local leaders").
func (st *docState) otherPartyPhrase(s *sent, m match) bool {
	return m.Prep != "" && m.Prep != "between" && m.j < len(s.items) && s.items[m.j].lower == m.Prep
}

// opensPhrase reports a word at item k that opens its clause, perhaps
// after an adverb or a comma: "Between both countries there are
// agreements", "Currently, between the two …".
func opensPhrase(s *sent, k, lo int) bool {
	for j := k - 1; j >= lo; j-- {
		if w := s.items[j]; w.text != "," && !(w.kind == word && strings.HasSuffix(w.lower, "ly")) {
			return false
		}
	}
	return true
}

// recalledForConsultations reports a meeting noun after "for" in a clause
// that recalls an envoy: "recalled its ambassador for consultations" is a
// downgrade, and the envoy consults at home.
func (st *docState) recalledForConsultations(s *sent, m match, lo int) bool {
	if m.Relation != "meets" || m.Form != "noun" || m.i < 1 {
		return false
	}
	f := m.i - 1
	if f > 0 && s.items[f].lower != "for" {
		f-- // "for indefinite consultations"
	}
	return s.items[f].lower == "for" && precision.findPhrase("recall", s, max(lo, m.i-10), f) >= 0
}

// clauseJoined reports ", and" right before item k: in "officers captured
// in Lebanon, and Assad's trip to Tehran" it joins two phrases, not the
// owners of one trip.
func clauseJoined(s *sent, k int) bool {
	return k >= 2 && s.items[k-1].lower == "and" && s.items[k-2].text == ","
}
