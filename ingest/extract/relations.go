package extract

import (
	"strconv"
	"strings"

	"kg/graph"
)

// match is a trigger found in a sentence, covering items [i, j).
type match struct {
	trigger
	i, j int
}

// findTriggers returns the triggers of a sentence, left to right, longest
// first where two start at the same word.
func (st *docState) findTriggers(s *sent) []match {
	var out []match
	for i := 0; i < len(s.items); i++ {
		it := s.items[i]
		if it.kind != word || !st.is(firstOfTrigger, it) {
			continue
		}
		var best *match // &bestM once a trigger is found: a pointer to m would put every m on the heap
		var bestM match
		for _, t := range st.x.lx.byFirst[it.lower] {
			if i+len(t.Words) > len(s.items) {
				continue
			}
			ok := true
			for k, w := range t.Words {
				if x := &s.items[i+k]; x.kind != word || x.lower != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			m := match{trigger: t, i: i, j: i + len(t.Words)}
			// Among equally long triggers prefer a noun after an article
			// ("a visit by"), then the one whose preposition follows.
			afterArticle := i > 0 && isArticle(s.items[i-1].lower)
			switch {
			case best == nil || len(t.Words) > len(best.Words):
				bestM, best = m, &bestM
			case len(t.Words) < len(best.Words):
			case afterArticle && t.Form == "noun" && best.Form != "noun":
				bestM, best = m, &bestM
			case afterArticle && best.Form == "noun" && t.Form != "noun":
			case t.Prep != "" && m.j < len(s.items) && s.items[m.j].lower == t.Prep && (best.j >= len(s.items) || s.items[best.j].lower != best.Prep):
				bestM, best = m, &bestM
			}
		}
		if best != nil && best.Form == "verb" && len(out) > 0 && out[len(out)-1].j == i && (out[len(out)-1].Relation == "transfer" || out[len(out)-1].Relation == "receipt") {
			// "received support from Iran", "sent aid": what is given, a
			// noun, right after the verb of giving.
			continue
		}
		if best != nil && best.Form == "verb" && i > 0 && isArticle(s.items[i-1].lower) {
			// "an arms embargo", "with the help of": a noun, not the verb;
			// other triggers may start inside it.
			continue
		}
		if best != nil {
			out = append(out, *best)
			i = best.j - 1
		}
	}
	return out
}

// clause returns the bounds [lo, hi) of the clause around items [i, j).
func (st *docState) clause(s *sent, i, j int) (int, int) {
	lo := i
	for lo > 0 && (!st.isBoundary(s, lo-1) || s.items[lo-1].aside && !s.items[i].aside) {
		lo--
	}
	hi := j
	for hi < len(s.items) && !st.isBoundary(s, hi) {
		hi++
	}
	return lo, hi
}

// verbPhrase narrows a clause [lo, hi) to the verb phrase of the trigger
// when the subject has several: "South Korea met Spain in 1950 and began
// relations with South Africa". [vlo, vhi) holds the trigger's own phrase;
// vlo > lo says the subject is shared and stands before vlo.
func (st *docState) verbPhrase(s *sent, m match, lo, hi int) (vlo, vhi int) {
	vlo, vhi = lo, hi
	for k := m.i - 1; k > lo; k-- {
		if st.coordinatesVerb(s, k) {
			vlo = k + 1
			break
		}
	}
	// "financed and handed arms to …": a verb with nothing before the
	// next one shares that one's arguments.
	for k := m.j + 1; k < hi-1; k++ {
		if st.coordinatesVerb(s, k) {
			vhi = k
			break
		}
	}
	return vlo, vhi
}

// yearOf returns the year of a trigger's fact: the nearest year in its
// own verb phrase when the clause has several ("met Spain in 1950 and
// began relations with South Africa in 1960"), else in its clause ("restored
// ties, which had been cut in 2019" is not the restoring's year), else in
// the sentence, else the narrative's (yearNear).
func (st *docState) yearOf(s *sent, m match, spans ...[2]int) int {
	for _, sp := range spans {
		if y := s.nearestYear(m.i, sp[0], sp[1]); y != 0 {
			return y
		}
	}
	return s.yearNear(m.i, st.lastYear, st.paraYear)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// frontedSubject returns, for a noun trigger in a phrase put before the
// clause ("After talks with Cuba, Spain signed …", "During his visit to
// Cuba, Putin …"), the subject of the clause: the first argument after the
// phrase's comma, outside a prepositional phrase; or -1.
func (st *docState) frontedSubject(s *sent, m match, lo, hi int) int {
	opening := -1 // where the phrase holding the trigger starts
	for k := m.i - 1; k >= lo && opening < 0; k-- {
		w := s.items[k]
		if w.text == "," || isArg(w) && w.kind != pronoun {
			return -1 // the trigger is not in an opening phrase, or has its own subject
		}
		if (st.is(cuePreposition, w) || st.is(cueSubordinator, w) || w.lower == "following") && (k == lo || s.items[k-1].text == ",") {
			opening = k
		}
	}
	if opening < 0 {
		return -1
	}
	for k := lo; k < opening; k++ {
		if isArg(s.items[k]) && !st.inPP(s, k) {
			return -1 // "Cuba, after talks with Spain, signed": the subject came first
		}
	}
	for k := m.j; k < hi; k++ {
		if s.items[k].text != "," {
			continue
		}
		for a := k + 1; a < hi && a <= k+4; a++ {
			if isArg(s.items[a]) && !st.inPP(s, a) && s.items[a].entType != graph.TypeEvent {
				return a
			}
		}
		return -1
	}
	return -1
}

// sharedSubject returns the subject of a clause whose verb phrases are
// coordinated: its first argument outside a prepositional phrase, before
// the first verb phrase ends at vlo; or -1.
func (st *docState) sharedSubject(s *sent, lo, vlo int) int {
	if vlo <= lo {
		return -1
	}
	if w := s.items[lo]; st.is(cueSubordinator, w) || st.is(cuePreposition, w) {
		// "Since the creation of Syria, North Korea has …": past the
		// opening phrase.
		for k := lo; k < vlo; k++ {
			if s.items[k].text == "," {
				lo = k + 1
				break
			}
		}
	}
	for k := lo; k < vlo; k++ {
		if isArg(s.items[k]) && s.items[k].entType != graph.TypeEvent && !st.inPP(s, k) && !s.items[k].aside {
			return k
		}
	}
	return -1
}

// sharesAuxiliary reports a verb phrase starting at k with a bare verb,
// which shares the auxiliary (and its "not") of the phrase before it:
// "did not recognize Israel or establish relations with it".
func (st *docState) sharesAuxiliary(s *sent, k int) bool {
	m, ok := s.verbTrigger(k)
	return ok && s.items[k].lower == strings.Fields(m.Lemma)[0]
}

// coordinatesVerb reports "and", "or" or a comma at item k followed by a
// verb: the start of another verb phrase of the same subject.
func (st *docState) coordinatesVerb(s *sent, k int) bool {
	switch s.items[k].lower {
	case "and", "or", ",":
	default:
		return false
	}
	n := k + 1
	if n < len(s.items) && s.items[k].lower == "," && (s.items[n].lower == "and" || s.items[n].lower == "or") {
		n++
	}
	if n >= len(s.items) || s.items[n].kind != word || !isLowerWord(s.items[n].text) {
		return false
	}
	if _, _, isItem := st.itemAt(s, n); isItem && k > 0 {
		if _, _, after := st.itemAt(s, k-1); after {
			return false // "supplied aid and training": two things given
		}
	}
	return st.is(cueFinite, s.items[n]) || s.verbTriggerAt(n)
}

func (st *docState) isBoundary(s *sent, k int) bool {
	it := &s.items[k]
	if it.kind != word {
		return false
	}
	// ", and relations between…" starts a clause; ", and Peru" goes on a list.
	if it.text == "," && k+2 < len(s.items) && !isArg(s.items[k+2]) && !(s.items[k+2].lower == "the" && k+3 < len(s.items) && isArg(s.items[k+3])) {
		// ", and the Netherlands" goes on a list too.
		switch s.items[k+1].lower {
		case "and", "but", "while", "whereas", "yet":
			return true
		}
	}
	switch it.text {
	case "—", "–":
		// "the nations Pence had visited—Brazil, Chile, and Peru": an
		// apposition, not a new clause.
		return !(k+1 < len(s.items) && isArg(s.items[k+1]))
	case ";", ":", "(", ")":
		return true
	}
	if it.lower == "that" && k > 0 && (st.is(cueSpeech, s.items[k-1]) || st.is(cueDenial, s.items[k-1])) {
		return true // "Vučić announced that two countries …": its own clause
	}
	return st.is(cueBoundary, *it)
}

// relation reads the facts stated by one trigger.
func (st *docState) relation(s *sent, m match) {
	lo, hi := st.clause(s, m.i, m.j)
	vlo, vhi := st.verbPhrase(s, m, lo, hi)
	yearSpans := [][2]int{{vlo, vhi}, {lo, hi}} // where the fact's year is looked for first
	if verbalRelation(m.Relation) {
		// "On 4 January 2016, Bahrain …, accusing it of … the 2011 protests"
		yearSpans = append([][2]int{{lo, m.i}}, yearSpans...)
	}
	hi = vhi
	rule := m.Form + ":" + m.Lemma

	if m.Relation == "leader_of" && m.Form == "verb" {
		st.ledBy(s, m, lo, hi, rule)
		return
	}
	if m.Relation == "leader_of" { // "X headed by P"
		subj := st.firstEntity(s, m.j, hi, graph.TypePerson)
		obj := st.nearestBefore(s, m.i, lo, false)
		if obj >= 0 && (s.items[obj].demonym || !onlyLinkWords(s, obj+1, m.i)) {
			obj = -1 // "a Cuban delegation led by Raúl Castro": he led the delegation
		}
		if subj >= 0 && obj >= 0 {
			st.emit(s, m, graph.Fact{Subject: s.items[subj].ent, Relation: "leader_of", Object: s.items[obj].ent, Role: "head", Confidence: 0.8}, rule)
		}
		return
	}

	if m.Form == "verb" && m.i > 0 && (s.items[m.i-1].lower == "against" || s.items[m.i-1].lower == "from") && strings.HasSuffix(s.items[m.i].lower, "ing") {
		return // "warned against selling weapons", "refrained from attacking": not done
	}
	if m.Form == "verb" && m.Participle && len(m.Words) == 1 && m.i > 0 && m.j < len(s.items) {
		prev, next := s.items[m.i-1], s.items[m.j]
		if (isArticle(prev.lower) || prev.kind == entity && prev.demonym) && next.kind == word && isLowerWord(next.text) && !isDeterminer(next.lower) && !st.is(cuePreposition, next) {
			return // "Iranian armed forces", "the backed rebels": an adjective
		}
	}
	if m.Form == "verb" && len(m.Words) == 1 && m.i > 0 && st.x.lx.is(cueParticle, m.Words[0]) && st.is(cuePhrasal, s.items[m.i-1]) {
		return // "pushed back", "dates back": a particle, not the verb "back"
	}
	if (m.Relation == "aid" || m.Relation == "supports") && s.purposeOfGiving(m, lo) {
		return // "sent troops to help Saudi Arabia": what is sent says what it is
	}
	if m.Form == "noun" && m.Relation == "transfer" && st.restricted(s, m.i, lo) {
		return // "an embargo on arms sales to Argentina": no sale
	}
	if m.Form == "noun" && m.Relation == "diplomatic_relations" && len(m.Words) == 1 && !st.bonded(s, m, lo, hi) {
		return // "relations between the two are worse": not about holding relations
	}
	rel, kind, qty := m.Relation, "", quantity{}
	// "Syria receives weapons from Russia": the giver is after "from".
	reverse := rel == "receipt"
	if rel == "transfer" || reverse {
		var ok bool
		rel, kind, qty, ok = st.given(s, m, lo, hi)
		switch {
		case !ok && reverse && st.x.lx.is(cueHosting, m.Words[0]):
			// "King Abdullah received the Iraqi Prime Minister": a visit.
			rel, reverse, m.Prep = "meets", false, ""
		case !ok && st.x.lx.is(cueDeployment, m.Words[0]) && m.Participle && st.peopleBefore(s, m.i, lo) >= 0:
			// "half a million Cubans were deployed in Angola": people
			// deployed are troops.
			rel = "military_support"
		case !ok:
			return
		}
	} else if rel == "aid" {
		kind = st.aidKind(s)
		if q := st.quantityAfter(s, m.j, hi); q.n != 0 {
			qty = q
		}
	}
	if st.notBacking(s, m, rel) {
		return // "provided logistical support to": aid, not backing
	}
	r, _ := graph.LookupRelation(rel)

	var subjects, objects []int
	allPairs := false  // a symmetric relation among the coordinated subjects
	agentOnly := false // a noun trigger with its "by" agent: "the invasion by Morocco"
	examples := false  // the subjects are examples: "as in the case of Chile"
	// "fought a border war", "the war between Iran and Iraq": each party
	// attacks the other.
	mutual := rel == "attack" && st.mutualTrigger(m)
	bothWays := false // subjects attack objects and objects subjects
	// "were sent by North Korea"; and the reduced form "The Ethiopian
	// army, backed by Cuban troops, …": a participle right after a comma
	// or a noun, followed by "by".
	// After a bare noun ("movements supported by the United States") the
	// participle qualifies that noun and nothing before it.
	byAgent := m.Form == "verb" && m.Participle && m.j < len(s.items) && s.items[m.j].lower == "by" && m.i > 0
	reduced := byAgent && s.items[m.i-1].text == ","
	afterNoun := byAgent && !reduced && !st.beforeIsBe(s, m.i, lo) && s.items[m.i-1].kind == word && isLowerWord(s.items[m.i-1].text)
	passive := m.Form == "verb" && m.Participle && (st.beforeIsBe(s, m.i, lo) || reduced || afterNoun)
	confidence := 0.8
	switch {
	case passive:
		if a := st.afterWord(s, m.j, hi, "by"); a >= 0 {
			subjects = s.group(a, hi)
		} else if a := st.byIncluding(s, m.j, hi); a >= 0 {
			// "recognized by a number of countries, including the United
			// States and Germany"
			subjects = s.group(a, hi)
			rule += "/including"
		} else if o := st.origin(s, m.j, hi); o >= 0 && giving(rel) {
			// "Egypt's army was armed with Soviet weapons": who made them.
			subjects = s.group(o, hi)
			rule += "/origin"
		} else if o := st.origin(s, lo, m.i); o >= 0 && m.Relation == "transfer" {
			// "Iranian fighters were deployed to Syria", "Cuban and Soviet
			// troops are stationed in Angola"
			subjects = s.group(o, m.i)
			rule += "/origin"
		} else if p := st.peopleBefore(s, m.i, lo); p >= 0 && m.Relation == "transfer" {
			// "Cubans were deployed in Angola"
			subjects = []int{p}
			rule += "/people"
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
			objects = s.group(recipient, hi)
		} else if afterNoun {
			// the noun is not a name: no object
		} else if p := st.nearestBefore(s, m.i, lo, true); p >= 0 {
			objects = []int{p}
		}
		rule += "/passive"
	default:
		if b := st.betweenArg(s, m, lo, hi); b >= 0 && (r.Symmetric || mutual) {
			// "relations between X and Y", "between both countries there are … agreements"
			g := s.group(b, hi)
			if len(g) >= 2 {
				subjects, objects = g[:1], g[1:]
				rule += "/between"
				bothWays = mutual
				break
			}
			if s.items[b].kind == groupRef {
				subjects = g
				rule += "/between"
				break
			}
		}
		if m.Form == "noun" {
			if p, o := st.heldSupport(s, m, vlo, hi); p >= 0 {
				// "Hezbollah enjoys the support of Iran"
				subjects, objects = s.group(p, hi), s.groupBack(o, vlo)
				rule += "/held"
				break
			}
			if p, how := st.nounSubject(s, m, vlo, hi); p >= 0 {
				subjects = s.groupBack(p, vlo)
				rule += how
				agentOnly = how == "/by"
			} else if how == "embedded" {
				break
			} else if p := st.frontedSubject(s, m, lo, hi); p >= 0 {
				subjects = s.group(p, hi)
				rule += "/fronted"
			}
		}
		if subjects == nil && m.Form == "noun" && r.Symmetric && st.nearestBefore(s, m.i, vlo, false) < 0 {
			// "relations resumed, as in the case of Argentina or Chile":
			// the examples are the parties (the other one is the topic).
			subjects = st.casesOf(s, m.j, hi)
			if subjects != nil {
				rule += "/case"
				examples = true
			}
		}
		if subjects != nil {
			// found in the noun's own phrase
		} else if p := st.purposeSubject(s, m, lo); p >= 0 {
			// "Soviet troops entered Afghanistan to support the
			// government": the one who acts for that purpose.
			subjects = s.groupBack(p, lo)
			rule += "/purpose"
		} else if p := st.nearestBefore(s, m.i, vlo, true); p >= 0 {
			subjects = s.groupBack(p, vlo)
		} else if p := st.sharedSubject(s, lo, vlo); p >= 0 {
			// "South Korea met Spain and began relations with …"
			subjects = s.group(p, vlo)
			rule += "/shared"
		} else if p := st.nearestBefore(s, m.i, lo, false); p >= 0 {
			subjects = []int{p}
			rule += "/pp"
		} else if p := st.antecedent(s, lo); p >= 0 {
			// "Kenya was one of the first countries that recognized …"
			subjects = s.groupBack(p, 0)
			rule += "/relative"
		}
		if m.Prep != "" {
			limit := hi
			if m.Form == "noun" { // "sanctions on X", not "sanctions and the freedom of X"
				limit = s.phraseEnd(m.j, min(hi, m.j+9))
			}
			if a := st.afterWord(s, m.j, limit, m.Prep); a >= 0 {
				if rel == "sanctions" && s.items[a].demonym && a+1 < limit && isLowerWord(s.items[a+1].text) {
					// "an embargo on French arms sales to Argentina":
					// whom the sales go to.
					if b := st.afterWord(s, a+1, limit, "to"); b >= 0 {
						a = b
					}
				}
				objects = s.group(a, hi)
				// "China had a brief war with India": each side fights.
				bothWays = mutual && m.Prep == "with"
			}
		}
		if objects == nil && reverse {
			// "Portugal has received Cuban doctors": the giver is whose
			// the things given are.
			if o := st.origin(s, m.j, hi); o >= 0 {
				objects = s.group(o, hi)
				rule += "/origin"
			}
		}
		if objects == nil && m.Relation == "transfer" && st.x.lx.is(cueDeployment, m.Words[0]) {
			// "Russia deployed troops in Mali": where they are deployed.
			for _, prep := range []string{"in", "into"} {
				if a := st.afterWord(s, m.j, hi, prep); a >= 0 && objects == nil {
					objects = s.group(a, hi)
				}
			}
		}
		if objects == nil && !reverse && m.Form == "verb" && (rel == "condemns" || rel == "supports") {
			// "condemned the American bombing of Libya", "condemns the
			// delivery of Iranian drones": whoever does the act.
			if a := st.actor(s, m, hi); a >= 0 {
				objects = s.groupBack(a, m.j)
				rule += "/act"
			}
		}
		if objects == nil && rel == "supports" {
			// "sympathizes with issues such as the freedom of the Cuban
			// Five", "backs the independence of Kosovo": whose cause.
			if a := st.causeOf(s, m.j, hi); a >= 0 {
				objects = s.group(a, hi)
				rule += "/cause"
			}
		}
		if objects == nil && rel == "threatens" && m.j+1 < hi && s.items[m.j].lower == "to" && s.verbTriggerAt(m.j+1) {
			// "threatened to attack South Korea": whom the threat is
			// against is the object of the threatened act.
			if a := st.directObject(s, m.j+2, hi, "attack"); a >= 0 {
				objects = s.group(a, hi)
				rule += "/act"
			}
		}
		if objects == nil && !reverse && (m.Form != "noun" || m.Prep == "") {
			end := hi
			if m.Relation == "transfer" {
				// "provided Ukraine with missiles", "sent Cuba rifles": a
				// recipient without "to" stands right after the verb.
				end = min(hi, m.j+2)
			}
			if st.x.lx.is(cuePreposition, m.Words[len(m.Words)-1]) {
				// "fight for Ethiopia", not "fight for the sovereignty of X"
				end = min(hi, m.j+2)
			}
			if a := st.directObject(s, m.j, end, rel); a >= 0 {
				objects = s.group(a, hi)
			}
		}
		if objects == nil && m.Form == "noun" && r.Symmetric && len(subjects) == 1 && subjects[0] < m.i {
			// "Russia is Syria's main ally": the copula's subject is the
			// other party.
			if c := st.copulaSubject(s, subjects[0], lo); c >= 0 {
				objects = s.groupBack(c, lo)
				rule += "/copula"
			} else if m.j < hi && isArg(s.items[m.j]) {
				objects = []int{m.j} // "Cuba's ally Venezuela"
				rule += "/apposition"
			}
		}
		if objects == nil && (r.Symmetric || mutual) && len(subjects) >= 2 && m.i-subjects[len(subjects)-1] <= 8 && !examples {
			// "Iran, Syria, Iraq and Russia form an alliance": each with each.
			allPairs = true
			rule += "/coordinated"
		}
	}
	if reverse {
		subjects, objects = objects, subjects
		rule += "/from"
	}
	if !passive && len(subjects) > 0 {
		subjects = append(subjects, s.alongWith(subjects[len(subjects)-1], m.i)...)
	}
	if rel == "aid" && len(subjects) > 0 && subjects[0]+1 < len(s.items) && s.items[subjects[0]].kind == entity {
		// "Korean People's Army pilots … provide us with training":
		// who gives decides when what is given is not material.
		if c := st.x.lx.items[s.items[subjects[0]+1].lower]; c.Relation == "military_support" && (kind == "education" || kind == "technical" || kind == "") {
			rel, kind = "military_support", ""
			r, _ = graph.LookupRelation(rel)
			rule += "/military"
		}
	}
	if rel == "travel" {
		// "Putin arrived in Pyongyang", "a Chinese delegation travelled
		// to Cuba": a visit; "Soviet tanks arrived in Libya" is not.
		if len(subjects) == 0 || !st.traveller(s, subjects[0]) {
			return
		}
		rel = "meets"
		r, _ = graph.LookupRelation(rel)
	}
	if rel == "presence" {
		// "Soviet advisers are serving in Ethiopia": what the subject is
		// decides the relation; a country alone serves nowhere.
		rel = ""
		if len(subjects) > 0 && s.items[subjects[0]].demonym {
			// "Soviet military advisers", "Soviet and East European
			// advisers": the people named after the demonyms.
			for k := subjects[len(subjects)-1] + 1; k < m.i && k <= subjects[len(subjects)-1]+4; k++ {
				if c, _, ok := st.itemAt(s, k); ok {
					rel, kind = c.Relation, c.Kind
					break
				}
				if isArg(s.items[k]) {
					break
				}
			}
		}
		if rel == "" || rel == "transfer" {
			return
		}
		r, _ = graph.LookupRelation(rel)
	}
	if len(subjects) == 0 {
		return
	}
	for n, k := range subjects { // "the Government of India urged"
		subjects[n] = s.possessed(k, m.i)
	}
	// Polarity and modality: cues between the subject and the trigger
	// ("Japan does not recognize"), so that a negation in an earlier
	// clause ("has not changed, North Korea continues to recognize") does
	// not leak in.
	from := lo
	if !passive && subjects[len(subjects)-1] < m.i {
		from = subjects[len(subjects)-1] + 1
	}
	if vlo > from && !st.sharesAuxiliary(s, vlo) {
		// "did not suspend them or began relations": the negation was
		// the first verb's.
		from = vlo
	}
	negated, hypothetical, requested, hedged := false, false, false, false
	for k := lo; k < from; k++ {
		switch s.items[k].lower {
		case "if", "unless", "whether": // a condition covers the whole clause
			hypothetical = true
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
			negated = !negated
		case st.is(cueModal, w) && !st.reportedDecision(s, k):
			hypothetical = true
		case st.is(cueHedge, w):
			hedged = true
		case st.is(cueRequest, w) && rel != "demands":
			requested = true
		}
	}
	if hypothetical && negated && st.futureOnly(s, from, m.i) {
		// "We will never recognize Kosovo": a refusal, stated as a denial.
		hypothetical = false
	}
	if hypothetical || requested {
		return
	}
	if hedged {
		rule += "/hedged"
	}
	claimAt := from
	if !passive && subjects[0] > m.i {
		claimAt = m.i // "the EU condemns the delivery of Iranian drones"
	}
	claimedBy, denied := st.claimAt(s, claimAt)
	if claimedBy == "" {
		claimedBy = st.ownClaim(s, subjects, from, m.i)
	}
	if denied {
		negated = !negated
		rule += "/denied"
	}
	st.claimedBy = claimedBy
	defer func() { st.claimedBy = "" }()
	untilYear := 0
	if negated {
		// "did not establish relations until 1992": established in 1992.
		if y := s.untilYear(m.j, hi); y != 0 {
			negated, untilYear = false, y
			rule += "/until"
		}
	}
	if qty.none {
		negated = !negated
		rule += "/none"
	}
	if !passive && len(subjects) > 0 && subjects[0] > 0 {
		// "Neither France nor Germany supported …"
		switch s.items[subjects[0]-1].lower {
		case "neither", "nor":
			negated = !negated
		}
	}
	if (rel == "diplomatic_relations" || m.Form == "noun") && st.ruptured(s, m, lo) {
		negated = !negated
		rule += "/rupture"
	}
	// Marks that explain (and lower) the confidence: arguments reached
	// through a reference ("it", "the country", "both countries") or far
	// from the trigger.
	for _, k := range append(append([]int{}, subjects...), objects...) {
		if it := s.items[k]; it.kind != entity {
			rule += "/ref"
			break
		}
	}
	if last := subjects[len(subjects)-1]; last < m.i && m.i-last > 10 || last > m.j && last-m.j > 10 {
		rule += "/far"
	}
	var subjIDs []string
	for _, i := range subjects {
		subjIDs = append(subjIDs, st.resolveAll(s, i, "")...)
		if it := s.items[i]; it.kind == pronoun && it.lower == "we" && st.personCountry[it.ent] != "" {
			// "“We strongly urge Chile”, Pence declared": the speaker and
			// the country he speaks for.
			subjIDs = append(subjIDs, st.personCountry[it.ent])
		}
	}
	if r.Symmetric && len(objects) == 0 && len(subjIDs) >= 2 && len(subjects) == 1 && s.items[subjects[0]].kind == groupRef {
		// "relations between both countries": the members with each other.
		allPairs = true
	}
	if allPairs && len(subjIDs) >= 2 {
		year := st.yearOf(s, m, yearSpans...)
		if untilYear != 0 {
			year = untilYear
		}
		for a := range subjIDs {
			for b := a + 1; b < len(subjIDs); b++ {
				if allowed(rel, subjIDs[a], subjIDs[b]) {
					st.emit(s, m, graph.Fact{Subject: subjIDs[a], Relation: rel, Object: subjIDs[b], Negated: negated, Year: year, Confidence: confidence}, rule)
					if mutual {
						st.emit(s, m, graph.Fact{Subject: subjIDs[b], Relation: rel, Object: subjIDs[a], Negated: negated, Year: year, Confidence: confidence}, rule+"/mutual")
					}
				}
			}
		}
		return
	}
	if st.reciprocal(s, m.j, hi) && len(subjIDs) >= 2 {
		// "in solidarity with each other": every member with every other.
		for _, a := range subjIDs {
			for _, b := range subjIDs {
				if a != b && allowed(rel, a, b) {
					st.emit(s, m, graph.Fact{Subject: a, Relation: rel, Object: b, Year: s.yearNear(m.i, st.lastYear, st.paraYear), Confidence: confidence}, rule+"/reciprocal")
				}
			}
		}
		return
	}
	var objIDs []string
	for _, i := range objects {
		exclude := ""
		if len(subjIDs) > 0 {
			exclude = subjIDs[0]
		}
		objIDs = append(objIDs, st.resolveAll(s, i, exclude)...)
	}
	invasion := rel == "attack" && agentOnly
	if topic := st.sectionTopic(); len(objIDs) == 0 && len(subjIDs) > 0 && topic != "" && topic != subjIDs[0] && (r.Symmetric || m.Relation == "transfer" || invasion) {
		// "After its fall, the DPRK began to establish diplomatic relations."
		// "despite the invasion by Morocco": the other party is the
		// country the section is about.
		objIDs = []string{topic}
		rule += "/topic"
	}
	year := st.yearOf(s, m, yearSpans...)
	if untilYear != 0 {
		year = untilYear
	}
	gifts := []itemClass{{Relation: rel, Kind: kind}}
	if m.Relation == "transfer" || m.Relation == "receipt" {
		gifts = append(gifts, st.alsoGiven...)
	}
	for n, gift := range gifts {
		f := graph.Fact{Relation: gift.Relation, Negated: negated, Year: year, Kind: gift.Kind, Confidence: confidence}
		if n == 0 { // the quantity counts the first item
			f.Quantity, f.Unit, f.Item = qty.n, qty.unit, qty.item
		}
		st.emitPairs(s, m, subjIDs, objIDs, f, rule, bothWays)
	}
}

// emitPairs emits the fact f for every subject and object, and with
// bothWays its reverse too.
func (st *docState) emitPairs(s *sent, m match, subjIDs, objIDs []string, f graph.Fact, rule string, bothWays bool) {
	for _, sub := range subjIDs {
		for _, obj := range objIDs {
			rel := f.Relation
			if rel == "meets" && graph.EntityType(obj) == graph.TypeEvent {
				rel = "participated_in" // "Brazil hosted the 2014 World Cup"
			}
			if sub == obj || !allowed(rel, sub, obj) {
				continue
			}
			f := f
			f.Subject, f.Relation, f.Object = sub, rel, obj
			st.emit(s, m, f, rule)
			if bothWays {
				f.Subject, f.Object = obj, sub
				st.emit(s, m, f, rule+"/mutual")
			}
		}
	}
}

// allowed rejects pairings the ontology rules out.
func allowed(rel, sub, obj string) bool {
	st, ot := graph.EntityType(sub), graph.EntityType(obj)
	switch rel {
	case "leader_of":
		return st == graph.TypePerson && (ot == graph.TypeCountry || ot == graph.TypeOrganization)
	case "participated_in":
		return ot == graph.TypeEvent
	case "diplomatic_relations":
		return st == graph.TypeCountry && ot == graph.TypeCountry
	case "recognizes": // a state, a government, its leader ("recognized Maduro"), a referendum
		return st != graph.TypeEvent
	case "sanctions", "cooperation":
		return st != graph.TypeEvent && (ot == graph.TypeCountry || ot == graph.TypeOrganization)
	case "supports", "condemns": // "supported the Cuban Revolution"
		return st != graph.TypeEvent
	}
	return st != graph.TypeEvent && ot != graph.TypeEvent
}

func (st *docState) emit(s *sent, m match, f graph.Fact, rule string) {
	f.Rule = rule
	if f.ClaimedBy == "" {
		f.ClaimedBy = st.claimedBy
	}
	year, latest := f.Year, 0
	if year == 0 {
		year = s.stateYear
	}
	if year == 0 && !s.present {
		// A history that has not yet reached the successor's time.
		year, latest = st.lastYear, st.maxYear
	}
	f.Subject, f.Object = st.stateAt(f.Subject, year, latest), st.stateAt(f.Object, year, latest)
	if s.present && f.Year == 0 {
		// "Currently between both countries …": no former state now.
		f.Subject, f.Object = st.successor(f.Subject), st.successor(f.Object)
	}
	if f.Subject == f.Object {
		return
	}
	st.facts = append(st.facts, f)
}

// stateAt is Lexicon.stateAt, noting the predecessor state as an entity
// of the document.
func (st *docState) stateAt(id string, year, latest int) string {
	to := st.x.lx.stateAt(id, year, latest)
	if to != id {
		if e := st.x.gaz.Entity(to); e != nil {
			st.note(e, "")
		} else {
			return id
		}
	}
	return to
}

// resolve returns the entity id of a subject or object item, resolving
// descriptors to the latest country other than exclude.
func (st *docState) resolve(s *sent, i int, exclude string) string {
	it := s.items[i]
	switch it.kind {
	case entity, pronoun:
		if it.kind == pronoun && it.ent == exclude && exclude != "" {
			return st.otherReferent(s, i, exclude) // not reflexive: "accusing it of"
		}
		return it.ent
	case descriptor:
		// "the country": the latest country named before it, preferring
		// one named as a subject or object over one inside a
		// prepositional phrase ("supported by the United States"); "the
		// Asian country": the latest Asian one.
		in := st.x.lx.regionOf(it.lower)
		half := "" // "the North" of a text on North Korea or North Vietnam
		if it.lower == "the north" || it.lower == "the south" {
			half = it.text[len("the "):] + " "
		}
		fits := func(id string) bool {
			if graph.EntityType(id) != graph.TypeCountry || id == exclude || in != nil && !in[id] {
				return false
			}
			e := st.entities[id]
			return half == "" || e != nil && strings.HasPrefix(e.Name, half)
		}
		for _, outsidePP := range []bool{true, false} { // this sentence first
			for k := i - 1; k >= 0; k-- {
				if x := s.items[k]; x.kind == entity && fits(x.ent) && (!outsidePP || !st.inPP(s, k)) {
					return x.ent
				}
			}
		}
		for _, wantSalient := range []bool{true, false} {
			for k := st.sentHistory - 1; k >= 0 && k >= st.sentHistory-40; k-- {
				if id := st.history[k]; fits(id) && (!wantSalient || st.salient[k]) {
					return id
				}
			}
		}
	}
	return ""
}

func isArg(it item) bool {
	if it.modifier {
		return false
	}
	return it.kind == entity || it.kind == pronoun || it.kind == descriptor || it.kind == groupRef
}

// resolveAll is resolve for an argument that may stand for several
// entities: "both countries" is each country of the latest list.
func (st *docState) resolveAll(s *sent, i int, exclude string) []string {
	if it := s.items[i]; it.kind == groupRef {
		// "both countries", "the two nations": the last two countries
		// named; "all three nations": the last three; "these countries":
		// the latest list.
		n := 0
		switch {
		case strings.Contains(it.lower, "two") || strings.Contains(it.lower, "both"):
			n = 2
		case strings.Contains(it.lower, "three"):
			n = 3
		}
		if n == 0 {
			return st.group
		}
		// A list of exactly that many earlier in the sentence ("against
		// Syria and Egypt … both countries"), else the last ones named.
		before := &sent{text: s.text, items: s.items[:i]}
		if g := before.countryGroup(); len(g) == n {
			return g
		}
		var ids []string
		add := func(id string) {
			if len(ids) < n && graph.EntityType(id) == graph.TypeCountry && !contains(ids, id) {
				ids = append(ids, id)
			}
		}
		for k := i - 1; k >= 0; k-- { // this sentence, before the phrase
			if s.items[k].kind == entity && s.items[k].ent != exclude {
				add(s.items[k].ent)
			}
		}
		if len(ids) < n {
			// Exactly that many in the previous sentence, else, for two,
			// the two the document is about ("India–Israel relations …
			// Both countries cooperate").
			var prev []string
			for k := st.prevHistory; k < st.sentHistory; k++ {
				if id := st.history[k]; graph.EntityType(id) == graph.TypeCountry && !contains(prev, id) && id != exclude {
					prev = append(prev, id)
				}
			}
			switch {
			case len(ids) == 0 && len(prev) == n:
				return prev
			case len(ids) == 0 && n == 2 && len(st.pair) == 2 && !contains(st.pair, exclude):
				return st.pair
			}
		}
		for k := st.sentHistory - 1; k >= 0; k-- { // then earlier sentences
			add(st.history[k])
		}
		if len(ids) < n {
			return nil
		}
		return ids
	}
	if id := st.resolve(s, i, exclude); id != "" {
		return []string{id}
	}
	return nil
}

// nearestBefore returns the nearest argument before item i within the
// clause; with outsidePP, only one not inside a prepositional phrase.
func (st *docState) nearestBefore(s *sent, i, lo int, outsidePP bool) int {
	for k := i - 1; k >= lo; k-- {
		if s.items[k].aside && (i >= len(s.items) || !s.items[i].aside) {
			continue // "Hezbollah, a Lebanese militant group, attacked"
		}
		if isArg(s.items[k]) && s.items[k].entType != graph.TypeEvent {
			if outsidePP && st.inPP(s, k) {
				continue
			}
			if outsidePP && st.possessorOfThing(s, k) {
				continue // "undermining Ukraine's territorial integrity by helping"
			}
			if outsidePP && st.nounModifier(s, k) {
				continue // "The United States and 15 other UN members sent"
			}
			return k
		}
	}
	return -1
}

// nounModifier reports a name qualifying a noun for other parties after
// it ("UN members", "NATO allies", "EU states"), which is not itself the
// subject; "US officials" and "Cuban troops" speak for their country.
func (st *docState) nounModifier(s *sent, k int) bool {
	it := s.items[k]
	if it.kind != entity || it.entType == graph.TypePerson || k+1 >= len(s.items) {
		return false
	}
	return st.is(cueMembers, s.items[k+1])
}

// afterWord returns the first argument following the word w (within three
// items of it) after item i.
func (st *docState) afterWord(s *sent, i, hi int, w string) int {
	for k := i; k < hi; k++ {
		if s.items[k].kind == word && s.items[k].lower == w {
			for a := k + 1; a < hi && a <= k+6; a++ {
				if isArg(s.items[a]) {
					return s.possessed(a, hi)
				}
			}
		}
	}
	return -1
}

// firstEntity returns the first argument in [i, hi) of the type ("" any).
func (st *docState) firstEntity(s *sent, i, hi int, typ string) int {
	for k := i; k < hi; k++ {
		if isArg(s.items[k]) && (typ == "" || s.items[k].entType == typ) {
			return k
		}
	}
	return -1
}

// beforeIsBe reports whether a form of "to be" stands just before item i.
func (st *docState) beforeIsBe(s *sent, i, lo int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		switch s.items[k].lower {
		case "was", "were", "is", "are", "been", "being", "be":
			return true
		}
		if isArg(s.items[k]) {
			return false
		}
	}
	return false
}

// group returns the argument at i and those coordinated with it:
// "Brazil, Mexico, and Peru", "Syria and Egypt".
func (s *sent) group(i, hi int) []int {
	if s.items[i].kind == groupRef && i+2 < hi && s.items[i+1].lower == "of" && isArg(s.items[i+2]) {
		return s.group(i+2, hi) // "both nations of Iran and Syria"
	}
	out := []int{i}
	// "with Franco's Spain, with the Argentine dictatorship": the
	// preposition of the first member may be repeated before the next.
	prep := ""
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		w := s.items[b]
		if w.lower == "the" || w.lower == "'s" || w.lower == "’s" || isArg(w) || isCapitalized(w.text) {
			continue // "with Franco's Spain"
		}
		if w.kind == word && w.lower != "," {
			prep = w.lower
		}
		break
	}
	k := i + 1
	if k+1 < hi && s.items[k].lower == "'s" && isArg(s.items[k+1]) {
		k += 2 // "Franco's Spain" is one member
	}
	for k < hi {
		if last := s.items[out[len(out)-1]]; last.demonym || last.entType == graph.TypePerson {
			// "the Argentine dictatorship, with …" (or "Dictatorship"):
			// past the member's noun.
			for n := 0; n < 2 && k < hi && s.items[k].kind == word && isWordRune([]rune(s.items[k].text)[0]) && s.items[k].lower != "and" && s.items[k].lower != "or" && s.items[k].lower != prep; n++ {
				k++
			}
		}
		j := k
		conj, repeated := false, false
		if j+1 < hi && isHyphen(s.items[j]) && joinable(s.items[out[len(out)-1]]) && joinable(s.items[j+1]) {
			// "the Iraqi-Soviet friendship pact": both parties.
			out = append(out, j+1)
			k = j + 2
			continue
		}
		for j < hi && s.items[j].kind == word {
			if s.asWellAs(j) {
				conj, j = true, j+3
				continue
			}
			if !(s.items[j].lower == "," || s.items[j].lower == "and" || s.items[j].lower == "or" || s.items[j].lower == "the" || prep != "" && s.items[j].lower == prep && j > k) {
				break
			}
			conj = conj || s.items[j].lower == "and" || s.items[j].lower == "or"
			repeated = repeated || s.items[j].lower == prep
			j++
		}
		// "the communist regime and its ally Cuba": after "and", a
		// possessive and a noun may come before the next member.
		for n := 0; conj && n < 2 && j < hi && s.items[j].kind == word && !isCapitalized(s.items[j].text) && isWordRune([]rune(s.items[j].text)[0]) && !isArg(s.items[j]); n++ {
			if n == 0 && !isDeterminer(s.items[j].lower) {
				break
			}
			j++
		}
		if repeated && j < hi && !isArg(s.items[j]) {
			// "with Franco's Spain, with the Pinochet dictatorship in
			// Chile": the repeated preposition's member may come a few
			// words in.
			for n := j; n < hi && n < j+4 && s.items[n].kind == word && s.items[n].lower != "," && s.items[n].lower != "and" && s.items[n].lower != "or" && s.items[n].lower != prep; n++ {
				if n+1 < hi && isArg(s.items[n+1]) {
					j = n + 1
					break
				}
			}
		}
		if j == k || j >= hi || !isArg(s.items[j]) {
			break
		}
		// ", the Cuban outlet": a demonym after a bare comma modifies what
		// follows; it does not go on the list.
		if s.items[j].demonym && !conj && !repeated {
			break
		}
		out = append(out, s.possessed(j, hi))
		k = out[len(out)-1] + 1
		if conj {
			// "Russia and China, Serbia …": the list ended with "and".
			break
		}
	}
	return out
}

