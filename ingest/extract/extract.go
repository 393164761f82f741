package extract

import (
	"fmt"
	"sort"
	"strings"

	"kg/gazetteer"
	"kg/graph"
	"kg/ingest/reader"
	"kg/ingest/sentence"
)

// Extractor turns documents into facts. It is safe for concurrent use: all
// per-document state lives in a docState.
type Extractor struct {
	gaz      *gazetteer.Gazetteer
	lx       *Lexicon
	surnames surnameIndex
	given    map[string]bool // given names (untitled.go)
}

// New returns an extractor using the gazetteer and the embedded lexicon.
func New(g *gazetteer.Gazetteer) (*Extractor, error) {
	lx, err := DefaultLexicon()
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	return &Extractor{gaz: g, lx: lx, surnames: newSurnameIndex(g), given: newGivenNames(g, lx)}, nil
}

// Result is what one document yields.
type Result struct {
	Facts     []graph.Fact
	Entities  []graph.Entity // every entity the facts use, with surface forms seen
	Sentences int
}

// ExtractFacts reads every sentence of the document's prose (paragraphs,
// list items and quotes; not headings or captions) and the rows of its
// tables, and returns their facts.
func (x *Extractor) ExtractFacts(docID string, doc *reader.Document) Result {
	st := &docState{x: x, docID: docID, entities: map[string]*graph.Entity{}, surnames: map[string]string{},
		countryMentions: map[string]int{}, personCountry: map[string]string{}, buf: getScratch()}
	defer putScratch(st.buf)
	st.readTitle(doc.Title)
	// A dateline ("Monday, Feb. 20, 1978") is when the document speaks from.
	st.readDateline(doc)
	st.notePeriod(doc.Title, true) // "The Suez Crisis, 1956" (years.go)
	offset := 0
	for n, b := range doc.Blocks {
		switch b.Kind {
		case reader.Paragraph, reader.ListItem, reader.Quote:
			st.paraYear, st.paraEvent, st.quote = st.periodYear(), "", quotation{}
			st.paraHistory = len(st.history)
			if b.Kind == reader.Paragraph && headingLike(b.Text) {
				// A plain-text document's title or section line.
				if n == 0 {
					st.readTitle(b.Text)
					if doc.Title == "" {
						st.notePeriod(b.Text, true)
					}
				} else {
					st.heading(b.Text)
				}
			}
			for _, s := range sentence.Split(b.Text) {
				st.sentence(s.Text, offset+s.Start)
			}
		case reader.Heading:
			if b.Level > 1 { // a section, not the document's title
				st.heading(b.Text)
			}
		case reader.Table:
			st.table(doc.Blocks, n, offset) // tables.go
		}
		offset += len(b.Text) + 2 // blocks are joined with "\n\n"
	}
	return st.result()
}

// docState is what the extractor remembers while reading one document.
type docState struct {
	x        *Extractor
	docID    string
	sentNo   int
	facts    []graph.Fact
	entities map[string]*graph.Entity
	used     map[string]bool
	surnames map[string]string // lower-case surname -> person id
	history  []string          // entity ids in order of mention (countries, orgs, people)
	salient  []bool            // per history entry: named outside a prepositional phrase
	// sentHistory is len(history) before the current sentence's entities,
	// prevHistory before the previous sentence's.
	sentHistory, prevHistory int
	// sentStarts is len(history) before each sentence's entities;
	// paraHistory before the current paragraph's.
	sentStarts  []int
	paraHistory int
	lastSection int // len(history) at the latest heading
	// pair is the two countries the document is about, when its title or
	// a section heading names exactly two ("India–Israel relations").
	pair     []string
	lastSubj string // the subject-like entity of the previous sentence
	// administration is the state of the latest "Biden administration",
	// administrationAt the sentence that named it
	administration   string
	administrationAt int
	lastYear         int
	maxYear          int // the latest year the document has named so far
	paraYear         int // the latest year named in the current paragraph
	// titlePeriod and sectionPeriod are the spans of years the title and
	// the current section's heading name (years.go periodYear).
	titlePeriod, sectionPeriod period
	titleWords                 []string // the title's words, lower case
	periodFresh                bool     // a section's period, its first paragraph not yet begun
	// docYear and docMonth are the document's dateline, when it has one
	// (years.go): the year of its dates that name none.
	docYear, docMonth int
	group             []string // the latest list of countries, for "both countries"
	groupAt           int      // the sentence that named it
	prevList          []string // the previous sentence's list of parties, for "they"
	conflict          []string // the two sides of the latest conflict named, for "both sides"
	event             string   // the latest event named, for "the war"
	eventAge          int      // sentences since it was named
	paraEvent         string   // the event named in the current paragraph
	topic             string   // country named by the latest heading
	// countryMentions counts each country's mentions so far: the one
	// named far more than any other is what the document is about.
	countryMentions map[string]int
	personCountry   map[string]string // person -> the country a title gave them
	claimedBy       string            // who the statement being read is reported from
	quote           quotation         // a quotation open after the last sentence (claims.go)
	lastPublisher   string            // the latest organisation or state quoted, for "the newspaper"
	titled          map[string]string // lower-case title -> the person last named with it (claims.go)
	alsoGiven       []itemClass       // further classes of what a giving verb gives (given)
	place           placeMemo         // the previous sentence's place, for a title without a country
	buf             *scratch          // buffers reused from sentence to sentence

	// What the title says the document is about (structure.go): the pair
	// of "India–Israel relations", the one country of "Foreign relations
	// of Mongolia".
	titlePair    []string
	titleCountry string
	orgNames     map[string]string // acronyms and short forms of organisations named so far -> id (names.go)
	venues       map[string]bool   // countries named as the venue of a summit or conference (precision.go)
}

