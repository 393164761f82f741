package extract

import (
	"strings"

	"kg/gazetteer"
	"kg/graph"
)

// describedGroups finds the groups a text names by a description rather
// than a name, organisations of their own and not the state whose
// demonym they carry: "Eritrean guerrillas", "the Muslim separatists",
// "Turkish Cypriots", "the Communists", "Omar Bakri's faction", "forces
// loyal to Omar Bakri". A demonym with a role noun of the state
// ("Eritrean troops") stays the state.
func (st *docState) describedGroups(s *sent) {
	for k := 0; k < len(s.items); k++ {
		if st.membersOfOrg(s, k) {
			continue
		}
		if end := st.groupNounEnd(s, k); end > k {
			if st.orgAfterOf(s, end) {
				continue // "the Islamists of the Ruritanian Brotherhood"
			}
			start := st.groupStart(s, k)
			if st.groupQualifier(s, k) {
				st.mergeName(s, start, end, graph.TypeOrganization, "org:")
				k = start
				continue
			}
		}
		if st.pluralGroupName(s, k) && !st.orgAfterOf(s, k+1) {
			st.mergeName(s, k, k+1, graph.TypeOrganization, "org:")
		}
	}
}

// personsGroups finds the groups named by the person who leads them,
// once the sentence's people are known: "Omar Bakri's faction", "forces
// loyal to Omar Bakri".
func (st *docState) personsGroups(s *sent) {
	for k := 0; k < len(s.items); k++ {
		st.personsGroup(s, k)
	}
}

// membersOfOrg makes "the rebels of the Zarqa Liberation Front" (the
// group noun at k) one mention of the organisation.
func (st *docState) membersOfOrg(s *sent, k int) bool {
	it := s.items[k]
	if it.kind != word || !isLowerWord(it.text) || !st.x.lx.names.is("group_noun", it.lower) {
		return false
	}
	n := st.ofOrgSpan(s, k+1)
	if n == 0 {
		return false
	}
	org := s.items[k+n]
	text := s.text[it.start:org.end]
	st.note(&gazetteer.Entity{ID: org.ent, Type: org.entType}, text)
	s.replace(k, k+1+n, item{kind: entity, text: text, lower: strings.ToLower(text), start: it.start, end: org.end, ent: org.ent, entType: org.entType})
	return true
}

// orgAfterOf reports "of" at k followed by an organisation's mention,
// perhaps after "the".
func (st *docState) orgAfterOf(s *sent, k int) bool {
	return st.ofOrgSpan(s, k) > 0
}

// ofOrgSpan returns the number of items of "of (the) ORG" at k, or 0.
func (st *docState) ofOrgSpan(s *sent, k int) int {
	if k+1 >= len(s.items) || s.items[k].lower != "of" {
		return 0
	}
	if isOrgEntity(s.items[k+1]) {
		return 2
	}
	if k+2 < len(s.items) && s.items[k+1].lower == "the" && isOrgEntity(s.items[k+2]) {
		return 3
	}
	return 0
}

// groupNounEnd returns the end of a group noun right after item k
// ("guerrillas", "guerrilla forces", "Cypriots" after a demonym), or k
// when there is none. A counted group ("3,000 Cuban fighters") is people
// sent by their state, not a group of its own.
func (st *docState) groupNounEnd(s *sent, k int) int {
	nw := st.x.lx.names
	if k+1 >= len(s.items) || s.items[k+1].kind != word || st.counted(s, k) {
		return k
	}
	next := s.items[k+1]
	it := s.items[k]
	switch {
	case isLowerWord(next.text) && nw.is("group_noun", next.lower):
		return k + 2
	case it.kind == entity && it.demonym && isLowerWord(next.text) && nw.is("demonym_group_noun", next.lower):
		return k + 2 // "the Ruritanian movement": not the state
	case isLowerWord(next.text) && nw.is("group_word", next.lower) && k+2 < len(s.items) && nw.is("group_unit", s.items[k+2].lower):
		return k + 3
	case it.kind == entity && it.demonym && titleCase(next.text) && nw.is("community", next.lower):
		return k + 2
	}
	return k
}

