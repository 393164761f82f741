package extract

import (
	"strings"

	"kg/graph"
)

// The arguments of a trigger: who acts (subjects) and on whom (objects),
// as items of the sentence. Passive and active clauses find them in
// different places; the searches they use (nearestBefore, group,
// afterWord, …) are in clause.go and relations.go.

// passiveArguments: the agent after "by" acts; what the participle is
// said of, or the recipient of what is sent, is the object.
func (st *docState) passiveArguments(s *sent, f *frame) {
	m, lo, hi := f.m, f.lo, f.hi
	if a := st.afterWord(s, m.j, hi, "by"); a >= 0 && !s.hyphenModifier(a) {
		f.subjects = s.group(a, hi)
	} else if a >= 0 {
		// "overrun by Ruritania -backed gunmen": whoever they are, not Ruritania
	} else if a := st.byIncluding(s, m.j, hi); a >= 0 {
		// "recognized by a number of countries, including the United
		// States and Germany"
		f.subjects = s.group(a, hi)
		f.rule += "/including"
	} else if o := st.origin(s, m.j, hi); o >= 0 && giving(f.rel) {
		// "Egypt's army was armed with Soviet weapons": who made them.
		f.subjects = s.group(o, hi)
		f.rule += "/origin"
	} else if o := st.origin(s, lo, m.i); o >= 0 && m.Relation == "transfer" {
		// "Iranian fighters were deployed to Syria", "Cuban and Soviet
		// troops are stationed in Angola"
		f.subjects = s.group(o, m.i)
		f.rule += "/origin"
	} else if p := st.peopleBefore(s, m.i, lo); p >= 0 && m.Relation == "transfer" {
		// "Cubans were deployed in Angola"
		f.subjects = []int{p}
		f.rule += "/people"
	}
	recipient := -1
	if m.Relation == "transfer" {
		// "troops were sent to Angola", "deployed in Angola": the
		// recipient, not what is sent
		for _, prep := range []string{m.Prep, "in", "into"} {
			if a := st.afterWord(s, m.j, hi, prep); a >= 0 && prep != "" && recipient < 0 {
				recipient = a
			}
		}
	}
	if recipient >= 0 {
		f.objects = s.group(recipient, hi)
	} else if st.passiveAfterNoun(s, m, lo) {
		// the noun is not a name: no object
	} else if passiveAfterName(s, m) {
		f.objects = []int{m.i - 1} // "fought the Contras backed by Ruritania"
	} else if p := st.nearestBefore(s, m.i, lo, true); p >= 0 {
		f.objects = []int{p}
	} else if p := st.antecedent(s, lo); p >= 0 {
		// "Mali, which was overrun by Al Qaeda"
		f.objects = []int{p}
		f.rule += "/relative"
	}
	f.rule += "/passive"
}

// activeArguments: "between X and Y" names both parties; otherwise the
// subject comes before the trigger and the objects after it.
func (st *docState) activeArguments(s *sent, f *frame) {
	if st.betweenArguments(s, f) {
		return
	}
	if f.m.Form == "noun" && st.nounArguments(s, f) {
		return
	}
	st.activeSubjects(s, f)
	st.activeObjects(s, f)
	st.partnersNamed(s, f)
}

// betweenArguments: "relations between X and Y", "between both countries
// there are … agreements".
func (st *docState) betweenArguments(s *sent, f *frame) bool {
	if !f.r.Symmetric && !f.mutual {
		return false
	}
	b := st.betweenArg(s, f.m, f.lo, f.hi)
	if b < 0 {
		return false
	}
	g := s.group(b, f.hi)
	if len(g) >= 2 {
		f.subjects, f.objects = g[:1], g[1:]
		f.rule += "/between"
		f.bothWays = f.mutual
		return true
	}
	if s.items[b].kind == groupRef {
		f.subjects = g
		f.rule += "/between"
		return true
	}
	return false
}