// sectionTopic returns the country the current section is about: the one
// its heading names, else the document's main country (named at least
// five times, and twice as often as any other), else "".
func (st *docState) sectionTopic() string {
	if st.topic != "" {
		return st.topic
	}
	return st.mainCountry()
}

// mainCountry returns the country the document has named at least five
// times, and twice as often as any other, or "".
func (st *docState) mainCountry() string {
	best, n, second := "", 0, 0
	for id, c := range st.countryMentions {
		switch {
		case c > n || c == n && id < best:
			best, n, second = id, c, n
		case c > second:
			second = c
		}
	}
	if n >= 5 && n >= 2*second {
		return best
	}
	return ""
}

func (st *docState) heading(text string) {
	st.topic, st.prevList = "", nil
	st.notePeriod(text, false)
	for _, m := range st.x.gaz.Find(text) {
		if m.Entity.Type == graph.TypeCountry {
			st.topic = m.Entity.ID
			break
		}
	}
	st.sectionPair(text)
}

func (st *docState) result() Result {
	var ents []graph.Entity
	used := map[string]bool{}
	for _, f := range st.facts {
		used[f.Subject], used[f.Object] = true, true
		if f.ClaimedBy != "" {
			used[f.ClaimedBy] = true
		}
	}
	for id := range used {
		if _, ok := st.entities[id]; !ok {
			// An entity a reference stood for ("both countries" under a
			// table's row) that no mention noted.
			if e := st.x.gaz.Entity(id); e != nil {
				st.note(e, "")
			}
		}
		if e, ok := st.entities[id]; ok {
			sort.Strings(e.Aliases)
			ents = append(ents, *e)
		}
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	facts := dedupe(st.facts)
	st.x.lx.setConfidence(facts)
	return Result{Facts: facts, Entities: ents, Sentences: st.sentNo}
}

// dedupe merges facts that repeat another of the same sentence: two
// triggers ("sent aid") may state one fact. The first is kept, with the
// attributes (quantity, kind, year) only a later one found.
func dedupe(facts []graph.Fact) []graph.Fact {
	type key struct {
		sentence                  int
		subject, relation, object string
		negated                   bool
	}
	at := map[key]int{}
	out := facts[:0]
	for _, f := range facts {
		k := key{f.Sentence, f.Subject, f.Relation, f.Object, f.Negated}
		i, seen := at[k]
		if !seen {
			at[k] = len(out)
			out = append(out, f)
			continue
		}
		kept := &out[i]
		if kept.Quantity == 0 && f.Quantity != 0 {
			kept.Quantity, kept.Unit, kept.Item = f.Quantity, f.Unit, f.Item
		}
		if kept.Kind == "" {
			kept.Kind = f.Kind
		}
		if kept.Year == 0 {
			kept.Year = f.Year
		}
		kept.ID = graph.FactID(kept)
	}
	return out
}

// note records an entity and the surface form it was seen under.
func (st *docState) note(e *gazetteer.Entity, surface string) string {
	ge, ok := st.entities[e.ID]
	if !ok {
		ge = &graph.Entity{ID: e.ID, Type: e.Type, Name: e.Name, ISO3: e.ISO3, ISO2: e.ISO2}
		st.entities[e.ID] = ge
	}
	if surface != "" && surface != ge.Name && !contains(ge.Aliases, surface) {
		ge.Aliases = append(ge.Aliases, surface)
	}
	if e.Type == graph.TypePerson {
		for _, k := range surnameKeys(e.Name) {
			st.surnames[k] = e.ID
		}
		for _, a := range append(e.Aliases, surface) {
			for _, k := range surnameKeys(a) {
				if _, taken := st.surnames[k]; !taken {
					st.surnames[k] = e.ID
				}
			}
		}
	}
	return e.ID
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sentence extracts the facts of one sentence starting at byte offset off
// of the document text.
func (st *docState) sentence(text string, off int) {
	s := st.analyse(text)
	before := len(st.facts)
	s.stateYear = st.stateYear(s) // before leaders: "the Dubcek government" in 1968
	st.leaders(s)
	st.leadersGovernments(s) // after leaders: "the Biden administration" is also Biden's leadership
	st.backing(s)
	st.compoundActs(s)
	st.noteVenues(s)
	s.triggers = st.findTriggers(s)
	for _, tr := range s.triggers {
		st.relation(s, tr)
	}
	st.switchedRecognition(s)
	st.openingMeeting(s)
	st.speechActs(s, before)
	st.participation(s, before)
	st.eventParticipants(s)
	st.dateFacts(s, before)
	st.claimQuoted(s, before)
	st.notePublisher(s, before)
	st.readQuotation(s)
	st.material(s)
	st.signatories(s)
	for i := before; i < len(st.facts); i++ {
		f := &st.facts[i]
		f.Doc = st.docID
		f.Sentence = st.sentNo
		f.SpanStart, f.SpanEnd = off, off+len(text)
		f.Evidence = text
		f.ID = graph.FactID(f)
	}
	if y := st.narrativeYear(s); y != 0 {
		st.lastYear, st.paraYear = y, y
	}
	for k := range s.items {
		if y := s.yearAt(k); y > st.maxYear {
			st.maxYear = y
		}
	}
	if g := s.countryGroup(); g != nil {
		st.group, st.groupAt = g, st.sentNo
	}
	st.prevList = s.partyList(len(s.items))
	if p := st.conflictPair(s); p != nil {
		st.conflict = p
	}
	if subj := s.subjectLike(st); subj != "" {
		st.lastSubj = subj
	}
	st.sentNo++
	st.buf.items = s.items[:0] // nothing keeps a sentence's items
}

// participation adds participated_in facts. Whoever sends troops, air
// support or aid, or attacks, in a sentence that names an event ("During
// the Yom Kippur War, North Korea sent air support"), refers to the latest
// one ("During the war, …"), or, for troops and attacks, later in the
// paragraph that named it, took part in it. So did the countries a
// "During EVENT" sentence makes its subject, and those of a relative
// clause on the event ("…War, in which Israel … against Syria and Egypt").
func (st *docState) participation(s *sent, first int) {
	event, eventAt := "", -1
	for i, it := range s.items {
		if it.kind == entity && it.entType == graph.TypeEvent {
			event, eventAt = it.ent, i
		}
	}
	paraEvent := false
	if event != "" {
		st.event, st.eventAge, st.paraEvent = event, 0, event
	} else {
		st.eventAge++
		lower := s.lowerText()
		if st.eventAge <= 3 && (strings.Contains(lower, "the war") || strings.Contains(lower, "the conflict")) {
			event = st.event
		} else if st.paraEvent != "" {
			event, paraEvent = st.paraEvent, true
		}
	}
	if event == "" || st.era(event) {
		return
	}
	n := len(st.facts)
	for i := first; i < n; i++ {
		f := st.facts[i]
		switch f.Relation {
		case "military_support", "attack", "aid":
			if f.Negated || (paraEvent && f.Relation == "aid" && !st.disaster(event)) || (paraEvent && f.Relation == "attack") || st.eventAsTime(s, eventAt) && !st.disaster(event) || st.outsideEvent(f, event) {
				// Aid later in a paragraph about a war is not taking part
				// in it; relief after a disaster is. An attack told in a
				// paragraph that names a war may be another fight; a war
				// that dates the clause ("at the end of the Second World
				// War") is not what the clause's act is part of; relief "after the
				// earthquake" is.
				continue
			}
			st.facts = append(st.facts, graph.Fact{Subject: f.Subject, Relation: "participated_in", Object: event,
				Year: f.Year, Confidence: 0.6, Rule: "participation:" + f.Relation})
		}
	}
	if eventAt < 0 {
		return
	}
	add := func(id, rule string) {
		if graph.EntityType(id) == graph.TypeCountry || graph.EntityType(id) == graph.TypeOrganization {
			st.facts = append(st.facts, graph.Fact{Subject: id, Relation: "participated_in", Object: event,
				Confidence: 0.6, Rule: rule})
		}
	}
	if st.openingEvent(s, eventAt) {
		// "During the Angolan War, the Angolan people … fought": the main
		// clause's subject.
		for k := eventAt + 1; k < len(s.items); k++ {
			it := s.items[k]
			if it.lower == "which" || it.lower == "who" { // skip a relative clause
				for k < len(s.items) && s.items[k].text != "," {
					k++
				}
				continue
			}
			if isArg(it) && !st.inPP(s, k) {
				// "During the Gulf War, Egypt and Syria joined …"
				g := s.group(k, len(s.items))
				if st.hasOrIsOnly(s, g[len(g)-1]+1) {
					break // "During the war, France had a need for …"
				}
				for _, g := range g {
					for _, id := range st.resolveAll(s, g, "") {
						add(id, "participation:during")
					}
				}
				break
			}
		}
	}
	k := eventAt + 1
	if k < len(s.items) && s.items[k].text == "," {
		k++
	}
	if k+1 < len(s.items) && s.items[k].lower == "in" && s.items[k+1].lower == "which" {
		for k += 2; k < len(s.items) && s.items[k].text != ","; k++ {
			it := s.items[k]
			if it.kind != entity {
				continue
			}
			if !st.inPP(s, k) || precededBy(s, k, "against", "with", "between") {
				add(it.ent, "participation:in-which")
			}
		}
	}
}

// precededBy reports whether the word before item k (skipping "the") is
// one of words.
func precededBy(s *sent, k int, words ...string) bool {
	j := k - 1
	if j >= 0 && s.items[j].lower == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	for _, w := range words {
		if s.items[j].lower == w {
			return true
		}
	}
	return false
}

// stateYear is the year a sentence speaks of, for sent.stateYear: one it
// names, its event's, or its paragraph's.
func (st *docState) stateYear(s *sent) int {
	if s.present {
		return 0
	}
	if y := s.lastYearMentioned(); y != 0 {
		return y
	}
	for _, it := range s.items {
		if it.kind == entity && it.entType == graph.TypeEvent {
			if e := st.x.gaz.Entity(it.ent); e != nil && e.Year != 0 {
				return e.Year
			}
		}
	}
	lower := s.lowerText()
	if st.event != "" && st.eventAge <= 3 && (strings.Contains(lower, "the war") || strings.Contains(lower, "the conflict")) {
		if e := st.x.gaz.Entity(st.event); e != nil && e.Year != 0 {
			return e.Year
		}
	}
	return st.paraYear
}

// countriesNamed returns the two countries a title or heading names, when
// it names exactly two.
func (st *docState) countriesNamed(text string) []string {
	var ids []string
	for _, m := range st.x.gaz.Find(text) {
		if m.Entity.Type == graph.TypeCountry && !contains(ids, m.Entity.ID) {
			ids = append(ids, m.Entity.ID)
		}
	}
	if len(ids) != 2 {
		return nil
	}
	for _, id := range ids {
		if e := st.x.gaz.Entity(id); e != nil {
			st.note(e, "")
		}
	}
	return ids
}

// headingLike reports a short line without a sentence's final
// punctuation: in plain text, a title or a section heading.
func headingLike(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,\"”") {
		return false
	}
	return len(strings.Fields(t)) <= 8
}

// disaster reports an event that is a natural disaster (lexicon cue
// disaster: "floods", "earthquake"), in which sending aid is taking part.
func (st *docState) disaster(event string) bool {
	e := st.entities[event]
	if e == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if st.x.lx.is(cueDisaster, w) {
			return true
		}
	}
	return false
}

// era reports an event that names a period or a system of rule rather
// than a war, a summit or a disaster (precision.tsv era): in "During the
// Cold War, Ruritania sent troops to Peru" Ruritania helps Peru and takes
// part in nothing.
func (st *docState) era(event string) bool {
	e := st.entities[event]
	return e != nil && precision.is("era", strings.ToLower(e.Name))
}

// eventAsTime reports an event at item i used to date something: "At the
// end of the Second World War", "since the Gulf War", "before World War
// I".
func (st *docState) eventAsTime(s *sent, i int) bool {
	if i < 1 {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch s.items[k].lower {
		case "end", "after", "since", "before", "until", "following", "aftermath", "eve", "wake":
			return true
		case ",", ".":
			return false
		}
	}
	return false
}
