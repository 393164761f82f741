package extract

import (
	"fmt"
	"strings"

	"kg/gazetteer"
	"kg/graph"
)

// titleKind says what holding a title makes a person (lexicon/titles.tsv).
type titleKind int

const (
	stateHead titleKind = iota // heads a state or its government: "President"
	bodyHead                   // heads what the text names with it: "chairman"
	official                   // acts for a state without leading it: "Foreign Minister"
	rank                       // a rank or a form of address: "General", "Mr"
	forceHead                  // commands forces: leads an armed group, acts for a state ("the U.S. commander")
)

var titleKinds = map[string]titleKind{"state": stateHead, "leader": bodyHead, "official": official, "rank": rank, "command": forceHead}

// title is a row of titles.tsv.
type title struct {
	role      string // the role a leader_of fact records
	kind      titleKind
	asWritten bool // an abbreviation in capitals ("PM"), matched only so
}

func parseTitle(f []string) (title, error) {
	t := title{role: f[1], asWritten: f[0] == strings.ToUpper(f[0])}
	if len(f) > 2 {
		k, ok := titleKinds[f[2]]
		if !ok {
			return t, fmt.Errorf("unknown title kind %q", f[2])
		}
		t.kind = k
	}
	return t, nil
}

// leads reports a title whose holder leads what it qualifies.
func (t title) leads() bool { return t.kind == stateHead || t.kind == bodyHead || t.kind == forceHead }

// peopleLexicon holds lexicon/people.tsv.
type peopleLexicon struct {
	particles  map[string]bool   // "bin", "de": lower-case words inside a name
	modifiers  map[string]bool   // "former", "new": words that keep a title what it is
	copulas    map[string]bool   // "became", "was": a person joined to a title
	offices    map[string]string // "presidency" -> President: the office of its holder
	power      map[string]bool   // "power" of "came to power"
	powerVerbs map[string]bool   // "came", "took"
	units      map[string]bool   // "army", "military": a body of the country before it
	notGiven   map[string]bool   // "christian": opens people's names but alone names no one
	styles     map[string]bool   // "pope", "prince": a style that names a person with one name
	// governments: "administration", "regime": after its leader's name, the state ("the Biden administration")
	governments map[string]bool
}

func loadPeopleLexicon() (*peopleLexicon, error) {
	p := &peopleLexicon{particles: map[string]bool{}, modifiers: map[string]bool{}, copulas: map[string]bool{},
		offices: map[string]string{}, power: map[string]bool{}, powerVerbs: map[string]bool{}, units: map[string]bool{},
		notGiven: map[string]bool{}, styles: map[string]bool{}, governments: map[string]bool{}}
	classes := map[string]map[string]bool{"particle": p.particles, "modifier": p.modifiers, "copula": p.copulas,
		"power": p.power, "power_verb": p.powerVerbs, "unit": p.units,
		"not_given": p.notGiven, "style": p.styles, "government": p.governments}
	err := eachRow("people.tsv", 2, func(f []string) error {
		words := strings.Split(f[1], "|")
		if role, ok := strings.CutPrefix(f[0], "office:"); ok {
			for _, w := range words {
				p.offices[w] = role
			}
			return nil
		}
		set, ok := classes[f[0]]
		if !ok {
			return fmt.Errorf("unknown class %q", f[0])
		}
		for _, w := range words {
			set[w] = true
		}
		return nil
	})
	return p, err
}

// titleAt reports how many items at i form a title ("Vice President",
// "prime minister", "Secretary-General") and the title.
func (st *docState) titleAt(s *sent, i int) (int, title) {
	if it := &s.items[i]; it.kind != word || !st.is(firstOfTitle, *it) {
		return 0, title{}
	}
	for n := min(st.x.lx.titleMax+2, len(s.items)-i); n >= 1; n-- {
		key, ok := st.titleKey(s, i, i+n)
		if !ok {
			continue
		}
		if t, found := st.x.lx.titles[key]; found {
			if t.asWritten && s.items[i].text != strings.ToUpper(s.items[i].text) {
				continue
			}
			return n, t
		}
	}
	return 0, title{}
}

// titleKey is the lower-case text of words [i, j), a hyphen joining its
// neighbours as written ("secretary-general").
func (st *docState) titleKey(s *sent, i, j int) (string, bool) {
	var b strings.Builder
	for k := i; k < j; k++ {
		it := s.items[k]
		if it.kind != word {
			return "", false
		}
		if k > i && it.start != s.items[k-1].end || k > i && !isHyphen(it) && !isHyphen(s.items[k-1]) {
			b.WriteByte(' ')
		}
		b.WriteString(it.lower)
	}
	return b.String(), true
}

// personNameWord reports an item that can be a word of a person's name: a
// capitalised word ("Nyusi", "FILIPE"), or a lower-case particle joined
// to a surname ("al-Burhan").
func (st *docState) personNameWord(it item) bool {
	if it.kind != word || isPunctText(it.text) {
		return false
	}
	if isCapitalized(it.text) {
		return true
	}
	if pre, rest, ok := strings.Cut(it.text, "-"); ok && st.x.lx.people.particles[strings.ToLower(pre)] {
		return isCapitalized(rest)
	}
	return false
}

