package extract

import (
	"fmt"
	"strings"

	"kg/graph"
)

// References that stand for several parties, and whose a reference is:
// the rules that decide what "they", "their", "the island" or "the
// government" refer to, and when the text leaves it unclear.

// partyList returns the last coordinated list of two or more parties
// (countries, organisations, people) among items [0, hi): "Ghana, Togo
// and Benin", "the Peruvian and Chilean ministers"; or nil.
func (s *sent) partyList(hi int) []string {
	party := func(it item) bool {
		switch it.entType {
		case graph.TypeCountry, graph.TypeOrganization, graph.TypePerson:
			return it.kind == entity
		}
		return false
	}
	var last []string
	for i := 0; i < hi; i++ {
		if !party(s.items[i]) {
			continue
		}
		g := s.group(i, hi)
		conj := false
		var ids []string
		for _, k := range g {
			if party(s.items[k]) && !contains(ids, s.items[k].ent) {
				ids = append(ids, s.items[k].ent)
			}
		}
		for k := g[0]; k <= g[len(g)-1]; k++ {
			conj = conj || s.items[k].lower == "and"
		}
		if conj && len(ids) >= 2 {
			last = ids
		}
		i = g[len(g)-1]
	}
	return last
}

// pluralReferent returns the parties "they" at item i stands for when
// they are a list: one named before it in the sentence ("Ghana, Togo and
// Benin left the bloc and they formed an alliance"), else the previous
// sentence's ("The Peruvian and Chilean ministers met. They agreed to
// cooperate."). Nil when there is no list: then "they" is one party.
func (st *docState) pluralReferent(s *sent, i int) []string {
	if g := s.partyList(i); g != nil {
		return g
	}
	for k := 0; k < i; k++ {
		if isArg(s.items[k]) {
			return nil // "Chile said they would …": the nearer party
		}
	}
	return st.prevList
}

// without returns ids without the one excluded.
func without(ids []string, exclude string) []string {
	var out []string
	for _, id := range ids {
		if id != exclude {
			out = append(out, id)
		}
	}
	return out
}

// referenceWords is lexicon/references.tsv.
type referenceWords struct {
	expletive map[string]bool            // "it is important to"
	heads     map[string]map[string]bool // "island" -> the island states
	own       map[string]bool            // "the government"
	people    map[string]bool            // "the two leaders"
}

func loadReferenceWords() (referenceWords, error) {
	rw := referenceWords{expletive: map[string]bool{}, heads: map[string]map[string]bool{}, own: map[string]bool{}, people: map[string]bool{}}
	err := eachRow("references.tsv", 2, func(f []string) error {
		set := map[string]bool{}
		for _, w := range strings.Split(f[1], "|") {
			set[w] = true
		}
		switch head, ok := strings.CutPrefix(f[0], "head:"); {
		case ok:
			in := map[string]bool{}
			for code := range set {
				in["country:"+code] = true
			}
			rw.heads[head] = in
		case f[0] == "expletive":
			rw.expletive = set
		case f[0] == "own":
			rw.own = set
		case f[0] == "people":
			rw.people = set
		default:
			return fmt.Errorf("unknown reference class %q", f[0])
		}
		return nil
	})
	return rw, err
}

// expletive reports an "it" at item i that refers to nothing: "it is
// important to", "it was widely believed that", "it would be wrong to",
// "it is the policy of Norway to".
func (st *docState) expletive(s *sent, i int) bool {
	copula := false
	for k := i + 1; k < len(s.items) && k <= i+5; k++ {
		w := s.items[k]
		if w.kind != word {
			return false
		}
		switch w.lower {
		case "is", "was", "be", "been", "seems", "seemed", "appears", "appeared", "remains", "remained", "becomes", "became", "'s", "’s":
			copula = true
			continue
		case "has", "had", "have", "would", "will", "could", "may", "might", "must", "should", "not", "also", "now", "still", "very", "so", "too", "quite", "ever", "more", "most", "less", "the", "a", "an", "no":
			continue
		}
		if strings.HasSuffix(w.lower, "ly") && copula {
			continue // "it was widely believed"
		}
		return copula && st.x.lx.refs.expletive[w.lower]
	}
	return false
}

// descriptorHead returns the countries a descriptor's head noun allows,
// or nil for any: "the island" and "the island nation" are island
// states, "the kingdom" a monarchy.
func (lx *Lexicon) descriptorHead(descriptor string) map[string]bool {
	words := strings.Fields(descriptor)
	if len(words) < 2 {
		return nil
	}
	return lx.refs.heads[words[1]]
}

