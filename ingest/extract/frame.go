package extract

import (
	"strings"

	"kg/graph"
)

// frame is one trigger's reading, filled in by the steps of relation: the
// clause around the trigger, the relation it states, its arguments, its
// polarity and the marks that explain its confidence.
type frame struct {
	m                match
	lo, hi, vlo, vhi int      // the clause, and the trigger's own verb phrase in it
	yearSpans        [][2]int // where the fact's year is looked for first
	rule             string   // the rule, with a mark per step that decided something ("/passive")

	rel       string // the relation stated, once what is given has decided it
	r         graph.Relation
	kind      string   // the kind of aid
	qty       quantity // how much was given
	reverse   bool     // "Syria receives weapons from Russia": the giver is the object
	mutual    bool     // "fought a border war": each party attacks the other
	passive   bool
	agentOnly bool  // a noun trigger with its "by" agent: "the invasion by Morocco"
	examples  bool  // the subjects are examples: "as in the case of Chile"
	foes      []int // "helped Peru to defeat the rebels": whom the helpers fight

	subjects, objects []int // items of the sentence
	allPairs          bool  // a symmetric relation among the coordinated subjects
	bothWays          bool  // subjects attack objects and objects subjects

	negated   bool
	untilYear int // "did not establish relations until 1992": the year it happened
}

// setRelation sets the relation stated, when what the arguments are turns
// the trigger's relation into another.
func (f *frame) setRelation(rel string) {
	f.rel = rel
	f.r, _ = graph.LookupRelation(rel)
}

// relation reads the facts stated by one trigger, step by step: the clause
// (newFrame), acts the words do not state (noAct), what is given
// (given), the arguments (arguments, then settle), polarity, modality and
// who claims it (polarity), and the facts (emitFrame).
func (st *docState) relation(s *sent, m match) {
	f := st.newFrame(s, m)
	if st.notAnAct(s, m, f.lo, f.hi, f.vlo, f.vhi) {
		return
	}
	if m.Relation == "leader_of" && m.Form == "verb" {
		st.ledBy(s, m, f.lo, f.hi, f.rule)
		return
	}
	if m.Relation == "leader_of" { // "X headed by P"
		st.headedBy(s, m, f.hi, f.rule)
		return
	}
	if st.noAct(s, f) || !st.decideRelation(s, f) {
		return
	}
	if f.passive {
		st.passiveArguments(s, f)
	} else {
		st.activeArguments(s, f)
	}
	if !st.settle(s, f) {
		return
	}
	claimedBy, ok := st.polarity(s, f)
	if !ok {
		return
	}
	st.claimedBy = claimedBy
	defer func() { st.claimedBy = "" }()
	st.markReach(s, f)
	st.emitFrame(s, f)
}

// newFrame finds the clause of a trigger and its verb phrase.
func (st *docState) newFrame(s *sent, m match) *frame {
	f := &frame{m: m, rule: m.Form + ":" + m.Lemma}
	f.lo, f.hi = st.clause(s, m.i, m.j)
	f.vlo, f.vhi = st.verbPhrase(s, m, f.lo, f.hi)
	f.yearSpans = [][2]int{{f.vlo, f.vhi}, {f.lo, f.hi}}
	if verbalRelation(m.Relation) {
		// "On 4 January 2016, Bahrain …, accusing it of … the 2011 protests"
		f.yearSpans = append([][2]int{{f.lo, m.i}}, f.yearSpans...)
	}
	f.hi = f.vhi
	return f
}

