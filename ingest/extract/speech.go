package extract

import (
	"strings"

	"kg/graph"
)

// Verbal relations (condemns, demands, supports, threatens) stated by
// constructions that are not a trigger and its object, and who claims
// what: the rules of this file run after a sentence's triggers.

// Cue classes of this file (cues.tsv). They take the high bits below
// firstOfTrigger's, so that classes added to lexicon.go do not collide.
const (
	cueDowngrade  cue = 48 + iota // "recalled its ambassador"
	cueEnvoy                      // "ambassador", "diplomats"
	cueRegard                     // "sees Y as a threat", "declared Y a threat"
	cueMenace                     // "threat", "danger", "enemy"
	cueBidding                    // "pressured Syria to leave"
	cueClaimRef                   // "denied the allegations", "denies this"
	cueSpeechNoun                 // "states", "reports": a noun unless used as a verb
	cueMaterial                   // "logistical support": material, not public backing
	cueAmity                      // "designated Y as an ally"
	cueWarning                    // "warned Germany that …"
)

// cueClauseSpeech holds the reporting verbs that are also nouns or other
// verbs ("the claim of sovereignty", "maintained close ties"): a
// reporting verb only before a clause ("rebels claim they were attacked").
const cueClauseSpeech cue = 60

func init() {
	cueNames["speech_clause"] = cueClauseSpeech
	for name, c := range map[string]cue{
		"downgrade": cueDowngrade, "envoy": cueEnvoy, "regard": cueRegard, "menace": cueMenace,
		"bidding": cueBidding, "claim_ref": cueClaimRef, "speech_noun": cueSpeechNoun, "material": cueMaterial, "amity": cueAmity, "warning": cueWarning,
	} {
		cueNames[name] = c
	}
}

// speechActs reads the constructions of this file in a sentence whose
// facts start at index first of st.facts.
func (st *docState) speechActs(s *sent, first int) {
	for k := range s.items {
		it := s.items[k]
		if it.kind != word {
			continue
		}
		if verbalWords.is("disparaging", it.lower) {
			st.calledThreat(s, k) // "said Chile's move was unjustified"
			continue
		}
		if k > 0 && isArticle(s.items[k-1].lower) {
			// "a threat" is the complement of "Peru was a threat"; the
			// other cues are verbs ("the warning" is none).
			if st.is(cueMenace, it) && !st.is(cueRegard, it) {
				st.calledThreat(s, k)
			}
			continue
		}
		switch {
		case st.is(cueDowngrade, it):
			st.downgrade(s, k)
		case precision.is("reinstate", it.lower):
			st.reinstated(s, k)
		case st.is(cueRegard, it):
			st.regardedAsThreat(s, k)
		case st.is(cueBidding, it):
			st.bidding(s, k)
		case st.is(cueMenace, it):
			st.calledThreat(s, k)
		case st.is(cueWarning, it):
			st.warning(s, k)
		}
	}
	st.pressuredBy(s)
	st.obligedBySpeaker(s)
	st.critics(s)
	st.overObjections(s)
	st.complainedOf(s)
	st.joinedBy(s, first)
	st.demandActions(s, first)
	st.deniedBack(s, first)
}

// asserted reports that nothing in items [from, to) makes the act at to
// unreal: a negation, a modal, a request, or a condition opening the
// clause.
func (st *docState) asserted(s *sent, lo, from, to int) bool {
	for k := lo; k < to; k++ {
		w := s.items[k]
		if w.kind != word {
			continue
		}
		if w.lower == "if" || w.lower == "unless" || w.lower == "whether" {
			return false
		}
		if k >= from && (st.is(cueNegation, w) || st.is(cueModal, w) || st.is(cueRequest, w)) {
			return false
		}
	}
	return true
}

