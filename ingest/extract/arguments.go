package extract

// The arguments of a trigger: who acts (subjects) and on whom (objects),
// as items of the sentence. Passive and active clauses find them in
// different places; the searches they use (nearestBefore, group,
// afterWord, …) are in clause.go and relations.go.

// passiveArguments: the agent after "by" acts; what the participle is
// said of, or the recipient of what is sent, is the object.
func (st *docState) passiveArguments(s *sent, f *frame) {
	m, lo, hi := f.m, f.lo, f.hi
	if a := st.afterWord(s, m.j, hi, "by"); a >= 0 {
		f.subjects = s.group(a, hi)
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
	if p, how := st.nounSubject(s, m, f.vlo, f.hi); p >= 0 {
		f.subjects = s.groupBack(p, f.vlo)
		f.rule += how
		f.agentOnly = how == "/by"
	} else if how == "embedded" {
		return true
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
	} else if p := st.nearestBefore(s, m.i, lo, false); p >= 0 {
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
	if f.objects == nil && (f.r.Symmetric || f.mutual) && len(f.subjects) >= 2 && m.i-f.subjects[len(f.subjects)-1] <= 8 && !f.examples {
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
	if a := st.directObject(s, m.j, end, f.rel); a >= 0 {
		f.objects = s.group(a, f.hi)
	}
}