// noAct reports a trigger whose words state no act of its relation.
func (st *docState) noAct(s *sent, f *frame) bool {
	m, lo := f.m, f.lo
	switch {
	case m.Form == "verb" && m.i >= 2 && isHyphen(s.items[m.i-1]) && s.items[m.i-2].modifier:
		return true // "the U.S.-backed dictator": a compound (verbal.go compoundActs)
	case m.Form == "verb" && m.i > 0 && (s.items[m.i-1].lower == "against" || s.items[m.i-1].lower == "from") && strings.HasSuffix(s.items[m.i].lower, "ing"):
		return true // "warned against selling weapons", "refrained from attacking": not done
	case m.Form == "verb" && m.Participle && len(m.Words) == 1 && m.i > 0 && m.j < len(s.items) && st.participleAdjective(s, m):
		return true // "Iranian armed forces", "the backed rebels": an adjective
	case m.Form == "verb" && st.listedGerund(s, m):
		return true // "their supplies and funding": a thing given, not the verb
	case m.Form == "verb" && st.pluralNoun(s, m):
		return true // "Iranian ships carrying weapons", "any ships": a noun
	case m.Form == "verb" && len(m.Words) == 1 && m.i > 0 && st.x.lx.is(cueParticle, m.Words[0]) && st.is(cuePhrasal, s.items[m.i-1]):
		return true // "pushed back", "dates back": a particle, not the verb "back"
	case (m.Relation == "aid" || m.Relation == "supports") && s.purposeOfGiving(m, lo):
		return true // "sent troops to help Saudi Arabia": what is sent says what it is
	case m.Relation == "supports" && s.inSupportOf(m.i) && st.materialSentBefore(s, m.i, lo):
		return true // "deployed troops in support of Peru": military support, not also backing
	case m.Form == "noun" && (m.Relation == "transfer" || m.Relation == "cooperation") && st.restricted(s, m.i, lo):
		return true // "an embargo on arms sales to Argentina", "a ban on imports from Iran": no sale
	case st.recognitionReceived(s, m, lo):
		return true // "won recognition from Peru": recognition.go
	case m.Form == "noun" && m.Relation == "diplomatic_relations" && len(m.Words) == 1 && !st.bonded(s, m, lo, f.hi):
		return true // "relations between the two are worse": not about holding relations
	}
	return false
}

// participleAdjective reports a one-word participle trigger between an
// article or a demonym and a noun: "the armed forces".
func (st *docState) participleAdjective(s *sent, m match) bool {
	prev, next := s.items[m.i-1], s.items[m.j]
	return (isArticle(prev.lower) || prev.kind == entity && prev.demonym) && next.kind == word && isLowerWord(next.text) && !isDeterminer(next.lower) && !st.is(cuePreposition, next)
}

// decideRelation sets the relation the trigger states: for a verb of
// giving or receiving, what is given decides it (items.tsv). It reports
// false when nothing given can be found.
func (st *docState) decideRelation(s *sent, f *frame) bool {
	m := f.m
	f.rel = m.Relation
	f.reverse = f.rel == "receipt" // "Syria receives weapons from Russia"
	if f.rel == "transfer" || f.reverse {
		rel, kind, qty, ok := st.given(s, m, f.lo, f.hi)
		f.rel, f.kind, f.qty = rel, kind, qty
		switch {
		case !ok && f.reverse && st.x.lx.is(cueHosting, m.Words[0]):
			// "King Abdullah received the Iraqi Prime Minister": a visit.
			f.rel, f.reverse, f.m.Prep = "meets", false, ""
		case !ok && st.x.lx.is(cueDeployment, m.Words[0]) && m.Participle && st.peopleBefore(s, m.i, f.lo) >= 0:
			// "half a million Cubans were deployed in Angola": people
			// deployed are troops.
			f.rel = "military_support"
		case !ok:
			return false
		}
	} else if f.rel == "aid" {
		f.kind = st.aidKind(s)
		if q := st.quantityAfter(s, m.j, f.hi); q.n != 0 {
			f.qty = q
		}
	}
	if f.rel == "supports" && m.Relation == "transfer" {
		// "provided logistical and intelligence support to Peru":
		// what kind of support is given decides what it is.
		if rel, kind := st.materialSupport(s, m.j, f.hi); rel != "" {
			f.rel, f.kind = rel, kind
			f.rule += "/material"
		}
	}
	if st.notBacking(s, f.m, f.rel) {
		return false // "provided logistical support to": aid, not backing
	}
	f.setRelation(f.rel)
	// "fought a border war", "the war between Iran and Iraq": each party
	// attacks the other.
	f.mutual = f.rel == "attack" && st.mutualTrigger(m)
	f.passive = st.isPassive(s, f)
	return true
}

// isPassive reports a participle trigger in the passive: "were sent by
// North Korea"; the reduced form "The Ethiopian army, backed by Cuban
// troops, …", a participle right after a comma or a noun followed by "by";
// "movements supported by the United States", after a bare noun.
func (st *docState) isPassive(s *sent, f *frame) bool {
	m := f.m
	if m.Form != "verb" || !m.Participle {
		return false
	}
	return st.beforeIsBe(s, m.i, f.lo) || st.reducedPassive(s, m) || st.passiveAfterNoun(s, m, f.lo) || passiveAfterName(s, m)
}

// passiveAfterName: "the Contras backed by Ruritania", "movements
// supported by Peru": a participle with its "by" agent right after a
// name qualifies it ("backed Peru by sending troops" is active).
func passiveAfterName(s *sent, m match) bool {
	if !byAgent(s, m) || !isArg(s.items[m.i-1]) || m.j+1 >= len(s.items) {
		return false
	}
	return !strings.HasSuffix(s.items[m.j+1].lower, "ing")
}