// nameEnd returns where a name starting at item j ends: up to five name
// words, with particles ("Tamim bin Hamad Al Thani") and hyphens written
// without spaces ("Ben-Gurion") inside it.
func (st *docState) nameEnd(s *sent, j int) int {
	k, words := j, 0
	for k < len(s.items) && words < 5 {
		it := s.items[k]
		switch {
		case st.personNameWord(it):
			words++
		case words > 0 && k+1 < len(s.items) && st.personNameWord(s.items[k+1]) &&
			(it.kind == word && st.x.lx.people.particles[it.lower] || isHyphen(it) && it.start == s.items[k-1].end && s.items[k+1].start == it.end || initialDot(s, k)):
		default:
			return k
		}
		k++
	}
	return k
}

// initialDot reports the full stop of an initial at k: "Henry F. Grady",
// "S. Jaishankar".
func initialDot(s *sent, k int) bool {
	return k > 0 && s.items[k].text == "." && isInitial(s.items[k-1].text) && s.items[k-1].end == s.items[k].start
}

// isInitial reports one capital letter other than the words "A" and "I".
func isInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'B' && w[0] <= 'Z' && w != "I"
}

// nameStart returns where a name ending just before item end starts, or
// end when none does: the first name word after a word that is none.
func (st *docState) nameStart(s *sent, end int) int {
	k := end
	for k > 0 && end-k < 7 {
		it := s.items[k-1]
		if st.personNameWord(it) || k-1 > 0 && k < end && st.personNameWord(s.items[k]) && st.personNameWord(s.items[k-2]) &&
			(it.kind == word && st.x.lx.people.particles[it.lower] || isHyphen(it)) {
			k--
			continue
		}
		break
	}
	for k < end && !st.personNameWord(s.items[k]) {
		k++
	}
	return k
}

// goodName reports a run of name words [i, j) of at least two words, no
// word of which is a title or ends an organisation's name ("Liberation
// Front", "General Assembly").
func (st *docState) goodName(s *sent, i, j int) bool {
	if j-i < 2 {
		return false
	}
	for _, it := range s.items[i:j] {
		if st.is(cueOrgHead, it) || it.kind == word && st.is(firstOfTitle, it) && st.x.lx.titles[it.lower].kind != rank && st.x.lx.titles[it.lower].role != "" {
			return false
		}
	}
	return true
}

// mergePerson makes items [i, j) one mention of the person they name, as
// the text writes the name: the gazetteer's entity when it knows the id
// the name gives, else a new one.
func (st *docState) mergePerson(s *sent, i, j int) {
	name := s.text[s.items[i].start:s.items[j-1].end]
	e := &gazetteer.Entity{ID: "person:" + gazetteer.Slug(name), Type: graph.TypePerson, Name: name}
	if known := st.x.gaz.Entity(e.ID); known != nil {
		e = known
	}
	id := st.note(e, name)
	s.replace(i, j, item{kind: entity, text: name, lower: strings.ToLower(name), start: s.items[i].start, end: s.items[j-1].end, ent: id, entType: graph.TypePerson})
}

// skipRanks returns the first item from j that is not a rank or a form
// of address: "junta leader Captain X", "Emir Sheikh Tamim".
func (st *docState) skipRanks(s *sent, j int) int {
	for j < len(s.items) {
		n, t := st.titleAt(s, j)
		if n == 0 || t.kind != rank || !isCapitalized(s.items[j].text) {
			return j
		}
		j += n
	}
	return j
}

// titledPeople turns "President Alpha Condé", "a new president, Muhammadu
// Buhari," and "Justin Trudeau, Canada's prime minister" into person
// mentions when the gazetteer does not know the name: a title, or a
// lower-case word for a person's role ("candidate", "dissident"), next to
// a name of two to five words. After a title a known surname names the
// person the document met ("Mr Dyck"), or the one known holder of the
// title ("President Biden").
func (st *docState) titledPeople(s *sent) {
	for i := 0; i < len(s.items); i++ {
		n, t := st.titleAt(s, i)
		if n == 0 && s.items[i].kind == word && st.is(cuePersonRole, s.items[i]) && (i > 0 || isLowerWord(s.items[i].text)) {
			// "opposition candidate Edmundo González", "backed General
			// Khalifa Haftar": a person, no leader
			n, t = 1, title{kind: rank}
		}
		if n == 0 {
			continue
		}
		if t.role != "" {
			if b := len(s.items); st.apposedName(s, i) {
				i -= b - len(s.items) // the name before it is now one item
			}
		}
		j := st.skipRanks(s, i+n)
		if j < len(s.items) && s.items[j].text == "," && st.closedName(s, j+1) {
			j = st.skipRanks(s, j+1) // "Zimbabwe's president, Emmerson Mnangagwa,"
		}
		st.nameAfterTitle(s, i, j, t)
		if strings.HasSuffix(s.items[i+n-1].lower, "s") && t.role != "" {
			st.moreNames(s, j+1) // "Soviet leaders Leonid Brezhnev and Alexei Kosygin"
		}
		i += n - 1 // "Deputy Prime Minister": not "Prime Minister" too
	}
	st.namedBefore(s)
}

// moreNames makes the names coordinated with the one before item k
// people: ", Y and Z" after a plural title.
func (st *docState) moreNames(s *sent, k int) {
	for k+1 < len(s.items) && (s.items[k].lower == "and" || s.items[k].text == ",") {
		end := st.nameEnd(s, k+1)
		if st.goodName(s, k+1, end) {
			st.mergePerson(s, k+1, end)
		} else if it := s.items[k+1]; it.kind != entity || it.entType != graph.TypePerson {
			return
		}
		k += 2
	}
}

