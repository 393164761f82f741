package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"kg/graph"
	"kg/ingest/gazetteer"
)

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
	start, end int    // byte offsets in the sentence
	ent        string // entity id (entity, resolved pronoun)
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

// analyse finds the entity mentions of a sentence and turns it into items.
func (st *docState) analyse(text string) *sent {
	toks := st.buf.tokenize(text)
	mentions := st.buf.findMentions(st.x.gaz, text)
	s := &sent{text: text, lower: st.buf.lower, items: st.buf.items[:0]}
	mi := 0
	for ti := 0; ti < len(toks); ti++ {
		t := toks[ti]
		for mi < len(mentions) && mentions[mi].End <= t.Start {
			mi++
		}
		if mi < len(mentions) && mentions[mi].Start <= t.Start && t.Start < mentions[mi].End {
			m := mentions[mi]
			for ti+1 < len(toks) && toks[ti+1].Start < m.End {
				ti++
			}
			if n := len(s.items); m.Kind == gazetteer.Demonym && n > 0 && st.x.lx.regions[s.items[n-1].lower+" "+strings.ToLower(m.Text)] != nil {
				// "South American", "Latin American": a region, not the
				// United States.
				lower := strings.ToLower(m.Text)
				s.items = append(s.items, item{kind: word, lower: lower, text: m.Text, start: m.Start, end: m.End, cues: st.x.lx.cues[lower]})
				mi++
				continue
			}
			s.items = append(s.items, st.mentionItem(m))
			mi++
			continue
		}
		s.items = append(s.items, item{kind: word, lower: t.Lower, text: t.Text, start: t.Start, end: t.End, cues: st.x.lx.cues[t.Lower]})
	}
	for _, it := range s.items {
		if it.kind == word && st.is(cuePresent, it) {
			s.present = true
		}
	}
	s.markCompoundModifiers()
	s.undated = st.undatedYear(s)
	st.titledPeople(s)
	st.namedOrgs(s)
	st.namedEvents(s)
	st.disasterEvent(s)
	st.prevHistory, st.sentHistory = st.sentHistory, len(st.history)
	st.references(s)
	s.markAsides()
	for i, it := range s.items {
		if it.kind == entity {
			st.history = append(st.history, it.ent)
			st.salient = append(st.salient, !st.inPP(s, i))
			if it.entType == graph.TypeCountry {
				st.countryMentions[it.ent]++
			}
		}
	}
	return s
}

func (st *docState) mentionItem(m gazetteer.Mention) item {
	e := m.Entity
	id := st.note(e, m.Text)
	return item{kind: entity, text: m.Text, lower: st.buf.lowerSpan(m.Text, m.Start, m.End), start: m.Start, end: m.End,
		ent: id, entType: e.Type, demonym: m.Kind == gazetteer.Demonym}
}

// titledPeople turns "President Donald Trump" into a person mention when
// the gazetteer does not know the name: a title, or a lower-case word for
// a person's role ("candidate", "dissident"), followed by two or three
// capitalised words.
func (st *docState) titledPeople(s *sent) {
	for i := 0; i < len(s.items); i++ {
		n, role := st.titleAt(s, i)
		if n == 0 && s.items[i].kind == word && st.is(cuePersonRole, s.items[i]) && (i > 0 || isLowerWord(s.items[i].text)) {
			// "opposition candidate Edmundo González", "backed General
			// Khalifa Haftar": a person, no leader
			n = 1
		}
		if n == 0 {
			continue
		}
		j := i + n
		k := j
		for k < len(s.items) && k-j < 3 && s.items[k].kind == word && isCapitalized(s.items[k].text) && !isPunctText(s.items[k].text) {
			k++
		}
		if k-j == 1 && role != "" {
			// "President Biden": the one known president of that name.
			if e := st.x.surnames.titled(s.items[j].text, role, s.yearNear(j, st.lastYear, st.paraYear)); e != nil {
				it := &s.items[j]
				it.kind, it.ent, it.entType = entity, st.note(e, it.text), graph.TypePerson
			}
			continue
		}
		if k-j < 2 || st.is(cueOrgHead, s.items[k-1]) {
			continue // "the opposition Democratic Party" names no person
		}
		st.mergeNamed(s, j, k, graph.TypePerson, "person:")
	}
}

