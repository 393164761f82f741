package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"kg/ingest/reader"
)

// The year of a fact. A fact takes the year its own clause names; a
// sentence without one takes the date it gives without a year ("On April
// 12th", "on Thursday", "earlier this year") from the document's
// dateline, or from the narrative; else the year the narrative has
// reached. This file reads datelines, dates without a year, and which of
// a sentence's years moves the narrative on.

// calendar holds the words of dates that name no year (lexicon/dates.tsv).
type calendar struct {
	months   map[string]int // "june", "jun" -> 6
	weekdays map[string]bool
	relative map[string]int // "last year" -> -1
	// anaphoric holds phrases dated from the year named before them:
	// "the same year" -> 0, "the following year" -> 1.
	anaphoric []phrase
	// anaphoricFirst holds the first words of those phrases: the search
	// runs at every word of every sentence.
	anaphoricFirst map[string]bool
	counts         map[string]int // "two" -> 2
}

// phrase is a phrase of words and the years it adds; a continuing
// phrase dates its own sentence only.
type phrase struct {
	words      []string
	offset     int
	continuing bool
}

var dates = mustLoadCalendar()

func mustLoadCalendar() *calendar {
	c, err := loadCalendar()
	if err != nil {
		panic(err) // the file is embedded: a broken one is a broken build
	}
	return c
}

func loadCalendar() (*calendar, error) {
	c := &calendar{months: map[string]int{}, weekdays: map[string]bool{}, relative: map[string]int{}, counts: map[string]int{}, anaphoricFirst: map[string]bool{}}
	err := eachRow("dates.tsv", 3, func(f []string) error {
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		for _, w := range strings.Split(f[2], "|") {
			switch f[0] {
			case "month":
				c.months[w] = n
			case "weekday":
				c.weekdays[w] = true
			case "relative":
				c.relative[w] = n
			case "count":
				c.counts[w] = n
			case "anaphoric":
				c.anaphoric = append(c.anaphoric, phrase{strings.Fields(w), n, false})
				c.anaphoricFirst[strings.Fields(w)[0]] = true
			case "continuing":
				c.anaphoric = append(c.anaphoric, phrase{strings.Fields(w), n, true})
				c.anaphoricFirst[strings.Fields(w)[0]] = true
			default:
				return fmt.Errorf("unknown class %q", f[0])
			}
		}
		return nil
	})
	return c, err
}

// datelineRE matches a line that is only a date, perhaps glued to a place:
// "Mar 3rd 2021LIMA", "Monday, Mar. 8, 2021", "8 March 2021".
var datelineRE = regexp.MustCompile(`(?i)^\s*(?:[a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([a-z]{3,9})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:18|19|20)\d\d)(?:\D|$)`)

// dateline returns the year and month of a line that is a dateline, or 0.
func dateline(line string) (year, month int) {
	m := datelineRE.FindStringSubmatch(line)
	if m == nil {
		return 0, 0
	}
	month, ok := dates.months[strings.ToLower(m[1])]
	if !ok {
		return 0, 0
	}
	return yearOf(m[2]), month
}

// readDateline finds when the document speaks from: a dateline among the
// lines the reader set aside or the first blocks ("Mar 3rd 2021"), else a
// date with a month in the title or those lines ("The Crisis of May
// 1971"), which only starts the narrative.
func (st *docState) readDateline(doc *reader.Document) {
	lines := doc.Dropped[:min(len(doc.Dropped), 5)]
	for _, b := range doc.Blocks[:min(len(doc.Blocks), 6)] {
		lines = append(lines[:len(lines):len(lines)], b.Text)
	}
	for _, line := range lines {
		if y, m := dateline(line); y != 0 {
			st.docYear, st.docMonth = y, m
			st.lastYear, st.maxYear = y, y
			return
		}
	}
	for _, line := range append([]string{doc.Title}, doc.Dropped[:min(len(doc.Dropped), 5)]...) {
		if m := titleDateRE.FindStringSubmatch(line); m != nil {
			y := yearOf(m[1])
			st.lastYear, st.maxYear = y, y
			return
		}
	}
}