// apposition reports a descriptor of n items at i in apposition to the
// country named next: in "recognize the state Israel" Israel is the
// argument.
func apposition(s *sent, i, n int) bool {
	k := i + n
	return k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypeCountry
}

// mergeNamedPlace makes "the island of Rhodes" (a descriptor of n items at
// i, "of" and a name) one descriptor that names its own place and refers
// to no earlier country (namedPlace).
func (st *docState) mergeNamedPlace(s *sent, i, n int) bool {
	k := i + n
	if n != 2 || s.items[i+1].lower != "island" && s.items[i+1].lower != "state" || k+1 >= len(s.items) || s.items[k].lower != "of" {
		return false
	}
	end := k + 1
	for end < len(s.items) && s.items[end].kind == word && isCapitalized(s.items[end].text) {
		end++
	}
	if end == k+1 {
		return false
	}
	var words, lower []string
	for _, x := range s.items[i:end] {
		words, lower = append(words, x.text), append(lower, x.lower)
	}
	merged := item{kind: descriptor, text: strings.Join(words, " "), lower: strings.Join(lower, " "), start: s.items[i].start, end: s.items[end-1].end}
	s.replace(i, end, merged)
	return true
}

// namedPlace reports a descriptor that names its own place, "the island
// of Rhodes" (namesAnother): no earlier country.
func namedPlace(it item) bool { return strings.Contains(it.lower, " of ") }

// latestList returns the countries "these countries" at item i stands
// for: the list named before it in the sentence, else one named in the
// previous sentence; an older one is no longer clear, nor is a list when
// countries without names came between ("ties with countries in the
// region … relations between these countries").
func (st *docState) latestList(s *sent, i int) []string {
	before := &sent{text: s.text, items: s.items[:i]}
	if g := before.countryGroup(); g != nil {
		return g
	}
	for k := 0; k < i; k++ {
		if w := s.items[k]; w.kind == word && (w.lower == "countries" || w.lower == "nations" || w.lower == "states") {
			return nil
		}
	}
	if st.sentNo-st.groupAt <= 1 {
		return st.group
	}
	return st.documentPair()
}

// documentPair returns the two countries the document or section is
// about: the pair its title or heading names, else the two it names most
// when they stand out (each three times or more, the second at least
// twice as often as the third); or nil.
func (st *docState) documentPair() []string {
	if len(st.pair) == 2 {
		return st.pair
	}
	var first, second string
	n1, n2, n3 := 0, 0, 0
	for id, c := range st.countryMentions {
		switch {
		case c > n1 || c == n1 && id < first:
			second, n2, n3 = first, n1, n2
			first, n1 = id, c
		case c > n2 || c == n2 && id < second:
			second, n3, n2 = id, n2, c
		case c > n3:
			n3 = c
		}
	}
	if n2 >= 3 && n2 >= 2*n3 {
		return []string{first, second}
	}
	return nil
}

// ownDescriptor reports a descriptor that is the subject's own: in "Peru
// rallied support for the government" the government is Peru's, the
// nearest country named before it, and no other country.
func (st *docState) ownDescriptor(s *sent, i int, subject string) bool {
	if subject == "" || !st.x.lx.refs.own[s.items[i].lower] {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if it := s.items[k]; it.kind == entity && it.entType == graph.TypeCountry {
			return it.ent == subject
		}
	}
	return false
}

// descriptorOf returns the country named by "of" or "in" after the
// descriptor at item i: "the government of Peru", "the Government of the
// Republic of Chile", "the regime in Chile"; or "".
func (s *sent) descriptorOf(i int) string {
	k := i + 1
	if k >= len(s.items) || s.items[k].lower != "of" && s.items[k].lower != "in" {
		return ""
	}
	k++
	if k < len(s.items) && s.items[k].lower == "the" {
		k++
	}
	if k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypeCountry {
		return s.items[k].ent
	}
	return ""
}

// topicStandsIn reports whether the country the section is about may be
// the missing other party of a trigger: not when the trigger's own
// phrase names that party without a name ("relations with West European
// nations", "meetings with his cabinet"). What is sent "to the affected
// region" still goes to that country.
func (st *docState) topicStandsIn(s *sent, f *frame, subjects []string, topic string) bool {
	m := f.m
	if m.Relation != "transfer" && st.unnamedParty(s, m, f.hi, f.r.Symmetric) || appositionAfter(s, m.j) {
		return false
	}
	return !st.unnamedPartner(s, f) && st.otherParties(s, subjects, topic) < 2
}

