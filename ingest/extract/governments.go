package extract

import (
	"strings"

	"kg/graph"
)

// leadersGovernments makes "the Biden administration", "the Castro
// regime" and "the Trump and Biden administrations" mentions of the state
// those people lead: its government is the state itself. It runs after
// leaders, which reads the same phrase as the person's leadership.
func (st *docState) leadersGovernments(s *sent) {
	for k := 1; k < len(s.items); k++ {
		noun := s.items[k]
		if noun.kind != word || !st.x.lx.people.governments[strings.TrimSuffix(noun.lower, "s")] {
			continue
		}
		b, country := st.governmentLeaders(s, k)
		if country == "" {
			continue
		}
		e := st.x.gaz.Entity(country)
		if e == nil {
			continue
		}
		text := s.text[s.items[b].start:noun.end]
		st.note(e, "")
		if strings.HasPrefix(noun.lower, "administration") {
			st.administration, st.administrationAt = country, st.sentNo
		}
		s.replace(b, k+1, item{kind: entity, text: text, lower: strings.ToLower(text), start: s.items[b].start, end: noun.end, ent: country, entType: graph.TypeCountry})
		k = b
	}
}

// governmentLeaders reads the people before the government noun at k
// ("Biden", "Trump and Biden"), each the leader of one and the same
// country, after "the": where the phrase begins and the country, or "".
func (st *docState) governmentLeaders(s *sent, k int) (int, string) {
	country, b := "", k
	for j := k - 1; j >= 1; j-- {
		it := s.items[j]
		if it.lower == "and" && b == j+1 {
			continue
		}
		c := ""
		switch {
		case it.kind == entity && it.entType == graph.TypePerson:
			if c = st.personCountry[it.ent]; c == "" {
				c = st.roleCountry(it.ent, "")
			}
		case it.kind == word && titleCase(it.text) && it.cues == 0:
			c = st.headedBySurname(it.lower) // "the Biden administration" before any "Joe Biden"
		}
		if c == "" {
			break
		}
		if country != "" && c != country {
			return k, "" // "the Trump and Putin administrations"
		}
		country, b = c, j
	}
	if country == "" || s.items[b-1].lower != "the" {
		return k, ""
	}
	return b - 1, country
}

// headedBySurname returns the one country the gazetteer's people of that
// surname headed (a title of kind state: "President"), or "".
func (st *docState) headedBySurname(surname string) string {
	found := ""
	for _, e := range st.x.surnames[surname] {
		for _, r := range e.Roles {
			if t, ok := st.x.lx.titles[strings.ToLower(r.Role)]; !ok || t.kind != stateHead || graph.EntityType(r.Of) != graph.TypeCountry {
				continue
			}
			if found != "" && found != r.Of {
				return ""
			}
			found = r.Of
		}
	}
	return found
}