// actorBefore returns the subject of the verb at item k: the nearest
// argument before it in its clause, outside a prepositional phrase
// ("Poland responded by recalling"), with "the government of Chile" read
// as Chile; or -1.
func (st *docState) actorBefore(s *sent, k int) int {
	lo, _ := st.clause(s, k, k+1)
	p := st.nearestBefore(s, k, lo, true)
	if p < 0 {
		// "In 2015 Peru declared": a name after an opening date.
		if q := st.nearestBefore(s, k, lo, false); q > 0 && q-lo <= 4 && s.afterOpeningYear(q) {
			p = q
		}
	}
	if p < 0 || p > 0 && (s.verbTriggerAt(p-1) || p > 1 && s.items[p-2].lower == "to") {
		return -1 // "…the Soviets would intervene to assist Nasser, pressured": an object
	}
	if !st.asserted(s, lo, p+1, k) {
		return -1
	}
	return s.possessed(p, k)
}

// emitSpeech emits subject -relation-> each object, dated by the year
// nearest item k.
func (st *docState) emitSpeech(s *sent, k int, subj int, objects []string, rel, rule string) {
	if subj < 0 {
		return
	}
	year := st.speechYear(s, k)
	var subjects []string
	group := s.groupBack(subj, 0)                  // "Russia, Germany and France forced Japan"
	group = append(group, s.alongWith(subj, k)...) // "France, along with Italy, pressured Syria"
	for _, g := range group {
		subjects = append(subjects, st.resolveAll(s, g, "")...)
	}
	for _, sub := range subjects {
		for _, obj := range objects {
			if sub != obj && obj != "" && allowed(rel, sub, obj) {
				st.emit(s, match{}, graph.Fact{Subject: sub, Relation: rel, Object: obj, Year: year, Confidence: 0.6}, rule)
			}
		}
	}
}

// downgrade reads a diplomatic protest: "Poland recalled its ambassador
// from Belarus", "Chile expelled the Peruvian envoy", "Peru summoned
// Chile's ambassador". The one whose envoy is sent home or called in, or
// from whom one's own is recalled, is condemned.
func (st *docState) downgrade(s *sent, k int) {
	envoy := -1
	for j := k + 1; j < len(s.items) && j <= k+4; j++ {
		if s.items[j].kind == word && st.is(cueEnvoy, s.items[j]) {
			envoy = j
			break
		}
	}
	if envoy < 0 {
		return
	}
	var target []string
	for j := envoy + 1; j+1 < len(s.items) && j <= envoy+3; j++ {
		switch s.items[j].lower {
		case "from", "to", "in", "of":
			if a := st.afterWord(s, j, min(len(s.items), j+4), s.items[j].lower); a >= 0 {
				target = st.resolveAll(s, a, "")
			}
		}
		if target != nil || s.items[j].text == "," {
			break
		}
	}
	for j := k + 1; j < envoy && target == nil; j++ {
		if isArg(s.items[j]) { // "the Peruvian envoy", "Chile's ambassador"
			target = st.resolveAll(s, j, "")
		}
	}
	st.emitSpeech(s, k, st.actorBefore(s, k), target, "condemns", "phrase:downgrade")
}

// reinstated reads an envoy sent back: "Chile reinstated its ambassador
// to Peru", "Peru returned its envoy to Chile in 2003". The two hold
// diplomatic relations again.
func (st *docState) reinstated(s *sent, k int) {
	envoy := -1
	for j := k + 1; j < len(s.items) && j <= k+3; j++ {
		if s.items[j].kind == word && st.is(cueEnvoy, s.items[j]) {
			envoy = j
			break
		}
	}
	if envoy < 0 || envoy+1 >= len(s.items) || s.items[envoy+1].lower != "to" {
		return
	}
	a := st.afterWord(s, envoy+1, min(len(s.items), envoy+5), "to")
	if a < 0 {
		return
	}
	st.emitSpeech(s, k, st.actorBefore(s, k), st.resolveAll(s, a, ""), "diplomatic_relations", "phrase:reinstate")
}

