package extract

import (
	"strings"

	"kg/graph"
)

// Verbal relations stated by the shape of a noun phrase rather than by a
// trigger and its object: backing named in a compound ("the U.S.-backed
// junta"), a demand of whoever does what is demanded ("called for an
// Israeli withdrawal"), and pressure named in an opening phrase ("Under
// pressure from Peru, Chile …"). Their words are in lexicon/verbal.tsv.

var verbalWords = mustWordClasses("verbal.tsv")

// compoundActs reads a name joined by a hyphen to a participle of a
// relation's verb as that relation with the one the phrase qualifies:
// "Fidel toppled the U.S.-backed dictator Fulgencio Batista", "Khalifa
// Haftar, the Egyptian-backed Libyan warlord, …", "the US-backed Greek
// junta", "Iran-armed militias". It states a standing relation: no
// clause's negation is its.
func (st *docState) compoundActs(s *sent) {
	for k, it := range s.items {
		if it.kind != entity || !it.modifier {
			continue
		}
		rel := st.compoundRelation(s.compoundParticiple(k))
		if rel == "" {
			continue
		}
		next := k + 1
		if k+1 < len(s.items) && isHyphen(s.items[k+1]) {
			next = k + 3 // "U.S." "-" "backed"
		}
		backed := st.backedHead(s, k, next)
		if backed < 0 {
			continue
		}
		year := s.yearNear(k, st.lastYear, st.paraYear)
		for _, sub := range st.resolveAll(s, k, "") {
			for _, obj := range st.resolveAll(s, backed, sub) {
				if sub != obj && allowed(rel, sub, obj) {
					st.emit(s, match{}, graph.Fact{Subject: sub, Relation: rel, Object: obj, Year: year, Confidence: 0.6}, "phrase:compound "+rel)
				}
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

// backedHead returns the one a compound of backing at item k qualifies:
// the first name after the participle (from item next) that is no
// demonym of a thing, else the name the phrase stands in apposition to;
// or -1.
func (st *docState) backedHead(s *sent, k, next int) int {
	for n := next; n < len(s.items) && n <= next+5; n++ {
		w := s.items[n]
		if isArg(w) {
			if st.adjectival(s, n) || w.demonym && n+1 < len(s.items) && s.items[n+1].kind == word && isCapitalized(s.items[n+1].text) {
				break // "the Egyptian-backed Libyan warlord": not Libya; "Mozambican National Resistance": a name
			}
			return s.possessed(n, len(s.items))
		}
		if w.kind != word || !isLowerWord(w.text) {
			break
		}
	}
	b := k - 1
	for b >= 0 && isArticle(s.items[b].lower) {
		b--
	}
	if b >= 1 && s.items[b].text == "," && isArg(s.items[b-1]) {
		return b - 1 // "Khalifa Haftar, the Egyptian-backed Libyan warlord"
	}
	return -1
}

// demandedOf returns the state a demand is made of when what is demanded
// is an act its demonym names, in the phrase from item j: "called for an
// Israeli withdrawal", "demanded the immediate Argentine withdrawal",
// "calls for the removal of Turkish troops"; or -1.
func (st *docState) demandedOf(s *sent, j, hi int) int {
	end := s.phraseEnd(j, min(hi, j+10))
	for k := j; k < end; k++ {
		it := s.items[k]
		if it.kind != entity || !it.demonym {
			continue
		}
		// "an Israeli withdrawal", "Cuban assurances of …"
		if k+1 < end && verbalWords.is("demanded_act", s.items[k+1].lower) {
			return k
		}
		// "the removal of Turkish troops", "the withdrawal of all Soviet forces"
		b := k - 1
		for b > j && (isDeterminer(s.items[b].lower) || s.items[b].lower == "all") {
			b--
		}
		if b > j && s.items[b].lower == "of" && verbalWords.is("demanded_act", s.items[b-1].lower) && k+1 < end && st.is(cueAgent, s.items[k+1]) {
			return k
		}
	}
	return -1
}

// pressuredBy reads pressure named in a phrase opening the sentence:
// "Under heavy pressure from Peru, Chile allowed an open election", "At
// Peru's bidding, Chile reopened its factories", "At the request of Mali,
// France sent troops": the one who presses demands of the clause's
// subject what it then did.
func (st *docState) pressuredBy(s *sent) {
	if len(s.items) < 5 || !verbalWords.is("pressure_opening", s.items[0].lower) {
		return
	}
	comma, noun := -1, -1
	for k := 1; k < len(s.items) && k <= 10; k++ {
		if s.items[k].text == "," {
			comma = k
			break
		}
		if verbalWords.is("pressure_noun", s.items[k].lower) {
			noun = k
		}
	}
	if comma < 0 || noun < 0 {
		return
	}
	presser := -1
	for k := 1; k < comma; k++ {
		if isArg(s.items[k]) {
			presser = k
			break
		}
	}
	pressed := -1
	for k := comma + 1; k < len(s.items) && k <= comma+4; k++ {
		if isArg(s.items[k]) && !st.inPP(s, k) {
			pressed = k
			break
		}
	}
	if presser < 0 || pressed < 0 {
		return
	}
	_, hi := st.clause(s, pressed, pressed+1)
	before := len(st.facts)
	st.emitSpeech(s, pressed, presser, st.resolveAll(s, pressed, ""), "demands", "phrase:pressured by")
	for i := before; i < len(st.facts); i++ {
		st.facts[i].Action = s.phraseText(pressed+1, hi)
	}
}

// coordinateOfReport reports a finite verb trigger coordinated with the
// reporting verb before it, both said of the same subject: in "Peru
// denied the claim and urged Chile to act" the urging is Peru's own act,
// neither denied nor reported; in "Peru denied arming Chile and training
// its army" the gerund is still what is denied.
func (st *docState) coordinateOfReport(s *sent, f *frame, speaker string) bool {
	m := f.m
	if m.Form != "verb" || strings.HasSuffix(s.items[m.i].lower, "ing") || len(f.subjects) == 0 || f.subjects[0] > m.i {
		return false
	}
	if st.firstID(s, f.subjects[0]) != speaker {
		return false
	}
	for k := m.i - 1; k > f.subjects[0] && k >= m.i-3; k-- {
		switch w := s.items[k]; {
		case w.lower == "and" || w.lower == "but":
			return true
		case w.kind != word || !(isHave(w.lower) || w.lower == "also" || w.lower == "then" || w.lower == "later"):
			return false
		}
	}
	return false
}

// quotedPronoun returns the person "he" or "she" next to the speech verb
// at item v stands for: "'Peru is arming Chile,' he said"; or "".
func (st *docState) quotedPronoun(s *sent, v int) string {
	for _, j := range []int{v - 1, v + 1} {
		if j < 0 || j >= len(s.items) {
			continue
		}
		if w := s.items[j]; w.kind == pronoun && w.entType == graph.TypePerson {
			return w.ent
		} else if w.kind == word && (w.lower == "he" || w.lower == "she") {
			return st.resolvePerson(s, j)
		}
	}
	return ""
}

// doerOfStance reports a demonym before an act or stance that a verb of
// condemning or backing is about: "opposed the Chilean intervention in
// Peru" condemns Chile, "criticized Soviet foreign policy" the Soviet
// Union; one lower-case word may stand between.
func (st *docState) doerOfStance(s *sent, k int, rel string) bool {
	if rel != "condemns" && rel != "supports" {
		return false
	}
	for n := k + 1; n < len(s.items) && n <= k+2; n++ {
		w := s.items[n]
		if w.kind != word || !isLowerWord(w.text) {
			return false
		}
		if verbalWords.is("stance_noun", w.lower) {
			return true
		}
	}
	return false
}

// critics reads a noun of condemning someone said of its holder in
// apposition or after a copula: "Peru and Chile, two of Bolivia's
// fiercest critics, met", "Peru, a vocal critic of Chile, …", "Peru is
// a critic of Chile": the holder condemns the one criticized.
func (st *docState) critics(s *sent) {
	for k := 1; k < len(s.items); k++ {
		if s.items[k].kind != word || !verbalWords.is("critic_noun", s.items[k].lower) {
			continue
		}
		// the one criticized: "Bolivia's (fiercest) critics", "critics of Bolivia"
		b := k - 1
		for b > 0 && s.items[b].kind == word && isLowerWord(s.items[b].text) && !isDeterminer(s.items[b].lower) && b >= k-3 {
			b-- // "staunchest", "most vocal"
		}
		target := -1
		if b > 0 && isPossessive(s.items[b]) && isArg(s.items[b-1]) {
			target, b = b-1, b-1
		} else if k+2 < len(s.items) && s.items[k+1].lower == "of" && isArg(s.items[k+2]) {
			target = s.possessed(k+2, len(s.items))
		}
		if target < 0 {
			continue
		}
		// the holder: the name before the apposition's comma or the copula
		h := b - 1
		for h > 0 && h >= b-4 && s.items[h].kind == word && (isDeterminer(s.items[h].lower) || s.items[h].lower == "of" || s.items[h].lower == "one" || s.items[h].lower == "two" || s.items[h].lower == "among" || s.items[h].lower == "both") {
			h--
		}
		if h < 1 || !(s.items[h].text == "," || isCopula(s.items[h].lower)) || !isArg(s.items[h-1]) {
			continue
		}
		holder := h - 1
		var ids []string
		for _, g := range s.group(target, len(s.items)) {
			ids = append(ids, st.resolveAll(s, g, "")...)
		}
		year := s.yearNear(k, st.lastYear, st.paraYear)
		for _, g := range s.groupBack(holder, 0) {
			for _, sub := range st.resolveAll(s, g, "") {
				for _, obj := range ids {
					if sub != obj && allowed("condemns", sub, obj) {
						st.emit(s, match{}, graph.Fact{Subject: sub, Relation: "condemns", Object: obj, Year: year, Confidence: 0.6}, "phrase:critics")
					}
				}
			}
		}
	}
}

// overObjections reads an act done over someone's objections: "In 1931
// Peru seized the valley over the objections of Chile", "Peru went
// ahead despite Chile's protests": the one who objects condemns the one
// who acts, the subject of the clause.
func (st *docState) overObjections(s *sent) {
	for k := 1; k+2 < len(s.items); k++ {
		if !verbalWords.is("objection_opening", s.items[k].lower) {
			continue
		}
		n := k + 1
		if isArticle(s.items[n].lower) {
			n++
		}
		objector := -1
		switch {
		case n+2 < len(s.items) && verbalWords.is("objection_noun", s.items[n].lower) && s.items[n+1].lower == "of":
			objector = n + 2 // "over the objections of Chile", "of the League"
			if objector+1 < len(s.items) && isArticle(s.items[objector].lower) {
				objector++
			}
			if !isArg(s.items[objector]) {
				continue
			}
		case n+2 < len(s.items) && isArg(s.items[n]) && isPossessive(s.items[n+1]) && verbalWords.is("objection_noun", s.items[n+2].lower):
			objector = n // "despite Chile's protests"
		}
		if objector < 0 {
			continue
		}
		lo, _ := st.clause(s, k, k+1)
		actor := st.nearestBefore(s, k, lo, true)
		for actor >= 0 && st.nearestBefore(s, actor, lo, true) >= 0 {
			actor = st.nearestBefore(s, actor, lo, true) // the clause's subject, not its object
		}
		if actor < 0 || !st.asserted(s, lo, actor+1, k) {
			continue
		}
		var ids []string
		for _, g := range s.group(actor, k) {
			ids = append(ids, st.resolveAll(s, g, "")...)
		}
		st.emitSpeech(s, k, objector, ids, "condemns", "phrase:over objections")
	}
}

// demandedIn returns the state in which what a call demands is to be
// done, when the call names no one it is made of: "called for human
// rights to be respected in Belarus", "urged free elections in Peru";
// or -1. Only a call with its own thing demanded ("call for", "press
// for"), not one with an object left out.
func (st *docState) demandedIn(s *sent, m match, hi int) int {
	if m.Form != "verb" || len(m.Words) < 2 || m.Words[len(m.Words)-1] != "for" {
		return -1
	}
	for k := m.j; k+1 < hi && k <= m.j+10; k++ {
		w := s.items[k]
		if w.kind != word || w.text == "," || st.is(cueBoundary, w) {
			return -1
		}
		if w.lower == "in" {
			if a := s.items[k+1]; a.kind == entity && !a.demonym && a.entType == graph.TypeCountry {
				if n := k + 2; n < len(s.items) && s.items[n].kind == word && isLowerWord(s.items[n].text) && !st.is(cuePreposition, s.items[n]) && !st.is(cueBoundary, s.items[n]) {
					return -1 // "a cut in U.S. forces": a modifier
				}
				return k + 1
			}
			return -1
		}
	}
	return -1
}