// appositionAfter reports a party named in apposition right after a noun
// trigger ending at j, set off by commas: "ties to the U.S. ally,
// Mobutu, in Zaire"; not the subject of the next clause ("For those
// talks, Carter appointed …").
func appositionAfter(s *sent, j int) bool {
	if j+1 >= len(s.items) || s.items[j].text != "," || s.items[j+1].kind != entity {
		return false
	}
	return j+2 == len(s.items) || s.items[j+2].text == "," || s.items[j+2].text == "."
}

// otherParties counts the parties a sentence names outside prepositional
// phrases besides the subjects, their own states and the topic: with two
// ("Peru's Castillo and Chile's Boric met"), the act is theirs, not the
// topic's.
func (st *docState) otherParties(s *sent, subjects []string, topic string) int {
	own := map[string]bool{topic: true}
	for _, id := range subjects {
		own[id], own[st.personCountry[id]] = true, true
	}
	var others []string
	for k, it := range s.items {
		if it.kind != entity || it.entType == graph.TypeEvent || it.entType == graph.TypeLocation || st.inPP(s, k) {
			continue
		}
		if !own[it.ent] && !own[st.personCountry[it.ent]] && !contains(others, it.ent) {
			others = append(others, it.ent)
		}
	}
	return len(others)
}

// possessor returns whom "its" at item i stands for: the nearest party
// before it that is the subject of a verb ("South Korea began its
// relations with Franco's Spain, … or began its relations with Chile",
// "Egypt freed them, and France ended its embargo"), else what "it"
// would be.
func (st *docState) possessor(s *sent, i int) string {
	if i >= 2 && s.items[i-1].lower == "and" && isArg(s.items[i-2]) && s.items[i-2].entType != graph.TypePerson {
		// "ties between the communist regime and its ally Cuba"
		if ids := st.resolveAll(s, i-2, ""); len(ids) == 1 && graph.EntityType(ids[0]) != graph.TypePerson {
			return ids[0]
		}
	}
	nearest := true
	for k := i - 1; k >= 0; k-- {
		it := s.items[k]
		if it.kind != entity || it.demonym && !st.demonymBody(s, k) || it.entType == graph.TypePerson || it.entType == graph.TypeEvent || st.inPP(s, k) {
			continue
		}
		if it.demonym {
			if nearest {
				return it.ent // "helped the Nigerian army in its fight": the army's
			}
			continue
		}
		nearest = false
		n := k + 1
		if n < i && (s.items[n].lower == "also" || s.items[n].lower == "then" || s.items[n].lower == "never") {
			n++ // "France also ended its embargo"
		}
		if n < i && s.items[n].kind == word && (st.is(cueFinite, s.items[n]) || strings.HasSuffix(s.items[n].lower, "ed")) {
			return it.ent
		}
	}
	return st.resolvePronoun(s, i)
}

// isPossessivePronoun reports "its", "their", "his" or "her" resolved
// (possessivePronoun).
func isPossessivePronoun(it item) bool { return it.kind == word && it.ents != nil }

// possessivePronoun resolves a possessive pronoun at item i, which stays
// a word (it is no argument of a verb) but gives who acts in a noun
// trigger's phrase: "its invasion of Kuwait", "his visit to Lima",
// "their alliance". "its" is what "it" would be, "his" and "her" a
// person, "their" a list or what "they" would be.
func (st *docState) possessivePronoun(s *sent, i int) bool {
	it := &s.items[i]
	var id string
	switch it.lower {
	case "its":
		id = st.possessor(s, i)
	case "their":
		if g := st.pluralReferent(s, i); g != nil {
			it.ents = g
			return true
		}
		id = st.resolvePronoun(s, i)
	case "his", "her":
		id = st.resolvePerson(s, i)
	default:
		return false
	}
	if id != "" && (it.lower != "its" && it.lower != "their" || graph.EntityType(id) != graph.TypePerson) {
		it.ents = []string{id}
	}
	return true
}

// standsForSeveral reports a reference to several parties: "both
// countries", "they" or "their" after a list.
func standsForSeveral(it item) bool {
	return it.kind == groupRef || isPossessivePronoun(it) && len(it.ents) > 1
}

