package extract

import (
	"fmt"
	"strings"

	"kg/gazetteer"
	"kg/graph"
)

// Mentions: a sentence becomes items (words and entity mentions), and
// references back ("it", "he", "the island", "both countries") are
// resolved to the entities they stand for.

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
		if namedPlace(it) {
			return ""
		}
		if id := s.descriptorOf(i); id != "" {
			return id // "the government of Peru"
		}
		if it.lower == "the administration" {
			return st.latestAdministration(exclude)
		}
		// "the country": the latest country named before it, preferring
		// one named as a subject or object over one inside a
		// prepositional phrase ("supported by the United States"); "the
		// Asian country": the latest Asian one.
		in := st.x.lx.regionOf(it.lower)
		// "the island": an island state; "the North" of a text on North
		// Korea or North Vietnam: the northern one.
		head, half := st.x.lx.descriptorHead(it.lower), ""
		if it.lower == "the north" || it.lower == "the south" {
			half = it.text[len("the "):] + " "
		}
		if st.ownDescriptor(s, i, exclude) {
			return ""
		}
		fits := func(id string) bool {
			if graph.EntityType(id) != graph.TypeCountry || id == exclude || in != nil && !in[id] || head != nil && !head[id] {
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
		// The previous sentence next, a subject or object first, then
		// one in a prepositional phrase: "The EU called for rights to be
		// respected in Belarus. It offered support to media in the
		// country."
		for _, wantSalient := range []bool{true, false} {
			for k := st.sentHistory - 1; k >= st.prevHistory; k-- {
				if id := st.history[k]; fits(id) && (!wantSalient || st.salient[k]) {
					return id
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

// resolveAll is resolve for an argument that may stand for several
// entities: "both countries" is each country of the latest list.
func (st *docState) resolveAll(s *sent, i int, exclude string) []string {
	if it := s.items[i]; (it.kind == groupRef || isPossessivePronoun(it)) && it.ents != nil {
		return without(it.ents, exclude) // "they" after a list
	}
	if it := s.items[i]; it.kind == groupRef {
		return st.resolveGroup(s, i, exclude)
	}
	if id := st.resolve(s, i, exclude); id != "" {
		return []string{id}
	}
	return nil
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

// stateAt returns the state a country id stands for in a year: its
// predecessor when the year falls in one's span, else the id itself. With
// latest > 0 the year is only the document's narrative year, trusted when
// the document has named no year after the predecessor's end either.
func (lx *Lexicon) stateAt(id string, year, latest int) string {
	if year == 0 {
		return id
	}
	for _, p := range lx.predecessors[id] {
		if p.from <= year && year <= p.until && latest <= p.until {
			return p.id
		}
	}
	return id
}

// successor returns the country a former state in predecessors.tsv is
// continued by, or the id itself.
func (lx *Lexicon) successor(id string) string {
	if to, ok := lx.successors[id]; ok {
		return to
	}
	return id
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
	st.describedGroups(s)
	st.namedEvents(s)
	st.untitledPeople(s)
	st.personsGroups(s)
	st.disasterEvent(s)
	st.prevHistory, st.sentHistory = st.sentHistory, len(st.history)
	st.sentStarts = append(st.sentStarts, len(st.history))
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
		if it.lower == "they" {
			if g := st.pluralReferent(s, i); g != nil {
				it.kind, it.ents = groupRef, g
				continue
			}
		}
		if st.possessivePronoun(s, i) {
			continue
		}
		if it.lower == "it" && st.expletive(s, i) {
			continue // "it is important to": no one
		}
		if st.is(cuePronoun, *it) && (it.lower == "it" || it.lower == "they") {
			if id := st.resolvePronoun(s, i); id != "" && graph.EntityType(id) != graph.TypePerson {
				// "they supported France's policy" after a person: not him
				it.kind, it.ent, it.entType = pronoun, id, graph.EntityType(id)
			}
			continue
		}
		if it.lower == "he" || it.lower == "she" {
			if id := st.resolvePerson(s, i); id != "" {
				it.kind, it.ent, it.entType = pronoun, id, graph.TypePerson
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
			if apposition(s, i, n) {
				return false
			}
			if st.mergeNamedPlace(s, i, n) {
				return true
			}
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

// resolvePerson finds who "he" or "she" at i refers to: the latest person
// named before it in the sentence, else in the sentence before ("Castro
// arrived in Panama. He met Obama."). With two people in that sentence
// it is unclear, and left unresolved.
func (st *docState) resolvePerson(s *sent, i int) string {
	for j := i - 1; j >= 0; j-- {
		if it := s.items[j]; it.kind == entity && it.entType == graph.TypePerson {
			return it.ent
		}
	}
	if person, named := st.onlyPerson(st.prevHistory, st.sentHistory); named {
		return person
	}
	return st.earlierPerson()
}

// onlyPerson returns the one person history[from, to) names (named: any
// person is named there); "" when there are two.
func (st *docState) onlyPerson(from, to int) (person string, named bool) {
	for k := from; k < to && k < len(st.history); k++ {
		if id := st.history[k]; graph.EntityType(id) == graph.TypePerson {
			if person != "" && person != id {
				return "", true
			}
			person = id
		}
	}
	return person, person != ""
}

// earlierPerson returns who "he" stands for when the previous sentence
// names no one: the one person of the latest of the two sentences before
// it in the paragraph that names people ("Kennedy met his advisers.
// Some argued for a strike. The President chose a middle course. He
// ordered a blockade.").
func (st *docState) earlierPerson() string {
	n := len(st.sentStarts) - 1 // this sentence's start
	for back := 2; back <= 3 && n-back >= 0; back++ {
		from, to := st.sentStarts[n-back], st.sentStarts[n-back+1]
		if from < st.paraHistory || from < st.lastSection {
			return ""
		}
		if person, named := st.onlyPerson(from, to); named {
			return person
		}
	}
	return ""
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

// markCompoundModifiers marks a name joined by a hyphen to a participle
// as a modifier: in "the UN-recognised government" and "the Saudi-led
// coalition" the UN and Saudi Arabia are not arguments of the clause.
func (s *sent) markCompoundModifiers() {
	for i := range s.items {
		if s.items[i].kind == entity && s.compoundParticiple(i) != "" {
			s.items[i].modifier = true
		}
	}
}

// compoundParticiple returns the participle a name at item i is joined to
// by a hyphen ("UN-recognised", "U.S.-backed"), or "". The tokenizer
// keeps "UN-recognised" one token, the name's mention, so the participle
// is read from the text right after the name; after "U.S." it is items
// of its own.
func (s *sent) compoundParticiple(i int) string {
	it := s.items[i]
	if i+2 < len(s.items) && isHyphen(s.items[i+1]) && s.items[i+1].start == it.end {
		if next := s.items[i+2]; next.kind == word && isLowerWord(next.text) && strings.HasSuffix(next.lower, "ed") {
			return next.lower
		}
		return ""
	}
	if !strings.HasPrefix(s.text[it.end:], "-") {
		return ""
	}
	rest := s.text[it.end+1:]
	n := 0
	for n < len(rest) && rest[n] >= 'a' && rest[n] <= 'z' {
		n++
	}
	if n > 2 && strings.HasSuffix(rest[:n], "ed") {
		return rest[:n]
	}
	return ""
}