// regardedAsThreat reads "Egypt sees a Turkish presence as a threat",
// "Obama declared Venezuela a national security threat" and the passive
// "the Brotherhood, seen as a threat by Egypt and Bahrain"; and the
// friendly "Peru designated Chile as a major ally".
func (st *docState) regardedAsThreat(s *sent, k int) {
	_, hi := st.clause(s, k, k+1)
	if k+1 < hi && s.items[k+1].lower == "as" {
		// "Y, seen as a threat by X": X condemns Y.
		n, rel := st.complementAfter(s, k+1, hi)
		if n < 0 {
			return
		}
		by := st.afterWord(s, n+1, min(hi, n+3), "by")
		held := st.nearestBefore(s, k, 0, false)
		if by < 0 || held < 0 {
			return
		}
		ids := st.resolveAll(s, held, "")
		for _, b := range s.group(by, hi) {
			st.emitSpeech(s, k, b, ids, rel, "phrase:regarded as/passive")
		}
		return
	}
	o := st.directObject(s, k+1, min(hi, k+5), "threatens")
	if o < 0 {
		return
	}
	group := s.group(o, hi)
	n, rel := st.complementAfter(s, group[len(group)-1]+1, hi)
	if n < 0 {
		return
	}
	var ids []string
	for _, g := range group {
		ids = append(ids, st.resolveAll(s, g, "")...)
	}
	st.emitSpeech(s, k, st.actorBefore(s, k), ids, rel, "phrase:regarded as")
}

// complementAfter returns the noun that follows item j as a complement
// casting someone as a threat or a friend ("as a threat", "to be an
// 'imminent danger'", "a national security threat", "as State Sponsors
// of Terrorism", "as a major ally"), past articles, quotes and
// modifiers, with the relation it makes; or -1.
func (st *docState) complementAfter(s *sent, j, hi int) (int, string) {
	for n := j; n < hi && n <= j+8; n++ {
		w := s.items[n]
		switch {
		case w.kind != word:
			return -1, ""
		case st.is(cueMenace, w):
			return n, "condemns"
		case st.is(cueAmity, w):
			return n, "supports"
		}
		switch w.lower {
		case "as", "to", "be", "a", "an", "the", "'", "‘", "’", "“", "”", "\"":
			continue
		}
		if isPunctText(w.text) || w.lower == "by" || st.is(cueBoundary, w) {
			return -1, "" // "a Bolivian presence on the coast as a threat" goes on
		}
	}
	return -1, ""
}

// calledThreat reads a threat noun as the complement of a copula in
// reported speech: "Erdogan said Armenia was 'the biggest threat to
// peace'": the speaker condemns Armenia; so does a disparaging word
// (verbal.tsv): "Peru said Chile's decision was 'unjustified'".
func (st *docState) calledThreat(s *sent, n int) {
	b := n - 1
	for b > 0 && b >= n-5 && s.items[b].kind == word && !isCopula(s.items[b].lower) {
		switch w := s.items[b]; {
		case isArticle(w.lower), isLowerWord(w.text), isPunctText(w.text) && w.text != ",":
			b--
			continue
		}
		return
	}
	if b < 1 || !isCopula(s.items[b].lower) {
		return
	}
	y := st.stanceHolder(s, b-1)
	if y < 0 {
		return
	}
	speaker, denied := st.claimAt(s, y)
	if speaker == "" || denied {
		return
	}
	held := st.resolveAll(s, y, speaker)
	for _, id := range held {
		if id != speaker && allowed("condemns", speaker, id) {
			st.emit(s, match{}, graph.Fact{Subject: speaker, Relation: "condemns", Object: id,
				Year: s.yearNear(n, st.lastYear, st.paraYear), Confidence: 0.6}, "phrase:called a threat")
		}
	}
}

// stanceHolder returns the one item k names or whose act or stance it
// names ("Peru's blockade", "the Peruvian move", "Lima's actions"), as
// the subject of a copula; or -1.
func (st *docState) stanceHolder(s *sent, k int) int {
	if k < 0 {
		return -1
	}
	if isArg(s.items[k]) {
		return k
	}
	if k < 2 || s.items[k].kind != word || !isLowerWord(s.items[k].text) {
		return -1
	}
	p := k - 1
	if isPossessive(s.items[p]) || s.items[p].text == "'" || s.items[p].text == "’" {
		p-- // "Peru's blockade", "Lima's move"
	} else if !verbalWords.is("stance_noun", s.items[k].lower) {
		return -1 // "the Peruvian move", not "the Peruvian people"
	}
	if p >= 0 && s.items[p].kind == entity {
		return p
	}
	return -1
}

