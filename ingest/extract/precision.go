package extract

import (
	"sort"
	"strings"

	"kg/graph"
)

// Rules that keep false facts out: an act that is not one (a plan, a
// prohibition, a noun read as a verb, geography), an argument that is no
// party (the venue of a meeting, the host of others' talks, a person's
// own country); and the facts of
// switching recognition and of exceptions ("all … except X"). Their
// words are in lexicon/precision.tsv.

// precisionWords is lexicon/precision.tsv: per class, its words and
// phrases (lower case, words separated by one space).
type precisionWords struct {
	sets map[string]map[string]bool
	// byFirst holds each class's phrases by their first word, longest
	// first: phraseAt runs at every item of many sentences.
	byFirst map[string]map[string][][]string
}

var precision = mustWordClasses("precision.tsv")

// mustWordClasses reads a file of word classes in the form of
// precision.tsv.
func mustWordClasses(name string) precisionWords {
	pw := precisionWords{sets: map[string]map[string]bool{}, byFirst: map[string]map[string][][]string{}}
	err := eachRow(name, 2, func(f []string) error {
		set := pw.sets[f[0]]
		if set == nil {
			set = map[string]bool{}
			pw.sets[f[0]] = set
		}
		for _, p := range strings.Split(f[1], "|") {
			w := strings.Fields(p)
			if len(w) == 0 {
				continue
			}
			set[strings.Join(w, " ")] = true
			if pw.byFirst[f[0]] == nil {
				pw.byFirst[f[0]] = map[string][][]string{}
			}
			list := append(pw.byFirst[f[0]][w[0]], w)
			sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
			pw.byFirst[f[0]][w[0]] = list
		}
		return nil
	})
	if err != nil {
		panic(err) // an embedded file: a broken one fails every test
	}
	return pw
}

func (pw precisionWords) is(class, lower string) bool { return pw.sets[class][lower] }

// phraseAt returns how many items at k form a phrase of the class, longest
// first, or 0.
func (pw precisionWords) phraseAt(class string, s *sent, k int) int {
	if k < 0 || k >= len(s.items) || s.items[k].kind != word {
		return 0
	}
	for _, phrase := range pw.byFirst[class][s.items[k].lower] {
		if k+len(phrase) > len(s.items) {
			continue
		}
		n := 1
		for n < len(phrase) && s.items[k+n].kind == word && s.items[k+n].lower == phrase[n] {
			n++
		}
		if n == len(phrase) {
			return n
		}
	}
	return 0
}

// findPhrase returns the first item in [lo, hi) where a phrase of the
// class starts, or -1.
func (pw precisionWords) findPhrase(class string, s *sent, lo, hi int) int {
	for k := max(lo, 0); k < hi && k < len(s.items); k++ {
		if pw.phraseAt(class, s, k) > 0 {
			return k
		}
	}
	return -1
}

// notAnAct reports a trigger that states no fact of its own, in a clause
// [lo, hi) whose verb phrase is [vlo, vhi). Those about exceptions emit
// their facts themselves.
func (st *docState) notAnAct(s *sent, m match, lo, hi, vlo, vhi int) bool {
	switch {
	case st.otherSense(s, m, hi):
		return true // senses.go: "the press secretary", "asked Peru about"
	case st.nounAfterPreposition(s, m):
		return true // "an embargo on arms to Peru", "officials in host countries"
	case materialRelation(m.Relation) && st.restrictedList(s, m.i, lo):
		return true // "an embargo on new arms deliveries", "an embargo on arms sales and assistance to"
	case st.possessedVerb(s, m):
		return true // "Israel's oil supply", "Iran's support was limited to": a noun
	case st.hostsOthers(s, m, lo, hi):
		return true // "Turkey hosted Russia-Ukraine talks"
	case st.placesTouch(s, m, lo, hi):
		return true // "where China, India and Nepal meet"
	case st.meetsAThing(s, m):
		return true // "the resolution met with opposition"
	case st.recalledForConsultations(s, m, lo):
		return true // "recalled its ambassador for consultations"
	case precision.findPhrase("future_time", s, vlo, vhi) >= 0:
		return true // "agreed to hold talks next month": a plan
	case precision.findPhrase("open_choice", s, lo, m.i) >= 0:
		return true // "has not ruled out cutting aid"
	case st.sentMessage(s, m):
		return true // "sent a letter to Peru about weapons": words, not a transfer
	case st.unrealized(s, m):
		return true // "its intention to attack Peru", "a request for Chile to send troops"
	case m.Relation == "recognizes" && m.Form == "noun" && precision.findPhrase("switch", s, m.i-3, m.i) >= 0:
		return true // "switched recognition from A to B": switchedRecognition
	}
	return st.exceptedWhole(s, m, lo, hi)
}