// nounArguments finds a noun trigger's parties in its own phrase. It
// reports true when nothing else is to be looked for.
func (st *docState) nounArguments(s *sent, f *frame) bool {
	m := f.m
	if p, o := st.heldSupport(s, m, f.vlo, f.hi); p >= 0 {
		// "Hezbollah enjoys the support of Iran"
		f.subjects, f.objects = s.group(p, f.hi), s.groupBack(o, f.vlo)
		f.rule += "/held"
		return true
	}
	if g := st.accusedOf(s, m, f.lo); g != nil {
		f.subjects = g // "blamed Peru for the attack on Bolivia"
		f.rule += "/accused"
	} else if p, how := st.nounSubject(s, m, f.vlo, f.hi); p >= 0 {
		f.subjects = s.groupBack(p, f.vlo)
		if how == "/possessive" && clauseJoined(s, p) || isPossessivePronoun(s.items[p]) {
			f.subjects = []int{p} // "captured in Lebanon, and Assad's trip to Tehran", "its invasion of"
		}
		f.rule += how
		f.agentOnly = how == "/by"
	} else if how == "embedded" {
		return true
	} else if st.datedEvent(s, m) {
		return true // "the gas used in the 2016 attack on Peru": whoever did it, not the clause's subject
	} else if p := st.frontedSubject(s, m, f.lo, f.hi); p >= 0 {
		f.subjects = s.group(p, f.hi)
		f.rule += "/fronted"
	}
	return false
}

// activeSubjects finds the subject of an active clause, when the noun's
// own phrase did not give it: examples of a relation, the one who acts
// for a purpose, the nearest argument before the trigger, the subject
// shared with an earlier verb phrase, one in a prepositional phrase, or
// the antecedent of a relative clause.
func (st *docState) activeSubjects(s *sent, f *frame) {
	m, lo, vlo := f.m, f.lo, f.vlo
	if f.subjects == nil && m.Form == "noun" && f.r.Symmetric && st.nearestBefore(s, m.i, vlo, false) < 0 {
		// "relations resumed, as in the case of Argentina or Chile":
		// the examples are the parties (the other one is the topic).
		f.subjects = st.casesOf(s, m.j, f.hi)
		if f.subjects != nil {
			f.rule += "/case"
			f.examples = true
		}
	}
	if f.subjects != nil {
		return // found in the noun's own phrase
	}
	if p := st.purposeSubject(s, m, lo); p >= 0 {
		// "Soviet troops entered Afghanistan to support the
		// government": the one who acts for that purpose.
		f.subjects = s.groupBack(p, lo)
		f.rule += "/purpose"
	} else if p := st.nearestBefore(s, m.i, vlo, true); p >= 0 {
		f.subjects = s.groupBack(p, vlo)
	} else if p := st.sharedSubject(s, lo, vlo); p >= 0 {
		// "South Korea met Spain and began relations with …"
		f.subjects = s.group(p, vlo)
		f.rule += "/shared"
	} else if p := st.nearestBefore(s, m.i, lo, false); p >= 0 && !(m.Form == "verb" && st.unknownSubject(s, m.i, p)) {
		f.subjects = []int{p}
		f.rule += "/pp"
	} else if p := st.antecedent(s, lo); p >= 0 {
		// "Kenya was one of the first countries that recognized …"
		f.subjects = s.groupBack(p, 0)
		f.rule += "/relative"
	}
}