// groupBack is group for an argument found by walking left: "Cuba and
// North Korea have signed".
func (s *sent) groupBack(i, lo int) []int {
	out := []int{i}
	k := i - 1
	for k >= lo {
		if k-1 >= lo && isHyphen(s.items[k]) && joinable(s.items[k-1]) && joinable(s.items[out[0]]) {
			// "Iran-Syria relations", "the Iraqi-Soviet pact"
			out = append([]int{k - 1}, out...)
			k -= 2
			continue
		}
		j := k
		conj := false
		for j >= lo && s.items[j].kind == word {
			if j-2 >= lo && s.asWellAs(j-2) {
				conj, j = true, j-3
				continue
			}
			if !(s.items[j].lower == "," || s.items[j].lower == "and" || s.items[j].lower == "the") {
				break
			}
			conj = conj || s.items[j].lower == "and"
			j--
		}
		// The last link must be "and": in "Since the creation of Syria,
		// North Korea has…" the comma ends a phrase, it joins no list.
		if j == k || j < lo || !isArg(s.items[j]) || (len(out) == 1 && !conj) {
			break
		}
		out = append([]int{j}, out...)
		k = j - 1
	}
	return out
}

// quantity is "100,000 AK rifles" read as 100000, "rifles", "AK rifles".
type quantity struct {
	n          int64
	unit, item string
	none       bool // "no weapons": nothing was given
}