func isCopula(w string) bool {
	switch w {
	case "is", "was", "are", "were", "remains", "remained", "became", "becomes":
		return true
	}
	return false
}

// bidding reads a verb whose object is to do what its infinitive says:
// "France pressured Syria to leave Lebanon", "Egypt wants Ethiopia to
// release water". The one bid demands it of the object.
func (st *docState) bidding(s *sent, k int) {
	if k > 0 && s.items[k-1].kind == entity && s.items[k-1].demonym {
		return // "Syrian forces": a noun
	}
	_, hi := st.clause(s, k, k+1)
	o := k + 1
	if o < hi && s.items[o].lower == "the" {
		o++
	}
	if o >= hi || !isArg(s.items[o]) {
		return
	}
	group := s.group(o, hi)
	to := group[len(group)-1] + 1
	if to+1 >= len(s.items) || s.items[to].lower != "to" || s.items[to+1].kind != word || !isLowerWord(s.items[to+1].text) {
		return
	}
	var ids []string
	for _, g := range group {
		ids = append(ids, st.resolveAll(s, g, "")...)
	}
	before := len(st.facts)
	st.emitSpeech(s, k, st.actorBefore(s, k), ids, "demands", "phrase:bidding")
	for i := before; i < len(st.facts); i++ {
		st.facts[i].Action = s.phraseText(to+1, hi)
	}
}

// warning reads a warning given to someone: "Russia warned Germany that
// it would face consequences" threatens Germany; "warned Japan not to
// send troops" demands of it too.
func (st *docState) warning(s *sent, k int) {
	o := k + 1
	if o < len(s.items) && s.items[o].lower == "the" {
		o++
	}
	if o >= len(s.items) || s.items[o].kind != entity || s.items[o].demonym {
		return
	}
	_, hi := st.clause(s, o, o+1)
	group := s.group(o, hi)
	var ids []string
	for _, g := range group {
		ids = append(ids, st.resolveAll(s, g, "")...)
	}
	subj := st.actorBefore(s, k)
	st.emitSpeech(s, k, subj, ids, "threatens", "phrase:warning")
	to := group[len(group)-1] + 1
	if to < len(s.items) && s.items[to].lower == "not" {
		to++
	}
	if to+1 < len(s.items) && s.items[to].lower == "to" {
		before := len(st.facts)
		st.emitSpeech(s, k, subj, ids, "demands", "phrase:warning")
		for i := before; i < len(st.facts); i++ {
			st.facts[i].Action = s.phraseText(group[len(group)-1]+1, len(s.items))
		}
	}
}

// phraseText is the text of items [i, hi), at most eight words, up to a
// comma, without a final full stop.
func (s *sent) phraseText(i, hi int) string {
	end := i
	for k := i; k < hi && k < i+8 && s.items[k].text != "," && s.items[k].text != "."; k++ {
		end = k + 1
	}
	if end == i {
		return ""
	}
	return s.text[s.items[i].start:s.items[end-1].end]
}

// demandActions gives each demand of the sentence what is demanded: the
// infinitive after its object ("urged Peru to cut ties": "cut ties").
func (st *docState) demandActions(s *sent, first int) {
	for i := first; i < len(st.facts); i++ {
		f := &st.facts[i]
		if f.Relation != "demands" || f.Action != "" {
			continue
		}
		for k, it := range s.items {
			if !isArg(it) || st.firstID(s, k) != f.Object {
				continue
			}
			g := s.group(k, len(s.items))
			to := g[len(g)-1] + 1
			if to+1 < len(s.items) && s.items[to].lower == "to" {
				_, hi := st.clause(s, to, to+1)
				f.Action = s.phraseText(to+1, hi)
				break
			}
		}
	}
}