// activeObjects finds the objects of an active clause, in order: after
// the trigger's preposition, the giver named by what is received, where
// troops are deployed, whoever does a condemned or supported act, whose
// cause is supported, who is threatened with an act, the direct object,
// the other party of a copula or apposition; else, for a symmetric
// relation, the coordinated subjects with each other.
func (st *docState) activeObjects(s *sent, f *frame) {
	m, hi := f.m, f.hi
	if m.Prep != "" {
		st.prepositionObjects(s, f)
	}
	if f.objects == nil && f.reverse {
		// "Portugal has received Cuban doctors": the giver is whose
		// the things given are.
		if o := st.origin(s, m.j, hi); o >= 0 {
			f.objects = s.group(o, hi)
			f.rule += "/origin"
		}
	}
	if f.objects == nil && m.Relation == "transfer" && st.x.lx.is(cueDeployment, m.Words[0]) {
		// "Russia deployed troops in Mali": where they are deployed.
		for _, prep := range []string{"in", "into"} {
			if a := st.afterWord(s, m.j, hi, prep); a >= 0 && f.objects == nil {
				f.objects = s.group(a, hi)
			}
		}
	}
	if f.objects == nil && m.Relation == "transfer" {
		// "sent 800 troops in support of Peru": whom they support.
		for k := m.j; k+2 < hi; k++ {
			if s.inSupportOf(k + 1) {
				if a := st.afterWord(s, k+2, hi, "of"); a >= 0 {
					f.objects = s.group(a, hi)
					f.rule += "/support"
				}
				break
			}
		}
	}
	if f.objects == nil && !f.reverse && m.Form == "verb" && (f.rel == "condemns" || f.rel == "supports") {
		// "condemned the American bombing of Libya", "condemns the
		// delivery of Iranian drones": whoever does the act.
		if a := st.actor(s, m, hi); a >= 0 {
			f.objects = s.groupBack(a, m.j)
			f.rule += "/act"
		}
	}
	if f.objects == nil && f.rel == "supports" {
		// "sympathizes with issues such as the freedom of the Cuban
		// Five", "backs the independence of Kosovo": whose cause.
		if a := st.causeOf(s, m.j, hi); a >= 0 {
			f.objects = s.group(a, hi)
			f.rule += "/cause"
		}
	}
	if f.objects == nil && f.rel == "threatens" && m.j+1 < hi && s.items[m.j].lower == "to" && s.verbTriggerAt(m.j+1) {
		// "threatened to attack South Korea": whom the threat is
		// against is the object of the threatened act.
		if a := st.directObject(s, m.j+2, hi, "attack"); a >= 0 {
			f.objects = s.group(a, hi)
			f.rule += "/act"
		}
	}
	if f.objects == nil && !f.reverse && (m.Form != "noun" || m.Prep == "") {
		st.directObjects(s, f)
	}
	if f.objects == nil && f.rel == "demands" {
		// "called for an Israeli withdrawal": of whoever is to withdraw.
		if a := st.demandedOf(s, m.j, hi); a >= 0 {
			f.objects = []int{a}
			f.rule += "/act"
		} else if a := st.demandedIn(s, m, hi); a >= 0 {
			f.objects = []int{a}
			f.rule += "/in"
		}
	}
	if f.objects == nil && m.Form == "noun" && f.r.Symmetric && len(f.subjects) == 1 && f.subjects[0] < m.i {
		// "Russia is Syria's main ally": the copula's subject is the
		// other party.
		if c := st.copulaSubject(s, f.subjects[0], f.lo); c >= 0 {
			f.objects = s.groupBack(c, f.lo)
			f.rule += "/copula"
		} else if m.j < hi && isArg(s.items[m.j]) {
			f.objects = []int{m.j} // "Cuba's ally Venezuela"
			f.rule += "/apposition"
		}
	}
	if f.objects == nil && (f.r.Symmetric || f.mutual) && len(f.subjects) >= 2 && m.i-f.subjects[len(f.subjects)-1] <= 8 && !f.examples && !st.otherPartyPhrase(s, m) {
		// "Iran, Syria, Iraq and Russia form an alliance": each with each.
		f.allPairs = true
		f.rule += "/coordinated"
	}
}

