package extract

import "strings"

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
	if mood.hypothetical || mood.requested || st.notAFact(s, f) {
		return "", false
	}
	f.negated = mood.negated
	if mood.hedged {
		f.rule += "/hedged"
	}
	claimAt := f.claimFrom(s, from)
	claimedBy, denied := st.claimAt(s, claimAt)
	if claimedBy != "" && st.coordinateOfReport(s, f, claimedBy) {
		claimedBy, denied = "", false // "denied the claim and urged Peru to …"
	}
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
		case notOnly(s, k):
			// "not only recognized X but also …": stated, not denied
		case st.is(cueNegation, w), w.lower == "yet" && k+1 < m.i && s.items[k+1].lower == "to":
			// "has yet to recognize": not done
			v.negated = !v.negated
		case st.prospect(s, k):
			v.hypothetical = true // "is expected to recognize", "is set to sign"
		case st.is(cueModal, w) && !st.narrativeWould(s, k, lo, f.hi) && !st.reportedDecision(s, k):
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
	if len(f.objects) > 0 && f.objects[0] >= m.j && f.objects[0] > 0 && s.items[f.objects[0]-1].lower == "neither" {
		// "Peru recognized neither Kosovo nor Taiwan"
		f.negated = !f.negated
	}
	if (f.rel == "diplomatic_relations" || m.Form == "noun") && st.ruptured(s, m, f.lo) || f.rel == "cooperation" && st.leftBefore(s, m, f.lo) {
		f.negated = !f.negated
		f.rule += "/rupture"
	}
}

// bonded reports whether bare "relations" or "ties" at m has a verb that
// makes it about holding relations: just before it ("had no
// relationship", "established ties") or after its phrase ("relations
// between X and Y began"), not past a comparison or a comma.
func (st *docState) bonded(s *sent, m match, lo, hi int) bool {
	for k := m.i - 1; k >= lo && k >= m.i-4; k-- {
		if isHave(s.items[k].lower) && k+1 < m.i && participle(s.items[k+1]) && !st.is(cueBond, s.items[k+1]) && !st.is(cueRupture, s.items[k+1]) {
			continue // "the blockade has strained relations": an auxiliary
		}
		// "established relations", and "broke off relations": held until then
		if s.items[k].kind == word && (st.is(cueBond, s.items[k]) || st.is(cueRupture, s.items[k])) {
			return !describedHeld(s, k, m.i)
		}
	}
	for k := m.j; k < hi && k < m.j+8; k++ {
		w := s.items[k]
		if w.lower == "than" || w.lower == "," {
			break
		}
		if isHave(w.lower) && k+1 < hi {
			// "relations between the two had become tense", "have been
			// souring": an auxiliary; the verb after it decides
			continue
		}
		if prev := s.items[k-1]; prev.kind == word && prev.lower != "to" && st.is(cuePreposition, prev) {
			continue // "a relationship marked by open trade": no verb after a preposition
		}
		if precision.is("remain", w.lower) && st.describedAfter(s, k+1, hi) {
			return false // "relations between the two remained cordial": how they are
		}
		if w.kind == word && st.is(cueBond, w) && k+2 < hi && s.items[k+1].lower == "to" && s.items[k+2].kind == word && isLowerWord(s.items[k+2].text) {
			return false // "relations between the two began to sour": how they changed
		}
		if w.kind == word && (st.is(cueBond, w) || st.rupturedPassive(s, m)) {
			return true
		}
	}
	return false
}

// describedHeld reports a verb of holding at k and a word of quality
// before the noun at i: "Chile and Peru maintained close ties", "enjoy
// warmer relations" say how the relations are, not that formal ones are
// held ("had relations", "established close ties" still do).
func describedHeld(s *sent, k, i int) bool {
	if !precision.is("hold", s.items[k].lower) {
		return false
	}
	for j := k + 1; j < i; j++ {
		if s.items[j].kind == word && precision.is("quality", s.items[j].lower) {
			return true
		}
	}
	return false
}

// describedAfter reports what follows a verb of staying after
// "relations" as how they are ("remained cordial", "remain closely
// linked"), not that they are kept ("remained intact") or cut ("remained
// suspended").
func (st *docState) describedAfter(s *sent, k, hi int) bool {
	if k < hi && strings.HasSuffix(s.items[k].lower, "ly") {
		k++ // "remained closely linked"
	}
	if k >= hi {
		return false
	}
	w := s.items[k]
	return w.kind == word && isLowerWord(w.text) && !precision.is("kept", w.lower) && !st.is(cueRupture, w) && !st.is(cueBond, w)
}

// participle reports a word in the form of a past participle: "strained",
// "broken".
func participle(it item) bool {
	return it.kind == word && isLowerWord(it.text) && len(it.lower) > 4 && (strings.HasSuffix(it.lower, "ed") || strings.HasSuffix(it.lower, "en"))
}

// ruptured reports "severed", "broke off" or "cut" just before relations:
// the text says the two no longer hold them.
func (st *docState) ruptured(s *sent, m match, lo int) bool {
	for k := m.i - 1; k >= lo && k >= m.i-3; k-- {
		if w := s.items[k]; w.kind == word && st.is(cueRupture, w) {
			return true
		}
	}
	return st.rupturedPassive(s, m)
}