// deniedBack reads a denial that refers back to an accusation: "Nepal
// accuses India of tightening the embargo, but India denies this",
// "Tehran denied the allegations". Each fact of this sentence or the two
// before it whose subject is the one who denies is stated again, negated
// and claimed by that one.
func (st *docState) deniedBack(s *sent, first int) {
	for k, it := range s.items {
		if it.kind != word || !st.is(cueDenial, it) || !st.refersBack(s, k) {
			continue
		}
		d := st.nearestBefore(s, k, 0, true)
		if d < 0 {
			continue
		}
		denier := st.firstID(s, d)
		for _, f := range st.recentFacts(first) {
			if f.Negated || f.Subject != denier && st.personCountry[f.Subject] != denier || !deniable(f.Relation) {
				continue
			}
			f.Negated, f.ClaimedBy, f.Rule = true, denier, "phrase:denied back"
			f.Quantity, f.Unit, f.Item = 0, "", ""
			st.emit(s, match{}, f, f.Rule)
		}
	}
}

// refersBack reports a denial verb at k whose object names an earlier
// statement ("denied this", "rejects the charge", "denied any
// involvement"), or one that a claim noun before it governs ("a charge
// the UAE rejects").
func (st *docState) refersBack(s *sent, k int) bool {
	if p := k - 2; p >= 0 && isArg(s.items[k-1]) {
		if p > 0 && isArticle(s.items[p].lower) {
			p-- // "a charge the UAE rejects"
		}
		if st.is(cueClaimRef, s.items[p]) {
			return true
		}
	}
	for j := k + 1; j < len(s.items) && j <= k+4; j++ {
		w := s.items[j]
		if w.kind != word || w.lower == "that" && j == k+1 {
			return false
		}
		if st.is(cueClaimRef, w) {
			return true
		}
		if !isDeterminer(w.lower) && w.lower != "any" && !isLowerWord(w.text) {
			return false
		}
	}
	return k == len(s.items)-2 || k+1 < len(s.items) && s.items[k+1].text == "," // "…, which Manila denies."
}

// recentFacts returns the facts of the current sentence (from index
// first) and of the two sentences before it.
func (st *docState) recentFacts(first int) []graph.Fact {
	lo := first
	for lo > 0 && st.facts[lo-1].Sentence >= st.sentNo-2 {
		lo--
	}
	return append([]graph.Fact(nil), st.facts[lo:]...)
}

// verbal reports a verb trigger at k of a verbal relation: "accusing
// it", "urged it".
func verbal(s *sent, k int) bool {
	m, ok := s.verbTrigger(k)
	switch {
	case !ok:
		return false
	case m.Relation == "condemns", m.Relation == "demands", m.Relation == "threatens", m.Relation == "supports":
		return true
	}
	return false
}

// deniable reports a relation of an act one can be accused of.
func deniable(rel string) bool {
	switch rel {
	case "attack", "arms_transfer", "military_support", "aid", "supports", "sanctions", "threatens", "cooperation":
		return true
	}
	return false
}

// speechWord reports a reporting verb at item v: a speech cue, unless it
// is a noun ("member states", "the reports") — one of speech_noun used as
// a verb has a name before it or "that" after it ("Iran states that").
func (st *docState) speechWord(s *sent, v int) bool {
	w := s.items[v]
	if w.kind == word && st.is(cueClauseSpeech, w) {
		return !afterPossessive(s, v) && startsClause(s, v+1)
	}
	if w.kind != word || !(st.is(cueSpeech, w) || st.is(cueDenial, w)) {
		return false
	}
	if !st.is(cueSpeechNoun, w) {
		return true
	}
	return v > 0 && isArg(s.items[v-1]) || v+1 < len(s.items) && s.items[v+1].lower == "that"
}