// titleDateRE finds a date with a month and a year anywhere in a line:
// "Mar. 8, 2021", "8 March 2021", "The Crisis of May 1971".
var titleDateRE = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?((?:18|19|20)\d\d)\b`)

// undatedYear returns the year of a date the sentence gives without one,
// or 0. "On April 12th" and "in September" are the dateline's year (the
// year before it for a later month), else the narrative's; "on Thursday"
// and "earlier this year" are the dateline's, and nothing without one.
func (st *docState) undatedYear(s *sent) int {
	if month := s.monthNamed(); month != 0 {
		switch {
		case st.docYear != 0 && month > st.docMonth:
			return st.docYear - 1
		case st.docYear != 0:
			return st.docYear
		case st.paraYear != 0:
			return st.paraYear
		}
		return st.lastYear
	}
	if st.docYear == 0 {
		return 0
	}
	for i, it := range s.items {
		if it.kind == word && isCapitalized(it.text) && dates.weekdays[it.lower] {
			return st.docYear
		}
		if i+1 < len(s.items) {
			if off, ok := dates.relative[it.lower+" "+s.items[i+1].lower]; ok {
				return st.docYear + off
			}
		}
		if off, ok := dates.relative[it.lower]; ok {
			return st.docYear + off
		}
	}
	return 0
}

// monthNamed returns the month of a date without a year in the sentence
// ("On April 12th", "12 April", "in September", "that December"), or 0.
// "May" needs a day beside it: it is also a verb.
func (s *sent) monthNamed() int {
	for i, it := range s.items {
		month, ok := dates.months[it.lower]
		if it.kind != word || !ok || !isCapitalized(it.text) {
			continue
		}
		day := i+1 < len(s.items) && isDay(s.items[i+1].text) || i > 0 && isDay(s.items[i-1].text)
		if day && i+2 < len(s.items) && s.items[i+1].text == "," && yearOf(s.items[i+2].text) != 0 {
			continue // "April 12, 2021" names its year
		}
		if i+1 < len(s.items) && yearOf(s.items[i+1].text) != 0 || i+2 < len(s.items) && isDay(s.items[i+1].text) && yearOf(s.items[i+2].text) != 0 {
			continue
		}
		if day || it.lower != "may" && i > 0 && s.items[i-1].kind == word && isLowerWord(s.items[i-1].text) {
			return month
		}
	}
	return 0
}

// wordYear returns the year a word is ("1987", "mid-1987", "early-1990"),
// or the first of a span written as one word ("1960-75", "1960-1975"),
// or 0.
func wordYear(w string) int {
	if y := yearOf(w); y != 0 || len(w) < 6 {
		return y
	}
	prefix, y, ok := strings.Cut(w, "-")
	if ok && yearOf(prefix) != 0 && (len(y) == 2 || len(y) == 4) && isDigits(y) {
		return yearOf(prefix)
	}
	if !ok || !isLowerWord(prefix) {
		return 0
	}
	return yearOf(y)
}

// isDay reports a day of the month: "26", "26th", "1st".
func isDay(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1 && n <= 31 && len(w) <= 2
}

// narrativeYear returns the year a sentence moves the narrative to, or 0:
// the date it opens with ("In 1981 the council – in office since 1975 –
// fell", "On 4 May 2012, … said that … between 1991 and
// 1993"), else the last year it names, but not one a span ends or
// starts from ("until 1992", "since 2013": the narrative is at their
// other end). A year qualifying a noun sets the scene of a paragraph
// whose narrative has no year yet ("writings on the May 1971 defeat"),
// but does not move one under way, paraYear ("In 1988 … Chile insisted
// on the March 2, 1961 lines").
func (s *sent) narrativeYear(paraYear int) int {
	if y := s.openingYear(); y != 0 {
		return y
	}
	for j := len(s.items) - 1; j >= 0; j-- {
		if y := s.yearAt(j); y != 0 && !s.endYear(j) && !s.startYear(j) && !(paraYear != 0 && s.attributiveYear(j)) {
			return y
		}
	}
	return 0
}

// narrativeYear is the year the sentence moves the narrative to: one it
// names (sent.narrativeYear), else the one a date without a year or "at
// the same time" gave it ("The envoy reached Lima on 10 October. There
// he met …" is still that year).
func (st *docState) narrativeYear(s *sent) int {
	if y := s.narrativeYear(st.paraYear); y != 0 {
		return y
	}
	if y := s.anaphoricYear(st.lastYear, true); y != 0 {
		return y
	}
	if s.monthNamed() != 0 {
		return s.undated // not "last year" in a relative clause
	}
	return 0
}

// openingYear returns the year of a date that opens the sentence, before
// any argument: "In 1974 …", "Later, in January 1969, …", or 0.
func (s *sent) openingYear() int {
	for j := 0; j < len(s.items) && j < 8; j++ {
		if isArg(s.items[j]) {
			return 0
		}
		if y := s.yearAt(j); y != 0 {
			if s.startYear(j) || s.endYear(j) {
				return 0
			}
			return y
		}
	}
	return 0
}

// startYear reports a year after "since": the start of a span that
// reaches the time of writing.
func (s *sent) startYear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch w := s.items[k]; {
		case w.lower == "since":
			return true
		case w.text == "," || w.kind != word:
			return false
		}
	}
	return false
}

// attributiveYear reports a year that qualifies the noun after it: after
// a determiner or a possessive ("the 1931 treaty", "a 2003 speech",
// "the King's 1977 visit"), or closing a full date ("a return to the
// March 2, 1961 lines").
func (s *sent) attributiveYear(j int) bool {
	if j == 0 || j+1 >= len(s.items) || s.items[j].kind != word {
		return false
	}
	prev, next := s.items[j-1], s.items[j+1]
	if isDeterminer(prev.lower) || prev.lower == "'s" || prev.lower == "’s" {
		return next.kind == word && !isPunctText(next.text) || next.kind == entity && next.demonym
	}
	return s.dateEndsAt(j) && next.kind == word && isLowerWord(next.text) && next.cues&(1<<cuePreposition|1<<cueBoundary|1<<cueSubordinator) == 0 &&
		next.lower != "and" && next.lower != "or"
}

// dateEndsAt reports whether the year at item j closes a date with a
// month: "March 2, 1961", "2 March 1961", "March 1961".
func (s *sent) dateEndsAt(j int) bool {
	k := j - 1
	if k >= 0 && s.items[k].text == "," {
		k--
	}
	if k >= 0 && isDay(s.items[k].text) {
		k--
	}
	if k < 0 {
		return false
	}
	_, month := dates.months[s.items[k].lower]
	return month || j >= 2 && isDay(s.items[j-1].text) && dates.months[s.items[j-2].lower] != 0
}

// qualifies reports whether the year at item j qualifies the noun at item
// i: "the 1977 visit", "the 1983 Peruvian withdrawal".
func (s *sent) qualifies(j, i int) bool {
	return i == j+1 || i == j+2 && !isPunctText(s.items[j+1].text)
}

// dateFacts gives a year to the facts of the sentence (from index first
// of st.facts) that were read without one: a leader named by a title or
// an office ("the Petrov government") holds office in the year of that
// clause, or of the date a "when" clause follows ("Since 1994, when Ivan
// Petrov took power"), else in the sentence's undated date or the
// narrative's ("On 3 May 1961, President Kwame Nkrumah wrote …"); a participant took part in its event in the year its
// clause names, else the one of the event's name ("After the First
// Ruritanian War of 1866 it lost …"). The year the gazetteer gives an
// event is when it began, not when a participant took part, and the
// narrative's may be long after ("During the Ruritanian War, …").
func (st *docState) dateFacts(s *sent, first int) {
	for i := first; i < len(st.facts); i++ {
		f := &st.facts[i]
		if f.Year != 0 {
			continue
		}
		switch {
		case f.Relation == "leader_of" && (strings.HasPrefix(f.Rule, "title:") || strings.HasPrefix(f.Rule, "office:")):
			k := s.itemOf(f.Subject)
			if k < 0 {
				k = s.itemOf(f.Object) // "the Dubcek government": the state's mention now
			}
			if k >= 0 {
				lo, hi := st.clause(s, k, k+1)
				if f.Year = s.anyYearNear(k, lo, hi); f.Year == 0 {
					f.Year = s.whenYear(k)
				}
				if f.Year == 0 {
					f.Year = s.contextYear(st.lastYear, st.paraYear)
				}
			}
		case f.Relation == "participated_in":
			if k := s.itemOf(f.Object); k >= 0 {
				lo, hi := st.clause(s, k, k+1)
				if f.Year = s.nearestYear(k, lo, hi); f.Year == 0 {
					f.Year = s.eventNameYear(k)
				}
			}
		}
	}
}

// whenYear returns the year of a clause opened by "when" right after a
// date, for its subject at item i: "Since 1994, when Ivan Petrov took
// power, …", "In 1961, when Chile cut relations, …"; or 0.
func (s *sent) whenYear(i int) int {
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if s.items[k].lower == "when" && s.items[k-1].text == "," {
			return s.yearAt(k - 2)
		}
	}
	return 0
}

// contextYear returns the year a clause that names none takes from its
// sentence and the narrative: the date the sentence opens with, the year
// "that year" refers to, a date without a year ("On April 12th"), else
// the paragraph's narrative year (none for "Currently …", nor for a
// sentence naming a decade).
func (s *sent) contextYear(lastYear, paraYear int) int {
	if y := s.openingYear(); y != 0 {
		return y
	}
	if y := s.anaphoricYear(lastYear, false); y != 0 {
		return y
	}
	if s.undated != 0 {
		return s.undated
	}
	if s.present || s.namesDecade() {
		return 0 // "During the 1960s the two resumed trade": no one year
	}
	return paraYear
}

// namesDecade reports a decade among the sentence's words: "the 1960s",
// "the mid-1970s", "the early 2010s".
func (s *sent) namesDecade() bool {
	for _, it := range s.items {
		if it.kind == word && isDecade(it.lower) {
			return true
		}
	}
	return false
}

// isDecade reports a word that is a decade: "1960s", "mid-1970s".
func isDecade(w string) bool {
	if _, rest, ok := strings.Cut(w, "-"); ok {
		w = rest
	}
	return len(w) == 5 && w[4] == 's' && w[3] == '0' && yearOf(w[:4]) != 0
}

// anyYearNear returns the year among items [lo, hi) nearest to item k,
// also one qualifying a noun ("a 2003 speech by Prime Minister P"), but
// not one ending a span; or 0.
func (s *sent) anyYearNear(k, lo, hi int) int {
	best, dist := 0, 1<<30
	for j := lo; j < hi; j++ {
		if y := s.yearAt(j); y != 0 && !s.endYear(j) && abs(j-k) < dist {
			best, dist = y, abs(j-k)
		}
	}
	return best
}

// eventNameYear returns the year the mention of an event at item k
// gives: in its name ("the Ruritanian War of 1866") or before it, alone
// or opening a span ("the 1961–64 Ruritanian War"); or 0.
func (s *sent) eventNameYear(k int) int {
	if y := s.yearAt(k); y != 0 {
		return y
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if y := s.yearAt(j); y != 0 {
			return y
		}
		if it := s.items[j]; it.kind != word || !isNumber(it.text) && it.text != "–" && it.text != "-" {
			return 0
		}
	}
	return 0
}

// itemOf returns the first item of the sentence that mentions the entity
// id, or -1.
func (s *sent) itemOf(id string) int {
	for k, it := range s.items {
		if it.kind != word && it.ent == id {
			return k
		}
	}
	return -1
}

// anaphoricYear returns the year of a phrase that refers to one named
// before it ("praised the accord signed the same year", "The following
// year, …", "At the same time, …"): the last year the sentence names
// before the phrase, else the narrative's latest, lastYear; or 0 without
// such a phrase. For the narrative (narrative true) only phrases that
// name a time count, not continuing ones.
func (s *sent) anaphoricYear(lastYear int, narrative bool) int {
	at, p := s.anaphoricPhrase()
	if at < 0 || narrative && p.continuing {
		return 0
	}
	year := lastYear
	for j := 0; j < at; j++ {
		if y := s.yearAt(j); y != 0 && !s.endYear(j) {
			year = y
		}
	}
	if year == 0 {
		return 0
	}
	return year + p.offset
}

// anaphoricPhrase returns the item where the first phrase of the
// anaphoric or continuing class starts, and the phrase; -1 for none.
// "Since then" starts a span and refers to no time of its own.
func (s *sent) anaphoricPhrase() (int, phrase) {
	for j := range s.items {
		if s.items[j].kind != word || j > 0 && (s.items[j-1].lower == "since" || s.items[j-1].lower == "until") {
			continue
		}
		var best phrase
		for _, p := range dates.anaphoric {
			if !dates.anaphoricFirst[s.items[j].lower] {
				break
			}
			if len(p.words) > len(best.words) && s.wordsAt(j, p.words) {
				best = p
			}
		}
		if best.words != nil {
			return j, best
		}
		if n := s.yearsLater(j); n != 0 {
			return j, phrase{offset: n}
		}
	}
	return -1, phrase{}
}

// yearsLater returns the offset of "two years later" or "3 years
// earlier" at item j, or 0.
func (s *sent) yearsLater(j int) int {
	if j+2 >= len(s.items) || s.items[j+1].lower != "years" {
		return 0
	}
	n, ok := dates.counts[s.items[j].lower]
	if !ok {
		n, _ = strconv.Atoi(s.items[j].text)
	}
	switch s.items[j+2].lower {
	case "later", "after":
		return n
	case "earlier", "before":
		return -n
	}
	return 0
}

// wordsAt reports whether the items from j are the words ws.
func (s *sent) wordsAt(j int, ws []string) bool {
	if j+len(ws) > len(s.items) {
		return false
	}
	for k, w := range ws {
		if it := s.items[j+k]; it.kind != word || it.lower != w {
			return false
		}
	}
	return true
}

// period is the span of years a title or a section heading says its
// text narrates: "The Suez Crisis, 1956", "Ruritania: 1961–64",
// "Relations (1990 onwards)". to is 9999 for a span left open.
type period struct{ from, to int }

// periodRE matches a year or a span of years closing a heading, perhaps
// in parentheses: "…, 1956", "(October–December 1950)", "1974–75",
// "1970-", "(2001 onwards)".
var periodRE = regexp.MustCompile(`(?:^|[\s(:,])((?:18|19|20)\d\d)(\s*[–-]\s*((?:18|19|20)?\d\d)?|\s+onwards)?\)?\s*$`)

// readPeriod returns the period a heading names, or none: not a date
// ("May 28th 2020", "Friday May 23, 2025": a dateline), nor a bound
// ("Prior to 2001", "Since 1991", "as of July 1987").
func readPeriod(heading string) period {
	m := periodRE.FindStringSubmatchIndex(heading)
	if m == nil {
		return period{}
	}
	before := strings.Fields(heading[:m[2]])
	trim := func(w string) string { return strings.ToLower(strings.Trim(w, ",(:.")) }
	for len(before) > 0 && allMonths(trim(before[len(before)-1])) {
		before = before[:len(before)-1] // "October–December 1950"
	}
	if len(before) > 0 {
		switch last := trim(before[len(before)-1]); {
		case isDay(last):
			return period{} // "May 28th 2020", "May 23, 2025": a date
		case last == "since" || last == "after" || last == "before" || last == "until" || last == "till" ||
			last == "to" || last == "of" || last == "from" || last == "in" || last == "by":
			return period{}
		}
	}
	from := yearOf(heading[m[2]:m[3]])
	p := period{from, from}
	switch {
	case m[4] < 0:
	case m[6] < 0: // "1970-", "2001 onwards"
		p.to = 9999
	case m[7]-m[6] == 2: // "1974–75"
		p.to = from/100*100 + yearOfTwo(heading[m[6]:m[7]])
	default:
		p.to = yearOf(heading[m[6]:m[7]])
	}
	if p.to < p.from {
		return period{}
	}
	return p
}

// allMonths reports a word that is a month or a span of months:
// "october", "october–december".
func allMonths(w string) bool {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '–' || r == '-' })
	for _, p := range parts {
		if _, ok := dates.months[p]; !ok {
			return false
		}
	}
	return len(parts) > 0
}

// yearOfTwo is the number of a two-digit year: "75" -> 75.
func yearOfTwo(w string) int { return int(w[0]-'0')*10 + int(w[1]-'0') }

// notePeriod records the period of the title (title true) or of a
// section heading; a heading that names none ends the section's.
func (st *docState) notePeriod(text string, title bool) {
	if dy, _ := dateline(text); dy != 0 {
		return // a dateline is when the text speaks from, not what it narrates
	}
	p := readPeriod(text)
	if title {
		st.titlePeriod, st.titleWords = p, strings.Fields(strings.ToLower(text))
		return
	}
	st.sectionPeriod, st.periodFresh = p, p.from != 0
}

// titleActYear returns the year of a title naming one act of a single
// year ("The Ruritanian Invasion of Laos, 1961") for a noun trigger
// that is the title's act ("the invasion"), or 0.
func (st *docState) titleActYear(m match) int {
	p := st.titlePeriod
	if m.Form != "noun" || p.from == 0 || p.from != p.to {
		return 0
	}
	for k := 0; k+len(m.Words) <= len(st.titleWords); k++ {
		if slices.Equal(st.titleWords[k:k+len(m.Words)], m.Words) {
			return p.from
		}
	}
	return 0
}

// periodYear is the year a paragraph starts in before it names one: in a
// text narrating a period (its title's, or its section's: "The Suez
// Crisis, 1956"), the narrative's latest year if it lies in that period,
// the period's first if the narrative has not reached it (background on
// 1945 before "In anticipation of the airlift, …"), and none once the
// narrative has gone past it; elsewhere none, a paragraph of a survey or
// of news being dated only by what it says.
func (st *docState) periodYear() int {
	p := st.sectionPeriod
	if p.from == 0 {
		p = st.titlePeriod
	}
	fresh := st.periodFresh
	st.periodFresh = false
	switch {
	case p.from == 0 || st.lastYear > p.to && !fresh:
		return 0
	case st.lastYear >= p.from && !fresh:
		return st.lastYear
	}
	return p.from // the section's first paragraph, whatever its heading's span ends in
}
