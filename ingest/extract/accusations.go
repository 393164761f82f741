package extract

// The act inside an accusation: what the accused is accused of is the
// accused's act, claimed by the accuser ("Chile blamed Peru for the
// attack on Bolivia": Peru attacks Bolivia, claimed by Chile), and an
// accusation in the passive is claimed by its agent ("Peru was accused by
// Chile of arming Bolivia": claimed by Chile).

// accusedOf returns the accused of a noun trigger that is what a verb of
// accusing charges its object with: "accused Peru of the attack on
// Bolivia", "blamed Peru and Chile for an airstrike on Bolivia"; or nil.
func (st *docState) accusedOf(s *sent, m match, lo int) []int {
	k := m.i - 1
	for n := 0; k >= lo && n < 3 && (isDeterminer(s.items[k].lower) || s.items[k].lower == "any"); n++ {
		k-- // "of the attack", "for any involvement"
	}
	if k-1 < lo || s.items[k].lower != "of" && s.items[k].lower != "for" || !isArg(s.items[k-1]) {
		return nil
	}
	group := s.groupBack(k-1, lo)
	v := group[0] - 1
	if v >= lo && s.items[v].lower == "the" {
		v--
	}
	if v-1 >= lo && s.items[v].lower == "by" && st.accusing(s, v-1) && st.passiveAccuser(s, v-1) >= 0 {
		// "Peru was accused by Chile of the attack on Bolivia": the
		// passive's subject is the accused.
		if p := st.nearestBefore(s, v-1, lo, true); p >= 0 {
			return s.groupBack(p, lo)
		}
		return nil
	}
	if v < lo || !st.accusing(s, v) {
		return nil
	}
	return group
}

// accusing reports a verb of condemning at item v that takes a charge
// after its object: "accused", "blamed", "charges".
func (st *docState) accusing(s *sent, v int) bool {
	t, ok := s.verbTrigger(v)
	return ok && t.Relation == "condemns"
}

// passiveAccuser returns the agent of a reporting verb in the passive at
// item v ("Peru was accused by Chile of …"), or -1.
func (st *docState) passiveAccuser(s *sent, v int) int {
	if v == 0 || v+2 >= len(s.items) || s.items[v+1].lower != "by" || !isArg(s.items[v+2]) {
		return -1
	}
	switch s.items[v-1].lower {
	case "was", "were", "is", "are", "been", "being", ",": // "Peru, accused by Chile of …"
		return v + 2
	}
	return -1
}

// complainedOf reads a verb of complaining and the subject of the clause
// it reports: "Peru complained that Chile had closed the border", "Peru
// alleged its neighbour Chile was complicit": the one who complains
// condemns that subject.
func (st *docState) complainedOf(s *sent) {
	for k := 1; k+2 < len(s.items); k++ {
		if s.items[k].kind != word || !verbalWords.is("complaint_verb", s.items[k].lower) {
			continue
		}
		if s.items[k].lower == "alleged" && k > 0 && isArticle(s.items[k-1].lower) {
			continue // "the alleged plot"
		}
		a := k + 1
		if s.items[a].lower == "that" {
			a++
		}
		if a < len(s.items) && isArticle(s.items[a].lower) {
			a++
		}
		if a+1 >= len(s.items) || !isArg(s.items[a]) || s.items[a].kind == entity && s.items[a].demonym {
			continue
		}
		a = s.possessed(a, len(s.items))
		g := s.group(a, len(s.items))
		next := g[len(g)-1] + 1
		if next >= len(s.items) || s.items[next].kind != word || !isLowerWord(s.items[next].text) || st.is(cuePreposition, s.items[next]) {
			continue // the clause's subject is followed by its verb
		}
		var ids []string
		for _, i := range g {
			ids = append(ids, st.resolveAll(s, i, "")...)
		}
		st.emitSpeech(s, k, st.actorBefore(s, k), ids, "condemns", "phrase:complained of")
	}
}