// startsClause reports a clause starting at item k: "that", or a subject
// (a name, a pronoun) followed by a lower-case word ("they were", "Peru
// had").
func startsClause(s *sent, k int) bool {
	if k+1 >= len(s.items) {
		return false
	}
	if s.items[k].lower == "that" {
		return true
	}
	subject := s.items[k].kind == entity || s.items[k].kind == pronoun || isSubjectPronoun(s.items[k].lower)
	return subject && s.items[k+1].kind == word && isLowerWord(s.items[k+1].text)
}

// afterPossessive reports a possessive or a determiner before item v:
// "Peru's claim that …", "the claim that …" name a claim, not a speaker.
func afterPossessive(s *sent, v int) bool {
	if v == 0 {
		return false
	}
	p := s.items[v-1]
	return isDeterminer(p.lower) || p.lower == "'s" || p.lower == "’s" || strings.HasSuffix(p.lower, "'s") || strings.HasSuffix(p.lower, "’s")
}

func isSubjectPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

// reportingVerb is speechWord, or a verb of condemning: what "the EU
// condemns the delivery of drones to Russia" names is the EU's claim.
func (st *docState) reportingVerb(s *sent, v int) bool {
	if st.speechWord(s, v) {
		return true
	}
	m, ok := s.verbTrigger(v)
	return ok && m.Relation == "condemns"
}

// notBacking reports a support trigger that is no public backing: the
// noun qualified as material ("logistical and intelligence support",
// "armed support"), which is aid or military support, also as what a
// verb of giving gives ("provided logistical support to"); and "support
// from", a noun whatever precedes it ("receiving strong support from").
func (st *docState) notBacking(s *sent, m match, rel string) bool {
	if rel != "supports" {
		return false
	}
	if m.Form == "verb" && m.Relation == "supports" && m.j < len(s.items) && s.items[m.j].lower == "from" {
		return true
	}
	at := m.i // the support noun
	if m.Relation != "supports" {
		at = -1
		for k := m.j; k < len(s.items) && k < m.j+8; k++ {
			if st.x.lx.items[s.items[k].lower].Relation == "supports" {
				at = k
				break
			}
		}
	} else if m.Form != "noun" && !(m.i > 0 && st.is(cueMaterial, s.items[m.i-1])) {
		return false // "military support" is a noun, "strongly support" a verb
	}
	if at >= 0 && st.materialForm(s, at) {
		return true // "gave support to Peru in the form of intelligence"
	}
	for k := at - 1; at > 0 && k >= 0 && k >= at-4; k-- {
		w := s.items[k]
		if w.kind != word {
			return false
		}
		if st.is(cueMaterial, w) {
			return true
		}
		if w.lower != "and" && w.lower != "," && !isLowerWord(w.text) || isDeterminer(w.lower) {
			return false
		}
	}
	return false
}

// materialForm reports "in the form of" after the support noun at i
// naming something material: "support to Peru in the form of
// intelligence", "in the form of weapons".
func (st *docState) materialForm(s *sent, i int) bool {
	for k := i + 1; k+3 < len(s.items) && k <= i+8; k++ {
		if s.items[k].lower != "in" || s.items[k+1].lower != "the" || s.items[k+2].lower != "form" || s.items[k+3].lower != "of" {
			continue
		}
		for n := k + 4; n < len(s.items) && n <= k+6; n++ {
			if _, _, ok := st.itemAt(s, n); ok || st.is(cueMaterial, s.items[n]) {
				return true
			}
		}
		return false
	}
	return false
}

// otherReferent resolves a pronoun that would stand for the subject of
// its own verb ("Bahrain cut ties with Iran, accusing it of …"): the
// nearest earlier entity of the sentence that is not the subject, else
// the latest one of earlier sentences. A subject the sentence does not
// name ("It was recognized by Peru, the first to recognize it") keeps
// the pronoun's own referent.
func (st *docState) otherReferent(s *sent, i int, subject string) string {
	if i == 0 || !verbal(s, i-1) {
		return s.items[i].ent // "mercenaries to help it": the subject's own
	}
	named := false
	for k := 0; k < i; k++ {
		named = named || s.items[k].kind == entity && s.items[k].ent == subject
	}
	if !named {
		return s.items[i].ent
	}
	want := func(id string) bool {
		t := graph.EntityType(id)
		return id != subject && (t == graph.TypeCountry || t == graph.TypeOrganization)
	}
	for k := i - 1; k >= 0; k-- {
		if it := s.items[k]; it.kind == entity && !it.demonym && want(it.ent) {
			return it.ent
		}
	}
	for k := st.sentHistory - 1; k >= 0 && k >= st.sentHistory-20; k-- {
		if want(st.history[k]) {
			return st.history[k]
		}
	}
	return ""
}

