package extract

import (
	"strconv"
	"strings"

	"kg/graph"
)

// Attributes of a fact: its year (the clause's, else the paragraph's
// narrative year), the quantity and kind of what is given, and who claims
// it (reported speech).

// yearOf returns the year of a trigger's fact: the nearest year in its
// own verb phrase when the clause has several ("met Spain in 1950 and
// began relations with South Africa in 1960"), else in its clause ("restored
// ties, which had been cut in 2019" is not the restoring's year), else in
// the sentence, else the narrative's (yearNear).
//
// A noun naming the act a title dates ("the invasion" under "The
// Ruritanian Invasion of Laos, 1961") in a sentence naming no year is of
// the title's year.
func (st *docState) yearOf(s *sent, m match, spans ...[2]int) int {
	for _, sp := range spans {
		if y := s.nearestYear(m.i, sp[0], sp[1]); y != 0 {
			return y
		}
	}
	if y := st.titleActYear(m); y != 0 && s.nearestYear(m.i, 0, len(s.items)) == 0 {
		return y
	}
	return s.yearNear(m.i, st.lastYear, st.paraYear)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
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

// claimAt returns who a statement made after item before is reported
// from: "According to X, …", "X said (that) …", "X accused Y of …"; and
// whether the reporting verb denies it ("X denied that it had …").
func (st *docState) claimAt(s *sent, before int) (speaker string, denied bool) {
	if len(s.items) > 2 && s.items[0].lower == "according" && s.items[1].lower == "to" && before > 2 {
		if isArg(s.items[2]) {
			return st.firstID(s, 2), false
		}
		if id := st.speakerFrom(s, 2); id != "" {
			return id, false // "According to the newspaper El Comercio, …"
		}
	}
	for v := before - 1; v >= 0; v-- {
		w := s.items[v]
		if v+3 < before && (w.text == "," || w.text == ";") && (s.items[v+1].lower == "and" || s.items[v+1].lower == "but") && isArg(s.items[v+2]) && startsClause(s, v+2) && s.items[v+3].cues&(1<<cuePreposition) == 0 {
			break // "Peru accused Chile of spying, and Chile cut aid": a clause of its own
		}
		if !st.reportingVerb(s, v) || reducedRelative(s, v) {
			continue
		}
		denied = st.is(cueDenial, w) && !st.negatedVerb(s, v)
		if !denied && (w.lower == "reports" || w.lower == "claims") {
			// "denied reports that …", "rejected claims that …": the
			// reports are denied; "reports that … were dismissed by Y".
			if v > 0 && s.items[v-1].kind == word && st.is(cueDenial, s.items[v-1]) {
				denied, v = true, v-1
			} else if by, ok := st.dismissedBy(s, v); ok {
				return by, true
			}
		}
		if a := st.passiveAccuser(s, v); a >= 0 {
			return st.firstID(s, a), denied // "Peru was accused by Chile of …"
		}
		if v > 0 && st.invertedAttribution(s, v) {
			return st.firstID(s, v+1), denied // "Laos, said Fidel Castro, sent …"
		}
		lo, _ := st.clause(s, v, v+1)
		if a := st.publicationAuthor(s, v, lo); a >= 0 {
			return st.firstID(s, a), denied // "a report by Amnesty International said …"
		}
		if p := st.nearestBefore(s, v, lo, true); p >= 0 {
			if q := st.coordinatedSpeaker(s, p, v, lo); q >= 0 {
				return st.firstID(s, q), denied
			}
			return st.firstID(s, p), denied
		}
		if q := st.nearestBefore(s, v, lo, false); q > 0 && (q-lo <= 4 && s.afterOpeningYear(q) || q == v-1 && s.afterSubordinatingAs(q)) {
			// "In 2005 Peru said": a name after an opening date; "…, as
			// the EU said": "as" opens a clause, not a phrase
			return st.firstID(s, q), denied
		}
		if id := st.describedSpeaker(s, lo, v); id != "" {
			return id, denied // "the president … told of how …"
		}
		if invertedSpeaker(s, v) || v+1 < len(s.items) && s.items[v+1].kind == pronoun {
			// "said Fidel Castro"; "the commission said it was …": the
			// pronoun is the speaker's own
			return st.firstID(s, v+1), denied
		}
		return "", denied
	}
	// "“We will never recognize Kosovo,” Vučić said": the quote's speaker.
	return st.speaker(s), false
}

// negatedVerb reports a negation just before the verb at item v: "did
// not deny that it sent arms" denies nothing.
func (st *docState) negatedVerb(s *sent, v int) bool {
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		if w := s.items[k]; w.kind == word && st.is(cueNegation, w) {
			return true
		}
	}
	return false
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
		if s.items[k].lower != "until" && s.items[k].lower != "till" {
			continue
		}
		// "until 1992", "until March 1951", "until 12 March 1951"
		for n := k + 1; n < hi && n <= k+4; n++ {
			if y := s.yearAt(n); y != 0 {
				return y
			}
			if w := s.items[n]; dates.months[w.lower] == 0 && !isDay(w.text) && w.text != "," {
				break
			}
		}
		return 0
	}
	return 0
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