// rupturedPassive reports a noun trigger that is the subject of a passive
// rupture: "relations between Chile and Peru were severed", "ties had
// been cut".
func (st *docState) rupturedPassive(s *sent, m match) bool {
	if m.Form != "noun" {
		return false
	}
	for k := m.j; k+1 < len(s.items) && k < m.j+8; k++ {
		w := s.items[k]
		if w.lower == "," || st.isBoundary(s, k) {
			return false
		}
		if w.lower == "were" || w.lower == "was" || w.lower == "been" {
			return st.is(cueRupture, s.items[k+1])
		}
	}
	return false
}

// futureOnly reports whether the only modal cue in [from, to) is a future
// ("will", "shall"), which with a negation states a refusal.
func (st *docState) futureOnly(s *sent, from, to int) bool {
	future := false
	for k := from; k < to; k++ {
		switch w := s.items[k].lower; {
		case w == "will" || w == "shall" || w == "'ll":
			future = true
		case st.x.lx.is(cueModal, w):
			return false
		}
	}
	return future
}

func isHave(w string) bool { return w == "have" || w == "has" || w == "had" }

// narrativeWould reports "would" at item k telling a later event of a
// past narrative, not a condition or a plan: "Egypt and Syria would
// launch an attack in 1973". It needs a year in the clause, and no
// report or condition before it ("said it would send troops in 2025" is
// a plan).
func (st *docState) narrativeWould(s *sent, k, lo, hi int) bool {
	if s.items[k].lower != "would" || s.nearestYear(k, lo, hi) == 0 {
		return false
	}
	for b := 0; b < k; b++ {
		if w := s.items[b]; w.kind == word && (st.is(cueSpeech, w) || w.lower == "if" || w.lower == "unless") {
			return false
		}
	}
	return true
}

// notOnly reports "not only", "not just" at item k: the negation leads
// into an addition ("not only recognized X but also sent aid").
func notOnly(s *sent, k int) bool {
	if s.items[k].lower != "not" || k+1 >= len(s.items) {
		return false
	}
	next := s.items[k+1].lower
	return next == "only" || next == "just" || next == "merely"
}

// prospect reports a form of "be" with a word of the prospect cue and
// "to" at item k: "Chile is expected to recognize", "was set to sign",
// "is due to visit". The act lies ahead.
func (st *docState) prospect(s *sent, k int) bool {
	if k < 1 || k+1 >= len(s.items) || s.items[k+1].lower != "to" || !st.is(cueProspect, s.items[k]) {
		return false
	}
	switch s.items[k-1].lower {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "not":
		return true
	}
	return false
}

// notAFact reports what no cue of the verb group says but the sentence
// does: a question ("Will Chile recognize Peru?"), a condition after the
// clause ("Chile recognizes Peru unless Bolivia objects"), an act
// replaced by another ("instead of recognizing Peru"), and a control
// verb that only offers the act that follows ("offered to send aid").
func (st *docState) notAFact(s *sent, f *frame) bool {
	return s.question(f.m.j) || st.conditionAfter(s, f.m.j) || insteadOf(s, f.m.i) || st.offersNext(s, f.m)
}

// question reports a trigger whose clause runs to the question mark that
// ends the sentence: "Will Chile recognize Peru?", not "Chile recognized
// Peru in 1990, so why does it hesitate now?".
func (s *sent) question(from int) bool {
	if !strings.HasSuffix(strings.TrimRight(s.text, " \"'”’)"), "?") {
		return false
	}
	for k := from; k < len(s.items); k++ {
		switch s.items[k].lower {
		case ",", ";", ":", "\"", "“", "”":
			return false
		}
	}
	return true
}

// conditionAfter reports a condition that follows the trigger in its
// clause, before a comma or a new clause: "unless Bolivia objects",
// "provided that it holds elections", "if Peru complies".
func (st *docState) conditionAfter(s *sent, from int) bool {
	for k := from; k < len(s.items); k++ {
		w := s.items[k].lower
		switch {
		case w == "unless", w == "if" && s.items[k-1].lower != "as" && s.items[k-1].lower != "even":
			return true
		case (w == "provided" || w == "providing") && k+1 < len(s.items) && s.items[k+1].lower == "that":
			return true
		case w == "," || w == ";" || w == "and" || w == "but" || st.is(cueSpeech, s.items[k]):
			return false
		}
	}
	return false
}

// insteadOf reports a trigger right after "instead of" or "rather than":
// "sent aid to Chile instead of recognizing Peru" (Peru is not
// recognized, and the text states no fact of it).
func insteadOf(s *sent, i int) bool {
	if i < 2 {
		return false
	}
	a, b := s.items[i-2].lower, s.items[i-1].lower
	return a == "instead" && b == "of" || a == "rather" && b == "than"
}

// offersNext reports a verb trigger that is a modal cue followed by "to"
// and a trigger of the same relation: "offered to send aid" offers the
// sending, which its own frame reads as a plan.
func (st *docState) offersNext(s *sent, m match) bool {
	if m.Form != "verb" || m.j+1 >= len(s.items) || s.items[m.j].lower != "to" || !st.is(cueModal, s.items[m.i]) {
		return false
	}
	for _, n := range s.triggers {
		if n.i == m.j+1 {
			return n.Relation == m.Relation
		}
	}
	return false
}