func materialRelation(rel string) bool {
	switch rel {
	case "transfer", "arms_transfer", "aid", "military_support":
		return true
	}
	return false
}

// nounAfterPreposition reports a verb trigger right after a preposition
// other than "to" that is a noun naming a thing there, not an act: "an
// embargo on arms to Peru", "Peruvian officials in host countries".
func (st *docState) nounAfterPreposition(s *sent, m match) bool {
	if m.Form != "verb" || m.i == 0 || !precision.is("thing_noun", m.Words[0]) {
		return false
	}
	prev := s.items[m.i-1]
	return prev.kind == word && prev.lower != "to" && st.is(cuePreposition, prev)
}

// hostsOthers reports hosting that is no visit: a gathering of others
// ("Turkey hosted Russia-Ukraine talks", "a conference in Lima, hosted by
// Peru's foreign minister"), whose parties meet each other (the noun
// trigger of the gathering states that), or troops and bases ("hosting
// the US Fifth Fleet").
func (st *docState) hostsOthers(s *sent, m match, lo, hi int) bool {
	if m.Relation != "meets" || strings.Fields(m.Lemma)[0] != "host" {
		return false
	}
	if precision.findPhrase("gathering", s, max(lo, m.i-8), m.i) >= 0 || precision.findPhrase("gathering", s, m.j, min(hi, m.j+8)) >= 0 {
		return true
	}
	for k := m.j; k < hi && k <= m.j+6; k++ {
		if !isArg(s.items[k]) {
			continue
		}
		for n := k + 1; n < hi && n <= k+3 && s.items[n].kind == word; n++ {
			if precision.is("military_unit", s.items[n].lower) {
				return true
			}
		}
		return false
	}
	return false
}

// placesTouch reports "meet" in the present after "where" with no
// object: borders touching ("the area where China, India and Nepal
// meet"), not a meeting.
func (st *docState) placesTouch(s *sent, m match, lo, hi int) bool {
	if m.Relation != "meets" || m.Form != "verb" || !precision.is("touch", m.Words[0]) {
		return false
	}
	if lo == 0 || s.items[lo-1].lower != "where" {
		return false
	}
	for k := m.j; k < hi; k++ {
		if isArg(s.items[k]) {
			return false
		}
	}
	return true
}

// exceptedWhole reads a trigger whose object is a whole with an
// exception: "Ghana recognises all UN members except Israel and Taiwan"
// states that Ghana does not recognize Israel or Taiwan, and nothing
// about the whole. It emits the negated facts.
func (st *docState) exceptedWhole(s *sent, m match, lo, hi int) bool {
	if m.Form != "verb" || m.j >= hi || !precision.is("whole", s.items[m.j].lower) {
		return false
	}
	ex := -1
	for k := m.j + 1; k < hi && k <= m.j+6; k++ {
		if precision.is("except", s.items[k].lower) {
			ex = k
			break
		}
	}
	if ex < 0 {
		return false
	}
	a := -1
	for k := ex + 1; k < hi && k <= ex+3; k++ {
		if isArg(s.items[k]) {
			a = k
			break
		}
	}
	subj := st.nearestBefore(s, m.i, lo, true)
	if a < 0 || subj < 0 {
		return true
	}
	rel := m.Relation
	if _, ok := graph.LookupRelation(rel); !ok {
		return true
	}
	year := s.yearNear(m.i, st.lastYear, st.paraYear)
	var objs []string
	for _, g := range s.group(a, hi) {
		objs = append(objs, st.resolveAll(s, g, "")...)
	}
	for _, g := range s.groupBack(subj, lo) {
		for _, sub := range st.resolveAll(s, g, "") {
			for _, obj := range objs {
				if sub != obj && allowed(rel, sub, obj) {
					st.emit(s, m, graph.Fact{Subject: sub, Relation: rel, Object: obj, Negated: true, Year: year, Confidence: 0.7}, m.Form+":"+m.Lemma+"/except")
				}
			}
		}
	}
	return true
}