// byAgent reports a participle trigger followed by "by".
func byAgent(s *sent, m match) bool {
	return m.Form == "verb" && m.Participle && m.j < len(s.items) && s.items[m.j].lower == "by" && m.i > 0
}

// reducedPassive: "The Ethiopian army, backed by Cuban troops, …".
func (st *docState) reducedPassive(s *sent, m match) bool {
	return byAgent(s, m) && s.items[m.i-1].text == ","
}

// passiveAfterNoun: "movements supported by the United States": the
// participle qualifies the bare noun before it, and nothing before that.
func (st *docState) passiveAfterNoun(s *sent, m match, lo int) bool {
	return byAgent(s, m) && !st.reducedPassive(s, m) && !st.beforeIsBe(s, m.i, lo) && s.items[m.i-1].kind == word && isLowerWord(s.items[m.i-1].text)
}

// settle finishes the arguments and what they make of the relation: a
// giver after "from" becomes the subject, partners "along with" join it,
// the giver of training decides whether it is military, travellers make a
// visit and people serving somewhere support it. It reports false when
// there is no subject or no relation left.
func (st *docState) settle(s *sent, f *frame) bool {
	m := f.m
	if f.reverse {
		f.subjects, f.objects = f.objects, f.subjects
		f.rule += "/from"
	}
	if !f.passive && len(f.subjects) > 0 {
		f.subjects = append(f.subjects, s.alongWith(f.subjects[len(f.subjects)-1], m.i)...)
	}
	if f.rel == "aid" && len(f.subjects) > 0 && f.subjects[0]+1 < len(s.items) && s.items[f.subjects[0]].kind == entity {
		st.militaryGiver(s, f)
	}
	if f.rel == "aid" && m.Form == "verb" && len(f.objects) > 0 {
		f.foes = st.helpToFight(s, f.objects[len(f.objects)-1], f.hi)
	}
	if f.foes != nil {
		f.kind = ""
		f.setRelation("military_support")
		f.rule += "/fight"
	}
	switch f.rel {
	case "travel":
		// "Putin arrived in Pyongyang", "a Chinese delegation travelled
		// to Cuba": a visit; "Soviet tanks arrived in Libya" is not.
		if len(f.subjects) == 0 || !st.traveller(s, f.subjects[0]) {
			return false
		}
		f.setRelation("meets")
	case "presence":
		rel, kind := st.presence(s, f)
		if rel == "" || rel == "transfer" {
			return false
		}
		f.kind = kind
		f.setRelation(rel)
	}
	withoutTopics(s, f) // "talks with Peru about Chile"
	if len(f.subjects) == 0 {
		return false
	}
	for n, k := range f.subjects { // "the Government of India urged"
		f.subjects[n] = s.possessed(k, m.i)
	}
	return true
}

// militaryGiver makes aid military support when who gives it is military:
// "Korean People's Army pilots … provide us with training", "troops from
// Zaire assisted …". Who gives decides when what is given is not material.
func (st *docState) militaryGiver(s *sent, f *frame) {
	giver := st.x.lx.items[s.items[f.subjects[0]+1].lower]
	if k := f.subjects[0]; k >= 2 && s.items[k-1].lower == "from" && giver.Relation == "" {
		giver = st.x.lx.items[s.items[k-2].lower]
	}
	if giver.Relation == "military_support" && (f.kind == "education" || f.kind == "technical" || f.kind == "") {
		f.kind = ""
		f.setRelation("military_support")
		f.rule += "/military"
	}
}

// materialSupport returns what support given after a verb of giving is
// when words before "support" say: military ("logistical and
// intelligence support", senses.tsv military_kind) or aid of a kind
// ("financial support", as "financial aid" in items.tsv).
func (st *docState) materialSupport(s *sent, j, hi int) (rel, kind string) {
	at := -1
	for k := j; k < hi && k < j+8; k++ {
		if st.x.lx.items[s.items[k].lower].Relation == "supports" {
			at = k
			break
		}
	}
	for k := at - 1; at > 0 && k >= j && k >= at-4; k-- {
		w := s.items[k]
		if w.kind != word || isDeterminer(w.lower) {
			break
		}
		if senses.is("military_kind", w.lower) {
			return "military_support", ""
		}
		if c, ok := st.x.lx.items[w.lower+" aid"]; ok && rel == "" {
			rel, kind = c.Relation, c.Kind
		}
	}
	return rel, kind
}

