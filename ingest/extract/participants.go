package extract

import (
	"strings"

	"kg/graph"
)

// openingEvent reports an event named at item k in a phrase whose
// main clause's subject took part in it: "During the Ruritanian War, …"
// (names.tsv event_during, anywhere), "At the 1994 Andean Summit, …"
// (event_opening, opening the sentence or a clause); "the" may come
// between.
func (st *docState) openingEvent(s *sent, k int) bool {
	j := k - 1
	if j >= 0 && s.items[j].lower == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	w := s.items[j].lower
	return st.x.lx.names.is("event_during", w) || st.x.lx.names.is("event_opening", w) && (j == 0 || s.items[j-1].text == ",")
}

// eventParticipants adds the participated_in facts an event's name or its
// participle phrase states: "the 1950 Ruritanian War waged by Chile and
// Peru" (names.tsv waged_by), and the states a war's name joins with a
// hyphen, "the Chilean-Peruvian War", "the Sino-Indian War" (combining
// forms in names.tsv combining).
func (st *docState) eventParticipants(s *sent) {
	for k, it := range s.items {
		if it.kind != entity || it.entType != graph.TypeEvent {
			continue
		}
		for _, id := range st.warSides(it) {
			st.addParticipant(id, it.ent, "participation:name")
		}
		if k+2 < len(s.items) && st.x.lx.names.is("waged_by", s.items[k+1].lower) && s.items[k+2].lower == "by" {
			for _, g := range st.participantList(s, k+3) {
				st.addParticipant(g, it.ent, "participation:waged-by")
			}
		}
	}
}

// participantList returns the entities of the list that begins at item i
// ("China and its Korean ally"), up to a preposition or punctuation other
// than a list's comma.
func (st *docState) participantList(s *sent, i int) []string {
	var ids []string
	for k := i; k < len(s.items) && k-i <= 10; k++ {
		it := s.items[k]
		switch {
		case it.kind == entity || it.kind == pronoun:
			ids = append(ids, it.ent)
		case it.lower == "and" || it.lower == "," || it.lower == "its" || it.lower == "their" || it.lower == "the" || it.kind == word && isLowerWord(it.text) && !st.is(cuePreposition, it):
		default:
			return ids
		}
	}
	return ids
}

// warSides returns the states a war's name joins with hyphens: both
// sides of "the Chilean-Peruvian War" and of "the First Sino-Indian
// War", nothing for "the Ruritanian War" (one name is no side taken).
func (st *docState) warSides(ev item) []string {
	words := strings.Fields(ev.text)
	last := strings.ToLower(words[len(words)-1])
	if !st.x.lx.names.is("war_head", last) && !(len(words) > 2 && st.x.lx.names.is("war_head", strings.ToLower(words[len(words)-3]))) {
		return nil // "the Sino-Indian War", "the Sino-Indian War of 1962"
	}
	for _, w := range words {
		parts := strings.Split(strings.ReplaceAll(w, "–", "-"), "-")
		if len(parts) < 2 {
			continue
		}
		var ids []string
		for _, p := range parts {
			id := st.sideOf(p)
			if id == "" {
				return nil
			}
			ids = append(ids, id)
		}
		return ids
	}
	return nil
}

// sideOf returns the country a part of a hyphenated name stands for: a
// country's name or demonym ("Indian"), or a combining form ("Sino").
func (st *docState) sideOf(part string) string {
	if id := st.x.lx.names.combining[strings.ToLower(part)]; id != "" {
		return id
	}
	for _, m := range st.x.gaz.Find(part) {
		if m.Entity.Type == graph.TypeCountry && m.Start == 0 && m.End == len(part) {
			return m.Entity.ID
		}
	}
	return ""
}

func (st *docState) addParticipant(who, event, rule string) {
	switch graph.EntityType(who) {
	case graph.TypeCountry, graph.TypeOrganization, graph.TypePerson:
		st.facts = append(st.facts, graph.Fact{Subject: who, Relation: "participated_in", Object: event, Confidence: 0.6, Rule: rule})
	}
}