// auxiliary reports a perfect auxiliary between a speaker and a reporting
// verb: "Erdogan has announced".
func auxiliary(w string) bool { return w == "has" || w == "have" || w == "had" }

// ownClaim returns the subject as the speaker of its own act when a
// reporting verb stands between them: "Al-Shabaab claimed to have
// retaken the town", "Iran denied sending drones".
func (st *docState) ownClaim(s *sent, subjects []int, from, to int) string {
	if len(subjects) == 0 || subjects[0] >= to {
		return ""
	}
	for k := from; k < to; k++ {
		if a := st.passiveAccuser(s, k); a >= 0 && st.speechWord(s, k) {
			return st.firstID(s, a) // "Peru was accused by Chile of arming Bolivia"
		}
		if st.speechWord(s, k) && invertedSpeaker(s, k) {
			return st.firstID(s, k+1) // "Laos, said Fidel Castro, sent …"
		}
		if st.speechWord(s, k) {
			return st.firstID(s, subjects[0])
		}
	}
	return ""
}

// verbalRelation reports a relation stated by speaking: its year is the
// speaking's, named before the verb rather than in what is said after it.
func verbalRelation(rel string) bool {
	switch rel {
	case "condemns", "demands", "threatens", "supports":
		return true
	}
	return false
}

// speechYear is the year of a verbal act at item k: one named before it
// in its clause ("In 2015 Peru declared Chile a threat to the 1990
// accord"), else the nearest (yearNear).
func (st *docState) speechYear(s *sent, k int) int {
	lo, _ := st.clause(s, k, k+1)
	if y := s.nearestYear(k, lo, k); y != 0 {
		return y
	}
	return s.yearNear(k, st.lastYear, st.paraYear)
}

// obligedBySpeaker reads a modal of obligation said of someone in
// reported speech: "Peru said Chile must withdraw its troops", "the EU
// said Turkey had to make reforms": the speaker demands of that one. A
// passive ("Chile must be punished") demands nothing of Chile.
func (st *docState) obligedBySpeaker(s *sent) {
	for k := 1; k+1 < len(s.items); k++ {
		n := 0
		switch {
		case s.items[k].kind != word:
			continue
		case verbalWords.is("obligation", s.items[k].lower):
			n = 1
		case k+2 < len(s.items) && verbalWords.is("obligation", s.items[k].lower+" "+s.items[k+1].lower):
			n = 2
		default:
			continue
		}
		v := k + n
		if v < len(s.items) && s.items[v].lower == "not" {
			v++ // "must not send troops": a demand still
		}
		if v >= len(s.items) || s.items[v].kind != word || !isLowerWord(s.items[v].text) || s.items[v].lower == "be" || s.items[v].lower == "have" {
			continue // "must be punished", "must have known"
		}
		y := s.possessed(k-1, k)
		if !isArg(s.items[y]) || s.items[y].kind == entity && s.items[y].demonym {
			continue
		}
		speaker, denied := st.claimAt(s, y)
		if speaker == "" || denied {
			continue
		}
		before := len(st.facts)
		for _, id := range st.resolveAll(s, y, speaker) {
			if id != speaker && allowed("demands", speaker, id) {
				st.emit(s, match{}, graph.Fact{Subject: speaker, Relation: "demands", Object: id,
					Year: s.yearNear(k, st.lastYear, st.paraYear), Confidence: 0.6}, "phrase:obliged by speaker")
			}
		}
		_, hi := st.clause(s, v, v+1)
		for i := before; i < len(st.facts); i++ {
			st.facts[i].Action = s.phraseText(v, hi)
		}
	}
}