// yearAt returns the year an item states, or 0: a year word ("in 1964"),
// or a year inside a name ("the 2011 tsunami", "Libyan War of 2011").
func (s *sent) yearAt(i int) int {
	it := &s.items[i]
	var m string
	switch {
	case it.kind == word:
		return wordYear(it.text)
	case it.kind == entity && it.entType == graph.TypeEvent:
		m = yearInName(it.text)
	}
	if m == "" {
		return 0
	}
	y, _ := strconv.Atoi(m)
	return y
}

// yearOf returns the year a word is (1800 to 2099), or 0. It runs on
// every word, so it does without a regular expression.
func yearOf(w string) int {
	if len(w) != 4 || !(w[:2] == "18" || w[:2] == "19" || w[:2] == "20") || w[2] < '0' || w[2] > '9' || w[3] < '0' || w[3] > '9' {
		return 0
	}
	return int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
}

// yearNear returns the year nearest to item i of the sentence, else the
// year the sentence and the narrative give (contextYear): "In 1984, South
// Korea was hit by storms. … North Korea sent rice" is 1984.
func (s *sent) yearNear(i, lastYear, paraYear int) int {
	if y := s.nearestYear(i, 0, len(s.items)); y != 0 {
		return y
	}
	return s.contextYear(lastYear, paraYear)
}

// nearestYear returns the year among items [lo, hi) nearest to item i,
// or 0: not one ending a span ("until 1992"), nor one qualifying another
// noun than item i's ("acted under the 1931 treaty"; but "the King's
// 1977 visit").
func (s *sent) nearestYear(i, lo, hi int) int {
	best, dist := 0, 1<<30
	for j := lo; j < hi; j++ {
		if y := s.yearAt(j); y != 0 && !s.endYear(j) && abs(j-i) < dist {
			if s.attributiveYear(j) && !s.qualifies(j, i) || s.eventDated(j, i) {
				continue
			}
			if i < len(s.items) && s.items[j].aside && !s.items[i].aside {
				continue // "Peru, which Chile attacked in 1990, recognized Bolivia"
			}
			best, dist = y, abs(j-i)
		}
	}
	return best
}

// eventDated reports a year at item j that dates an event named before
// it, other than item i's, which the clause compares or refers to rather
// than acts in: "accused Peru of a revolt comparable to the Ruritanian
// Revolution in Laos in 2004"; not an event that dates the clause ("after
// the floods in Laos in 2004", "during the Ruritanian War of 1866").
func (s *sent) eventDated(j, i int) bool {
	k := j - 1
	if k < 1 || s.items[k].lower != "in" && s.items[k].lower != "of" {
		return false
	}
	k--
	if it := s.items[k]; it.kind == entity && it.entType != graph.TypeEvent && k >= 2 && s.items[k-1].lower == "in" {
		k -= 2 // "the Orange Revolution in Ukraine in 2004"
	}
	if it := s.items[k]; it.kind != entity || it.entType != graph.TypeEvent || k == i {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch s.items[b].lower {
		case "end", "after", "since", "before", "until", "following", "aftermath", "eve", "wake", "during", "in", "at", "by", "throughout":
			return false
		case ",", ".":
			return true
		}
	}
	return true
}

func (s *sent) lastYearMentioned() int {
	for j := len(s.items) - 1; j >= 0; j-- {
		if y := s.yearAt(j); y != 0 {
			return y
		}
	}
	return 0
}

// speaker returns who the sentence quotes: the entity next to a speech
// verb ("Pence declared", "said Fidel Castro"), when the sentence quotes.
func (st *docState) speaker(s *sent) string {
	if !s.speakerKnown {
		s.speakerKnown, s.speakerID = true, st.findSpeaker(s)
	}
	return s.speakerID
}

func (st *docState) findSpeaker(s *sent) string {
	if id := st.attribution(s); id != "" {
		return id
	}
	if hasQuote(s.text) {
		for i, it := range s.items {
			if it.kind != word || !st.is(cueSpeech, it) || !s.nearQuoteMark(i) {
				continue
			}
			for _, j := range []int{i - 1, i + 1, i + 2} {
				if id, _ := st.speakerAt(s, j); id != "" {
					return id
				}
			}
			if id := st.quotedPronoun(s, i); id != "" {
				return id // "'Peru is arming Chile,' he said"
			}
		}
	}
	// A sentence inside a quotation opened before it, or quoting on
	// after one (claims.go).
	if st.quote.speaker == "" && quoteGoesOn(s) {
		return st.quote.last
	}
	return st.quote.speaker
}

// endYear reports a year that ends a span rather than dating a fact:
// "until 1979", "Until the Iranian Revolution in 1979".
func (s *sent) endYear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		switch w := s.items[k]; {
		case w.lower == "until" || w.lower == "till":
			return true
		case w.text == "," || w.lower == "since" || w.lower == "from":
			return false
		}
	}
	return false
}
