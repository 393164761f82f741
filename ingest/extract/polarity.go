package extract

// polarity reads the verb group's negation and modality and who claims
// the statement. Cues count between the subject and the trigger ("Japan
// does not recognize"), so that a negation in an earlier clause ("has not
// changed, North Korea continues to recognize") does not leak in; a
// condition covers the whole clause. It reports false for what is no
// fact: a condition, a plan, a request. It returns the speaker.
func (st *docState) polarity(s *sent, f *frame) (claimedBy string, ok bool) {
	m, lo := f.m, f.lo
	from := lo
	if !f.passive && f.subjects[len(f.subjects)-1] < m.i {
		from = f.subjects[len(f.subjects)-1] + 1
	}
	if f.vlo > from && !st.sharesAuxiliary(s, f.vlo) {
		// "did not suspend them or began relations": the negation was
		// the first verb's.
		from = f.vlo
	}
	mood := st.verbGroup(s, f, from)
	if mood.hypothetical || mood.requested {
		return "", false
	}
	f.negated = mood.negated
	if mood.hedged {
		f.rule += "/hedged"
	}
	claimAt := from
	if !f.passive && f.subjects[0] > m.i {
		claimAt = m.i // "the EU condemns the delivery of Iranian drones"
	}
	claimedBy, denied := st.claimAt(s, claimAt)
	if claimedBy == "" {
		claimedBy = st.ownClaim(s, f.subjects, from, m.i)
	}
	if denied {
		f.negated = !f.negated
		f.rule += "/denied"
	}
	st.turnPolarity(s, f)
	return claimedBy, true
}

// mood is what the words of a verb group say of its act.
type mood struct {
	negated, hypothetical, requested, hedged bool
}

// verbGroup reads the cues of the verb group from item from to the
// trigger: negation ("did not", "has yet to"), modality ("could",
// "will"), hedges ("reportedly"), requests ("asked … to").
func (st *docState) verbGroup(s *sent, f *frame, from int) mood {
	m, lo := f.m, f.lo
	var v mood
	for k := lo; k < from; k++ {
		switch s.items[k].lower {
		case "if", "unless", "whether": // a condition covers the whole clause
			v.hypothetical = true
		}
	}
	for k := from; k < m.i; k++ {
		w := s.items[k]
		if w.kind != word {
			continue
		}
		switch {
		case st.is(cueNegation, w), w.lower == "yet" && k+1 < m.i && s.items[k+1].lower == "to":
			// "has yet to recognize": not done
			v.negated = !v.negated
		case st.is(cueModal, w) && !st.narrativeWould(s, k, lo, f.hi):
			v.hypothetical = true
		case st.is(cueHedge, w):
			v.hedged = true
		case st.is(cueRequest, w) && f.rel != "demands":
			v.requested = true
		}
	}
	if v.hypothetical && v.negated && st.futureOnly(s, from, m.i) {
		// "We will never recognize Kosovo": a refusal, stated as a denial.
		v.hypothetical = false
	}
	return v
}

// turnPolarity applies what else turns a statement around: "not … until
// 1992" (it happened then), "supplied no weapons", "Neither France nor
// Germany", "severed relations" (a rupture of what the noun names).
func (st *docState) turnPolarity(s *sent, f *frame) {
	m := f.m
	if f.negated {
		// "did not establish relations until 1992": established in 1992.
		if y := s.untilYear(m.j, f.hi); y != 0 {
			f.negated, f.untilYear = false, y
			f.rule += "/until"
		}
	}
	if f.qty.none {
		f.negated = !f.negated
		f.rule += "/none"
	}
	if !f.passive && f.subjects[0] > 0 {
		switch s.items[f.subjects[0]-1].lower {
		case "neither", "nor":
			f.negated = !f.negated
		}
	}
	if (f.rel == "diplomatic_relations" || m.Form == "noun") && st.ruptured(s, m, f.lo) {
		f.negated = !f.negated
		f.rule += "/rupture"
	}
}