// prepositionObjects: the objects after the trigger's preposition
// ("sanctions on X", within the noun's phrase, not "sanctions and the
// freedom of X"), or the examples of a group after it ("agreements with
// European countries, such as France").
func (st *docState) prepositionObjects(s *sent, f *frame) {
	m, hi := f.m, f.hi
	limit := hi
	if m.Form == "noun" {
		limit = s.phraseEnd(m.j, min(hi, m.j+9))
	}
	a := st.afterWord(s, m.j, limit, m.Prep)
	if st.infinitiveTo(s, m.j, limit, m.Prep) {
		a = -1 // "deploying drones that appear to have come from X"
	}
	if p := st.wordAfter(s, m.j, limit, m.Prep); p >= m.j && (a < 0 || s.items[a].demonym) {
		if e := st.examplesAfter(s, p+1, hi); e >= 0 {
			a = e
		}
	}
	if a < 0 {
		return
	}
	if f.rel == "sanctions" && s.items[a].demonym && a+1 < limit && isLowerWord(s.items[a+1].text) {
		// "an embargo on French arms sales to Argentina": whom the
		// sales go to.
		if b := st.afterWord(s, a+1, limit, "to"); b >= 0 {
			a = b
		}
	}
	f.objects = s.group(a, hi)
	f.objects = append(f.objects, st.otherExamples(s, f.objects[len(f.objects)-1], hi)...)
	// "China had a brief war with India": each side fights.
	f.bothWays = f.mutual && m.Prep == "with"
}

// directObjects: the object right after a verb. A recipient without "to"
// stands right after a verb of giving ("provided Ukraine with missiles",
// "sent Cuba rifles"), and after a trigger ending in a preposition ("fight
// for Ethiopia", not "fight for the sovereignty of X").
func (st *docState) directObjects(s *sent, f *frame) {
	m, end := f.m, f.hi
	if m.Relation == "transfer" || st.x.lx.is(cuePreposition, m.Words[len(m.Words)-1]) {
		end = min(f.hi, m.j+2)
	}
	if f.r.Symmetric && len(f.subjects) >= 2 && m.j < f.hi && s.items[m.j].lower == "and" {
		// "Peru and Chile met and condemned Belarus": they met each
		// other; Belarus is only condemned.
		return
	}
	if a := st.directObject(s, m.j, end, f.rel); a >= 0 {
		f.objects = s.group(a, f.hi)
	}
}

// reciprocal reports "each other" or "one another" just after the trigger.
func (st *docState) reciprocal(s *sent, j, hi int) bool {
	for k := j; k+1 < hi && k <= j+3; k++ {
		a, b := s.items[k].lower, s.items[k+1].lower
		if (a == "each" && b == "other") || (a == "one" && b == "another") || st.theOther(s, k) {
			return true
		}
	}
	return false
}

// directObject returns the argument a verb acts on without a preposition:
// the first one within six items, not past a comma, a coordinated verb
// phrase ("condemning foreign forces and calling for …") or the start of
// another clause ("defended the move, saying that …"), and none after a
// reflexive ("defends itself against Chile"). A demonym
// qualifying a thing is skipped, except as the target of an attack or a
// threat ("shot down a Russian jet").
func (st *docState) directObject(s *sent, j, hi int, rel string) int {
	for k := j; k < hi && k <= j+6; k++ {
		it := s.items[k]
		if isArg(it) && s.afterNounTrigger(j, k) {
			return -1 // "supported the invasion of Iraq": Iraq is the invasion's
		}
		if isArg(it) && rel != "attack" && rel != "threatens" && st.adjectival(s, k) && !st.doerOfStance(s, k, rel) {
			continue // "condemned the delivery of Iranian drones": not Iran
		}
		if isArg(it) {
			return s.possessed(k, hi)
		}
		switch it.lower {
		case "and", "or":
			if k == j && st.coordinatesVerb(s, k) {
				continue // "financed and armed Hezbollah"
			}
			return -1
		case ",", "but":
			return -1
		case "itself", "themselves", "himself", "herself", "ourselves":
			return -1 // "defends itself against Chile": the subject is its own object
		case "that", "which", "who", "whom", "because", "although", "while", "whereas":
			if k > j {
				return -1 // "defends the decision by arguing that Peru …": another clause
			}
		case "to":
			if s.verbTriggerAt(k + 1) {
				return -1 // "fight to defend X": X is defend's, not fight's
			}
		}
	}
	return -1
}

