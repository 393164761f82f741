package extract

import (
	"fmt"
	"strings"

	"kg/graph"
)

// Who a sentence's claims are reported from, beyond the reporting verb
// next to its speaker (clause.go findSpeaker, relations.go claimAt): an
// attribution set off by a comma ("…, the newspaper notes—"), a
// publication referred back to ("the article asserts"), and a quotation
// that runs over several sentences.

// publications and spokespeople hold the nouns of lexicon/speakers.tsv.
var publications, spokespeople = mustLoadSpeakers()

func mustLoadSpeakers() (publications, spokespeople map[string]bool) {
	publications, spokespeople = map[string]bool{}, map[string]bool{}
	err := eachRow("speakers.tsv", 2, func(f []string) error {
		words := publications
		switch f[0] {
		case "publication":
		case "spokesperson":
			words = spokespeople
		default:
			return fmt.Errorf("unknown class %q", f[0])
		}
		for _, w := range strings.Split(f[1], "|") {
			words[w] = true
		}
		return nil
	})
	if err != nil {
		panic(err) // the file is embedded: a broken one is a broken build
	}
	return publications, spokespeople
}

// claimFrom returns the item before which the frame's claim is looked
// for (claimAt), given the start of its verb group: the trigger when the
// subject follows it ("the EU condemns the delivery of Iranian drones");
// in the passive, the subject it is said of ("Chile claims it was
// attacked by Peru": Chile's claim, though the clause runs from "Chile").
//
// A finite verb coordinated with an earlier one of the same subject is
// that verb's sibling, not what it reports: "Boric declared Peru a
// threat and restricted travel to it" claims nothing, its claim is read
// before the subject; "Peru denied sending arms and training troops"
// still denies the training.
func (f *frame) claimFrom(s *sent, from int) int {
	m := f.m
	switch {
	case f.passive:
		if len(f.objects) > 0 && f.objects[0] > from && f.objects[0] < m.i {
			return f.objects[0]
		}
	case len(f.subjects) == 0:
	case f.subjects[0] > m.i:
		return m.i
	case from == f.vlo && from > f.subjects[len(f.subjects)-1]+1 && m.Form == "verb" && !strings.HasSuffix(s.items[m.i].lower, "ing"):
		return f.subjects[0]
	}
	return from
}

// reducedRelative reports a reporting verb at item v that qualifies the
// noun before it: "four officers accused of espionage" reports nothing.
func reducedRelative(s *sent, v int) bool {
	if v == 0 || v+1 >= len(s.items) || s.items[v+1].lower != "of" {
		return false
	}
	prev := s.items[v-1]
	switch prev.lower {
	case "and", "or", "but", "then", "also", "been", "being":
		return false
	}
	return strings.HasSuffix(s.items[v].lower, "ed") && prev.kind == word && isLowerWord(prev.text) && !strings.HasSuffix(prev.lower, "ly") &&
		!isCopula(prev.lower) && !isHave(prev.lower) && !isSubjectPronoun(prev.lower)
}

// invertedSpeaker reports a speaker after the reporting verb at item v,
// closing the attribution: "said Fidel Castro.", "said Ruiz on Monday";
// not the subject of what is said ("said Peru had sent arms").
func invertedSpeaker(s *sent, v int) bool {
	if v+1 >= len(s.items) || !isArg(s.items[v+1]) {
		return false
	}
	if v+2 >= len(s.items) {
		return true
	}
	next := s.items[v+2]
	return next.kind == word && (isPunctText(next.text) || next.cues&(1<<cuePreposition) != 0)
}

// invertedAttribution reports a speech verb at item i set off by a comma
// or a closing quote with its speaker after it: "…, said Gabriel
// Boric.", "“…,” said the minister".
func (st *docState) invertedAttribution(s *sent, i int) bool {
	prev := s.items[i-1].text
	return (prev == "," || prev == "”" || prev == "\"" || closesSingleQuote(s, i-1)) && invertedSpeaker(s, i)
}

