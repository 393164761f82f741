package extract

import (
	"strings"

	"kg/graph"
)

// readTitle reads what the document's title says it is about: the two
// countries of "India–Israel relations" (the pair "both countries"
// stands for), or the one of "Foreign relations of Mongolia".
func (st *docState) readTitle(text string) {
	st.conflict = st.titleConflict(text)
	if p := st.countriesNamed(text); p != nil {
		st.pair, st.titlePair = p, p
		return
	}
	var ids []string
	for _, m := range st.x.gaz.Find(text) {
		if m.Entity.Type == graph.TypeCountry && !contains(ids, m.Entity.ID) {
			ids = append(ids, m.Entity.ID)
		}
	}
	if len(ids) == 1 {
		st.titleCountry = ids[0]
	}
}

// sectionPair sets the pair of countries a section is about from its
// heading: the two it names ("India–Nepal border"), or, under a heading
// naming one country in a document about another ("Canada" in a page on
// Mongolia), those two: "Both countries established relations in 1973"
// is Canada and Mongolia. A heading naming none brings back the title's
// pair. The sentence before the heading is no longer "the previous
// sentence" for references.
func (st *docState) sectionPair(text string) {
	st.sentHistory, st.lastSection = len(st.history), len(st.history)
	if p := st.countriesNamed(text); p != nil {
		st.pair = p
		return
	}
	st.pair = st.titlePair
	subject := st.titleCountry
	if subject == "" {
		subject = st.mainCountry()
	}
	if st.topic == "" || subject == "" || subject == st.topic {
		return
	}
	st.pair = []string{subject, st.topic}
	for _, id := range st.pair {
		if e := st.x.gaz.Entity(id); e != nil {
			st.note(e, "")
		}
	}
}

// titleConflict returns the two countries of a conflict a title names
// ("Peru accused of arming Chile in Chile-Bolivia conflict"), or nil.
func (st *docState) titleConflict(text string) []string {
	ms := st.x.gaz.Find(text)
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.Entity.Type != graph.TypeCountry || b.Entity.Type != graph.TypeCountry || a.Entity.ID == b.Entity.ID {
			continue
		}
		if gap := text[a.End:b.Start]; gap != "-" && gap != "–" {
			continue
		}
		next := strings.Fields(strings.ToLower(text[b.End:]))
		if len(next) > 0 && st.x.lx.cues[strings.Trim(next[0], ".,:;")]&(1<<cueConflict) != 0 {
			return []string{a.Entity.ID, b.Entity.ID}
		}
	}
	return nil
}
