package extract

// Recognition read from words around its trigger.

// recognitionReceived reports "recognition from" without a rupture before
// it: "Kosovo won recognition from Peru" is Peru's act, told from the
// other side, and not read here; "Senegal withdrew its recognition from
// Taiwan" is Senegal's, and negated.
func (st *docState) recognitionReceived(s *sent, m match, lo int) bool {
	return m.Relation == "recognizes" && m.Form == "noun" && m.Prep == "from" && !st.ruptured(s, m, lo)
}
