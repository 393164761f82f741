package extract

import "kg/graph"

// backing reads "with the backing of Russia and China, Serbia lobbied …"
// and "… with the help of the Soviet Union": the entities after "of"
// support (or aid) the clause's subject.
func (st *docState) backing(s *sent) {
	for k := 0; k+3 < len(s.items); k++ {
		if s.items[k].lower != "with" {
			continue
		}
		j := k + 1
		for j < len(s.items) && j <= k+3 && s.items[j].kind == word && !st.helpWord(s.items[j].lower) {
			j++ // "the", "strong", "military"
		}
		if j+2 >= len(s.items) || !st.helpWord(s.items[j].lower) || !helpedBy(s.items[j+1].lower) || !isArg(s.items[j+2]) {
			continue
		}
		rel := "supports"
		if st.is(cueHelping, s.items[j]) {
			rel = "aid"
			for _, w := range s.items[k+1 : j] {
				if w.lower == "military" {
					rel = "military_support"
				}
			}
		}
		hi := len(s.items)
		for e := j + 2; e < len(s.items); e++ {
			if st.isBoundary(s, e) {
				hi = e
				break
			}
		}
		backers := s.group(j+2, hi)
		end := backers[len(backers)-1] + 1
		// The one backed: the clause's subject, after a fronted phrase
		// ("With …, Serbia lobbied") or before a final one.
		backed := -1
		if k == 0 || s.items[k-1].text == "," && k <= 2 {
			for e := end; e < len(s.items) && e <= end+4; e++ {
				if isArg(s.items[e]) && !st.inPP(s, e) {
					backed = e
					break
				}
			}
		} else {
			// The clause's subject: its first argument outside a
			// prepositional phrase ("Serbia … has lobbied against Kosovo,
			// with the backing of …").
			lo, _ := st.clause(s, k, k+1)
			for e := lo; e < k; e++ {
				if isArg(s.items[e]) && !st.inPP(s, e) {
					backed = e
					break
				}
			}
		}
		if backed < 0 {
			continue
		}
		obj := st.resolveAll(s, backed, "")
		for _, b := range backers {
			for _, sub := range st.resolveAll(s, b, "") {
				for _, o := range obj {
					if sub != o && allowed(rel, sub, o) {
						st.emit(s, match{}, graph.Fact{Subject: sub, Relation: rel, Object: o, Year: s.yearNear(k, st.lastYear, st.paraYear), Confidence: 0.6}, "phrase:with the "+s.items[j].lower+" of")
					}
				}
			}
		}
		k = end
	}
}

func (st *docState) helpWord(w string) bool {
	return st.x.lx.is(cueBacking, w) || st.x.lx.is(cueHelping, w)
}

// helpedBy reports the word before who backs or helps: "with the help of
// Peru", "with help from Peru".
func helpedBy(w string) bool { return w == "of" || w == "from" }