// describedSpeaker returns the person a title with "the" names as the
// speaker in items [lo, v) before a reporting verb: "the president
// highlighted … and told of how …" is the latest president the text
// named, "the Foreign Secretary said" the latest foreign secretary; or
// "".
func (st *docState) describedSpeaker(s *sent, lo, v int) string {
	for k := v - 1; k >= lo && k > 0; k-- {
		words := make([]string, 0, 3)
		for n := 1; n <= 3 && k-n >= 0; n++ {
			if it := s.items[k-n+1]; it.kind != word || isPunctText(it.text) {
				break
			}
			words = append([]string{s.items[k-n+1].lower}, words...)
			if s.items[k-n].lower != "the" {
				continue
			}
			role := strings.Join(words, " ")
			if id := st.latestLeader(role); id != "" {
				return id
			}
			if id := st.titled[role]; id != "" {
				return id
			}
		}
	}
	return ""
}

// noteTitled records the person the text last named with a title: "the
// Foreign Secretary" later is Foreign Secretary Dominic Raab.
func (st *docState) noteTitled(role, id string) {
	if st.titled == nil {
		st.titled = map[string]string{}
	}
	st.titled[strings.ToLower(role)] = id
}

// latestLeader returns the person of the latest leader_of fact with the
// role ("president", "prime minister"), or "".
func (st *docState) latestLeader(role string) string {
	for i := len(st.facts) - 1; i >= 0; i-- {
		if f := st.facts[i]; f.Relation == "leader_of" && strings.EqualFold(f.Role, role) && graph.EntityType(f.Subject) == graph.TypePerson {
			return f.Subject
		}
	}
	return ""
}

// quotation is a quotation still open at the end of a sentence, and who
// speaks it; last is the speaker of the previous sentence's quotation,
// closed or not, in the same paragraph.
type quotation struct {
	open    bool
	speaker string
	last    string
}

// speakerAt returns who the phrase ending at item j names as a speaker,
// and the item where the phrase starts: an entity (not a demonym), a
// resolved pronoun ("he said"), or a publication ("the newspaper",
// "said the statement"); "" for none.
func (st *docState) speakerAt(s *sent, j int) (string, int) {
	if j < 0 || j >= len(s.items) {
		return "", j
	}
	it := s.items[j]
	switch {
	case it.kind == entity && !it.demonym:
		return it.ent, j
	case it.kind == pronoun && it.ent != "" && it.entType != graph.TypeEvent:
		return it.ent, j
	case it.kind == word && publications[it.lower] && j > 0 && isDeterminer(s.items[j-1].lower):
		return st.publisher(), j - 1
	case it.lower == "the" && j+1 < len(s.items) && publications[s.items[j+1].lower]:
		return st.publisher(), j
	case it.kind == word && (st.is(cueAgent, it) || publications[it.lower]) && isLowerWord(it.text):
		// "Peruvian officials said", "the Peruvian foreign ministry said":
		// a demonym with a role noun is the state itself, and so is its
		// unnamed "state television"
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if d := s.items[k]; d.kind == entity && d.demonym && d.entType == graph.TypeCountry {
				return d.ent, k
			}
			if w := s.items[k]; w.kind != word || !st.is(cueAgent, w) || !isLowerWord(w.text) {
				break
			}
		}
	}
	return "", j
}

// speakerFrom returns who the phrase starting at item k names as a
// speaker: a name, a demonym with a role noun ("Peruvian officials"), a
// publication and its name ("the newspaper El Comercio"), or one
// referred back to ("the newspaper"); "" for none.
func (st *docState) speakerFrom(s *sent, k int) string {
	if k < len(s.items) && isDeterminer(s.items[k].lower) {
		k++
	}
	if k >= len(s.items) {
		return ""
	}
	it := s.items[k]
	switch {
	case it.kind == word && publications[it.lower]:
		if k+1 < len(s.items) && s.items[k+1].kind == entity && !s.items[k+1].demonym {
			return s.items[k+1].ent // "the newspaper El Comercio"
		}
		if k+2 < len(s.items) {
			switch s.items[k+1].lower {
			case "by", "from", "of": // "a statement from the Peruvian army"
				if id := st.speakerFrom(s, k+2); id != "" {
					return id
				}
			}
		}
		return st.publisher()
	case it.kind == entity && it.demonym:
		for j := k + 1; j < len(s.items) && j <= k+3; j++ {
			if id, _ := st.speakerAt(s, j); id != "" {
				return id
			}
		}
		return ""
	}
	id, _ := st.speakerAt(s, k)
	return id
}