// causeOf returns the argument whose cause a phrase after item j names
// ("the freedom of X", "the independence of X"; lexicon cue cause), within
// 16 items before hi; or -1.
func (st *docState) causeOf(s *sent, j, hi int) int {
	for k := j; k+2 < hi && k < j+16; k++ {
		w := s.items[k]
		if w.text == "," || w.kind != word {
			return -1
		}
		if st.is(cueCause, w) && s.items[k+1].lower == "of" {
			for a := k + 2; a < hi && a <= k+3; a++ {
				if isArg(s.items[a]) {
					return a
				}
			}
		}
	}
	return -1
}

// casesOf returns the arguments named as examples after item j: "as in
// the case of X", "in the cases of X and Y".
func (st *docState) casesOf(s *sent, j, hi int) []int {
	var out []int
	for k := j; k+2 < hi; k++ {
		if w := s.items[k]; w.kind == word && (w.lower == "case" || w.lower == "cases") && s.items[k+1].lower == "of" && isArg(s.items[k+2]) {
			out = append(out, s.group(k+2, hi)...)
		}
	}
	return out
}

// traveller reports a subject that can pay a visit: a person, or a country
// named by its delegation, leader or officials ("the Chinese delegation").
func (st *docState) traveller(s *sent, k int) bool {
	it := s.items[k]
	if it.entType == graph.TypePerson {
		return true
	}
	return it.demonym && k+1 < len(s.items) && s.items[k+1].kind == word && st.is(cueVisitor, s.items[k+1])
}

// heldSupport reads support one party has from another: "Hezbollah enjoys
// the support of Iran", "the government won the backing of Russia", "has
// support from Cuba". It returns the giver and the holder, or -1.
func (st *docState) heldSupport(s *sent, m match, lo, hi int) (giver, holder int) {
	if m.Relation != "supports" || m.j+1 >= hi || (s.items[m.j].lower != "of" && s.items[m.j].lower != "from") || !isArg(s.items[m.j+1]) {
		return -1, -1
	}
	for k := m.i - 1; k >= lo && k >= m.i-3; k-- {
		if w := s.items[k]; w.kind == word && st.is(cueHolding, w) {
			if h := st.nearestBefore(s, k, lo, true); h >= 0 {
				return s.possessed(m.j+1, hi), h
			}
			return -1, -1
		}
	}
	return -1, -1
}

// copulaSubject returns the subject of a copula standing before item k
// ("Russia is Syria's ally", "Cuba remained the closest partner of …"),
// or -1.
func (st *docState) copulaSubject(s *sent, k, lo int) int {
	for b := k - 1; b >= lo && b >= k-3; b-- {
		switch s.items[b].lower {
		case "is", "was", "are", "were", "remains", "remained", "became", "becomes", "been":
			return st.nearestBefore(s, b, lo, true)
		}
		if s.items[b].kind != word {
			return -1
		}
	}
	return -1
}

// giving reports a relation of giving something: what is given may say
// who gave it ("armed with Soviet weapons").
func giving(rel string) bool {
	switch rel {
	case "arms_transfer", "military_support", "aid":
		return true
	}
	return false
}

// byIncluding returns the first example of a "by" agent that names no
// one itself: "by many countries, including X" (or "such as X"); or -1.
func (st *docState) byIncluding(s *sent, j, hi int) int {
	if j >= hi || s.items[j].lower != "by" {
		return -1
	}
	return st.examplesAfter(s, j+1, hi)
}

// examplesAfter returns the first example named by "such as" or
// "including" within a few words from item j, when no argument comes
// before it but a demonym qualifying the group: "by a number of
// countries, including the United States", "with European countries,
// such as France and Belgium".
func (st *docState) examplesAfter(s *sent, j, hi int) int {
	for k := j; k+1 < hi && k <= j+11; k++ {
		w := s.items[k]
		if isArg(w) && !w.demonym {
			return -1
		}
		first := k + 1 // "including the United States"
		if w.lower == "such" && k+2 < hi && s.items[k+1].lower == "as" {
			first = k + 2
		} else if w.lower != "including" {
			continue
		}
		if first+1 < hi && s.items[first].lower == "the" {
			first++
		}
		if first < hi && isArg(s.items[first]) {
			return first
		}
	}
	return -1
}