// switchedRecognition reads "Senegal switched recognition from Taiwan to
// China in 2005" and "countries including A, B and C switched their
// recognition from R to P": each recognizes P, and no longer R.
func (st *docState) switchedRecognition(s *sent) {
	for k, it := range s.items {
		if it.kind != word || !precision.is("switch", it.lower) {
			continue
		}
		rec := -1
		for j := k + 1; j < len(s.items) && j <= k+3; j++ {
			if strings.HasPrefix(s.items[j].lower, "recogni") {
				rec = j
				break
			}
		}
		if rec < 0 {
			continue
		}
		lo, hi := st.clause(s, k, k+1)
		from, to := st.afterWord(s, rec+1, min(hi, rec+4), "from"), -1
		if from >= 0 {
			to = st.afterWord(s, from+1, min(hi, from+6), "to")
		}
		subj := st.nearestBefore(s, k, lo, true)
		if from < 0 || to < 0 || subj < 0 {
			continue
		}
		year := s.yearNear(k, st.lastYear, st.paraYear)
		for _, g := range s.groupBack(subj, lo) {
			for _, sub := range st.resolveAll(s, g, "") {
				for _, side := range []struct {
					at      int
					negated bool
				}{{to, false}, {from, true}} {
					for _, obj := range st.resolveAll(s, side.at, sub) {
						if sub != obj {
							st.emit(s, match{}, graph.Fact{Subject: sub, Relation: "recognizes", Object: obj, Negated: side.negated, Year: year, Confidence: 0.8}, "phrase:switched recognition")
						}
					}
				}
			}
		}
	}
}

// admissible reports whether a fact a trigger m states may be kept, and
// marks a meeting called off as negated: a meeting's venue is no party
// to it ("held talks at a hotel in Lima"), nor is the host of a
// gathering one travels to ("arrived in Lima for the summit"), nor a
// person's own country.
func (st *docState) admissible(s *sent, m match, f *graph.Fact) bool {
	if f.Relation != "leader_of" && st.ownCountry(f.Subject, f.Object) {
		return false // "Sadat's visit … Egypt", "Zhou met with Mao"
	}
	if f.Relation != "meets" || len(m.Words) == 0 {
		return true
	}
	if k := st.objectItem(s, m, f.Object); k >= 0 {
		if p := st.headPreposition(s, k); p != "" && p != m.Prep && precision.is("venue", p) {
			return false
		}
	}
	if graph.EntityType(f.Object) == graph.TypeCountry && st.attending(s, m, f.Object) {
		return false
	}
	if precision.findPhrase("call_off", s, m.i-3, m.i) >= 0 {
		f.Negated = true // "cancelled a summit meeting with Peru"
	}
	return true
}

// ownCountry reports a person and the country a title or the gazetteer
// gives them, in either order.
func (st *docState) ownCountry(a, b string) bool {
	if graph.EntityType(a) != graph.TypePerson {
		a, b = b, a
	}
	if graph.EntityType(a) != graph.TypePerson || graph.EntityType(b) != graph.TypeCountry {
		return false
	}
	if st.personCountry[a] == b {
		return true
	}
	if e := st.x.gaz.Entity(a); e != nil {
		for _, r := range e.Roles {
			if r.Of == b {
				return true
			}
		}
	}
	return false
}

// objectItem returns the item after the trigger that names the entity,
// or -1.
func (st *docState) objectItem(s *sent, m match, id string) int {
	for k := m.j; k < len(s.items); k++ {
		if it := s.items[k]; (it.kind == entity || it.kind == pronoun) && it.ent == id {
			return k
		}
	}
	return -1
}

// headPreposition returns the preposition whose phrase holds item k ("at"
// for "at a Lima hotel", "in" for "in the Peruvian capital"), or "".
func (st *docState) headPreposition(s *sent, k int) string {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := s.items[j]
		if w.kind != word {
			return ""
		}
		if st.is(cuePreposition, w) {
			return w.lower
		}
		if !isDeterminer(w.lower) && !isCapitalized(w.text) && !isNumber(w.text) {
			return ""
		}
	}
	return ""
}

// attending reports travel to the venue of a gathering of many states:
// the sentence names one ("arrived in Lima for the summit"), or the
// document has named the country as a gathering's venue.
func (st *docState) attending(s *sent, m match, country string) bool {
	if lemma := strings.Fields(m.Lemma)[0]; m.Relation != "travel" && lemma != "visit" && lemma != "trip" {
		return false
	}
	if precision.findPhrase("multilateral", s, 0, len(s.items)) >= 0 {
		return true
	}
	return m.Relation == "travel" && st.venues[country]
}

// noteVenues records the countries a sentence names as the venue of a
// gathering of many states: "a regional summit this weekend in Panama",
// "the Summit of the Americas, held in Panama".
func (st *docState) noteVenues(s *sent) {
	for k, it := range s.items {
		gathering := it.kind == word && precision.is("multilateral", it.lower)
		if it.kind == entity && it.entType == graph.TypeEvent {
			for _, w := range strings.Fields(it.lower) {
				gathering = gathering || precision.is("multilateral", w)
			}
		}
		if !gathering {
			continue
		}
		for j := max(0, k-8); j < len(s.items) && j <= k+10; j++ {
			c := s.items[j]
			if c.kind == entity && c.entType == graph.TypeCountry && !c.demonym && precision.is("venue", st.headPreposition(s, j)) {
				if st.venues == nil {
					st.venues = map[string]bool{}
				}
				st.venues[c.ent] = true
			}
		}
	}
}

