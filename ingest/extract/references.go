package extract

import (
	"kg/graph"
)

// References that stand for several parties, and whose a reference is:
// the rules that decide what "they", "their", "the island" or "the
// government" refer to, and when the text leaves it unclear.

// partyList returns the last coordinated list of two or more parties
// (countries, organisations, people) among items [0, hi): "Ghana, Togo
// and Benin", "the Peruvian and Chilean ministers"; or nil.
func (s *sent) partyList(hi int) []string {
	party := func(it item) bool {
		switch it.entType {
		case graph.TypeCountry, graph.TypeOrganization, graph.TypePerson:
			return it.kind == entity
		}
		return false
	}
	var last []string
	for i := 0; i < hi; i++ {
		if !party(s.items[i]) {
			continue
		}
		g := s.group(i, hi)
		conj := false
		var ids []string
		for _, k := range g {
			if party(s.items[k]) && !contains(ids, s.items[k].ent) {
				ids = append(ids, s.items[k].ent)
			}
		}
		for k := g[0]; k <= g[len(g)-1]; k++ {
			conj = conj || s.items[k].lower == "and"
		}
		if conj && len(ids) >= 2 {
			last = ids
		}
		i = g[len(g)-1]
	}
	return last
}

// pluralReferent returns the parties "they" at item i stands for when
// they are a list: one named before it in the sentence ("Ghana, Togo and
// Benin left the bloc and they formed an alliance"), else the previous
// sentence's ("The Peruvian and Chilean ministers met. They agreed to
// cooperate."). Nil when there is no list: then "they" is one party.
func (st *docState) pluralReferent(s *sent, i int) []string {
	if g := s.partyList(i); g != nil {
		return g
	}
	for k := 0; k < i; k++ {
		if isArg(s.items[k]) {
			return nil // "Chile said they would …": the nearer party
		}
	}
	return st.prevList
}

// without returns ids without the one excluded.
func without(ids []string, exclude string) []string {
	var out []string
	for _, id := range ids {
		if id != exclude {
			out = append(out, id)
		}
	}
	return out
}
