package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/gazetteer"
	"kg/graph"
)

// nameWords is lexicon/names.tsv: per class, the words that make a
// capitalised sequence the name of an organisation or an event, and the
// combining forms of countries' names ("sino" for China).
type nameWords struct {
	sets      map[string]map[string]bool
	combining map[string]string // "sino" -> "country:CHN"
}

var nameClasses = []string{"org_head", "state_body", "state_word", "org_kind", "naming", "not_short", "adjective_ending",
	"org_classifier", "org_member", "event_prefix", "event_during", "event_opening", "waged_by", "war_head", "lower_event_head",
	"group_noun", "demonym_group_noun", "group_unit", "group_word", "community", "group_modifier", "group_plural", "group_plural_ending", "person_group", "count_word"}

func loadNameWords() (nameWords, error) {
	nw := nameWords{sets: map[string]map[string]bool{}, combining: map[string]string{}}
	for _, c := range nameClasses {
		nw.sets[c] = map[string]bool{}
	}
	err := eachRow("names.tsv", 2, func(f []string) error {
		if f[0] == "combining" {
			for _, pair := range strings.Split(f[1], "|") {
				form, code, ok := strings.Cut(pair, ":")
				if !ok {
					return fmt.Errorf("combining form %q: want form:ISO3", pair)
				}
				nw.combining[form] = "country:" + code
			}
			return nil
		}
		set, ok := nw.sets[f[0]]
		if !ok {
			return fmt.Errorf("unknown name class %q", f[0])
		}
		for _, w := range strings.Split(f[1], "|") {
			set[w] = true
		}
		return nil
	})
	return nw, err
}

func (nw nameWords) is(class, lower string) bool { return nw.sets[class][lower] }

// namedOrgs finds the organisations the gazetteer does not know: "the
// Polisario Front", "the Dyck Advisory Group (DAG)", "a firm called
// Xylo", "Xylo, a Ruritanian security firm,", and later in the document
// their acronyms ("DAG") and short forms ("Wagner" after "the Wagner
// Group").
func (st *docState) namedOrgs(s *sent) {
	st.knownOrgNames(s)
	st.introducedOrgs(s)
	for h := 0; h < len(s.items); h++ {
		if !st.orgHeadAt(s, h) {
			continue
		}
		start, end := st.orgNameStart(s, h), st.orgNameEnd(s, h)
		if start == h && end == h+1 || st.stateOnly(s, start, end) || start > 0 && isOrgEntity(s.items[start-1]) {
			// "the Army", "the Iraqi Armed Forces", "the UN Security Council"
			continue
		}
		short := ""
		if h == start+1 && end == h+1 && st.canBeShort(s.items[start]) {
			short = s.items[start].text // "Wagner" of "the Wagner Group"
		}
		id := st.mergeName(s, start, end, graph.TypeOrganization, "org:")
		if short != "" {
			st.addOrgName(short, id)
		}
		h = start
	}
	st.acronymDefinitions(s)
	st.knownOrgNames(s)
}

// orgHeadAt reports an organisation's head word at h, written with a
// capital and not in capitals throughout ("Front", not "FRONT").
func (st *docState) orgHeadAt(s *sent, h int) bool {
	it := s.items[h]
	return it.kind == word && st.x.lx.names.is("org_head", it.lower) && titleCase(it.text)
}

// orgNameStart returns where the name whose head is at h begins: up to
// five capitalised words, countries or demonyms before it, joined by
// hyphens ("Sudan People's Liberation Army"), possessives of a word that is
// no country ("People's") and "and" between plain words ("Intelligence
// and Security Centre").
func (st *docState) orgNameStart(s *sent, h int) int {
	start := h
	for k := h - 1; k >= 0 && h-k <= 7; k-- {
		it := s.items[k]
		switch {
		case st.nameWord(s, k):
		case it.kind == entity && (it.entType == graph.TypeCountry || it.entType == graph.TypeLocation) && !possessive(s, k):
		case (it.text == "'s" || it.text == "’s") && k > 0 && s.items[k-1].kind == word && st.nameWord(s, k-1):
		case joined(s, k) && k > 0 && start == k+1:
		case it.lower == "and" && k > 0 && start == k+1 && st.nameWord(s, k-1) && s.items[start].kind == word:
		default:
			return start
		}
		start = k
	}
	for start < h && !st.nameWord(s, start) && s.items[start].kind == word {
		start++ // a name does not begin with "and" or "'s"
	}
	return start
}