// helpToFight returns, for help whose infinitive after the helped one is
// a fight, whom they fight: "Chile helped the Peruvian army to defeat the
// rebels of the Zorro Front", "helped Bolivia repel the Peruvian
// invaders" is military support to the helped, and the helpers attack
// the foe (cues hostile). It returns nil for other help ("to fight
// poverty").
func (st *docState) helpToFight(s *sent, obj, hi int) []int {
	for k := obj + 1; k < hi && k <= obj+4; k++ {
		w := s.items[k]
		if w.kind != word || !isLowerWord(w.text) {
			return nil
		}
		if st.x.lx.is(cueHostile, w.lower) {
			if s.items[k-1].lower != "to" && k != obj+1 {
				return nil
			}
			for a := k + 1; a < hi && a <= k+5; a++ {
				if w := s.items[a]; w.lower != "of" && st.is(cuePreposition, w) {
					return nil // "to fight trafficking from Peru"
				}
				if isArg(s.items[a]) {
					return s.group(a, hi)
				}
			}
			return nil
		}
	}
	return nil
}

// presence decides what people serving in a country give it: "Soviet
// advisers are serving in Ethiopia" is military support; a country alone
// serves nowhere. The people are named after the demonyms ("Soviet
// military advisers", "Soviet and East European advisers").
func (st *docState) presence(s *sent, f *frame) (rel, kind string) {
	if len(f.subjects) == 0 || !s.items[f.subjects[0]].demonym {
		return "", ""
	}
	last := f.subjects[len(f.subjects)-1]
	for k := last + 1; k < f.m.i && k <= last+4; k++ {
		if c, _, ok := st.itemAt(s, k); ok {
			return c.Relation, c.Kind
		}
		if isArg(s.items[k]) {
			break
		}
	}
	return "", ""
}

// markReach adds the marks that explain (and lower) the confidence:
// arguments reached through a reference ("it", "the country", "both
// countries") or far from the trigger.
func (st *docState) markReach(s *sent, f *frame) {
	for _, k := range append(append([]int{}, f.subjects...), f.objects...) {
		if it := s.items[k]; it.kind != entity {
			f.rule += "/ref"
			break
		}
	}
	m := f.m
	if last := f.subjects[len(f.subjects)-1]; last < m.i && m.i-last > 10 || last > m.j && last-m.j > 10 {
		f.rule += "/far"
	}
}

// emitFrame resolves the arguments to entity ids and emits the facts:
// each pair of coordinated parties of a symmetric relation, each member
// with each other ("in solidarity with each other"), or each subject
// with each object, the section's country standing in for a missing
// other party; for a verb of giving, one fact per kind of thing given.
func (st *docState) emitFrame(s *sent, f *frame) {
	m := f.m
	subjIDs := st.subjectIDs(s, f)
	if f.r.Symmetric && len(f.objects) == 0 && len(subjIDs) >= 2 && len(f.subjects) == 1 && standsForSeveral(s.items[f.subjects[0]]) {
		// "relations between both countries": the members with each other.
		f.allPairs = true
	}
	year := st.yearOf(s, m, f.yearSpans...)
	if f.untilYear != 0 {
		year = f.untilYear
	}
	if f.allPairs && len(subjIDs) >= 2 {
		st.emitAllPairs(s, f, subjIDs, year)
		return
	}
	if st.reciprocal(s, m.j, f.hi) && len(subjIDs) >= 2 {
		for _, a := range subjIDs {
			for _, b := range subjIDs {
				if a != b && allowed(f.rel, a, b) {
					st.emit(s, m, graph.Fact{Subject: a, Relation: f.rel, Object: b, Year: s.yearNear(m.i, st.lastYear, st.paraYear), Confidence: 0.8}, f.rule+"/reciprocal")
				}
			}
		}
		return
	}
	var objIDs []string
	for _, i := range f.objects {
		exclude := ""
		if len(subjIDs) > 0 {
			exclude = subjIDs[0]
		}
		objIDs = append(objIDs, st.resolveAll(s, i, exclude)...)
	}
	if len(objIDs) == 0 && len(subjIDs) > 0 {
		if objIDs = without(st.possessorParty(s, f), subjIDs[0]); objIDs != nil {
			f.rule += "/ref" // "China and its North Korea ally"
		}
	}
	invasion := f.rel == "attack" && f.agentOnly
	if topic := st.sectionTopic(); len(objIDs) == 0 && len(subjIDs) > 0 && topic != "" && topic != subjIDs[0] && (f.r.Symmetric || m.Relation == "transfer" || invasion) && st.topicStandsIn(s, f, subjIDs, topic) && st.standsForState(subjIDs) {
		// "After its fall, the DPRK began to establish diplomatic relations."
		// "despite the invasion by Morocco": the other party is the
		// country the section is about.
		objIDs = []string{topic}
		f.rule += "/topic"
	}
	gifts := []itemClass{{Relation: f.rel, Kind: f.kind}}
	if m.Relation == "transfer" || m.Relation == "receipt" {
		gifts = append(gifts, st.alsoGiven...)
	}
	for n, gift := range gifts {
		fact := graph.Fact{Relation: gift.Relation, Negated: f.negated, Year: year, Kind: gift.Kind, Confidence: 0.8}
		if n == 0 { // the quantity counts the first item
			fact.Quantity, fact.Unit, fact.Item = f.qty.n, f.qty.unit, f.qty.item
		}
		st.emitPairs(s, m, subjIDs, objIDs, fact, f.rule, f.bothWays)
	}
	for _, a := range f.subjects {
		for _, b := range f.foes {
			st.emitResolved(s, a, b, graph.Fact{Relation: "attack", Negated: f.negated, Year: year, Confidence: 0.7}, f.rule+"/foe")
		}
	}
}