// given decides what a giving verb gives: the item class nearest after the
// verb (or before it, in the passive), with its quantity.
// itemAt returns the class of the item phrase (items.tsv) starting at
// item k, longest first, and its length in items.
func (st *docState) itemAt(s *sent, k int) (itemClass, int, bool) {
	for n := st.x.lx.itemMax; n >= 1; n-- {
		if k+n > len(s.items) {
			continue
		}
		var words []string
		for _, it := range s.items[k : k+n] {
			if it.kind != word {
				break
			}
			words = append(words, it.lower)
		}
		if len(words) != n {
			continue
		}
		if c, found := st.x.lx.items[strings.Join(words, " ")]; found {
			return c, n, true
		}
	}
	return itemClass{}, 0, false
}

func (st *docState) given(s *sent, m match, lo, hi int) (rel, kind string, q quantity, ok bool) {
	st.alsoGiven = st.alsoGiven[:0]
	try := func(k int) bool {
		c, n, found := st.itemAt(s, k)
		if !found {
			return false
		}
		rel, kind = c.Relation, c.Kind
		st.coordinatedItems(s, c, k+n, hi)
		q = st.quantityBefore(s, k, k+n)
		// "supplied no weapons", "sent no combat troops"
		for b := k - 1; b >= 0 && b >= k-3; b-- {
			if s.items[b].lower == "no" {
				q.none = true
			}
			if s.items[b].kind != word || !isLowerWord(s.items[b].text) {
				break
			}
		}
		return true
	}
	before := func() bool {
		for k := m.i - 1; k >= lo && k >= m.i-5; k-- {
			if try(k) {
				return true
			}
		}
		return false
	}
	// "pilots were sent to provide training": in the passive, what is
	// sent is the subject, whatever the purpose clause names after it.
	passive := m.Form == "verb" && m.Participle && st.beforeIsBe(s, m.i, lo)
	if passive && before() {
		return rel, kind, q, true
	}
	for k := m.j; k < hi && k < m.j+14; k++ {
		if try(k) {
			return rel, kind, q, true
		}
	}
	for k := m.i; k < m.j; k++ { // "arms sales": the item is in the trigger
		if try(k) {
			return rel, kind, q, true
		}
	}
	if !passive && before() {
		return rel, kind, q, true
	}
	if m.Relation == "transfer" {
		// "donated $5 million to Haiti": money given is financial aid.
		if q := st.quantityAfter(s, m.j, min(hi, m.j+4)); q.n != 0 {
			return "aid", "financial", q, true
		}
	}
	return "", "", q, false
}