// betweenArg returns the first argument after a "between" that belongs to
// the trigger: one before it ("between both countries there are …
// agreements") or right after it ("relations between X and Y"), not one
// of a later phrase ("visited Eritrea, restoring ties between the two").
func (st *docState) betweenArg(s *sent, m match, lo, hi int) int {
	for k := lo; k < hi && k <= m.j+2; k++ {
		if k >= m.i && k < m.j {
			continue
		}
		if s.items[k].kind == word && s.items[k].lower == "between" {
			if k < m.i && !opensPhrase(s, k, lo) {
				return -1 // "the dispute between X and Y escalated as … consultations": the dispute's
			}
			return st.afterWord(s, k, hi, "between")
		}
	}
	return -1
}

// nounSubject finds who acts in a noun trigger's own phrase: a possessive
// ("Iran's support for"), a name or demonym modifying it ("the Soviet
// invasion of", "Russian arms sales to"), or the agent after "by" ("the
// invasion of Kuwait by Iraq"). With none, the clause's subject acts only
// when no other verb trigger stands between it and the noun: in "the EU
// condemns the delivery of drones to Russia" the EU condemns; it delivers
// nothing. Then how is "embedded" and the result -1.
func (st *docState) nounSubject(s *sent, m match, lo, hi int) (int, string) {
	// Walk back over the noun phrase's modifiers: "the recent Russian
	// arms", "Iran's continued".
	destination := false
	for k, n := m.i-1, 0; k >= lo && n < 4; k, n = k-1, n+1 {
		it := s.items[k]
		if k < m.i-1 && isQuoteMark(it.text) || it.text == "'" || it.text == "‘" {
			continue // "Chile's 'continued support for": a quotation opens in the phrase
		}
		if isPossessivePronoun(it) {
			return k, "/possessive" // "its invasion of", "his visit to" (references.go)
		}
		if isArg(it) && destinationOf(s, m, k) {
			destination = true // "Ana's Kenya trip": where she went, not who
			continue
		}
		if isArg(it) {
			return k, "/modifier"
		}
		if it.lower == "'s" || it.lower == "’s" {
			if k-1 >= lo && isArg(s.items[k-1]) {
				return k - 1, "/possessive"
			}
			break
		}
		if (it.lower == "its" || it.lower == "their") && victimOf(m.Relation) {
			// "the Nigerian army, in its fight against Boko Haram"
			if p := st.possessorOf(s, k); p >= 0 {
				return p, "/its"
			}
			break
		}
		if it.kind != word || !isLowerWord(it.text) || isDeterminer(it.lower) || st.is(cuePreposition, it) || st.isVerbLike(it.lower) && !possessedAdjective(s, k, lo) {
			break
		}
	}
	end := s.phraseEnd(m.j, min(hi, m.j+10))
	if a := st.afterWord(s, m.j, end, "by"); a >= 0 {
		return a, "/by"
	}
	if destination {
		return -1, "embedded" // "his Kenya trip": who went is not the clause's subject
	}
	if m.Relation == "transfer" {
		// "the delivery of Iranian drones": the demonym of what is given.
		if k := st.origin(s, m.j, end); k >= 0 {
			return k, "/origin"
		}
	}
	for _, t := range s.triggers {
		if t.Form == "verb" && t.i >= lo && t.j <= m.i {
			return -1, "embedded"
		}
	}
	return -1, ""
}

// possessedAdjective reports an -ed word right after a possessive, an
// adjective of the noun phrase ("Chile's continued support", "its
// renewed attack"), not a verb.
func possessedAdjective(s *sent, k, lo int) bool {
	if !strings.HasSuffix(s.items[k].lower, "ed") {
		return false
	}
	j := k - 1
	for j > lo && (isQuoteMark(s.items[j].text) || s.items[j].text == "'" || s.items[j].text == "‘") {
		j--
	}
	return j >= lo && (s.items[j].lower == "'s" || s.items[j].lower == "’s" || isPossessivePronoun(s.items[j]))
}