// counted reports a number or a count word before item k: "300
// Eritrean fighters", "thousands of Eritrean fighters".
func (st *docState) counted(s *sent, k int) bool {
	if k > 0 && s.items[k-1].lower == "of" {
		k--
	}
	if k == 0 {
		return false
	}
	w := s.items[k-1]
	return yearOf(w.text) == 0 && isNumber(w.text) || st.x.lx.names.is("count_word", w.lower)
}

// groupStart returns where the description of a group whose qualifier
// is at k begins: at k, or at the capitalised group modifiers and
// demonyms before it ("Ethnic Ostrian rebels", "pro-Ostrian rebels").
func (st *docState) groupStart(s *sent, k int) int {
	start := k
	for start >= 0 && st.groupQualifier(s, start) {
		if start > 0 && joined(s, start-1) {
			start -= 2
			continue
		}
		start--
	}
	start++
	for start < k && s.items[start].kind == word && !st.groupModifierWord(s.items[start]) {
		start++
	}
	return start
}

// groupQualifier reports a demonym or a group modifier ("Muslim") at k.
func (st *docState) groupQualifier(s *sent, k int) bool {
	it := s.items[k]
	if it.kind == entity {
		return it.demonym
	}
	return st.groupModifierWord(it)
}

// groupModifierWord reports a word qualifying a group as a demonym does:
// "Muslim", "pro" of "pro - Ostrian", "pro-Ostrian" and "pro-government"
// written as one word.
func (st *docState) groupModifierWord(it item) bool {
	if it.kind != word {
		return false
	}
	if strings.HasPrefix(it.lower, "pro-") && len(it.lower) > len("pro-") {
		return true
	}
	return (isCapitalized(it.text) || it.lower == "pro") && st.x.lx.names.is("group_modifier", it.lower)
}

// pluralGroupName reports a capitalised plural that names a group by
// itself, not at the start of the sentence: "talks with the Communists",
// "the Taliban".
func (st *docState) pluralGroupName(s *sent, k int) bool {
	it := s.items[k]
	if k == 0 || it.kind != word || !titleCase(it.text) || it.cues != 0 {
		return false
	}
	nw := st.x.lx.names
	if nw.is("group_plural", it.lower) {
		return true
	}
	for end := range nw.sets["group_plural_ending"] {
		if strings.HasSuffix(it.lower, end) && len(it.lower) > len(end)+2 {
			return true
		}
	}
	return false
}

// personsGroup makes "Omar Bakri's faction" (the person at k) and
// "forces loyal to Omar Bakri" (the noun at k) one mention of the
// person's group. A person who holds a state's title commands the
// state's forces, which stay the state's.
func (st *docState) personsGroup(s *sent, k int) bool {
	nw := st.x.lx.names
	it := s.items[k]
	if it.kind == entity && it.entType == graph.TypePerson && possessive(s, k) && k+2 < len(s.items) && nw.is("person_group", s.items[k+2].lower) {
		return st.mergePersonsGroup(s, k, k+3, k)
	}
	if it.kind == word && nw.is("person_group", it.lower) && k+3 < len(s.items) && s.items[k+1].lower == "loyal" && s.items[k+2].lower == "to" {
		p := k + 3
		for p < len(s.items) && p < k+6 && s.items[p].kind == word && isCapitalized(s.items[p].text) {
			p++ // "forces loyal to General Omar Bakri"
		}
		if p < len(s.items) && s.items[p].kind == entity && s.items[p].entType == graph.TypePerson {
			return st.mergePersonsGroup(s, k, p+1, p)
		}
	}
	return false
}

// mergePersonsGroup makes items [i, j) one mention of the group of the
// person at p, one entity for every way the text names it.
func (st *docState) mergePersonsGroup(s *sent, i, j, p int) bool {
	person := s.items[p].ent
	if st.personCountry[person] != "" {
		return false
	}
	text := s.text[s.items[i].start:s.items[j-1].end]
	name := text
	if e := st.entities[person]; e != nil {
		name = e.Name + "'s forces"
	}
	e := &gazetteer.Entity{ID: "org:" + gazetteer.Slug(name), Type: graph.TypeOrganization, Name: text}
	if known := st.entities[e.ID]; known != nil {
		e.Name = known.Name
	}
	id := st.note(e, text)
	s.replace(i, j, item{kind: entity, text: text, lower: strings.ToLower(text), start: s.items[i].start, end: s.items[j-1].end, ent: id, entType: graph.TypeOrganization})
	return true
}