// quantityBefore reads the number standing before an item phrase [i, j):
// "100,000 AK rifles", "$ 100,000", "more than 200 technicians".
func (st *docState) quantityBefore(s *sent, i, j int) quantity {
	k := i - 1
	var mods []string
	for k >= 0 && k >= i-3 && s.items[k].kind == word && !isNumber(s.items[k].text) && isCapitalized(s.items[k].text) {
		mods = append([]string{s.items[k].text}, mods...) // "AK" in "AK rifles"
		k--
	}
	if len(mods) == 0 && k >= 2 && s.items[k].lower == "of" && st.is(cueMeasure, s.items[k-1]) && isNumber(s.items[k-2].text) {
		// "7,500,000 kilograms of rice", "100,000 tons of cement"
		var words []string
		for _, it := range s.items[i:j] {
			words = append(words, it.text)
		}
		return quantity{n: scaled(s, k-2), unit: s.items[k-1].lower, item: strings.Join(words, " ")}
	}
	if k >= 1 && isNumber(s.items[k-1].text) {
		switch s.items[k].lower {
		case "million", "billion", "thousand": // "500 million euros"
			k--
		}
	}
	if k < 0 || !isNumber(s.items[k].text) {
		return quantity{}
	}
	n := scaled(s, k)
	var words []string
	for _, it := range s.items[i:j] {
		words = append(words, it.text)
	}
	item := strings.Join(append(mods, words...), " ")
	return quantity{n: n, unit: strings.ToLower(words[len(words)-1]), item: item}
}