// nameWord reports a capitalised word at k that can be part of a name:
// not a determiner, a preposition, a number or a capitalised first word
// of the sentence that the lexicon knows as a common word ("After").
func (st *docState) nameWord(s *sent, k int) bool {
	it := s.items[k]
	if it.kind != word || !isCapitalized(it.text) || isPunctText(it.text) || isDeterminer(it.lower) || st.is(cuePreposition, it) {
		return false
	}
	return k > 0 || it.cues == 0 || st.x.lx.names.is("org_head", it.lower)
}

// orgNameEnd returns where the name whose head is at h ends: after a
// hyphenated part ("Army-North") and a phrase of capitalised words after
// "of" or "for" ("the Islamic Front for the Liberation of Ruritania",
// "the Committee for Peace and Justice").
func (st *docState) orgNameEnd(s *sent, h int) int {
	end := h + 1
	if end+1 < len(s.items) && joined(s, end) && titleCase(s.items[end+1].text) {
		end += 2
	}
	if end >= len(s.items) || s.items[end].lower != "of" && s.items[end].lower != "for" {
		return end
	}
	k, last, countries := end+1, end, 0
	for k < len(s.items) && k-end <= 8 {
		it := s.items[k]
		switch {
		case it.kind == entity && it.entType != graph.TypePerson && !it.demonym:
			last = k
			if it.entType == graph.TypeCountry {
				countries++
			}
			if k+1 < len(s.items) && s.items[k+1].kind == word && isCapitalized(s.items[k+1].text) {
				k = len(s.items) // "the Assembly of the Council of Europe Anna Lind": a name ends at a known one
				continue
			}
		case st.nameWord(s, k):
			last = k
		case it.lower == "and" && k+1 < len(s.items) && (s.items[k+1].lower == "of" || s.items[k+1].lower == "the"):
			k = len(s.items) // "the Union of the Centre and of the People's Party": two names
			continue
		case it.lower == "the" || it.lower == "and" || it.lower == "of" || it.lower == "for" || it.lower == "in":
		default:
			k = len(s.items)
			continue
		}
		k++
	}
	if countries > 1 {
		return end // "the Union of Ruritania and Ostria" names a union of states
	}
	return last + 1
}

// stateOnly reports a name that is only a state's body: a state_body head
// qualified by countries, demonyms and state_word modifiers ("the
// Ruritanian Armed Forces", "the Army of Ruritania").
func (st *docState) stateOnly(s *sent, start, end int) bool {
	body := false
	for _, it := range s.items[start:end] {
		switch {
		case it.kind == entity && (it.entType == graph.TypeCountry || it.demonym):
		case it.kind != word:
			return false
		case st.x.lx.names.is("state_body", it.lower):
			body = true
		case st.x.lx.names.is("state_word", it.lower), isPunctText(it.text), it.lower == "of", it.lower == "the", it.lower == "and":
		default:
			return false
		}
	}
	return body
}

// canBeShort reports a first word that may stand alone for its
// organisation: "Wagner" of "the Wagner Group", not "Democratic" of
// "the Democratic Party" nor an adjective like "Jewish" of "the Jewish
// Agency" (by its ending, names.tsv adjective_ending).
func (st *docState) canBeShort(it item) bool {
	if it.kind != word || !titleCase(it.text) || it.cues != 0 || st.x.lx.names.is("not_short", it.lower) || st.x.lx.names.is("org_head", it.lower) {
		return false
	}
	for end := range st.x.lx.names.sets["adjective_ending"] {
		if strings.HasSuffix(it.lower, end) {
			return false
		}
	}
	return true
}

