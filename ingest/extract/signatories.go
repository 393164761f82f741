package extract

import "kg/graph"

// signatories adds the participated_in facts of signing a named
// agreement: "Chile, Peru and Bolivia signed the Lima Accords" (each
// signatory took part in the accords). The verbs are lexicon/precision.tsv
// class sign.
func (st *docState) signatories(s *sent) {
	for k, it := range s.items {
		if it.kind != word || !precision.is("sign", it.lower) {
			continue
		}
		ev := k + 1
		if ev < len(s.items) && isArticle(s.items[ev].lower) {
			ev++
		}
		if ev >= len(s.items) || s.items[ev].kind != entity || s.items[ev].entType != graph.TypeEvent {
			continue
		}
		lo, _ := st.clause(s, k, k+1)
		for _, g := range st.namesBefore(s, k, lo) {
			for _, id := range st.resolveAll(s, g, "") {
				st.addParticipant(id, s.items[ev].ent, "participation:signed")
			}
		}
	}
}

// namesBefore returns the parties of the list of titled names that ends
// right before item k: "Peruvian Foreign Minister Ana Gervasi, Chilean
// President Gabriel Boric and Bolivia" (not the demonyms qualifying a
// title). With no such list, the nearest party before k.
func (st *docState) namesBefore(s *sent, k, lo int) []int {
	var out []int
	for j := k - 1; j >= lo; j-- {
		it := s.items[j]
		switch {
		case isArg(it):
			out = append(out, j)
		case it.kind == entity, it.text == ",", it.lower == "and",
			it.kind == word && isCapitalized(it.text) && !isPunctText(it.text):
		default:
			j = lo // the list ends here
		}
	}
	if len(out) == 0 {
		if p := st.nearestBefore(s, k, lo, true); p >= 0 {
			out = s.groupBack(p, lo)
		}
	}
	return out
}