// quantityAfter reads a money amount or counted thing after item i.
func (st *docState) quantityAfter(s *sent, i, hi int) quantity {
	for k := i; k < hi && k < i+12; k++ {
		if s.items[k].text == "$" && k+1 < hi && isNumber(s.items[k+1].text) {
			return quantity{n: scaled(s, k+1), unit: "USD"}
		}
	}
	return quantity{}
}

func scaled(s *sent, k int) int64 {
	n := parseNumber(s.items[k].text)
	if k+1 < len(s.items) {
		switch s.items[k+1].lower {
		case "million":
			n *= 1_000_000
		case "billion":
			n *= 1_000_000_000
		case "thousand":
			n *= 1000
		}
	}
	return n
}

func isNumber(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	return isDigits(s)
}

func parseNumber(s string) int64 {
	s = strings.ReplaceAll(s, ",", "")
	if i := strings.IndexByte(s, '.'); i >= 0 {
		f, _ := strconv.ParseFloat(s, 64)
		return int64(f)
	}
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// aidKind reads the kind of aid from the sentence's words.
func (st *docState) aidKind(s *sent) string {
	for _, it := range s.items {
		if k, ok := st.x.lx.aidKinds[it.lower]; ok && it.kind == word {
			return k
		}
	}
	return ""
}

// leaders emits leader_of facts for titled people: "President Barack
// Obama", "Cuban President Raúl Castro", "the President of France,
// Emmanuel Macron", "Emmanuel Macron, the President of France". The
// country is the one the sentence names with the title, else the one the
// gazetteer gives the person for that role, else the only country whose
// government the gazetteer says the person was part of.
func (st *docState) leaders(s *sent) {
	isPerson := func(k int) bool {
		return k >= 0 && k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypePerson
	}
	isCountry := func(k int) bool {
		return k >= 0 && k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypeCountry
	}
	for i := 0; i < len(s.items); i++ {
		n, role := st.titleAt(s, i)
		if n == 0 {
			continue
		}
		p, country, qualifier := i+n, "", -1
		if isCountry(i - 1) {
			country, qualifier = s.items[i-1].ent, i-1
		} else if i >= 2 && (s.items[i-1].lower == "'s" || s.items[i-1].lower == "’s") && isCountry(i-2) {
			country, qualifier = s.items[i-2].ent, i-2 // "Venezuela's President Nicolás Maduro"
		}
		if p+1 < len(s.items) && s.items[p].lower == "of" && isCountry(p+1) {
			country = s.items[p+1].ent // "the President of France"
			p += 2
		}
		if p+1 < len(s.items) && s.items[p].text == "," {
			p++ // "the U.S. President, Donald Trump,"
		}
		person := -1
		switch {
		case isPerson(p):
			person = p
		case country != "" && p > i+n && i >= 2 && s.items[i-1].lower == "the" && s.items[i-2].text == "," && isPerson(i-3):
			person = i - 3 // "Emmanuel Macron, the President of France"
		case country != "" && p > i+n && i >= 2 && s.items[i-1].text == "," && isPerson(i-2):
			person = i - 2 // "Emmanuel Macron, President of France"
		}
		if person < 0 {
			continue
		}
		id := s.items[person].ent
		if country == "" {
			country = st.roleCountry(id, role)
		} else if qualifier >= 0 {
			// "Venezuelan President Nicolás Maduro": the country only
			// qualifies the person, who is the argument of any verb.
			s.items[qualifier].modifier = true
		}
		if country == "" {
			continue
		}
		if e := st.x.gaz.Entity(country); e != nil {
			st.note(e, "")
		}
		st.facts = append(st.facts, graph.Fact{Subject: id, Relation: "leader_of", Object: country, Role: role, Confidence: 0.8, Rule: "title:" + role})
		st.personCountry[id] = country
		if person > i {
			i = person
		}
	}
}

// roleCountry returns the country the gazetteer gives a person for a
// role: the one of that role, else the only one whose government the
// person was part of.
func (st *docState) roleCountry(person, role string) string {
	e := st.x.gaz.Entity(person)
	if e == nil {
		return ""
	}
	for _, r := range e.Roles {
		if strings.HasPrefix(r.Of, "country:") && strings.EqualFold(r.Role, role) {
			return r.Of
		}
	}
	gov := ""
	for _, r := range e.Roles {
		if strings.HasPrefix(r.Of, "country:") && r.Role == "government" {
			if gov != "" && gov != r.Of {
				return ""
			}
			gov = r.Of
		}
	}
	return gov
}

// reciprocal reports "each other" or "one another" just after the trigger.
func (st *docState) reciprocal(s *sent, j, hi int) bool {
	for k := j; k+1 < hi && k <= j+3; k++ {
		a, b := s.items[k].lower, s.items[k+1].lower
		if (a == "each" && b == "other") || (a == "one" && b == "another") {
			return true
		}
	}
	return false
}

// bonded reports whether bare "relations" or "ties" at m has a verb that
// makes it about holding relations: just before it ("had no
// relationship", "established ties") or after its phrase ("relations
// between X and Y began"), not past a comparison or a comma.
func (st *docState) bonded(s *sent, m match, lo, hi int) bool {
	for k := m.i - 1; k >= lo && k >= m.i-4; k-- {
		// "established relations", and "broke off relations": held until then
		if s.items[k].kind == word && (st.is(cueBond, s.items[k]) || st.is(cueRupture, s.items[k])) {
			return true
		}
	}
	for k := m.j; k < hi && k < m.j+8; k++ {
		w := s.items[k]
		if w.lower == "than" || w.lower == "," {
			break
		}
		if isHave(w.lower) && k+1 < hi && !st.is(cueBond, s.items[k+1]) && !st.is(cueRupture, s.items[k+1]) && s.items[k+1].lower != "been" {
			// "relations between the two had become tense": an
			// auxiliary, not holding relations
			continue
		}
		if w.kind == word && (st.is(cueBond, w) || st.rupturedPassive(s, m)) {
			return true
		}
	}
	return false
}

// directObject returns the argument a verb acts on without a preposition:
// the first one within six items, not past a comma or a coordinated verb
// phrase ("condemning foreign forces and calling for …"). A demonym
// qualifying a thing is skipped, except as the target of an attack or a
// threat ("shot down a Russian jet").
func (st *docState) directObject(s *sent, j, hi int, rel string) int {
	for k := j; k < hi && k <= j+6; k++ {
		it := s.items[k]
		if isArg(it) && s.afterNounTrigger(j, k) {
			return -1 // "supported the invasion of Iraq": Iraq is the invasion's
		}
		if isArg(it) && rel != "attack" && rel != "threatens" && st.adjectival(s, k) {
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

// ledBy reads "Chavez, who led the country", "Tito ruled Yugoslavia": a
// person leading the country or organisation right after the verb (not
// "led a delegation to Cuba").
func (st *docState) ledBy(s *sent, m match, lo, hi int, rule string) {
	if m.Participle && st.beforeIsBe(s, m.i, lo) {
		return
	}
	obj := m.j
	if obj < hi && isArticle(s.items[obj].lower) && s.items[obj].kind == word {
		obj++
	}
	if obj >= hi || !isArg(s.items[obj]) {
		return
	}
	subj := st.nearestBefore(s, m.i, lo, true)
	if subj < 0 && lo >= 3 && s.items[lo-1].lower == "who" && s.items[lo-2].text == "," && isArg(s.items[lo-3]) {
		subj = lo - 3 // "under Fidel Castro, who led": the person, in a phrase or not
		rule += "/relative"
	}
	if subj < 0 || s.items[subj].entType != graph.TypePerson {
		return
	}
	sub := s.items[subj].ent
	o := st.resolve(s, obj, sub)
	if t := graph.EntityType(o); t != graph.TypeCountry && t != graph.TypeOrganization {
		return
	}
	st.emit(s, m, graph.Fact{Subject: sub, Relation: "leader_of", Object: o, Role: "head", Year: s.yearNear(m.i, st.lastYear, st.paraYear), Confidence: 0.8}, rule)
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

// mutualTrigger reports a trigger with a word of cue class mutual ("war").
func (st *docState) mutualTrigger(m match) bool {
	for _, w := range m.Words {
		if st.x.lx.is(cueMutual, w) {
			return true
		}
	}
	return false
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
	for k := j + 1; k+1 < hi && k <= j+12; k++ {
		w := s.items[k]
		if isArg(w) {
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

// onlyLinkWords reports items [i, j) that link a name to what follows
// without naming another thing: commas, forms of "be", time adverbs
// ("Libya was ruled by", "the Soviet Union, then headed by").
func onlyLinkWords(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		switch s.items[k].lower {
		case ",", "is", "was", "were", "are", "been", "being", "then", "now", "currently", "long", "once", "still", "later", "formerly":
		default:
			return false
		}
	}
	return true
}

// verbTrigger returns the verb trigger starting at item k, if one does.
func (s *sent) verbTrigger(k int) (match, bool) {
	for _, m := range s.triggers {
		if m.i == k && m.Form == "verb" {
			return m, true
		}
	}
	return match{}, false
}

// verbTriggerAt tells whether a verb trigger starts at item k.
func (s *sent) verbTriggerAt(k int) bool {
	_, ok := s.verbTrigger(k)
	return ok
}

// phraseEnd returns where the noun phrase starting at j ends, before hi: at
// a comma or a coordinating "and"/"or" outside quotation marks ("threat of
// “fire and fury” against Pyongyang" goes on past the quoted "and").
func (s *sent) phraseEnd(j, hi int) int {
	quoted := false
	for k := j; k < hi; k++ {
		switch s.items[k].text {
		case "“", "”", "\"":
			quoted = s.items[k].text == "“" || (s.items[k].text == "\"" && !quoted)
		case ",", "and", "or":
			if !quoted {
				return k
			}
		}
	}
	return hi
}

// possessed turns "Franco's Spain" into Spain: a person's country named
// with a possessive is the country; so is a descriptor's with "of".
func (s *sent) possessed(a, hi int) int {
	if s.items[a].entType == graph.TypePerson && a+2 < hi && s.items[a+1].lower == "'s" && isArg(s.items[a+2]) {
		return a + 2
	}
	// "the Pinochet dictatorship in Chile": the country of a person's regime.
	if s.items[a].entType == graph.TypePerson && a+3 < hi && s.items[a+1].kind == word && (s.items[a+1].lower == "dictatorship" || s.items[a+1].lower == "regime" || s.items[a+1].lower == "government") &&
		(s.items[a+2].lower == "in" || s.items[a+2].lower == "of") && s.items[a+3].kind == entity && s.items[a+3].entType == graph.TypeCountry {
		return a + 3
	}
	// "the government of Libya", "the regime in Chile": the country named.
	if s.items[a].kind == descriptor && a+2 < hi && (s.items[a+1].lower == "of" || s.items[a+1].lower == "in") && s.items[a+2].kind == entity && s.items[a+2].entType == graph.TypeCountry {
		return a + 2
	}
	return a
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
	for k, n := m.i-1, 0; k >= lo && n < 4; k, n = k-1, n+1 {
		it := s.items[k]
		if isArg(it) {
			return k, "/modifier"
		}
		if it.lower == "'s" || it.lower == "’s" {
			if k-1 >= lo && isArg(s.items[k-1]) {
				return k - 1, "/possessive"
			}
			break
		}
		if it.kind != word || !isLowerWord(it.text) || isDeterminer(it.lower) || st.is(cuePreposition, it) || st.isVerbLike(it.lower) {
			break
		}
	}
	end := s.phraseEnd(m.j, min(hi, m.j+10))
	if a := st.afterWord(s, m.j, end, "by"); a >= 0 {
		return a, "/by"
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

// isVerbLike reports a word that ends a noun phrase walking left: an
// auxiliary or a common verb form.
func (st *docState) isVerbLike(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "and", "or", "but", "that", "which":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// antecedent returns, for a clause opened by a relative pronoun at lo-1
// ("that", "which", "who"), the argument it refers to: the nearest one
// before the pronoun in the enclosing clause, outside a prepositional
// phrase ("Kenya was one of the first countries that …", "Russia, which
// …"). -1 when the clause is not a relative clause.
func (st *docState) antecedent(s *sent, lo int) int {
	if lo < 1 {
		return -1
	}
	switch s.items[lo-1].lower {
	case "that", "which", "who":
	default:
		return -1
	}
	k := lo - 1
	if k > 0 && s.items[k-1].text == "," {
		k--
	}
	plo, _ := st.clause(s, k-1, k)
	if k-1 < 0 {
		return -1
	}
	return st.nearestBefore(s, k, plo, true)
}

// isArticle reports a word after which a verb form is a noun ("the
// help", "its support"); unlike "that" or "all", which may precede a verb.
func isArticle(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these":
		return true
	}
	return false
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

func victimOf(rel string) bool {
	switch rel {
	case "attack", "sanctions", "threatens", "condemns":
		return true
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

// claimAt returns who a statement made after item before is reported
// from: "According to X, …", "X said (that) …", "X accused Y of …"; and
// whether the reporting verb denies it ("X denied that it had …").
func (st *docState) claimAt(s *sent, before int) (speaker string, denied bool) {
	if len(s.items) > 2 && s.items[0].lower == "according" && s.items[1].lower == "to" && isArg(s.items[2]) && before > 2 {
		return st.firstID(s, 2), false
	}
	for v := before - 1; v >= 0; v-- {
		w := s.items[v]
		if !st.reportingVerb(s, v) {
			continue
		}
		denied = st.is(cueDenial, w)
		if !denied && (w.lower == "reports" || w.lower == "claims") {
			// "denied reports that …", "rejected claims that …": the
			// reports are denied; "reports that … were dismissed by Y".
			if v > 0 && s.items[v-1].kind == word && st.is(cueDenial, s.items[v-1]) {
				denied, v = true, v-1
			} else if by, ok := st.dismissedBy(s, v); ok {
				return by, true
			}
		}
		lo, _ := st.clause(s, v, v+1)
		if p := st.nearestBefore(s, v, lo, true); p >= 0 {
			return st.firstID(s, p), denied
		}
		if v+1 < len(s.items) && isArg(s.items[v+1]) { // "said Fidel Castro"
			return st.firstID(s, v+1), denied
		}
		return "", denied
	}
	// "“We will never recognize Kosovo,” Vučić said": the quote's speaker.
	return st.speaker(s), false
}

// dismissedBy reads "reports that … were dismissed by Y" after the claim
// noun at item v: whether a passive denial follows, and Y when named.
func (st *docState) dismissedBy(s *sent, v int) (string, bool) {
	for k := v + 1; k+1 < len(s.items); k++ {
		if w := s.items[k]; (w.lower == "was" || w.lower == "were") && st.is(cueDenial, s.items[k+1]) {
			if a := st.afterWord(s, k+2, len(s.items), "by"); a >= 0 {
				return st.firstID(s, a), true
			}
			return "", true
		}
	}
	return "", false
}

func (st *docState) firstID(s *sent, i int) string {
	if ids := st.resolveAll(s, i, ""); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// untilYear returns the year of "until 1992" after item j in the clause.
func (s *sent) untilYear(j, hi int) int {
	for k := j; k+1 < hi; k++ {
		if s.items[k].lower == "until" || s.items[k].lower == "till" {
			return s.yearAt(k + 1)
		}
	}
	return 0
}

// successor returns the state that continues a former one, noted as an
// entity of the document, or the id itself.
func (st *docState) successor(id string) string {
	to := st.x.lx.successor(id)
	if to == id {
		return id
	}
	e := st.x.gaz.Entity(to)
	if e == nil {
		return id
	}
	st.note(e, "")
	return to
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

func isHyphen(it item) bool { return it.text == "-" || it.text == "–" }

// joinable reports a country or demonym that a hyphen can join to another
// ("Iran–Syria relations", "the Sino-Soviet split").
func joinable(it item) bool {
	return it.kind == entity && it.entType == graph.TypeCountry
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
	if m.Form != "verb" || m.i < 2 || s.items[m.i-1].lower != "to" {
		return -1
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

// asWellAs reports "as well as" at item j, a conjunction.
func (s *sent) asWellAs(j int) bool {
	return j+2 < len(s.items) && s.items[j].lower == "as" && s.items[j+1].lower == "well" && s.items[j+2].lower == "as"
}

// restricted reports a restriction and "on" in the few words before item
// i: "an embargo on French arms sales", "a ban on deliveries".
func (st *docState) restricted(s *sent, i, lo int) bool {
	for k := i - 1; k > lo && k >= i-4; k-- {
		if s.items[k].lower == "on" && st.is(cueRestriction, s.items[k-1]) {
			return true
		}
	}
	return false
}

// coordinatedItems records in st.alsoGiven the classes of items listed
// after the first one given (ending before item k) that differ from it:
// "provided military training and equipment" is military support and an
// arms transfer.
func (st *docState) coordinatedItems(s *sent, first itemClass, k, hi int) {
	seen := []itemClass{first}
	for k < hi && (s.items[k].lower == "and" || s.items[k].lower == "," || s.items[k].lower == "as") {
		k++
		if k < hi && (s.items[k].lower == "and" || s.items[k].lower == "well") {
			k++ // ", and", "as well as"
		}
		if k < hi && s.items[k].lower == "as" {
			k++
		}
		c, n, found := st.itemAt(s, k)
		if !found && k+1 < hi && s.items[k].kind == word && isLowerWord(s.items[k].text) {
			c, n, found = st.itemAt(s, k+1) // "and other equipment"
			k++
		}
		if !found {
			return
		}
		known := false
		for _, x := range seen {
			known = known || x.Relation == c.Relation && x.Kind == c.Kind
		}
		if !known {
			seen = append(seen, c)
			st.alsoGiven = append(st.alsoGiven, c)
		}
		k += n
	}
}

// purposeOfGiving reports a verb trigger that is the purpose infinitive
// of a verb of giving before it in the clause: "sent troops to help Saudi
// Arabia", "sent pilots to support the government". The giving states
// the fact; support by giving something material is not also support.
func (s *sent) purposeOfGiving(m match, lo int) bool {
	if m.Form != "verb" || m.i < 1 || s.items[m.i-1].lower != "to" {
		return false
	}
	for _, t := range s.triggers {
		if t.i >= lo && t.i < m.i-1 && (t.Relation == "transfer" || t.Relation == "military_support" || t.Relation == "arms_transfer") {
			return true
		}
	}
	return false
}

func isHave(w string) bool { return w == "have" || w == "has" || w == "had" }

// alongWith returns the partners a subject at item k is joined with
// before the trigger at item i: "The UK, along with Canada, is imposing
// sanctions", "the United States - together with the EU - has restricted".
func (s *sent) alongWith(k, i int) []int {
	for j := k + 1; j+2 < i && j <= k+3; j++ {
		if (s.items[j].lower == "along" || s.items[j].lower == "together") && s.items[j+1].lower == "with" {
			a := j + 2
			if s.items[a].lower == "the" && a+1 < i {
				a++
			}
			if isArg(s.items[a]) {
				return s.group(a, i)
			}
		}
	}
	return nil
}