// outsideEvent reports an act dated before the event it would take
// part in began, or more than ten years after: "World War II began in
// 1939. In 1960 Peruvian forces attacked Ecuador."
func (st *docState) outsideEvent(f graph.Fact, event string) bool {
	e := st.x.gaz.Entity(event)
	return e != nil && e.Year != 0 && f.Year != 0 && (f.Year < e.Year || f.Year > e.Year+10)
}

// restrictedList reports a restriction and "on" before item i, past the
// words of a list of what is restricted: "an embargo on arms sales and
// assistance to Peru", "a ban on new arms deliveries".
func (st *docState) restrictedList(s *sent, i, lo int) bool {
	for k := i - 1; k > lo && k >= i-8; k-- {
		w := s.items[k]
		if w.lower == "on" && st.is(cueRestriction, s.items[k-1]) {
			return true
		}
		if !(w.kind == word && (isLowerWord(w.text) || w.lower == ",") || w.kind == entity && w.demonym) {
			return false
		}
	}
	return false
}

// possessedVerb reports a verb form of a trigger that a possessive makes
// a noun: "Israel's oil supply", "Iran's support was limited to Syria".
// The noun's own trigger, where the lexicon has one, reads it instead.
func (st *docState) possessedVerb(s *sent, m match) bool {
	if m.Form != "verb" || m.i == 0 {
		return false
	}
	k := m.i - 1
	if k > 0 && s.items[k].kind == word && isLowerWord(s.items[k].text) && !isDeterminer(s.items[k].lower) {
		k-- // "Israel's oil supply"
	}
	if p := s.items[k].lower; p != "'s" && p != "’s" {
		return false
	}
	for _, t := range st.x.lx.byFirst[m.Words[0]] {
		if t.Form == "noun" && len(t.Words) == len(m.Words) && strings.Join(t.Words, " ") == strings.Join(m.Words, " ") {
			st.relation(s, match{trigger: t, i: m.i, j: m.j})
			break
		}
	}
	return true
}

// unrealized reports a verb trigger in an infinitive or gerund that only
// names an act wished, asked for or possible: after a noun of intent
// ("Chile's intention to attack Peru", "the opportunity for aiding
// Peru"), or with its own subject after a verb of wanting or asking, or
// after "for" that follows one or such a noun ("a request for Chile to send troops", "wanted Chile to
// side with Peru", "called on Chile to recognize Peru").
func (st *docState) unrealized(s *sent, m match) bool {
	if m.Form != "verb" || m.i < 2 {
		return false
	}
	to := s.items[m.i-1].lower
	gerund := strings.HasSuffix(s.items[m.i].lower, "ing") && (to == "for" || to == "of")
	if to != "to" && !gerund {
		return false
	}
	if precision.is("intent", s.items[m.i-2].lower) {
		return true
	}
	if gerund {
		return false
	}
	// Back over the infinitive's own subject: "for the Chilean
	// government to", "wanted Chile to".
	k, subject := m.i-2, false
	for n := 0; k > 0 && n < 5; n, k = n+1, k-1 {
		it := s.items[k]
		if isArg(it) {
			subject = true
			continue
		}
		if it.kind != word || !isLowerWord(it.text) || st.is(cuePreposition, it) || st.is(cueModal, it) || st.is(cueRequest, it) {
			break
		}
	}
	w := s.items[k]
	if w.kind == word && (w.lower == "on" || w.lower == "upon") && k > 0 {
		w = s.items[k-1] // "called on Chile to"
	}
	if !subject || w.kind != word {
		return false
	}
	if w.lower == "for" {
		// "a request by Peru for Chile to send", "called for Chile to":
		// not "was decisive for Chile to send"
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if v := s.items[j]; v.kind == word && (precision.is("intent", v.lower) || st.is(cueRequest, v)) {
				return true
			} else if v.text == "," {
				break
			}
		}
		return false
	}
	return st.is(cueModal, w) || st.is(cueRequest, w)
}

// sentMessage reports a verb of giving whose direct object is a message
// (precision.tsv message): "Chile sent a letter to Peru about the arms it
// wants" sends words, whatever the letter says.
func (st *docState) sentMessage(s *sent, m match) bool {
	if m.Form != "verb" || m.Relation != "transfer" {
		return false
	}
	from := m.j
	if from < len(s.items) && isArg(s.items[from]) {
		from++ // "sent Peru a letter"
	}
	for k := from; k < len(s.items) && k <= from+3; k++ {
		w := s.items[k]
		if w.kind != word || !isLowerWord(w.text) {
			return false
		}
		if precision.is("message", w.lower) {
			return true
		}
		if !isDeterminer(w.lower) && !isArticle(w.lower) && k > from+1 {
			return false
		}
	}
	return false
}