// closedName reports a name at j closed by a comma or the sentence's end:
// an apposition ("a new president, Muhammadu Buhari, who …").
func (st *docState) closedName(s *sent, j int) bool {
	k := j
	if k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypePerson {
		k++
	} else {
		k = st.nameEnd(s, st.skipRanks(s, j))
	}
	if k == j {
		return false
	}
	return k == len(s.items) || s.items[k].text == "," || s.items[k].text == "." || s.items[k].text == ";"
}

// nameAfterTitle makes the name at j, after the title at i, a person.
func (st *docState) nameAfterTitle(s *sent, i, j int, t title) {
	if j >= len(s.items) {
		return
	}
	if it := s.items[j]; it.kind == entity && it.entType == graph.TypePerson {
		// "Prime Minister Ian Douglas Smith": a known name may be the
		// start of a longer one.
		if k := st.nameEnd(s, j+1); k > j+1 {
			st.mergePerson(s, j, k)
		}
		return
	}
	k := st.nameEnd(s, j)
	if k-j == 1 && t.role != "" {
		st.surnameAfterTitle(s, i, j, t)
		return
	}
	if st.goodName(s, j, k) {
		st.mergePerson(s, j, k)
	}
}

// surnameAfterTitle reads one capitalised word after a title: a surname
// the document met is left to references; "President Biden" is the one
// known president of that name; "King Hassan", "Emperor Akihito" is a
// head of state named by one name.
func (st *docState) surnameAfterTitle(s *sent, i, j int, t title) {
	it := &s.items[j]
	if e := st.x.surnames.titled(it.text, t.role, s.yearNear(j, st.lastYear, st.paraYear)); e != nil {
		it.kind, it.ent, it.entType = entity, st.note(e, it.text), graph.TypePerson
		return
	}
	if _, met := st.surnames[it.lower]; met {
		return
	}
	if id := st.personNamed(it.text); id != "" {
		// "President Xi" after "Xi Jinping": a family name written first
		it.kind, it.ent, it.entType = entity, id, graph.TypePerson
		st.entities[id].Aliases = appendNew(st.entities[id].Aliases, it.text)
		return
	}
	if t.kind != stateHead || !isCapitalized(s.items[i].text) || st.is(cueOrgHead, *it) || s.items[j-1].text == "," {
		return
	}
	surface := s.text[s.items[i].start:it.end]
	e := &gazetteer.Entity{ID: "person:" + gazetteer.Slug(it.text), Type: graph.TypePerson, Name: it.text}
	if known := st.x.gaz.Entity(e.ID); known != nil {
		e = known
	}
	id := st.note(e, surface)
	it.kind, it.ent, it.entType = entity, id, graph.TypePerson
}

// personNamed returns the one person of the document so far a word of
// whose name is w, or "".
func (st *docState) personNamed(w string) string {
	found := ""
	for id, e := range st.entities {
		if e.Type != graph.TypePerson || !contains(strings.Fields(e.Name), w) {
			continue
		}
		if found != "" {
			return ""
		}
		found = id
	}
	return found
}

// apposedName makes the name before an apposition of the title at i a
// person: "Justin Trudeau, Canada's prime minister", "Zhou Enlai, the
// Chinese Premier". It reports whether it merged one.
func (st *docState) apposedName(s *sent, i int) bool {
	b := st.titleStart(s, i)
	if b < 1 || s.items[b-1].text != "," {
		return false
	}
	a := st.nameStart(s, b-1)
	if !st.goodName(s, a, b-1) {
		return false
	}
	st.mergePerson(s, a, b-1)
	return true
}

// titleStart returns where the phrase of the title at i starts: before
// its modifiers, its qualifier ("Canada's", "Chinese") and its article.
func (st *docState) titleStart(s *sent, i int) int {
	b := st.skipModifiers(s, i)
	if b >= 2 && isPossessive(s.items[b-1]) && isArg(s.items[b-2]) {
		b -= 2
	} else if b >= 1 && s.items[b-1].kind == entity && s.items[b-1].entType != graph.TypePerson {
		b--
	}
	b = st.skipModifiers(s, b)
	if b >= 1 && isArticle(s.items[b-1].lower) {
		b--
	}
	return b
}

// skipModifiers returns the first of the modifier words just before b.
func (st *docState) skipModifiers(s *sent, b int) int {
	for b >= 1 && st.modifierWord(s.items[b-1]) {
		b--
	}
	return b
}

// modifierWord reports a lower-case modifier word (people.tsv): "the
// longtime prime minister", not "the Communist Party".
func (st *docState) modifierWord(it item) bool {
	return it.kind == word && isLowerWord(it.text) && st.x.lx.people.modifiers[it.lower]
}

func isPossessive(it item) bool { return it.lower == "'s" || it.lower == "’s" }

// namedBefore makes a name of two or more words a person when what
// follows it is said of people: ", who" ("Eeben Barlow, who now chairs
// STTEP"), a copula and a title ("became the Prime Minister of Japan"),
// an office ("Tom Keller's presidency"); or when it is the agent of
// leading ("led by Holden Roberto").
func (st *docState) namedBefore(s *sent) {
	for k := 0; k+1 < len(s.items); k++ {
		if !st.personNameWord(s.items[k]) || k > 0 && st.personNameWord(s.items[k-1]) {
			continue
		}
		end := st.nameEnd(s, k)
		if k == 0 && end > 0 && st.sentenceWord(s.items[0]) {
			k++ // "During Tom Keller's presidency"
		}
		if !st.goodName(s, k, end) {
			continue
		}
		who := end+1 < len(s.items) && s.items[end].text == "," && s.items[end+1].lower == "who"
		agent := k >= 2 && s.items[k-1].lower == "by" && st.leadingVerb(s.items[k-2].lower)
		if who || agent || st.copulaTitle(s, end) || st.personalOffice(s, end) || st.ledBodyAfter(s, k, end) || st.comingToPower(s, k, end) {
			st.mergePerson(s, k, end)
		}
	}
}