// possessorParty returns whom a possessive pronoun before the name that
// qualifies a symmetric noun trigger stands for: in "China and its North
// Korea ally" North Korea is the ally of China.
func (st *docState) possessorParty(s *sent, f *frame) []string {
	if !f.r.Symmetric || f.m.Form != "noun" || len(f.subjects) != 1 {
		return nil
	}
	k := f.subjects[0]
	if k < 1 || k >= f.m.i || !isPossessivePronoun(s.items[k-1]) {
		return nil
	}
	return s.items[k-1].ents
}

// resolveGroup resolves a group reference at item i. "both countries",
// "the two nations": the last two countries named; "all three nations":
// the last three; "these countries": the latest list; "the two leaders":
// the last two people; "both sides": two countries or organisations.
func (st *docState) resolveGroup(s *sent, i int, exclude string) []string {
	it := s.items[i]
	n := 0
	switch {
	case strings.Contains(it.lower, "two") || strings.Contains(it.lower, "both"):
		n = 2
	case strings.Contains(it.lower, "three"):
		n = 3
	}
	member, countries := st.groupMember(it.lower)
	if n == 0 {
		return st.latestList(s, i)
	}
	// A list of exactly that many earlier in the sentence ("against
	// Syria and Egypt … both countries"), else the last ones named.
	if g := st.listBefore(s, i, member); len(g) == n {
		return g
	}
	if p := st.sidesOfConflict(exclude); n == 2 && p != nil && member(p[0]) && !st.namesCountryBefore(s, i, exclude, p) {
		return p // "the Freedonia-Latveria war … Ruritania called on both sides"
	}
	if p := st.documentPair(); n == 2 && countries && p != nil && !contains(p, exclude) && namesOneOf(s, i, p) {
		// "Assad's trip to Tehran and agreements between the two
		// countries" in a text on Iran and Syria: those two.
		return p
	}
	var ids []string
	add := func(id string) {
		if len(ids) < n && member(id) && !contains(ids, id) {
			ids = append(ids, id)
		}
	}
	// This sentence before the phrase, outside prepositional phrases
	// first, not the subject's own: "Albanian prime minister Edi Rama,
	// chairman of the OSCE, called on both sides".
	thisSentence := func(inPP bool) {
		for k := i - 1; k >= 0; k-- {
			if x := s.items[k]; x.kind == entity && x.ent != exclude && !x.modifier && x.ent != st.personCountry[exclude] && st.inPP(s, k) == inPP {
				add(x.ent)
			}
		}
	}
	thisSentence(false)
	if len(ids) < n {
		// Exactly that many in the previous sentence, else, for two
		// countries, the two the document is about ("India–Israel
		// relations … Both countries cooperate").
		var prev []string
		for k := st.prevHistory; k < st.sentHistory; k++ {
			if id := st.history[k]; member(id) && !contains(prev, id) && id != exclude {
				prev = append(prev, id)
			}
		}
		switch {
		case len(ids) == 0 && len(prev) == n:
			return prev
		case len(ids) == 0 && n == 2 && len(st.pair) == 2 && !contains(st.pair, exclude) && member(st.pair[0]):
			return st.pair
		}
	}
	thisSentence(true)
	if p := st.documentPair(); len(ids) == 0 && p != nil && member(p[0]) && !contains(p, exclude) {
		return p // "Relations between the two neighbours", "both sides" in a text on them
	}
	for k := st.sentHistory - 1; k >= 0 && countries; k-- { // then earlier sentences
		add(st.history[k])
	}
	if len(ids) < n {
		return nil
	}
	return ids
}

// groupMember returns what a group reference's members may be: people
// for "the two leaders" (references.tsv), else countries. Only
// "countries" (then countries is true) are looked for beyond the
// previous sentence: the last two people named earlier are seldom "the
// two presidents", nor the last two countries "both sides".
func (st *docState) groupMember(group string) (member func(string) bool, countries bool) {
	words := strings.Fields(group)
	head := words[len(words)-1]
	switch {
	case st.x.lx.refs.people[head] || len(words) > 2 && st.x.lx.refs.people[strings.Join(words[len(words)-2:], " ")]:
		return func(id string) bool { return graph.EntityType(id) == graph.TypePerson }, false
	case head == "sides":
		return isCountry, false
	}
	return isCountry, true
}

func isCountry(id string) bool { return graph.EntityType(id) == graph.TypeCountry }

