package extract

import (
	"kg/graph"
)

// namedEvents turns a capitalised name ending in an event noun into an
// Event mention when the gazetteer does not know it: "the Ruritanian War",
// "the 1984 Summer Olympics", "World War II", "the First Ruritanian-Ostrian
// War", "the Summit of the Pacific", "the Ruritanian War of Independence".
// The head is a lexicon cue (event_head: War, Revolution, Summit, Accords,
// …); before it come up to four capitalised words, countries, demonyms,
// organisations ("the Ruritanian Union Summit") or years, after it a Roman numeral, "of" and a year, or "of" and capitalised
// words. It also reads "Operation Desert Sword" and "the 1969 coup".
func (st *docState) namedEvents(s *sent) {
	for h := 0; h < len(s.items); h++ {
		head := s.items[h]
		if head.kind == word && isLowerWord(head.text) && st.lowerHeadEvent(s, h) {
			continue
		}
		if head.kind != word || !isCapitalized(head.text) || !st.is(cueEventHead, head) {
			continue
		}
		start := st.eventNameStart(s, h)
		end, tail := st.eventNameEnd(s, h)
		if start == h && !tail || start == 0 && s.items[0].kind == word && yearOf(s.items[0].text) == 0 && h == 1 && !tail {
			continue // a bare head, or a capitalised first word before it
		}
		name := s.text[s.items[start].start:s.items[end-1].end]
		if end == h+3 && s.items[h+1].lower == "of" && yearOf(s.items[h+2].text) != 0 {
			name = s.text[s.items[start].start:s.items[h].end] // "the Ruritanian War of 2011" is "the Ruritanian War"
		}
		st.mergeNameAs(s, start, end, graph.TypeEvent, "event:", name)
		h = start
	}
	st.operations(s)
	st.yearEvents(s)
}

// eventNameStart returns where the event name whose head is at h begins.
func (st *docState) eventNameStart(s *sent, h int) int {
	start := h
	for k := h - 1; k >= 0 && h-k <= 6; k-- {
		it := s.items[k]
		capWord := it.kind == word && isCapitalized(it.text) && !isPunctText(it.text) && !isDeterminer(it.lower) && !st.is(cuePreposition, it)
		switch {
		case capWord, it.kind == entity && (it.demonym || it.entType == graph.TypeCountry || it.entType == graph.TypeOrganization), it.kind == word && yearOf(it.text) != 0:
		case joined(s, k) && start == k+1: // "Sino-Japanese"
		default:
			return start
		}
		start = k
	}
	return start
}

// eventNameEnd returns where the event name whose head is at h ends, and
// whether a tail after the head makes it a name by itself ("the Summit
// of the Pacific").
func (st *docState) eventNameEnd(s *sent, h int) (int, bool) {
	end := h + 1
	switch {
	case end < len(s.items) && isRoman(s.items[end].text):
		return end + 1, false // "World War II"
	case end+1 < len(s.items) && s.items[end].lower == "of" && yearOf(s.items[end+1].text) != 0 && s.items[end+1].kind == word:
		return end + 2, false // "the Ruritanian War of 2011"
	case end+1 < len(s.items) && s.items[end].lower == "of":
		k := end + 1
		if s.items[k].lower == "the" {
			k++
		}
		last := -1
		for ; k < len(s.items) && k-end <= 4; k++ {
			it := s.items[k]
			if !(st.nameWord(s, k) || it.kind == entity && it.entType != graph.TypePerson && !it.demonym) {
				break
			}
			last = k
		}
		if last > 0 {
			return last + 1, true // "the War of Independence"
		}
	}
	return end, false
}

// operations reads "Operation Desert Sword": an event_prefix word and up
// to three capitalised words after it.
func (st *docState) operations(s *sent) {
	for k := 0; k+1 < len(s.items); k++ {
		it := s.items[k]
		if it.kind != word || !titleCase(it.text) || !st.x.lx.names.is("event_prefix", it.lower) {
			continue
		}
		if end := st.plainNameEnd(s, k+1); end > k+1 {
			st.mergeName(s, k, min(end, k+4), graph.TypeEvent, "event:")
		}
	}
}

// yearEvents reads an unnamed event dated by its year: "the 1969 coup",
// "the 1991 Ruritanian revolution", "Ruritania's 1959 revolution" (a
// lower-case event_head that is no disaster, after an article or a
// possessive, a year and perhaps a demonym), with "attempt" after a coup.
func (st *docState) yearEvents(s *sent) {
	for k := 0; k+2 < len(s.items); k++ {
		if !isArticle(s.items[k].lower) && !(isPossessive(s.items[k]) && k > 0 && s.items[k-1].kind == entity) || yearOf(s.items[k+1].text) == 0 || s.items[k+1].kind != word {
			continue // "the 1969 coup", "Ruritania's 1959 revolution"
		}
		h := k + 2
		if s.items[h].kind == entity && s.items[h].demonym && h+1 < len(s.items) {
			h++
		}
		head := s.items[h]
		if head.kind != word || !isLowerWord(head.text) || !st.is(cueEventHead, head) || st.is(cueDisaster, head) {
			continue
		}
		end := h + 1
		if end < len(s.items) && s.items[end].lower == "attempt" {
			end++
		}
		st.mergeName(s, k+1, end, graph.TypeEvent, "event:")
	}
}

func isRoman(w string) bool {
	switch w {
	case "I", "II", "III", "IV":
		return true
	}
	return false
}

// lowerHeadEvent reads an event named by capitalised words before a
// lower-case head (names.tsv lower_event_head) after "the": "the
// Ruritanian League summit", "the Ostria war", with "in" and a place
// after it as part of what the text calls it ("the Ruritanian League
// summit in Ostria"). A demonym alone does not name one ("the Ostrian
// war").
func (st *docState) lowerHeadEvent(s *sent, h int) bool {
	if !st.x.lx.names.is("lower_event_head", s.items[h].lower) {
		return false
	}
	start := st.eventNameStart(s, h)
	if start == h || start == 0 || s.items[start-1].lower != "the" {
		return false
	}
	named := false
	for _, it := range s.items[start:h] {
		named = named || it.kind == entity && !it.demonym || it.kind == word && isCapitalized(it.text) && yearOf(it.text) == 0
	}
	if !named {
		return false
	}
	name := s.text[s.items[start].start:s.items[h].end]
	end := h + 1
	if end+1 < len(s.items) && s.items[end].lower == "in" && s.items[end+1].kind == entity && s.items[end+1].entType == graph.TypeCountry && !s.items[end+1].demonym {
		end += 2
	}
	st.mergeNameAs(s, start, end, graph.TypeEvent, "event:", name)
	return true
}