// mergeNamed makes items [i, j) one mention of the entity they name: the
// gazetteer's when it knows the id their name gives, else a new one.
func (st *docState) mergeNamed(s *sent, i, j int, typ, prefix string) {
	words := make([]string, 0, j-i)
	for _, it := range s.items[i:j] {
		words = append(words, it.text)
	}
	name := strings.Join(words, " ")
	e := &gazetteer.Entity{ID: prefix + gazetteer.Slug(name), Type: typ, Name: name}
	if known := st.x.gaz.Entity(e.ID); known != nil {
		e = known
	}
	id := st.note(e, name)
	merged := item{kind: entity, text: name, lower: strings.ToLower(name), start: s.items[i].start, end: s.items[j-1].end, ent: id, entType: typ}
	s.replace(i, j, merged)
}

// titleAt reports how many items at i form a title ("Vice President") and
// the role it gives.
func (st *docState) titleAt(s *sent, i int) (int, string) {
	if it := &s.items[i]; it.kind != word || !st.is(firstOfTitle, *it) {
		return 0, ""
	}
	for n := st.x.lx.titleMax; n >= 1; n-- {
		if i+n > len(s.items) {
			continue
		}
		var words []string
		ok := true
		// "Iraqi president Saddam Hussein": after a country a title may
		// be in lower case.
		afterCountry := i > 0 && s.items[i-1].kind == entity && s.items[i-1].entType == graph.TypeCountry
		for _, it := range s.items[i : i+n] {
			if it.kind != word || !(isCapitalized(it.text) || afterCountry && isLowerWord(it.text)) {
				ok = false
				break
			}
			words = append(words, it.lower)
		}
		if !ok {
			continue
		}
		if role, found := st.x.lx.titles[strings.Join(words, " ")]; found {
			return n, role
		}
	}
	return 0, ""
}

// references marks surnames of people met earlier, pronouns and
// descriptors ("the country").
func (st *docState) references(s *sent) {
	for i := range s.items {
		it := &s.items[i]
		if it.kind != word || !isCapitalized(it.text) {
			continue // the map look-up only for what can be a surname
		}
		if id, ok := st.surnames[it.lower]; ok {
			it.kind, it.ent, it.entType = entity, id, graph.TypePerson
			st.entities[id].Aliases = appendNew(st.entities[id].Aliases, it.text)
		}
	}
	speaker := st.speaker(s)
	for i := 0; i < len(s.items); i++ {
		it := &s.items[i]
		if it.kind != word {
			continue
		}
		if (it.lower == "we" || it.lower == "i") && speaker != "" {
			// "“We strongly urge Chile…,” Pence declared": the speaker.
			it.kind, it.ent, it.entType = pronoun, speaker, graph.EntityType(speaker)
			continue
		}
		if it.lower == "the" && i+1 < len(s.items) && s.items[i+1].kind == word && st.is(cueEventHead, s.items[i+1]) {
			// "recognized the referendum": the latest event of that kind.
			if id := st.latestEvent(s.items[i+1].lower); id != "" {
				merged := item{kind: pronoun, text: it.text + " " + s.items[i+1].text, lower: it.lower + " " + s.items[i+1].lower,
					start: it.start, end: s.items[i+1].end, ent: id, entType: graph.TypeEvent}
				s.replace(i, i+2, merged)
				continue
			}
		}
		if st.is(cuePronoun, *it) && (it.lower == "it" || it.lower == "they") {
			if id := st.resolvePronoun(s, i); id != "" {
				it.kind, it.ent, it.entType = pronoun, id, graph.EntityType(id)
			}
			continue
		}
		if !st.is(firstOfDescriptor, *it) {
			continue
		}
		if st.mergePhrase(s, i, st.x.lx.groups, groupRef) {
			continue
		}
		if i+1 >= len(s.items) {
			continue
		}
		// Region descriptors ("the North American country") before the
		// others ("the North"): they are the longer.
		var regional [][]string
		if st.x.lx.regionFirst[s.items[i+1].lower] {
			regional = st.x.lx.descriptorsBySecond["<region>"]
		}
		for _, ds := range [2][][]string{regional, st.x.lx.descriptorsBySecond[s.items[i+1].lower]} {
			if st.mergeDescriptor(s, i, ds) {
				break
			}
		}
	}
}