// introducedOrgs finds organisations a noun introduces: "a firm called
// Xylo", "Xylo, a Ruritanian security firm, …".
func (st *docState) introducedOrgs(s *sent) {
	for k := 1; k < len(s.items); k++ {
		it := s.items[k]
		if it.kind != word || !st.x.lx.names.is("org_kind", it.lower) {
			continue
		}
		if k+2 < len(s.items) && st.x.lx.names.is("naming", s.items[k+1].lower) {
			if end := st.plainNameEnd(s, k+2); end > k+2 {
				st.introduceOrg(s, k+2, end)
			}
			continue
		}
		if start := st.appositionHead(s, k); start >= 0 {
			st.introduceOrg(s, start, st.plainNameEnd(s, start))
			k = start
		}
	}
	st.classifiedOrgs(s)
	st.membersFromOrgs(s)
}

// introduceOrg makes items [i, j) a new organisation's mention and lets
// its name alone stand for it in the rest of the document: "the security
// firm Outer Limits … Outer Limits had helped Chile".
func (st *docState) introduceOrg(s *sent, i, j int) {
	name := s.text[s.items[i].start:s.items[j-1].end]
	id := st.mergeName(s, i, j, graph.TypeOrganization, "org:")
	st.addOrgName(name, id)
}

// classifiedOrgs finds the names a classifier noun introduces before
// them: "Kenyan newspaper Herald", "the private military company Varkon",
// "the think tank Civitas Forum". The classifier follows an article or a
// demonym, perhaps with lower-case modifiers between; a month or a
// weekday is no name ("the group Tuesday").
func (st *docState) classifiedOrgs(s *sent) {
	for k := 1; k+1 < len(s.items); k++ {
		n := st.classifierAt(s, k)
		if n == 0 || !st.classifierIntroduced(s, k-n+1) {
			continue
		}
		first := s.items[k+1]
		if dates.months[first.lower] != 0 || dates.weekdays[first.lower] {
			continue
		}
		if end := st.plainNameEnd(s, k+1); end > k+1 {
			st.introduceOrg(s, k+1, end)
			k++
		}
	}
}

// classifierAt returns the number of words of the org_classifier that
// ends at k ("newspaper", "think tank", "NGO"), or 0. Apart from an
// acronym, the classifier is written in lower case.
func (st *docState) classifierAt(s *sent, k int) int {
	for n := 2; n >= 1; n-- {
		if k-n+1 < 0 {
			continue
		}
		words := make([]string, 0, n)
		for _, it := range s.items[k-n+1 : k+1] {
			if it.kind != word || !isLowerWord(it.text) && !isAcronym(it.text) {
				words = nil
				break
			}
			words = append(words, it.lower)
		}
		if words != nil && st.x.lx.names.is("org_classifier", strings.Join(words, " ")) {
			return n
		}
	}
	return 0
}

// classifierIntroduced reports an article or a demonym before the
// classifier beginning at c, perhaps with up to three lower-case
// modifiers between: "the private military company", "Kenyan newspaper".
func (st *docState) classifierIntroduced(s *sent, c int) bool {
	for k := c - 1; k >= 0 && c-k <= 4; k-- {
		it := s.items[k]
		switch {
		case it.kind == entity && it.demonym:
			return true
		case it.kind == word && (it.lower == "the" || it.lower == "a" || it.lower == "an"):
			return true
		case it.kind == word && isLowerWord(it.text) && !st.is(cuePreposition, it) && !isDeterminer(it.lower):
		default:
			return false
		}
	}
	return false
}