// isVerbLike reports a word that ends a noun phrase walking left: an
// auxiliary or a common verb form.
func (st *docState) isVerbLike(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "and", "or", "but", "that", "which":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// adjectival reports a demonym used as an adjective of a thing ("Iranian
// drones", "Soviet weapons"), which is no party to the act, unlike one of
// a body that acts ("the Cuban government", "Syrian forces") or of an act
// ("the American bombing").
func (st *docState) adjectival(s *sent, k int) bool {
	it := s.items[k]
	if it.kind != entity || !it.demonym || k+1 >= len(s.items) {
		return false
	}
	next := s.items[k+1]
	if next.kind != word || !isLowerWord(next.text) || st.is(cueAgent, next) {
		return false
	}
	for _, t := range s.triggers {
		if t.i == k+1 || t.i == k+2 && t.Form == "noun" {
			return false // "the American bombing of Libya": the one who acts
		}
	}
	return true
}

// afterNounTrigger reports whether a noun trigger of an act against
// someone lies between items j and k, so that an argument at k is its
// target ("supported the invasion of Iraq"), not the verb's object.
func (s *sent) afterNounTrigger(j, k int) bool {
	for _, t := range s.triggers {
		if t.Form == "noun" && t.i >= j && t.j <= k && victimOf(t.Relation) {
			return true
		}
	}
	return false
}

// actor returns who does the act a verb's object names: the subject of a
// noun trigger that opens the object ("the Soviet invasion of", "the
// delivery of Iranian drones", "Russia's annexation of"), or -1.
func (st *docState) actor(s *sent, m match, hi int) int {
	for _, t := range s.triggers {
		if t.Form != "noun" || t.i < m.j || t.i > m.j+5 || t.i >= hi {
			continue
		}
		for k := m.j; k < t.i; k++ { // only the noun phrase's own words between
			if w := s.items[k]; w.text == "," || w.lower == "and" || w.lower == "or" {
				return -1
			}
		}
		if p, how := st.nounSubject(s, t, m.j, hi); p >= 0 && how != "" {
			return p
		}
		return -1
	}
	return -1
}

// origin returns a demonym qualifying a given item in [j, hi) ("Soviet
// weapons", "Russian-made jets"): who the thing came from, or -1.
func (st *docState) origin(s *sent, j, hi int) int {
	for k := j; k+1 < hi && k < j+8; k++ {
		if it := s.items[k]; !(it.kind == entity && it.demonym) {
			continue
		}
		// "Soviet weapons", "Soviet military advisers", "Cuban and Soviet
		// troops", "Soviet and East European advisers"
		for n := k + 1; n < hi && n <= k+4; n++ {
			if _, _, isItem := st.itemAt(s, n); isItem {
				return k
			}
			if w := s.items[n]; isArg(w) && !w.demonym || w.kind != word && w.kind != entity {
				break
			}
		}
	}
	return -1
}

// possessorOfThing reports an argument that owns a thing ("Ukraine's
// territorial integrity"): the phrase is about the thing, so its owner is
// no subject, unlike the owner of a body that acts ("Iran's government").
func (st *docState) possessorOfThing(s *sent, k int) bool {
	if k+2 >= len(s.items) || (s.items[k+1].lower != "'s" && s.items[k+1].lower != "’s") {
		return false
	}
	next := s.items[k+2]
	return next.kind == word && isLowerWord(next.text) && !st.is(cueAgent, next)
}

// peopleBefore returns a plural demonym standing for people ("Cubans",
// "the Soviets") as the subject of the passive verb at i, or -1.
func (st *docState) peopleBefore(s *sent, i, lo int) int {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if it := s.items[k]; it.kind == entity && it.demonym && strings.HasSuffix(it.lower, "s") {
			return k
		}
	}
	return -1
}