// afterOpeningYear reports a name at item q just after a year, maybe
// past an article: "In 2015 Peru …", "In 2005 the EU …".
func (s *sent) afterOpeningYear(q int) bool {
	if q > 1 && isArticle(s.items[q-1].lower) {
		q--
	}
	return q > 0 && s.yearAt(q-1) != 0
}

// afterSubordinatingAs reports a name at item q after "as" that opens a
// clause, maybe past an article: "…, as the EU said …".
func (s *sent) afterSubordinatingAs(q int) bool {
	if q > 1 && isArticle(s.items[q-1].lower) {
		q--
	}
	return q > 0 && s.items[q-1].lower == "as" && (q == 1 || s.items[q-2].text == "," || s.items[q-2].lower == "just")
}

// coordinatedSpeaker returns the subject of a reporting verb at item v
// that follows another verb phrase after a comma, when the name p just
// before the comma is that phrase's object: "Erdogan promised support for
// Azerbaijan, said Armenia was a threat" is Erdogan's saying; or -1.
func (st *docState) coordinatedSpeaker(s *sent, p, v, lo int) int {
	if p != v-2 || s.items[v-1].text != "," || p == 0 {
		return -1
	}
	if w := s.items[p-1]; w.kind != word || !isLowerWord(w.text) || isArticle(w.lower) {
		return -1 // "Peru's president, Keller, said": an apposition
	}
	q := st.sharedSubject(s, lo, p)
	if q < 0 || q >= p-1 || s.items[q].entType != graph.TypePerson && s.items[q].entType != graph.TypeCountry && s.items[q].entType != graph.TypeOrganization {
		return -1
	}
	for k := q + 1; k < p; k++ {
		if w := s.items[k]; s.verbTriggerAt(k) || w.kind == word && (st.is(cueFinite, w) || st.is(cueModal, w) || st.is(cueSpeech, w)) {
			return q // a verb stands between: p is its object
		}
	}
	return -1
}

// joinedBy reads a partner named by "joined by" before the act it joins
// in: "Peru was joined by Chile in condemning Bolivia's blockade". Each
// verbal fact of the sentence (from index first) whose subject is the
// one joined is the partner's too.
func (st *docState) joinedBy(s *sent, first int) {
	for k := 1; k+3 < len(s.items); k++ {
		if s.items[k].lower != "joined" || s.items[k+1].lower != "by" {
			continue
		}
		if !isCopula(s.items[k-1].lower) && s.items[k-1].lower != "been" {
			continue
		}
		joined := st.nearestBefore(s, k, 0, true)
		if joined < 0 {
			continue
		}
		partners := s.group(k+2, len(s.items))
		in := partners[len(partners)-1] + 1
		if !isArg(s.items[k+2]) || in+1 >= len(s.items) || s.items[in].lower != "in" || !strings.HasSuffix(s.items[in+1].lower, "ing") {
			continue
		}
		side := st.resolveAll(s, joined, "")
		for _, p := range partners {
			side = append(side, st.resolveAll(s, p, "")...)
		}
		on := map[string]bool{}
		for _, id := range side {
			on[id] = true
		}
		end := len(st.facts)
		have := map[[3]string]bool{}
		for i := first; i < end; i++ {
			f := st.facts[i]
			have[[3]string{f.Subject, f.Relation, f.Object}] = true
		}
		for i := first; i < end; i++ {
			f := st.facts[i]
			if !on[f.Subject] || !verbalRelation(f.Relation) {
				continue
			}
			for _, id := range side {
				if k := [3]string{id, f.Relation, f.Object}; !have[k] && id != f.Object && allowed(f.Relation, id, f.Object) {
					have[k] = true
					g := f
					g.Subject = id
					st.emit(s, match{}, g, f.Rule+"/joined by")
				}
			}
		}
	}
}
