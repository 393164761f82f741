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
		if j+2 >= len(s.items) || !st.helpWord(s.items[j].lower) || s.items[j+1].lower != "of" || !isArg(s.items[j+2]) {
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

// compoundActs reads a name joined to a participle of a relation's verb
// as that relation with the noun it qualifies: "the U.S.-backed dictator
// Fulgencio Batista" (the United States supports Batista), "Iran-armed
// militias in Syria" when the militia is named. It states a standing
// relation: no clause's negation or year is its.
func (st *docState) compoundActs(s *sent) {
	for i, it := range s.items {
		if it.kind != entity || !it.modifier {
			continue
		}
		rel := st.compoundRelation(s.compoundParticiple(i))
		if rel == "" {
			continue
		}
		for k := i + 1; k < len(s.items) && k <= i+5; k++ {
			if isArg(s.items[k]) {
				for _, obj := range st.resolveAll(s, k, it.ent) {
					if obj != it.ent && allowed(rel, it.ent, obj) {
						st.facts = append(st.facts, graph.Fact{Subject: it.ent, Relation: rel, Object: obj, Confidence: 0.8, Rule: "compound:" + rel})
					}
				}
				break
			}
			if w := s.items[k]; w.kind != word || !(isLowerWord(w.text) || isHyphen(w) || isCapitalized(w.text) && k == i+2) {
				break
			}
		}
	}
}

// compoundRelation is the relation whose verb trigger a participle is
// ("backed", "supported": supports; "armed": arms_transfer), when it is
// one a compound states.
func (st *docState) compoundRelation(participle string) string {
	if participle == "" {
		return ""
	}
	for _, t := range st.x.lx.byFirst[participle] {
		if t.Form == "verb" && t.Participle && len(t.Words) == 1 {
			switch t.Relation {
			case "supports", "arms_transfer", "aid", "military_support":
				return t.Relation
			}
		}
	}
	return ""
}