// membersFromOrgs finds the organisation whose staff the text names:
// "mercenaries from Outer Limits", "contractors of Varkon Services". The
// name is capitalised words that no entity interrupts and that the
// gazetteer does not know as a place.
func (st *docState) membersFromOrgs(s *sent) {
	for k := 0; k+2 < len(s.items); k++ {
		it, prep := s.items[k], s.items[k+1]
		if it.kind != word || !isLowerWord(it.text) && k > 0 || !st.x.lx.names.is("org_member", it.lower) || prep.lower != "from" && prep.lower != "of" {
			continue
		}
		if end := st.plainNameEnd(s, k+2); end > k+2 && (end == len(s.items) || s.items[end].kind == word) {
			st.introduceOrg(s, k+2, end)
		}
	}
}

// plainNameEnd returns the end of the run of up to four capitalised words
// (or an acronym) at i that no entity interrupts; i when there is none.
func (st *docState) plainNameEnd(s *sent, i int) int {
	j := i
	for j < len(s.items) && j-i < 4 && s.items[j].kind == word && isCapitalized(s.items[j].text) && !isPunctText(s.items[j].text) && !isDeterminer(s.items[j].lower) {
		j++
	}
	return j
}

// appositionHead returns where the name begins that the apposition ending
// in the org_kind noun at k describes ("Xylo, a Ruritanian security firm,"),
// or -1. The apposition is "a" or "an", up to four modifiers (lower-case
// words or demonyms, no preposition) and the noun, closed by punctuation.
func (st *docState) appositionHead(s *sent, k int) int {
	if k+1 < len(s.items) && !isPunctText(s.items[k+1].text) {
		return -1
	}
	a := k - 1
	for a > 0 && k-a <= 4 && (s.items[a].kind == word && isLowerWord(s.items[a].text) && !st.is(cuePreposition, s.items[a]) && !isDeterminer(s.items[a].lower) || s.items[a].kind == entity && s.items[a].demonym) {
		a--
	}
	if a < 2 || s.items[a].lower != "a" && s.items[a].lower != "an" || s.items[a-1].text != "," {
		return -1
	}
	end := a - 1
	start := end
	for start > 0 && end-start < 4 && s.items[start-1].kind == word && isCapitalized(s.items[start-1].text) && !isPunctText(s.items[start-1].text) {
		start--
	}
	if start == end || start > 0 && s.items[start-1].kind != word || st.plainNameEnd(s, start) != end {
		return -1
	}
	if start == 0 && s.items[0].cues != 0 {
		return -1 // "Meanwhile, a …"
	}
	return start
}

// acronymDefinitions reads "the Dyck Advisory Group (DAG)": the acronym
// in parentheses after an organisation's or event's name, when its
// letters are the name's initials in order, names it from then on. The
// parenthesis becomes part of the mention.
func (st *docState) acronymDefinitions(s *sent) {
	for k := 0; k+3 < len(s.items); k++ {
		it := s.items[k]
		if it.kind != entity || it.entType != graph.TypeOrganization && it.entType != graph.TypeEvent || s.items[k+1].text != "(" || s.items[k+3].text != ")" {
			continue
		}
		acr := s.items[k+2]
		if acr.kind == entity && acr.ent == it.ent {
			// "the Ruritanian League (RL)" when the gazetteer knows both
		} else if acr.kind != word || !isAcronym(acr.text) || !initialsMatch(acr.text, it.text) {
			continue
		}
		st.addOrgName(acr.text, it.ent)
		merged := it
		merged.end = s.items[k+3].end
		merged.text = s.text[it.start:merged.end]
		s.replace(k, k+4, merged)
	}
}

// knownOrgNames turns the acronyms and short forms the document has given
// an organisation into mentions of it.
func (st *docState) knownOrgNames(s *sent) {
	if len(st.orgNames) == 0 {
		return
	}
	for k := 0; k < len(s.items); k++ {
		st.knownLongName(s, k)
		it := &s.items[k]
		if it.kind != word {
			continue
		}
		if id, ok := st.orgNames[it.text]; ok {
			it.kind, it.ent, it.entType = entity, id, graph.EntityType(id)
		}
	}
}