// publicationAuthor returns the item naming who wrote the publication
// or whom the spokesperson speaks for, through the reporting verb at
// item v ("a report by Amnesty International said …", "a statement from
// the Peruvian army said", "a spokesman for Peru said"), or -1.
func (st *docState) publicationAuthor(s *sent, v, lo int) int {
	for k := v - 1; k >= lo+2 && k >= v-3; k-- {
		if !isArg(s.items[k]) {
			continue
		}
		p := k - 1
		if isArticle(s.items[p].lower) {
			p-- // "a spokesman for the Peruvian government"
		}
		if p < lo+1 {
			continue
		}
		switch w, prep := s.items[p-1].lower, s.items[p].lower; {
		case publications[w] && (prep == "by" || prep == "from" || prep == "of"),
			spokespeople[w] && (prep == "for" || prep == "of"):
			return k
		}
	}
	return -1
}

// publisher returns who "the newspaper" or "the statement" refers to: the
// latest organisation or state quoted, else the latest organisation named.
func (st *docState) publisher() string {
	if st.lastPublisher != "" {
		return st.lastPublisher
	}
	for k := len(st.history) - 1; k >= 0; k-- {
		if graph.EntityType(st.history[k]) == graph.TypeOrganization {
			return st.history[k]
		}
	}
	return ""
}

// attribution returns the speaker of an attribution set off by a comma
// or a closing quote: "Germany will not send missiles, Chancellor Olaf
// Scholz said on Monday", "Chile and Laos have traded since 1971,
// the paper notes—…", "…, the minister has announced"; or "".
// The attribution closes the sentence or is followed by a dash, a comma
// or a semicolon.
func (st *docState) attribution(s *sent) string {
	for i := 1; i+2 < len(s.items); i++ {
		switch s.items[i-1].text {
		case ",", "(", "—", "–":
		default:
			continue
		}
		if s.items[i].lower == "according" && s.items[i+1].lower == "to" {
			if id := st.speakerFrom(s, i+2); id != "" {
				return id // "Chile sent troops, according to Peruvian officials."
			}
		}
	}
	for i := 2; i < len(s.items); i++ {
		if it := s.items[i]; it.kind == word && st.is(cueSpeech, it) && st.invertedAttribution(s, i) {
			if id, _ := st.speakerAt(s, i+1); id != "" {
				return id // "…, said Gabriel Boric.", "Laos, said Fidel Castro, sent …"
			}
		}
		if it := s.items[i]; it.kind != word || !st.is(cueSpeech, it) || !closesAttribution(s, i) {
			continue
		}
		p := i - 1
		if auxiliary(s.items[p].lower) {
			p-- // "…, the minister has announced"
		}
		id, start := st.speakerAt(s, p)
		if id == "" && p > 0 && closesSingleQuote(s, p-1) {
			id = st.quotedPronoun(s, i) // "'…,' he said"
		}
		if id == "" {
			continue
		}
		for k := start - 1; k >= 0 && k >= start-6; k-- { // past a title: ", Chancellor Olaf Scholz said"
			if t := s.items[k].text; t == "," || t == "”" || t == "\"" || closesSingleQuote(s, k) {
				return id
			}
			if abbreviation := s.items[k].text == "." && k > 0 && isCapitalized(s.items[k-1].text); abbreviation {
				continue // "Mr." in "…,” Mr. Ruiz said"
			}
			if isArticle(s.items[k].lower) && k == start-1 {
				continue // "…, the Peruvian foreign ministry said"
			}
			if it := s.items[k]; !(it.kind == word && isCapitalized(it.text) || it.kind == entity && it.demonym) {
				break // past "Indian Prime Minister", not past a name
			}
		}
	}
	return ""
}

// closesSingleQuote reports a single quotation mark at item k that
// closes a quotation after a comma: "'Peru arms Chile,' he said".
func closesSingleQuote(s *sent, k int) bool {
	t := s.items[k].text
	return (t == "'" || t == "’") && k > 0 && s.items[k-1].text == ","
}

// closesAttribution reports whether the speech verb at item i ends an
// attribution: at most four items ("on Monday.") before the sentence's
// end, or a dash, comma or semicolon right after it.
func closesAttribution(s *sent, i int) bool {
	if len(s.items)-i <= 5 {
		return true
	}
	switch s.items[i+1].text {
	case "—", "–", ",", ";":
		return true
	}
	return false
}