// purposeSubject returns, for a verb trigger in an infinitive of purpose
// ("X entered Y to support Z"), the clause's subject X rather than the
// nearer object Y; -1 when the trigger is no such infinitive, or a verb of
// control makes the object its subject ("asked Russia to send", "helped
// Syria to build").
func (st *docState) purposeSubject(s *sent, m match, lo int) int {
	if m.Form != "verb" || m.i < 2 || s.items[m.i-1].lower != "to" || s.items[m.i-2].lower == "used" {
		return -1 // "the army used to attack Chile": a habit, not a purpose
	}
	near := st.nearestBefore(s, m.i, lo, true)
	first := -1
	for k := lo; k < m.i; k++ {
		if isArg(s.items[k]) && !st.inPP(s, k) && !s.items[k].aside && s.items[k].entType != graph.TypeEvent {
			first = k
			break
		}
	}
	if first < 0 || near <= first || m.i-first > 12 {
		return -1
	}
	for k := first + 1; k < m.i; k++ {
		if st.is(cueControl, s.items[k]) || s.items[k].lower == "which" || s.items[k].lower == "who" {
			return -1
		}
	}
	return first
}

func victimOf(rel string) bool {
	switch rel {
	case "attack", "sanctions", "threatens", "condemns":
		return true
	}
	return false
}

// unknownSubject reports a name the gazetteer does not know standing as
// the subject right before the verb at i, past its auxiliaries ("Back in
// Lima, Zorba met with …", "they think Zorba is trying to help
// Peru"): the one in an earlier phrase (at p) is not who acts. A name has
// no article and stands in no phrase of its own ("the Royal family to
// visit", "of Ruritanian Zorba").
func (st *docState) unknownSubject(s *sent, i, p int) bool {
	k := i - 1
	for k > p && k >= i-5 && auxiliaryLike(s.items[k]) {
		k--
	}
	n := 0
	for k > p && n < 3 && s.items[k].kind == word && isCapitalized(s.items[k].text) {
		k, n = k-1, n+1
	}
	if n == 0 || k <= p {
		return false
	}
	before := s.items[k]
	return before.kind == word && before.text != "." && !isDeterminer(before.lower) && !st.is(cuePreposition, before) && (before.text == "," || isLowerWord(before.text))
}

// auxiliaryLike reports a word of a verb group before its main verb: an
// auxiliary, "to", an adverb, or a verb of trying ("is trying to help").
func auxiliaryLike(it item) bool {
	if it.kind != word || !isLowerWord(it.text) {
		return false
	}
	switch it.lower {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
		"will", "would", "can", "could", "may", "might", "must", "should", "to", "not", "never",
		"also", "then", "still", "already", "once", "later", "soon", "again":
		return true
	}
	return strings.HasSuffix(it.lower, "ly") || strings.HasSuffix(it.lower, "ing")
}

// hyphenModifier reports a name that a hyphen joins to a participle
// after it, a modifier of the noun that follows: "Ruritania -linked
// gunmen", "Ruritania - backed rebels".
func (s *sent) hyphenModifier(k int) bool {
	if k+1 >= len(s.items) {
		return false
	}
	next := s.items[k+1]
	if w := strings.TrimLeft(next.lower, "-–"); w != next.lower && len(w) > 2 && strings.HasSuffix(w, "ed") {
		return true // "-linked" written as one word
	}
	return isHyphen(next) && k+2 < len(s.items) && isLowerWord(s.items[k+2].text) && strings.HasSuffix(s.items[k+2].lower, "ed")
}

// datedEvent reports a noun trigger named by its year after an article,
// in a prepositional phrase ("used in the 2016 attack on", "since the
// 1998 bombings"): a known event whose actor only its own phrase can
// name ("Chile carried out the 2016 attack on Peru" has its subject).
func (st *docState) datedEvent(s *sent, m match) bool {
	if m.i < 3 {
		return false
	}
	y := s.items[m.i-1].text
	return len(y) == 4 && isNumber(y) && isArticle(s.items[m.i-2].lower) && s.items[m.i-3].kind == word && st.is(cuePreposition, s.items[m.i-3])
}