// personalOffice reports an office only a person holds after k:
// "Tom Keller's presidency", "the Anna Lind premiership".
func (st *docState) personalOffice(s *sent, k int) bool {
	if k < len(s.items) && isPossessive(s.items[k]) {
		k++
	}
	role, _ := st.officeAt(s, k)
	if role == "" || !isLowerWord(s.items[k].text) {
		return false
	}
	switch s.items[k].lower {
	case "presidency", "premiership", "government", "administration":
		return true // not "the Khmer Rouge regime"
	}
	return false
}

// comingToPower reports a name [k, end) in "the coming of X to power",
// "the rise of X to power".
func (st *docState) comingToPower(s *sent, k, end int) bool {
	lx := st.x.lx.people
	return k >= 2 && s.items[k-1].lower == "of" && lx.powerVerbs[s.items[k-2].lower] &&
		end+1 < len(s.items) && s.items[end].lower == "to" && lx.power[s.items[end+1].lower]
}

// ledBodyAfter reports a name [k, end) followed by "of" and what it
// leads, after "leader" or "leaders" in its clause: "the leaders of the
// guerrilla groups, Oliver Tambo of the ANC".
func (st *docState) ledBodyAfter(s *sent, k, end int) bool {
	if end >= len(s.items) || s.items[end].lower != "of" {
		return false
	}
	if target, _ := st.titleOf(s, end); target == "" {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-12; b-- {
		if it := s.items[b]; it.lower == "leader" || it.lower == "leaders" {
			return true
		} else if it.kind == word && st.is(cueBoundary, it) {
			return false
		}
	}
	return false
}

// copulaTitle reports a copula and a title at k: "became the Prime
// Minister of Japan", "was president of Ghana".
func (st *docState) copulaTitle(s *sent, k int) bool {
	if k >= len(s.items) || s.items[k].kind != word || !st.x.lx.people.copulas[s.items[k].lower] {
		return false
	}
	k++
	if k < len(s.items) && isArticle(s.items[k].lower) {
		k++
	}
	for k < len(s.items) && st.modifierWord(s.items[k]) {
		k++
	}
	if k >= len(s.items) {
		return false
	}
	n, t := st.titleAt(s, k)
	return n > 0 && t.leads() && k+n < len(s.items) && s.items[k+n].lower == "of"
}

// sentenceWord reports a word that, capitalised at the start of a
// sentence, is no name: "During", "The", "Although".
func (st *docState) sentenceWord(it item) bool {
	return it.kind == word && (isDeterminer(it.lower) || st.is(cuePreposition, it) || st.is(cueSubordinator, it) || st.is(cueBoundary, it))
}

// leadingVerb reports a participle of leading ("led", "headed",
// "founded") or of a change of leader ("replaced by", "succeeded by"),
// whose agent is a person.
func (st *docState) leadingVerb(w string) bool {
	switch w {
	case "led", "headed", "founded", "co-founded", "commanded", "chaired", "ruled", "governed", "replaced", "succeeded", "ousted", "overthrew", "toppled":
		return true
	}
	return false
}

// leaders emits leader_of facts for titled people: "President Barack
// Obama", "Cuban President Raúl Castro", "the President of France,
// Emmanuel Macron", "Emmanuel Macron, the President of France", "Justin
// Trudeau, Canada's prime minister", "MPLA leader Neto", "Wagner, whose
// founder, X". What the person leads is what the text qualifies the title
// with; a head of state's title without one takes the country the
// context gives (contextCountry). Officials ("Foreign Minister X") lead
// nothing: their country is only remembered.
func (st *docState) leaders(s *sent) {
	for i := 0; i < len(s.items); i++ {
		n, t := st.titleAt(s, i)
		if n == 0 {
			continue
		}
		if t.kind == rank {
			i += n - 1
			continue
		}
		if t.kind == bodyHead || t.kind == forceHead {
			st.namedBody(s, i+n)
		}
		of, after := st.titleOf(s, i+n)
		holders := st.titleHolders(s, i, n, after)
		if len(holders) == 0 {
			i += n - 1
			continue
		}
		target, qualifier := st.titleQualifier(s, i)
		if target == "" {
			target = of
		}
		if h := holders[0]; target == "" && h > i && h+1 < len(s.items) && s.items[h+1].lower == "of" {
			target, _ = st.titleOf(s, h+1) // "Prime Minister Hendrik Vos of the Netherlands"
		}
		if qualifier >= 0 {
			// "Venezuelan President Nicolás Maduro": the country only
			// qualifies the person, who is the argument of any verb.
			s.items[qualifier].modifier = true
		}
		for _, h := range holders {
			st.holdsTitle(s, i, h, t, target)
		}
		i += n - 1
		if last := holders[len(holders)-1]; last > i {
			i = last
		}
	}
	st.offices(s)
	st.leadersOf(s)
	st.place.remember(st.sentenceCountry(s), st.sentNo)
}

// holdsTitle records that the person at item h holds title t of target
// (the context's country when "" and t heads a state).
func (st *docState) holdsTitle(s *sent, i, h int, t title, target string) {
	id := s.items[h].ent
	st.noteTitled(t.role, id) // claims.go: "the Foreign Secretary said"
	if target == "" && t.kind == stateHead {
		b := st.titleStart(s, i)
		target = st.contextCountry(s, id, t.role, b < i && s.items[b].lower == "the")
	}
	if graph.EntityType(target) == graph.TypeCountry {
		st.personCountry[id] = target
	}
	if t.kind == forceHead && graph.EntityType(target) == graph.TypeCountry {
		return // "the U.S. commander": acts for the state, leads no country
	}
	if !t.leads() || target == "" || !allowed("leader_of", id, target) {
		return
	}
	if e := st.x.gaz.Entity(target); e != nil {
		st.note(e, "")
	}
	st.facts = append(st.facts, graph.Fact{Subject: id, Relation: "leader_of", Object: target, Role: t.role, Confidence: 0.8, Rule: "title:" + t.role})
}

// titleOf reads "of France" after a title ending before item j ("the
// President of France", "leader of the conservative Likud Party"): the
// country or organisation, and the item after the phrase (j without one).
func (st *docState) titleOf(s *sent, j int) (string, int) {
	if j >= len(s.items) || s.items[j].lower != "of" {
		return "", j
	}
	k := j + 1
	if k < len(s.items) && s.items[k].lower == "the" {
		k++
	}
	for k < len(s.items) && st.modifierWord(s.items[k]) {
		k++
	}
	if k >= len(s.items) || k+1 < len(s.items) && isPossessive(s.items[k+1]) {
		return "", j // "the head of Iran's army"
	}
	if k+1 < len(s.items) && s.items[k+1].kind == word && (isCapitalized(s.items[k+1].text) || st.x.lx.people.units[s.items[k+1].lower]) || compoundFirst(s, k) {
		return "", j // "the head of the U.S. Liaison Office", "of the US military", "of the London-based firm"
	}
	it := s.items[k]
	switch {
	case it.kind == entity && (it.entType == graph.TypeCountry || it.entType == graph.TypeOrganization):
		return it.ent, k + 1
	case it.kind == descriptor:
		if id := st.resolve(s, k, ""); id != "" {
			return id, k + 1
		}
	}
	return "", j
}

// namedBody makes the name after "of" of a title of leading an
// organisation when the gazetteer does not know it: "the head of the
// Jewish Agency", "leader of the conservative Likud Party", "chairman of
// the OSCE". The name is capitalised words, "of" or "for" inside it, that
// end in a word of an organisation's name (lexicon cue org_head) or are
// one acronym.
func (st *docState) namedBody(s *sent, j int) {
	if j >= len(s.items) || s.items[j].lower != "of" {
		return
	}
	k := j + 1
	if k < len(s.items) && s.items[k].lower == "the" {
		k++
	}
	for k < len(s.items) && st.modifierWord(s.items[k]) {
		k++
	}
	end, body := k, false
	for end < len(s.items) {
		it := s.items[end]
		inner := (it.lower == "of" || it.lower == "for") && end > k && end+1 < len(s.items) &&
			(st.personNameWord(s.items[end+1]) || s.items[end+1].kind == entity && s.items[end+1].entType == graph.TypeCountry)
		switch {
		case st.personNameWord(it), inner, end > k && it.kind == entity && it.entType == graph.TypeCountry && s.items[end-1].lower == "of":
		default:
			goto done
		}
		body = body || st.is(cueOrgHead, it)
		end++
	}
done:
	acronym := end == k+1 && isAcronym(s.items[k].text)
	if end > k && (body || acronym) {
		st.mergeNamed(s, k, end, graph.TypeOrganization, "org:")
	}
}

// titleQualifier returns what a country, organisation or possessor just
// before the title at i names ("Cuban President", "UN Secretary-General",
// "Zimbabwe's president", "the country's long-time leader", "Wagner,
// whose founder") and the item that names it (-1 for "whose").
func (st *docState) titleQualifier(s *sent, i int) (string, int) {
	b := st.skipModifiers(s, i)
	if b >= 2 && isPossessive(s.items[b-1]) {
		b--
	}
	if b < 1 {
		return "", -1
	}
	q := s.items[b-1]
	switch {
	case q.lower == "whose" && b >= 3 && s.items[b-2].text == "," && isArg(s.items[b-3]):
		return st.resolve(s, b-3, ""), -1
	case q.kind == entity && (q.entType == graph.TypeCountry || q.entType == graph.TypeOrganization):
		return q.ent, b - 1
	case q.kind == descriptor && isPossessive(s.items[b]):
		return st.resolve(s, b-1, ""), b - 1
	}
	return "", -1
}

// titleHolders returns the people who hold the title at [i, i+n): named
// after it ("President X", "the President of France, X", "leaders X and
// Y"), in an apposition before it ("X, the President of France"), or
// joined to it by a copula ("X became the Prime Minister of Japan").
func (st *docState) titleHolders(s *sent, i, n, after int) []int {
	isPerson := func(k int) bool {
		return k >= 0 && k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypePerson
	}
	p := st.skipRanks(s, after)
	if p < len(s.items) && s.items[p].text == "," {
		if q := st.skipRanks(s, p+1); isPerson(q) && st.closedName(s, q) {
			p = q // "the President of France, Emmanuel Macron,"
		}
	}
	if isPerson(p) {
		if strings.HasSuffix(s.items[i+n-1].lower, "s") {
			return st.personList(s, p) // "Soviet leaders Brezhnev and Kosygin"
		}
		return []int{p}
	}
	if i+n < len(s.items) && isPossessive(s.items[i+n]) {
		return nil // "X was the president's envoy"
	}
	b := st.titleStart(s, i)
	if b >= 2 && s.items[b-1].text == "," && isPerson(b-2) {
		return []int{b - 2} // "Emmanuel Macron, the President of France"
	}
	if b >= 2 && after > i+n && s.items[b-1].kind == word && st.x.lx.people.copulas[s.items[b-1].lower] && isPerson(b-2) {
		return []int{b - 2} // "Li Xiannian became President of China"
	}
	if b >= 2 && after > i+n && s.items[b-1].lower == "as" {
		// "Novotny was ousted as the head of the party", "served as"
		for k := b - 2; k >= 0 && k >= b-5; k-- {
			if isPerson(k) {
				return []int{k}
			}
			if !isLowerWord(s.items[k].text) || st.is(cueBoundary, s.items[k]) {
				break
			}
		}
	}
	return nil
}

// personList returns the person at p and those coordinated with it
// ("Soviet leaders Brezhnev and Kosygin").
func (st *docState) personList(s *sent, p int) []int {
	out := []int{p}
	for k := p + 1; k+1 < len(s.items); k += 2 {
		sep, next := s.items[k], s.items[k+1]
		if sep.lower != "and" && sep.text != "," || next.kind != entity || next.entType != graph.TypePerson {
			break
		}
		out = append(out, k+1)
	}
	return out
}

// contextCountry returns the country a head of state's title without a
// qualifier is of ("a new president, X", "The Prime Minister, X"): the
// one the document or the gazetteer gave the person, else the only
// country the sentence names as a place or a possessor (sentenceCountry),
// else the country of the section's heading, else the previous
// sentence's place, else, for a definite title ("The Prime Minister,
// X"), the subject of the previous sentence, else the document's main
// country.
func (st *docState) contextCountry(s *sent, person, role string, definite bool) string {
	if c := st.personCountry[person]; c != "" {
		return c
	}
	if c := st.roleCountry(person, role); c != "" {
		return c
	}
	if c := st.sentenceCountry(s); c != "" {
		return c
	}
	if st.topic != "" {
		return st.topic
	}
	if c := st.place.before(st.sentNo); c != "" {
		return c
	}
	if definite && graph.EntityType(st.lastSubj) == graph.TypeCountry {
		return st.lastSubj
	}
	return st.sectionTopic()
}

// placeMemo is the country a sentence names as its place, remembered for
// the next sentence ("In Moldova a firm had success. However, a new
// president, X, …").
type placeMemo struct {
	country  string
	sentence int
	previous string // the place of the sentence before it
}

// remember records the place of sentence n.
func (p *placeMemo) remember(country string, n int) {
	*p = placeMemo{country: country, sentence: n, previous: p.before(n)}
}

// before returns the place of the sentence before sentence n.
func (p placeMemo) before(n int) string {
	switch p.sentence {
	case n:
		return p.previous
	case n - 1:
		return p.country
	}
	return ""
}

// sentenceCountry returns the only country the sentence names as a place
// ("in Guinea") or a possessor ("Ethiopia's dam"), or "".
func (st *docState) sentenceCountry(s *sent) string {
	found := ""
	for k, it := range s.items {
		if it.kind != entity || it.entType != graph.TypeCountry || it.demonym || st.capital(it) {
			continue
		}
		in := k > 0 && s.items[k-1].lower == "in" || k > 1 && s.items[k-2].lower == "in" && isLowerWord(s.items[k-1].text)
		if !in && !(k+1 < len(s.items) && isPossessive(s.items[k+1])) {
			continue // "in northern Mozambique", "Ethiopia's dam": not "with Russia"
		}
		if found != "" && found != it.ent {
			return ""
		}
		found = it.ent
	}
	return found
}

// capital reports a country named by its capital ("in London").
func (st *docState) capital(it item) bool {
	e := st.x.gaz.Entity(it.ent)
	if e == nil {
		return false
	}
	for _, c := range e.Capitals {
		if strings.EqualFold(c, it.text) {
			return true
		}
	}
	return false
}

// roleCountry returns the country the gazetteer gives a person for a
// role: the one of that role, else the only one whose government the
// person was part of, else the only country of all the person's roles.
func (st *docState) roleCountry(person, role string) string {
	e := st.x.gaz.Entity(person)
	if e == nil {
		return ""
	}
	gov, any, anyCount := "", "", 0
	for _, r := range e.Roles {
		if !strings.HasPrefix(r.Of, "country:") {
			continue
		}
		if strings.EqualFold(r.Role, role) {
			return r.Of
		}
		if r.Role == "government" {
			if gov != "" && gov != r.Of {
				gov = "-"
			} else {
				gov = r.Of
			}
		}
		if any != r.Of {
			any = r.Of
			anyCount++
		}
	}
	switch {
	case gov != "" && gov != "-":
		return gov
	case gov == "" && anyCount == 1:
		return any
	}
	return ""
}

// offices emits leader_of for a person named with the office they hold or
// the rule they exercise: "the Erdoğan government of Turkey", "the
// Dubcek government", "General Obasanjo's military regime", "during
// Carter's presidency", "the premiership of X", "X came to power in
// Iran".
func (st *docState) offices(s *sent) {
	for k, it := range s.items {
		if it.kind != entity || it.entType != graph.TypePerson {
			continue
		}
		role, end := st.officeAfter(s, k+1)
		if role == "" {
			role, end = st.officeBefore(s, k)
		}
		if role == "" {
			role, end = st.powerAfter(s, k+1)
		}
		if role == "" && st.comingToPower(s, k, k+1) {
			role, end = "leader", k+3 // "the coming of Charles de Gaulle to power"
		}
		if role == "" {
			continue
		}
		target, _ := st.titleOf(s, end)
		if target == "" && end < len(s.items) && s.items[end].lower == "in" && end+1 < len(s.items) && s.items[end+1].entType == graph.TypeCountry {
			target = s.items[end+1].ent // "came to power in Iran"
		}
		if target == "" {
			target = st.contextCountry(s, it.ent, role, false)
		}
		if graph.EntityType(target) != graph.TypeCountry {
			continue
		}
		if e := st.x.gaz.Entity(target); e != nil {
			st.note(e, "")
		}
		// emit: "the Dubcek government" in 1968 leads Czechoslovakia
		st.emit(s, match{}, graph.Fact{Subject: it.ent, Relation: "leader_of", Object: target, Role: role, Confidence: 0.7}, "office:"+role)
	}
}

// officeAt returns the role of an office noun at k ("presidency", "Prime
// Ministership") and the item after it.
func (st *docState) officeAt(s *sent, k int) (string, int) {
	if k >= len(s.items) || s.items[k].kind != word {
		return "", k
	}
	if k+1 < len(s.items) && s.items[k+1].kind == word {
		if role, ok := st.x.lx.people.offices[s.items[k].lower+" "+s.items[k+1].lower]; ok {
			return role, k + 2
		}
	}
	if role, ok := st.x.lx.people.offices[s.items[k].lower]; ok {
		return role, k + 1
	}
	return "", k
}

// officeAfter reads an office after a person ("the Dubcek government",
// "Carter's presidency", "Obasanjo's military regime").
func (st *docState) officeAfter(s *sent, k int) (string, int) {
	if k < len(s.items) && isPossessive(s.items[k]) {
		k++
	}
	for k < len(s.items) && st.modifierWord(s.items[k]) {
		k++
	}
	return st.officeAt(s, k)
}

// officeBefore reads "the presidency of X", "the Prime Ministership of
// X": the office, and the item after the person.
func (st *docState) officeBefore(s *sent, k int) (string, int) {
	if k < 3 || s.items[k-1].lower != "of" {
		return "", k
	}
	for o := k - 3; o <= k-2; o++ {
		if o < 0 {
			continue
		}
		if role, end := st.officeAt(s, o); role != "" && end == k-1 {
			return role, k + 1
		}
	}
	return "", k
}

// powerAfter reads "came to power", "took power", "seized power",
// "assumed the presidency", "'s return to the presidency" after a person:
// the role, and the item after the phrase.
func (st *docState) powerAfter(s *sent, k int) (string, int) {
	lx := st.x.lx.people
	if k < len(s.items) && isPossessive(s.items[k]) {
		k++ // "Trump's return to the presidency"
	}
	if k < len(s.items) && s.items[k].kind == word && lx.powerVerbs[s.items[k].lower] {
		k++
		if k < len(s.items) && s.items[k].lower == "to" {
			k++
		}
		if k < len(s.items) && lx.power[s.items[k].lower] {
			return "leader", k + 1
		}
		if k < len(s.items) && s.items[k].lower == "the" {
			k++
		}
		if role, end := st.officeAt(s, k); role != "" && role != "head of government" {
			return role, end // "assumed the presidency"
		}
	}
	return "", k
}

// leadersOf reads people named with what they lead after "leaders" or
// "leader" earlier in the clause ("the leaders of the guerrilla
// organisations Oliver Tambo of the ANC and Sam Nujoma of SWAPO"), or
// named with the state the gazetteer knows them to have headed ("Tito of
// Yugoslavia").
func (st *docState) leadersOf(s *sent) {
	lead := -1
	for k := 0; k+2 < len(s.items); k++ {
		it := s.items[k]
		if it.kind == word && st.is(cueBoundary, it) {
			lead = -1
		}
		if it.lower == "leaders" || it.lower == "leader" {
			lead = k
		}
		if it.kind != entity || it.entType != graph.TypePerson || s.items[k+1].lower != "of" {
			continue
		}
		target, _ := st.titleOf(s, k+1)
		if lead < 0 && !st.headOfState(it.ent, target) {
			continue
		}
		if target != "" && allowed("leader_of", it.ent, target) {
			st.facts = append(st.facts, graph.Fact{Subject: it.ent, Relation: "leader_of", Object: target, Role: "leader", Confidence: 0.7, Rule: "title:leaders-of"})
		}
	}
}

// headOfState reports whether the gazetteer gives the person a role of
// a head of state or government (a title of kind state) in country.
func (st *docState) headOfState(person, country string) bool {
	e := st.x.gaz.Entity(person)
	if e == nil || graph.EntityType(country) != graph.TypeCountry {
		return false
	}
	for _, r := range e.Roles {
		if t, ok := st.x.lx.titles[strings.ToLower(r.Role)]; ok && t.kind == stateHead && r.Of == country {
			return true
		}
	}
	return false
}

// surnameKeys returns the lower-case words a later mention may name a
// person by: the last word of the name, and for a surname with a particle
// the rest of it ("al-Burhan": also "burhan").
func surnameKeys(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	last := strings.ToLower(words[len(words)-1])
	keys := []string{last}
	if pre, rest, ok := strings.Cut(last, "-"); ok && len(pre) <= 3 && rest != "" {
		keys = append(keys, rest)
	}
	return keys
}

// headedBy reads "X headed by P", "the FNLA, led by Holden Roberto,",
// "UNITA, an offshoot of the FNLA, was led by Jonas Savimbi": the person
// after the phrase leads the country or organisation just before it
// (past an acronym in brackets, an aside and a copula), or the state
// whose government the noun before it names ("authorities led by Deng
// Xiaoping", "an interim government headed by X"). "A Cuban delegation
// led by Raúl Castro" is no such thing: he led the delegation.
func (st *docState) headedBy(s *sent, m match, hi int, rule string) {
	k := st.headedItem(s, m.i)
	if k < 0 {
		return
	}
	if st.personNameWord(s.items[k]) {
		// "The RSF, headed by", "the Dyck Advisory Group (DAG), led by"
		n := len(s.items)
		k = st.namedBodyBefore(s, k)
		m.i, m.j, hi = m.i-(n-len(s.items)), m.j-(n-len(s.items)), hi-(n-len(s.items))
	}
	subj := st.firstEntity(s, m.j, hi, graph.TypePerson)
	if subj < 0 || subj > m.j+3 && s.items[subj-1].text != "," {
		return // "led by a South Africa-based colonel, Lionel Dyck": an apposition
	}
	obj, it := "", s.items[k]
	switch {
	case it.kind == entity && !it.demonym:
		obj = it.ent
	case it.kind == word && st.governmentNoun(it.lower):
		if k > 0 && s.items[k-1].kind == entity && s.items[k-1].demonym {
			obj = s.items[k-1].ent // "the Iranian administration, led by"
		} else {
			obj = st.contextCountry(s, s.items[subj].ent, "", false)
		}
	}
	if obj == "" {
		return
	}
	st.emit(s, m, graph.Fact{Subject: s.items[subj].ent, Relation: "leader_of", Object: obj, Role: "head", Confidence: 0.8}, rule)
}

// namedBodyBefore makes the capitalised words ending at item k an
// organisation when they are an acronym or end in a word of an
// organisation's name (cue org_head), and returns the item that then
// stands at k's place.
func (st *docState) namedBodyBefore(s *sent, k int) int {
	a := st.nameStart(s, k+1)
	for a > 0 && s.items[a-1].kind == entity && s.items[a-1].entType == graph.TypePerson && !strings.Contains(s.items[a-1].text, " ") {
		a-- // "the Dyck Advisory Group": a surname in the name
	}
	if a == 0 && st.sentenceWord(s.items[0]) {
		a = 1
	}
	if a <= k && (a == k && isAcronym(s.items[k].text) || k > a && st.is(cueOrgHead, s.items[k])) {
		st.mergeNamed(s, a, k+1, graph.TypeOrganization, "org:")
		return a
	}
	return k
}

// headedItem returns the item a phrase of leading at i is said of: the
// first before it that is no comma, copula, adverb, bracketed acronym or
// aside; or -1.
func (st *docState) headedItem(s *sent, i int) int {
	for k := i - 1; k >= 0; k-- {
		it := s.items[k]
		switch {
		case it.text == ")":
			if k >= 2 && s.items[k-2].text == "(" && s.items[k-1].kind == entity {
				return k - 1 // "the National Union … (UNITA), led by"
			}
			for k > 0 && s.items[k].text != "(" {
				k--
			}
		case it.aside && k > 0:
		case it.text == "," && st.appositionBefore(s, k) > 0:
			k = st.appositionBefore(s, k) // "UNITA, an offshoot of the FNLA, was led by"
		case onlyLinkWords(s, k, k+1), it.lower == "in" && k+1 < i && s.items[k+1].lower == "power", it.lower == "power":
		default:
			return k
		}
	}
	return -1
}

// appositionBefore returns the comma opening an apposition that the
// comma at c closes (", an offshoot of the FNLA,"), or -1.
func (st *docState) appositionBefore(s *sent, c int) int {
	for k := c - 1; k > 0 && k >= c-12; k-- {
		if s.items[k].text != "," {
			continue
		}
		if k+2 < c && isArticle(s.items[k+1].lower) && isLowerWord(s.items[k+2].text) {
			return k
		}
		return -1
	}
	return -1
}

// governmentNoun reports a noun for a state's government or rule:
// "government", "authorities", "regime", "presidency".
func (st *docState) governmentNoun(w string) bool {
	_, office := st.x.lx.people.offices[w]
	return office || w == "authorities"
}

// ledBy reads "Chavez, who led the country", "Tito ruled Yugoslavia": a
// person leading the country or organisation right after the verb (not
// "led a delegation to Cuba").
func (st *docState) ledBy(s *sent, m match, lo, hi int, rule string) {
	if m.Participle && st.beforeIsBe(s, m.i, lo) {
		st.headedBy(s, m, hi, rule) // "UNITA was led by Jonas Savimbi"
		return
	}
	obj := m.j
	if obj < hi && isArticle(s.items[obj].lower) && s.items[obj].kind == word {
		obj++
	}
	if obj >= hi || !isArg(s.items[obj]) || obj+1 < hi && isPossessive(s.items[obj+1]) {
		return // "lead the country's crisis toward calm": not the country
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