// listBefore returns the last list of members named before item i.
func (st *docState) listBefore(s *sent, i int, member func(string) bool) []string {
	before := &sent{text: s.text, items: s.items[:i]}
	var out []string
	for _, id := range before.partyList(i) {
		if member(id) {
			out = append(out, id)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// unnamedPartner reports a subject of a symmetric trigger joined by "and"
// to a partner the gazetteer does not know: in "Truman and General
// MacArthur met" the meeting is theirs.
func (st *docState) unnamedPartner(s *sent, f *frame) bool {
	if !f.r.Symmetric || len(f.subjects) == 0 {
		return false
	}
	for k := f.subjects[len(f.subjects)-1] + 1; k+1 < f.m.i; k++ {
		if s.items[k].lower == "and" {
			next := s.items[k+1]
			return next.kind == word && isCapitalized(next.text)
		}
	}
	return false
}

// namesOneOf reports whether items [0, i) name one of the ids.
func namesOneOf(s *sent, i int, ids []string) bool {
	for _, it := range s.items[:i] {
		if it.kind == entity && contains(ids, it.ent) {
			return true
		}
	}
	return false
}

// theOther reports "the other" at item k standing alone, as in "both
// sides accuse the other of provocations": each of two parties the
// other (not "the other members").
func (st *docState) theOther(s *sent, k int) bool {
	if s.items[k].lower != "the" || k+1 >= len(s.items) || s.items[k+1].lower != "other" {
		return false
	}
	n := k + 2
	return n >= len(s.items) || s.items[n].kind == word && (st.is(cuePreposition, s.items[n]) || !isWordRune([]rune(s.items[n].text)[0]))
}

// conflictPair returns the two countries a conflict noun of the sentence
// is between: "the Ruritania-Freedonia conflict", "the war between
// Ruritania and Freedonia"; or nil.
func (st *docState) conflictPair(s *sent) []string {
	country := func(k int) bool {
		return k >= 0 && k < len(s.items) && s.items[k].kind == entity && s.items[k].entType == graph.TypeCountry
	}
	for k, it := range s.items {
		if it.kind != word || !st.is(cueConflict, it) {
			continue
		}
		if country(k-3) && isHyphen(s.items[k-2]) && country(k-1) && s.items[k-3].ent != s.items[k-1].ent {
			return []string{s.items[k-3].ent, s.items[k-1].ent}
		}
		if k+4 < len(s.items) && s.items[k+1].lower == "between" && country(k+2) && s.items[k+3].lower == "and" && country(k+4) && s.items[k+2].ent != s.items[k+4].ent {
			return []string{s.items[k+2].ent, s.items[k+4].ent}
		}
	}
	return nil
}

// sidesOfConflict returns the two sides of the latest conflict named for
// "both sides" or "both countries" at item i when the sentence names no
// list of its own and the one who acts is neither side: in "Ruritania
// armed both sides" after "the Freedonia-Latveria war", those two.
func (st *docState) sidesOfConflict(exclude string) []string {
	if len(st.conflict) != 2 || contains(st.conflict, exclude) {
		return nil
	}
	return st.conflict
}

// namesCountryBefore reports a country named before item i outside
// prepositional phrases that is neither exclude nor one of ids: then "both
// countries" may be that one and another.
func (st *docState) namesCountryBefore(s *sent, i int, exclude string, ids []string) bool {
	for k := 0; k < i; k++ {
		if x := s.items[k]; x.kind == entity && x.entType == graph.TypeCountry && x.ent != exclude && x.ent != st.personCountry[exclude] && !contains(ids, x.ent) && !st.inPP(s, k) {
			return true
		}
	}
	return false
}

// demonymBody reports a demonym at item k qualifying a body of its state
// ("the Nigerian army", "Chilean troops"), which "its" may stand for.
func (st *docState) demonymBody(s *sent, k int) bool {
	return k+1 < len(s.items) && s.items[k+1].kind == word && st.is(cueAgent, s.items[k+1]) && s.items[k+1].lower != "people"
}

// latestAdministration returns whose "the administration" is: the state
// of the latest "Biden administration" a few sentences back, not the one
// who acts ("Under the Biden administration, the United States … The
// administration sent aid to Peru"); else no one.
func (st *docState) latestAdministration(exclude string) string {
	if st.administration == "" || st.administration == exclude || st.sentNo-st.administrationAt > 8 {
		return ""
	}
	return st.administration
}