// mergeDescriptor turns the first of descriptors ds that matches at item
// i into one descriptor item.
func (st *docState) mergeDescriptor(s *sent, i int, ds [][]string) bool {
	for _, d := range ds {
		if n, lower := st.descriptorAt(s, i, d); n > 0 && !st.direction(s, i, n, lower) {
			var words []string
			for _, x := range s.items[i : i+n] {
				words = append(words, x.text)
			}
			merged := item{kind: descriptor, text: strings.Join(words, " "), lower: lower, start: s.items[i].start, end: s.items[i+n-1].end}
			s.replace(i, i+n, merged)
			return true
		}
	}
	return false
}

// direction reports "the north of the country" or "the South" written in
// lower case: a direction, not the northern or southern state.
func (st *docState) direction(s *sent, i, n int, lower string) bool {
	if lower != "the north" && lower != "the south" {
		return false
	}
	return !isCapitalized(s.items[i+1].text) || i+n < len(s.items) && s.items[i+n].lower == "of"
}

// descriptorAt matches descriptor d at item i: the number of items it
// covers (0 for none) and its lower-case text. "<region>" in d stands for
// a region adjective of regions.tsv ("the Caribbean country").
func (st *docState) descriptorAt(s *sent, i int, d []string) (int, string) {
	k, region := i, ""
	for _, w := range d {
		if w == "<region>" {
			n, key := st.regionAt(s, k)
			if n == 0 {
				return 0, ""
			}
			k, region = k+n, key
			continue
		}
		if k >= len(s.items) || s.items[k].kind != word || s.items[k].lower != w {
			return 0, ""
		}
		k++
	}
	lower := strings.Join(d, " ") // built only for a match: this runs at every "the"
	if region != "" {
		lower = strings.Replace(lower, "<region>", region, 1)
	}
	return k - i, lower
}

// regionAt matches a region adjective at item k, longest first; a region
// may also be a place name ("the Caribbean country").
func (st *docState) regionAt(s *sent, k int) (int, string) {
	regionWord := func(x item) bool {
		return x.kind == word || x.kind == entity && x.entType == graph.TypeLocation
	}
	if k >= len(s.items) || !regionWord(s.items[k]) || !st.x.lx.regionFirst[s.items[k].lower] {
		return 0, ""
	}
	if k+1 < len(s.items) && regionWord(s.items[k+1]) {
		if key := s.items[k].lower + " " + s.items[k+1].lower; st.x.lx.regions[key] != nil {
			return 2, key
		}
	}
	if st.x.lx.regions[s.items[k].lower] != nil {
		return 1, s.items[k].lower
	}
	return 0, ""
}

// regionOf returns the countries a region descriptor ("the asian
// country") may stand for, or nil for a descriptor of any country.
func (lx *Lexicon) regionOf(descriptor string) map[string]bool {
	words := strings.Fields(descriptor)
	for n := min(lx.regionMax, len(words)-2); n >= 1; n-- {
		if in := lx.regions[strings.Join(words[1:1+n], " ")]; in != nil {
			return in
		}
	}
	return nil
}