// readQuotation updates the quotation open after sentence s: one the
// sentence opens and leaves open is spoken by the sentence's speaker
// ("Ruiz said: “We needed trucks. … Laos sent us forty.”"); one it
// closes is over.
func (st *docState) readQuotation(s *sent) {
	opens, closes := strings.Count(s.text, "“"), strings.Count(s.text, "”")
	straight := strings.Count(s.text, "\"")%2 == 1
	last := ""
	if hasQuote(s.text) {
		last = st.speaker(s)
	}
	switch {
	case st.quote.open && (closes > opens || straight):
		st.quote = quotation{}
	case !st.quote.open && (opens > closes || straight):
		st.quote = quotation{open: true, speaker: st.speaker(s)}
	}
	st.quote.last = last
}

// quoteGoesOn reports a sentence that is all a quotation of its own
// ("“Laos sent us 300 rifles.”"), which goes on with the speaker of the
// quotation just before it: "“We had few arms,” Castro said. “Laos sent
// us 300 rifles.”"
func quoteGoesOn(s *sent) bool {
	t := strings.TrimSpace(s.text)
	return strings.HasPrefix(t, "“") && (strings.HasSuffix(t, "”") || strings.HasSuffix(t, "”.")) && strings.Count(t, "“") == 1
}

// notePublisher remembers the organisation or state a sentence quotes,
// for "the newspaper" or "the statement" later.
func (st *docState) notePublisher(s *sent, first int) {
	ids := []string{st.speaker(s)}
	for _, f := range st.facts[first:] {
		ids = append(ids, f.ClaimedBy)
	}
	for _, id := range ids {
		if t := graph.EntityType(id); t == graph.TypeOrganization || t == graph.TypeCountry {
			st.lastPublisher = id
		}
	}
}

// claimQuoted gives the sentence's speaker to the facts read from it
// (from index first of st.facts) by rules that do not look for one: "“…
// the Ruritanian Labour Front headed by Ivan Petrov,” the editorial
// says". A leader named by a title is the narrator's description, not
// the speaker's claim.
//
// A speaker's own backing, condemnation, demand or threat is its act,
// not a claim about one: "“We give our full support to Peru,” Boric
// said" is Boric's (or his state's) support, claimed by no one.
func (st *docState) claimQuoted(s *sent, first int) {
	speaker := st.speaker(s)
	for i := first; i < len(st.facts); i++ {
		f := &st.facts[i]
		if speaker != "" && f.ClaimedBy == "" && !strings.HasPrefix(f.Rule, "title:") && f.Subject != speaker {
			f.ClaimedBy = speaker
		}
		if verbalRelation(f.Relation) && !f.Negated && f.ClaimedBy != "" && (f.ClaimedBy == f.Subject || st.personCountry[f.ClaimedBy] == f.Subject) {
			f.ClaimedBy = ""
		}
	}
}

// nearQuoteMark reports a quotation mark within four items of item i, or
// after a colon that follows it: the speech verb of "“…,” Vucic said" or
// "Ruiz said the following: “…", not that of a sentence that only
// quotes a phrase elsewhere ("praising a deal after the “historic”
// summit").
func (s *sent) nearQuoteMark(i int) bool {
	for k := max(0, i-4); k < len(s.items) && k <= i+8; k++ {
		if isQuoteMark(s.items[k].text) && (k <= i+4 || s.items[k-1].text == ":") {
			return true
		}
	}
	return false
}

func isQuoteMark(t string) bool { return t == "“" || t == "”" || t == "\"" }

// reportedDecision reports a "would" at item k that reports what a
// speaker declared, the past of "will" in reported speech: "Chile
// announced that it would cut relations with Peru" states the decision.
// A condition ("would … if") keeps it hypothetical.
func (st *docState) reportedDecision(s *sent, k int) bool {
	if s.items[k].lower != "would" {
		return false
	}
	for j := k + 1; j < len(s.items); j++ {
		if w := s.items[j].lower; w == "if" || w == "unless" {
			return false
		}
	}
	for v := k - 1; v >= 0 && v >= k-12; v-- {
		if st.speechWord(s, v) && st.is(cueDecision, s.items[v]) {
			return true
		}
	}
	return false
}
