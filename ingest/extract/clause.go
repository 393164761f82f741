package extract

import (
	"strings"
	"unicode"

	"kg/graph"
)

// Clauses: the items of a sentence, and the structure around a trigger —
// the clause's bounds, its verb phrase, coordinated verb phrases and lists,
// asides, prepositional phrases and relative clauses.

// itemKind says what an item of a sentence is.
type itemKind int

const (
	word       itemKind = iota
	entity              // a gazetteer, title or surname mention
	pronoun             // "it", "they": resolved to an earlier entity
	descriptor          // "the country", "the island": resolved per fact
	groupRef            // "both countries": the latest list of countries
)

// item is a word, or a whole entity mention, of a sentence.
type item struct {
	kind       itemKind
	lower      string // lower-case text of a word
	text       string
	start, end int      // byte offsets in the sentence
	ent        string   // entity id (entity, resolved pronoun)
	ents       []string // the parties a plural reference stands for ("they" after a list)
	entType    string
	demonym    bool   // the mention is a demonym ("Cuban")
	modifier   bool   // qualifies the next argument ("Venezuelan" in "Venezuelan President Maduro"): not one itself
	aside      bool   // inside an apposition or a relative clause set off by commas
	cues       uint64 // a word's cue classes (Lexicon.cues), looked up once
}

// is reports whether an item is a word of a cue class: from the bits
// looked up when the word became an item, or, for a merged item, from its
// lower-case text.
func (st *docState) is(c cue, it item) bool {
	if it.kind == word {
		return it.cues&(1<<c) != 0
	}
	return st.x.lx.is(c, it.lower)
}

// sent is an analysed sentence.
type sent struct {
	text         string
	lower        string // text in lower case, once asked for (lowerText)
	items        []item
	triggers     []match // every trigger of the sentence, left to right
	present      bool    // speaks of the present ("currently", "today")
	speakerKnown bool    // speakerID has been looked for
	speakerID    string  // who the sentence quotes (docState.speaker)
	// stateYear is the year the sentence speaks of, for telling a state
	// from its predecessor when a fact has no year of its own: a year it
	// names, else its event's, else its paragraph's narrative year.
	stateYear int
	// undated is the year of a date the sentence gives without one ("On
	// April 12th", "on Thursday"), from the dateline or the narrative.
	undated int
}

// markAsides marks appositions and relative clauses set off by commas
// after an argument ("Hezbollah, a Lebanese militant group, attacked …",
// "Italy, which had supported Libya, later condemned …"): a verb after
// the aside takes its subject from before it.
func (s *sent) markAsides() {
	for k := 1; k+2 < len(s.items); k++ {
		if s.items[k].text != "," || !isArg(s.items[k-1]) {
			continue
		}
		switch s.items[k+1].lower {
		case "a", "an", "the":
			// "Iran, the United States and Israel" is a list, not an aside.
			if n := s.items[k+2]; !(n.kind == word && isLowerWord(n.text) || n.kind == entity && n.demonym) {
				continue
			}
		case "which", "who", "whose":
		default:
			continue
		}
		for c := k + 2; c < len(s.items) && c <= k+16; c++ {
			if s.items[c].text == "," {
				for x := k; x <= c; x++ {
					s.items[x].aside = true
				}
				k = c
				break
			}
		}
	}
}