// mergePhrase turns the first of the phrases found at item i into one
// item of the given kind.
func (st *docState) mergePhrase(s *sent, i int, phrases [][]string, kind itemKind) bool {
	for _, d := range phrases {
		if i+len(d) > len(s.items) {
			continue
		}
		match := true
		for k, w := range d {
			if s.items[i+k].kind != word || s.items[i+k].lower != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		var words []string
		for _, x := range s.items[i : i+len(d)] {
			words = append(words, x.text)
		}
		merged := item{kind: kind, text: strings.Join(words, " "), lower: strings.Join(d, " "), start: s.items[i].start, end: s.items[i+len(d)-1].end}
		s.replace(i, i+len(d), merged)
		return true
	}
	return false
}

// countryGroup returns the last list of two or more countries in the
// sentence ("Brazil, Chile, and Peru"), or nil.
func (s *sent) countryGroup() []string {
	var last []string
	for i := 0; i < len(s.items); i++ {
		if s.items[i].kind != entity || s.items[i].entType != graph.TypeCountry {
			continue
		}
		g := s.group(i, len(s.items))
		// A list has a conjunction: "Palestine, North Korea sent" is not one.
		conj := false
		for k := g[0]; k <= g[len(g)-1]; k++ {
			conj = conj || s.items[k].lower == "and" || s.items[k].lower == "or"
		}
		if !conj {
			i = g[len(g)-1]
			continue
		}
		var ids []string
		for _, k := range g {
			if s.items[k].kind == entity && s.items[k].entType == graph.TypeCountry && !contains(ids, s.items[k].ent) {
				ids = append(ids, s.items[k].ent)
			}
		}
		if len(ids) >= 2 {
			last = ids
		}
		i = g[len(g)-1]
	}
	return last
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

// resolvePronoun finds what "it"/"they" at i refers to: the nearest
// earlier entity of the sentence outside a prepositional phrase (the
// subject of a subordinate clause put first, for the main clause's
// pronoun), or else the subject of the previous sentence.
func (st *docState) resolvePronoun(s *sent, i int) string {
	ok := func(j int) bool {
		it := s.items[j]
		return it.kind == entity && !it.demonym && it.entType != graph.TypePerson && !st.inPP(s, j)
	}
	copula := i+1 < len(s.items) && (s.items[i+1].lower == "is" || s.items[i+1].lower == "was")
	if i > 1 && s.items[i-1].text == "," && st.is(cueSubordinator, s.items[0]) && !copula {
		// "Although Japan does not recognize North Korea, it sent food
		// aid": the subject of the clause put first.
		for j := 1; j < i; j++ {
			if ok(j) {
				return s.items[j].ent
			}
		}
	}
	for j := i - 1; j >= 0; j-- {
		if ok(j) {
			return s.items[j].ent
		}
	}
	return st.lastSubj
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
		if w.kind != word {
			return false
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
			if s.attributiveYear(j) && !s.qualifies(j, i) {
				continue
			}
			best, dist = y, abs(j-i)
		}
	}
	return best
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
		}
	}
	// A sentence inside a quotation opened before it (claims.go).
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

// latestEvent returns the event named last in the document whose name
// has the head word ("referendum" for "the Crimean referendum").
func (st *docState) latestEvent(head string) string {
	for k := len(st.history) - 1; k >= 0 && k >= len(st.history)-60; k-- {
		id := st.history[k]
		if graph.EntityType(id) != graph.TypeEvent {
			continue
		}
		if e := st.entities[id]; e != nil {
			for _, w := range strings.Fields(strings.ToLower(e.Name)) {
				if strings.TrimRight(w, "s") == strings.TrimRight(head, "s") {
					return id
				}
			}
		}
	}
	return ""
}

// disasterEvent names a disaster the text describes without a name: "In
// 1984, South Korea was hit by major storms" is the event "1984 South
// Korea storms", a participant of which is whoever sends relief.
func (st *docState) disasterEvent(s *sent) {
	year, country, noun := 0, "", -1
	for k, it := range s.items {
		switch {
		case it.kind == entity && it.entType == graph.TypeEvent:
			return // named already
		case it.kind == entity && it.entType == graph.TypeCountry && !it.demonym && country == "":
			country = it.ent
		case it.kind == word && st.is(cueDisaster, it) && isLowerWord(it.text) && noun < 0:
			noun = k
		}
		if y := s.yearAt(k); y != 0 && year == 0 {
			year = y
		}
	}
	if noun < 0 || country == "" || year == 0 {
		return
	}
	c := st.entities[country]
	if c == nil {
		return
	}
	name := fmt.Sprintf("%d %s %s", year, c.Name, s.items[noun].text)
	e := &gazetteer.Entity{ID: "event:" + gazetteer.Slug(name), Type: graph.TypeEvent, Name: name, Year: year}
	id := st.note(e, "")
	it := &s.items[noun]
	it.kind, it.ent, it.entType = entity, id, graph.TypeEvent
}

// lowerText is the sentence in lower case, computed once.
func (s *sent) lowerText() string {
	if s.lower == "" {
		s.lower = strings.ToLower(s.text)
	}
	return s.lower
}

// markCompoundModifiers marks a name joined by a hyphen to a participle
// as a modifier: in "the UN-recognised government" and "the Saudi-led
// coalition" the UN and Saudi Arabia are not arguments of the clause.
// The tokenizer keeps "UN-recognised" one token, so the participle is
// read from the text right after the name.
func (s *sent) markCompoundModifiers() {
	for i := range s.items {
		it := &s.items[i]
		if it.kind != entity || !strings.HasPrefix(s.text[it.end:], "-") {
			continue
		}
		rest := s.text[it.end+1:]
		n := 0
		for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
			n++
		}
		if n > 2 && strings.HasSuffix(rest[:n], "ed") {
			it.modifier = true
		}
	}
}