// subjectIDs resolves the subjects. "“We strongly urge Chile”, Pence
// declared": "we" of a titled speaker is the speaker and the country he
// speaks for.
func (st *docState) subjectIDs(s *sent, f *frame) []string {
	var ids []string
	for _, i := range f.subjects {
		ids = append(ids, st.resolveAll(s, i, "")...)
		if it := s.items[i]; it.kind == pronoun && it.lower == "we" && st.personCountry[it.ent] != "" {
			ids = append(ids, st.personCountry[it.ent])
		}
	}
	return ids
}

// emitAllPairs emits a symmetric relation between each two of the
// parties ("Iran, Syria and Iraq formed an alliance"); a war fought by
// them, each way.
func (st *docState) emitAllPairs(s *sent, f *frame, ids []string, year int) {
	for a := range ids {
		for b := a + 1; b < len(ids); b++ {
			if !allowed(f.rel, ids[a], ids[b]) {
				continue
			}
			st.emit(s, f.m, graph.Fact{Subject: ids[a], Relation: f.rel, Object: ids[b], Negated: f.negated, Year: year, Confidence: 0.8}, f.rule)
			if f.mutual {
				st.emit(s, f.m, graph.Fact{Subject: ids[b], Relation: f.rel, Object: ids[a], Negated: f.negated, Year: year, Confidence: 0.8}, f.rule+"/mutual")
			}
		}
	}
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

// materialSentBefore reports a verb of giving before item i in the
// clause with something material given between ("deployed 800 troops in
// support of", not "sent a letter in support of").
func (st *docState) materialSentBefore(s *sent, i, lo int) bool {
	for _, t := range s.triggers {
		if t.i < lo || t.j >= i || t.Relation != "transfer" {
			continue
		}
		for k := t.j; k < i-1; k++ {
			if c, _, ok := st.itemAt(s, k); ok && c.Relation != "" && c.Relation != "supports" {
				return true
			}
		}
	}
	return false
}

// inSupportOf reports "in support of" whose "support" is at item k
// ("deployed troops in support of the government").
func (s *sent) inSupportOf(k int) bool {
	return k >= 1 && k+1 < len(s.items) && s.items[k-1].lower == "in" && s.items[k].lower == "support" && s.items[k+1].lower == "of"
}

// listedGerund reports a verb trigger in its -ing form listed after a
// thing received: in "the rebels received supplies and funding from
// Egypt" the funding is received, not done by the rebels. (After a verb
// of giving the gerund's shared subject is the giver: "supplied aid and
// training to the rebels" trains them.)
func (st *docState) listedGerund(s *sent, m match) bool {
	if m.i < 2 || !strings.HasSuffix(s.items[m.i].lower, "ing") || !s.receivedBefore(m.i) {
		return false
	}
	switch s.items[m.i-1].lower {
	case "and", "or", ",":
	default:
		return false
	}
	_, _, isItem := st.itemAt(s, m.i-2)
	return isItem && !s.verbTriggerAt(m.i-2) // "is funding and arming": two verbs
}

// receivedBefore reports a verb of receiving before item i.
func (s *sent) receivedBefore(i int) bool {
	for _, t := range s.triggers {
		if t.i < i && t.Relation == "receipt" {
			return true
		}
	}
	return false
}