// inPP reports whether the item at i is the object of a preposition
// ("in Havana", "with the US").
func (st *docState) inPP(s *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := s.items[j]
		if w.kind != word || w.lower == "that" && j == i-1 {
			return false // "said in an interview with CNN that Chile …": a clause's subject
		}
		if j >= 2 && s.asWellAs(j-2) {
			return false // "Iran as well as Russia": a conjunction
		}
		if st.is(cuePreposition, w) {
			// "since Israel has attacked Syria": a subordinator opening a
			// clause whose subject the entity is, not a preposition.
			if st.is(cueSubordinator, w) && i+1 < len(s.items) && s.items[i+1].kind == word && st.isVerbLike(s.items[i+1].lower) {
				return false
			}
			return true
		}
		if !isDeterminer(w.lower) && !isCapitalized(w.text) && !isNumber(w.text) {
			return false // "of the 1972 Egyptian expulsion" is still in the phrase
		}
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "all", "both":
		return true
	}
	return false
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && !isWordRune(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isPunctText(s string) bool { return s != "" && !isWordRune([]rune(s)[0]) }

// subjectLike returns the entity the sentence is about: its first entity
// outside a prepositional phrase.
func (s *sent) subjectLike(st *docState) string {
	for i, it := range s.items {
		if (it.kind == entity || it.kind == pronoun) && !it.demonym && it.entType != graph.TypeEvent && !st.inPP(s, i) {
			return it.ent
		}
	}
	return ""
}

// lowerText is the sentence in lower case, computed once.
func (s *sent) lowerText() string {
	if s.lower == "" {
		s.lower = strings.ToLower(s.text)
	}
	return s.lower
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
	first := -1
	for k := lo; k < vlo; k++ {
		if isArg(s.items[k]) && s.items[k].entType != graph.TypeEvent && !st.inPP(s, k) && !s.items[k].aside {
			first = k
			break
		}
	}
	if first < 0 {
		return -1
	}
	// "The dispute grew as Peru recalled its envoy, and urged Chile to
	// …": the subject of the clause the subordinator opens.
	for k := first + 1; k+1 < vlo; k++ {
		if w := s.items[k]; w.kind == word && st.is(cueSubordinator, w) && s.items[k-1].lower != "such" {
			a := k + 1
			if isArticle(s.items[a].lower) && a+1 < vlo {
				a++
			}
			if a+1 < vlo && isArg(s.items[a]) && s.items[a].entType != graph.TypeEvent && s.items[a+1].kind == word && isLowerWord(s.items[a+1].text) && !st.is(cuePreposition, s.items[a+1]) {
				first = a
			}
		}
	}
	// "Perez announced Chile, along with Peru, is imposing sanctions":
	// the subject of what a speech verb reports, without "that".
	for k := vlo - 1; k > first; k-- {
		if s.items[k].kind == word && st.is(cueSpeech, s.items[k]) {
			if s.items[k-1].text == "," {
				break // "Laos, said Castro, sent rifles": an inverted attribution, Laos acts
			}
			for a := k + 1; a < vlo && a <= k+3; a++ {
				if isArg(s.items[a]) && s.items[a].entType != graph.TypeEvent && !s.items[a].aside {
					if st.subjectOfVerbAt(s, a, vlo) {
						return a
					}
					break
				}
			}
			break
		}
	}
	return first
}

// subjectOfVerbAt reports an argument at a followed only by an aside,
// partners ("along with Canada"), commas or auxiliaries up to the verb
// phrase at vlo: "Chile, along with Peru, is imposing", not "Chile an
// enemy and restricted".
func (st *docState) subjectOfVerbAt(s *sent, a, vlo int) bool {
	for k := a + 1; k < vlo; k++ {
		it := s.items[k]
		if it.aside || it.text == "," || auxiliaryLike(it) || isArg(it) {
			continue
		}
		if (it.lower == "along" || it.lower == "together") && k+1 < vlo && s.items[k+1].lower == "with" {
			k++ // "Chile, along with Peru, is"
			continue
		}
		return false
	}
	return true
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
		case "and", "but":
			// ", and urged Chile to …": a verb phrase sharing the subject
			return !st.coordinatesVerb(s, k)
		case "while", "whereas", "yet":
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

func isArg(it item) bool {
	if it.modifier {
		return false
	}
	return it.kind == entity || it.kind == pronoun || it.kind == descriptor || it.kind == groupRef
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
// wordAfter returns the first item from i to hi that is the word w, or
// i-1 when there is none.
func (st *docState) wordAfter(s *sent, i, hi int, w string) int {
	for k := i; k < hi; k++ {
		if s.items[k].kind == word && s.items[k].lower == w {
			return k
		}
	}
	return i - 1
}

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
		j := s.pastAside(k, hi)
		pastAside := j > k
		conj, repeated := false, false
		if j+1 < hi && isHyphen(s.items[j]) && joinable(s.items[out[len(out)-1]]) && joinable(s.items[j+1]) {
			// "the Iraqi-Soviet friendship pact": both parties.
			out = append(out, j+1)
			k = j + 2
			continue
		}
		separated := false
		for j < hi && s.items[j].kind == word {
			if s.asWellAs(j) {
				conj, separated, j = true, true, j+3
				continue
			}
			if !(s.items[j].lower == "," || isListConjunction(s.items[j].lower) || s.items[j].lower == "the" || prep != "" && s.items[j].lower == prep && j > k) {
				break
			}
			conj = conj || isListConjunction(s.items[j].lower)
			repeated = repeated || s.items[j].lower == prep
			separated = separated || s.items[j].lower != "the"
			j++
		}
		if !separated && j > k && j < len(s.items) && s.items[j-1].lower == "the" {
			break // "the Chilean Ambassador to the Peruvian court": no list without a comma or "and"
		}
		// "the communist regime and its ally Cuba": after "and", a
		// possessive and a noun may come before the next member.
		skipped := j
		for n := 0; conj && n < 2 && j < hi && s.items[j].kind == word && !isCapitalized(s.items[j].text) && isWordRune([]rune(s.items[j].text)[0]) && !isArg(s.items[j]); n++ {
			if n == 0 && !isDeterminer(s.items[j].lower) {
				break
			}
			j++
		}
		if j > skipped && j < hi && s.items[j].kind == pronoun {
			break // "to Chile and that they had joined": a clause, not "and its ally Peru"
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
		if s.items[j].demonym && (!conj && !repeated || pastAside) {
			// "Peru's occupation of Chile, the Bolivian invasion of
			// Brazil, and Bolivian troops": past an aside, a demonym
			// opens another phrase rather than joining the list.
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
			if o := s.otherMembersBack(j, lo); o >= 0 {
				conj, j = true, o
				continue
			}
			if !(s.items[j].lower == "," || s.items[j].lower == "and" || s.items[j].lower == "nor" || s.items[j].lower == "the") {
				break
			}
			conj = conj || s.items[j].lower == "and" || s.items[j].lower == "nor"
			j--
		}
		if j >= lo && j < k && s.items[j].aside && conj {
			// "Peru, which borders Brazil, and Chile": the member is
			// the one before the aside, not a name inside it.
			j = s.beforeAside(j, lo)
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

// isListConjunction reports a word that joins the last member of a
// list: "Peru and Chile", "Peru or Chile", "neither Peru nor Chile".
func isListConjunction(w string) bool {
	return w == "and" || w == "or" || w == "nor"
}

// pastAside returns, for an aside at k that a conjunction follows, where
// the conjunction is: "sanctions on Peru, which borders Brazil, and
// Chile" goes on with Chile. Otherwise it returns k.
func (s *sent) pastAside(k, hi int) int {
	e := k
	for e < hi && s.items[e].aside {
		e++
	}
	if e > k && e < hi && isListConjunction(s.items[e].lower) {
		return e
	}
	return k
}

// beforeAside returns the argument just before the aside that holds item
// j ("Peru" in "Peru, a neighbour of Brazil, and …"), or -1.
func (s *sent) beforeAside(j, lo int) int {
	for j >= lo && s.items[j].aside {
		j--
	}
	if j >= lo && isArg(s.items[j]) {
		return j
	}
	return -1
}

// otherMembersBack reports, for a word at j ending "and other countries
// including" (or "such as", "like"), the item before "and": in "France
// and other countries including Spain condemned", France is on the list
// with Spain. It returns -1 otherwise.
func (s *sent) otherMembersBack(j, lo int) int {
	e := j
	if s.items[e].lower == "as" && e-1 >= lo && s.items[e-1].lower == "such" {
		e--
	} else if s.items[e].lower != "including" && s.items[e].lower != "like" {
		return -1
	}
	for n := e - 1; n >= lo && n >= e-4; n-- {
		if s.items[n].lower == "other" && n-1 >= lo && s.items[n-1].lower == "and" {
			return n - 2
		}
		if s.items[n].kind != word || !isLowerWord(s.items[n].text) {
			return -1
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
	p := st.nearestBefore(s, k, plo, true)
	if p < 0 || p == k-1 {
		return p
	}
	// "the chaos which threatened Algeria": a noun comes between, and is
	// what "which" refers to; "Kenya was one of the first countries
	// that recognized …": the copula makes the noun Kenya.
	for b := p + 1; b < k; b++ {
		switch s.items[b].lower {
		case "is", "was", "are", "were", "became", "remains", "remained":
			return p
		}
	}
	return -1
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

func isHyphen(it item) bool { return it.text == "-" || it.text == "–" }

// joinable reports a country or demonym that a hyphen can join to another
// ("Iran–Syria relations", "the Sino-Soviet split").
func joinable(it item) bool {
	return it.kind == entity && it.entType == graph.TypeCountry
}

// asWellAs reports "as well as" at item j, a conjunction.
func (s *sent) asWellAs(j int) bool {
	return j+2 < len(s.items) && s.items[j].lower == "as" && s.items[j+1].lower == "well" && s.items[j+2].lower == "as"
}

// alongWith returns the partners a subject at item k is joined with
// before the trigger at item i: "The UK, along with Canada, is imposing
// sanctions", "the United States - together with the EU - has restricted".
func (s *sent) alongWith(k, i int) []int {
	for j := k + 1; j+2 < i && j <= k+3; j++ {
		if (s.items[j].lower == "along" || s.items[j].lower == "together") && s.items[j+1].lower == "with" || s.items[j-1].text == "," && s.asWellAs(j) {
			// "Peru and Chile, as well as Bolivia, condemned"
			a := j + 2
			if s.items[j].lower == "as" {
				a = j + 3
			}
			if a >= i {
				return nil
			}
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