// knownLongName makes a name of two to four words at k that the document
// has given an organisation one mention of it: "Outer Limits had helped
// Chile" after "the security firm Outer Limits".
func (st *docState) knownLongName(s *sent, k int) {
	for n := 4; n >= 2; n-- {
		if k+n > len(s.items) || s.items[k].kind != word || s.items[k+n-1].kind != word {
			continue
		}
		text := s.text[s.items[k].start:s.items[k+n-1].end]
		if id, ok := st.orgNames[text]; ok {
			s.replace(k, k+n, item{kind: entity, text: text, lower: strings.ToLower(text), start: s.items[k].start, end: s.items[k+n-1].end, ent: id, entType: graph.EntityType(id)})
			return
		}
	}
}

func (st *docState) addOrgName(name, id string) {
	if st.orgNames == nil {
		st.orgNames = map[string]string{}
	}
	if _, taken := st.orgNames[name]; !taken {
		st.orgNames[name] = id
	}
	if e := st.entities[id]; e != nil && !contains(e.Aliases, name) {
		e.Aliases = append(e.Aliases, name)
	}
}

// mergeName makes items [i, j) one mention of the entity whose name is
// the text they span: the gazetteer's when it knows the id the name
// gives, else a new one. It returns the id.
func (st *docState) mergeName(s *sent, i, j int, typ, prefix string) string {
	return st.mergeNameAs(s, i, j, typ, prefix, s.text[s.items[i].start:s.items[j-1].end])
}

// mergeNameAs is mergeName for an entity whose name is not all the text
// the items span ("the Ruritanian War" of "the Ruritanian War of 2011").
func (st *docState) mergeNameAs(s *sent, i, j int, typ, prefix, name string) string {
	text := s.text[s.items[i].start:s.items[j-1].end]
	e := &gazetteer.Entity{ID: prefix + gazetteer.Slug(name), Type: typ, Name: name}
	if known := st.x.gaz.Entity(e.ID); known != nil {
		e = known
	}
	id := st.note(e, text)
	s.replace(i, j, item{kind: entity, text: text, lower: strings.ToLower(text), start: s.items[i].start, end: s.items[j-1].end, ent: id, entType: e.Type})
	return id
}

func isOrgEntity(it item) bool { return it.kind == entity && it.entType == graph.TypeOrganization }

// possessive reports an entity followed by "'s": "Russia's Wagner
// Group" names the group, not a Russian body.
func possessive(s *sent, k int) bool {
	return k+1 < len(s.items) && (s.items[k+1].text == "'s" || s.items[k+1].text == "’s" || s.items[k+1].text == "'" || s.items[k+1].text == "’")
}

// joined reports a hyphen at k written between two words without spaces:
// "Army-North", "Sino-Japanese".
func joined(s *sent, k int) bool {
	it := s.items[k]
	return it.text == "-" && k > 0 && k+1 < len(s.items) && s.items[k-1].end == it.start && it.end == s.items[k+1].start
}

// titleCase reports a word with a capital first letter and a lower-case
// letter after it ("Front", not "FRONT" or "front").
func titleCase(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isAcronym reports two to eight capitals, digits allowed after the first.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !(w[i] >= 'A' && w[i] <= 'Z' || w[i] >= '0' && w[i] <= '9') {
			return false
		}
	}
	return true
}

// initialsMatch reports whether the capitals of acr are, in order, the
// initials of words of name: "DAG" of "Dyck Advisory Group", "IFLB" of
// "Islamic Front for the Liberation of Bahrain".
func initialsMatch(acr, name string) bool {
	var initials []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		initials = append(initials, unicode.ToUpper(r))
	}
	i := 0
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			continue
		}
		for i < len(initials) && initials[i] != r {
			i++
		}
		if i == len(initials) {
			return false
		}
		i++
	}
	return true
}
