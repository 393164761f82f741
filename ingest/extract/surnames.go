package extract

import (
	"strings"

	"kg/gazetteer"
	"kg/graph"
)

// surnameIndex finds the gazetteer's people by surname, so that "President
// Biden" or "Chancellor Scholz" name a known person though the text gives
// only the title and the last name.
type surnameIndex map[string][]*gazetteer.Entity

func newSurnameIndex(g *gazetteer.Gazetteer) surnameIndex {
	idx := surnameIndex{}
	for _, e := range g.Entities() {
		if e.Type != graph.TypePerson || len(e.Roles) == 0 {
			continue
		}
		seen := map[string]bool{}
		for _, name := range append([]string{e.Name}, e.Aliases...) {
			w := strings.Fields(name)
			if len(w) < 2 {
				continue
			}
			last := strings.ToLower(w[len(w)-1])
			if !seen[last] {
				seen[last] = true
				idx[last] = append(idx[last], e)
			}
		}
	}
	return idx
}

// titled returns the one person of that surname who held the role (a
// title's role, "President"), in the year when several did; nil when none
// or several fit.
func (idx surnameIndex) titled(surname, role string, year int) *gazetteer.Entity {
	var held, then []*gazetteer.Entity
	for _, e := range idx[strings.ToLower(surname)] {
		for _, r := range e.Roles {
			if !strings.EqualFold(r.Role, role) {
				continue
			}
			held = append(held, e)
			if year != 0 && (r.From == 0 || r.From <= year) && (r.To == 0 || year <= r.To) {
				then = append(then, e)
			}
			break
		}
	}
	switch {
	case len(held) == 1:
		return held[0]
	case len(then) == 1:
		return then[0]
	}
	return nil
}
