package extract

// hasOrIsOnly reports a clause whose verb at item k only says what its
// subject has or is: "France had an urgent need for manpower", "Spain was
// a neutral country". Done during a war, it is no part in the war.
func (st *docState) hasOrIsOnly(s *sent, k int) bool {
	if k+1 >= len(s.items) {
		return false
	}
	switch s.items[k].lower {
	case "had", "has", "have", "was", "were", "is", "are", "remained", "remains":
		return isArticle(s.items[k+1].lower) || s.items[k+1].lower == "no"
	}
	return false
}
