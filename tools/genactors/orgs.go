package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"kg/gazetteer"
)

type orgCand struct {
	gazetteer.Entity
	code    string
	where   string
	mil     bool
	primary string   // the name line, cleaned
	names   []string // upper case, cleaned, usable multiword names
	acros   []string // upper case acronyms
	drop    bool
	curated string
}

func (g *gen) orgs(intl, mil []*actor) []*gazetteer.Entity {
	var cands []*orgCand
	for i, list := range [][]*actor{intl, mil} {
		for _, a := range list {
			for _, e := range a.entries {
				if c := g.orgCandidate(a, e, i == 1); c != nil {
					cands = append(cands, c)
				}
			}
		}
	}
	// acronym-only actors join the one full name of their code whose
	// initials they are
	var out []*orgCand
	bySkel := map[string]*orgCand{}
	for _, c := range cands {
		if len(c.names) == 0 {
			continue
		}
		// spelling variants written as other actors ("LASKAR_I_TAIBA__"
		// for Lashkar-e-Taiba) join the first actor with the same
		// consonants
		into := bySkel[skeleton(c.primary)]
		if into != nil && into.mil != c.mil {
			into = nil
		}
		if into != nil {
			g.drop("org:variant", c.where+" -> "+into.where)
			into.names = append(into.names, c.names...)
			into.acros = append(into.acros, c.acros...)
			if into.curated == "" {
				into.curated = c.curated
			}
			continue
		}
		for _, n := range c.names {
			if k := skeleton(n); len(k) >= 6 && bySkel[k] == nil {
				bySkel[k] = c
			}
		}
		out = append(out, c)
	}
	for _, c := range cands {
		if len(c.names) > 0 {
			continue
		}
		for _, a := range c.acros {
			var match []*orgCand
			for _, f := range out {
				if f.code == c.code && initials(f.names[0]) == strings.ReplaceAll(a, ".", "") {
					match = append(match, f)
				}
			}
			if len(match) == 1 {
				match[0].acros = append(match[0].acros, a)
				if c.curated != "" {
					match[0].curated = c.curated
				}
			} else {
				g.drop("org:lone-acronym", c.where+" "+a)
			}
		}
	}
	// one id: merge
	byID := map[string]*orgCand{}
	var ents []*gazetteer.Entity
	for _, c := range out {
		if c.curated != "" {
			g.drop("org:curated", fmt.Sprintf("%s %s = %s", c.where, c.names[0], c.curated))
			continue
		}
		c.Type = "Organization"
		c.Name = properCase(c.names[0], true, false)
		c.ID = "org:" + gazetteer.Slug(c.Name)
		if g.curated[c.ID] {
			g.drop("org:curated", c.where+" "+c.ID)
			continue
		}
		var aliases []string
		for _, n := range c.names[1:] {
			aliases = append(aliases, properCase(n, true, false))
		}
		aliases = append(aliases, c.acros...)
		if p, ok := byID[c.ID]; ok {
			p.Aliases = append(p.Aliases, aliases...)
			if p.Country != c.Country {
				p.Country = ""
			}
			continue
		}
		c.Aliases = aliases
		byID[c.ID] = c
		ents = append(ents, &c.Entity)
	}
	return g.cleanNames(g.mergeShared(ents, "org"), "org")
}

// skeleton gives the consonants of a name, doubled ones once: spellings of
// one transliterated name mostly share it (Lashkar-e-Taiba, Laskar i
// Tayyaba: "lskrtb").
func skeleton(name string) string {
	var b []byte
	for _, r := range strings.ToLower(gazetteer.Slug(name)) {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouyh", r) {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == byte(r) {
			continue
		}
		b = append(b, byte(r))
	}
	return string(b)
}

// initials gives the first letters of a name's main words.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		if minorWords[w] {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// orgCandidate reads one entry as an organisation, or returns nil.
func (g *gen) orgCandidate(a *actor, e entry, mil bool) *orgCand {
	where := fmt.Sprintf("%s:%d %s", filepath.Base(a.file), e.line, e.primary)
	if len(a.codes) == 0 {
		g.drop("org:no-code", where)
		return nil
	}
	kind := ""
	country := ""
	for _, c := range a.codes {
		if c.dated {
			g.drop("org:dated-person", where)
			return nil
		}
		s := c.code
		switch {
		case s == "---" || strings.HasPrefix(s, "MNC") || strings.Contains(s, "ELI"):
			g.drop("org:code-"+strings.Trim(s[:min(3, len(s))], "-"), where)
			return nil
		case strings.HasPrefix(s, "IGO"), strings.HasPrefix(s, "NGO"), strings.HasPrefix(s, "MED"), mil:
			kind = s
		}
		if len(s) >= 6 {
			if cc := g.country(s[:3]); cc != "" && sectors[s[3:6]] != "" {
				country = cc // COLREB
			} else if (s[:3] == "NGO" || s[:3] == "IGO") && len(s) >= 6 && g.country(s[3:6]) != "" {
				country = g.country(s[3:6]) // NGOUSA
			}
		}
	}
	if kind == "" {
		g.drop("org:not-an-org-code", where)
		return nil
	}
	// armed groups and media may have names with no organisation word,
	// but not the people that the militant groups list (NAME__)
	free := mil && !strings.HasSuffix(e.primary, "__") || strings.HasPrefix(kind, "MED")
	c := &orgCand{code: a.codes[0].code, where: where, mil: mil}
	if country != "" {
		c.Country = "country:" + country
	}
	igo := strings.HasPrefix(kind, "IGO")
	personal := false              // the name line is a person's name
	var singles, explicit []string // one-word names; acronyms in parentheses
	for k, v := range append([]string{e.primary}, e.synonyms...) {
		s, parens, ok := clean(v)
		if !ok || strings.ContainsAny(v, "/:") {
			g.drop("org:bad-name", where+" | "+v)
			continue
		}
		s = strings.TrimPrefix(s, "THE ")
		qualified := false
		for _, p := range parens {
			if isAcronym(p) {
				explicit = append(explicit, p)
			} else {
				qualified = true
			}
		}
		if id := g.curatedOrg(s); id != "" {
			c.curated = id
		}
		for _, a := range explicit {
			if id := g.curatedOrg(a); id != "" {
				c.curated = id
			}
		}
		if qualified {
			g.drop("org:qualified-name", where+" | "+v)
			continue
		}
		words := strings.Fields(s)
		if len(words) == 1 && !strings.Contains(s, "-") {
			singles = append(singles, s)
			continue
		}
		if why := g.orgNameProblem(words, free, igo); why != "" {
			if k == 0 && why == "role-name" {
				g.drop("org:role", where)
				return nil // an office, not a body ("UN_SECRETARY_GENERAL")
			}
			if k == 0 && why == "person-name" {
				personal = true
			}
			g.drop("org:"+why, where+" | "+s)
			continue
		}
		if c.primary == "" {
			c.primary = s
		}
		c.names = append(c.names, s)
	}
	// the name: the first with an organisation word, else the first
	orgNamed := false
	for i, n := range c.names {
		if hasOrgWord(strings.Fields(n)) {
			c.names[0], c.names[i] = c.names[i], c.names[0]
			orgNamed = true
			break
		}
	}
	if personal && !orgNamed {
		g.drop("org:person", where)
		return nil // a person's entry: its other names are the person's too
	}
	// A one-word name of six letters or less may be an acronym or a word
	// (the dictionary is in capitals): it is an acronym in parentheses,
	// with no vowel, or as the initials of a name of the entry; else, like
	// longer ones, a name of its own (Afghanaid) if no English word, not a
	// person's and five letters or more. An entry with no name of its own
	// keeps its acronyms, to join the full name of its code later.
	c.acros = explicit
	for _, s := range singles {
		short := isAcronym(s)
		initialsOf := false
		for _, n := range c.names {
			initialsOf = initialsOf || initials(n) == strings.ReplaceAll(s, ".", "")
		}
		switch {
		case short && (isAcronymShape(s) || initialsOf || len(c.names) == 0):
			c.acros = append(c.acros, s)
		case len(s) < 5 || g.oneWordCommon(s) || hasDigit(s) || strings.HasSuffix(e.primary, "__") ||
			!(free || igo || strings.HasPrefix(kind, "NGO")):
			g.drop("org:one-word", where+" | "+s)
		default:
			c.names = append(c.names, s)
		}
	}
	// acronyms need three letters
	var acros []string
	for _, a := range c.acros {
		if n := len(strings.ReplaceAll(a, ".", "")); n < 3 {
			g.drop("org:short-acronym", where+" | "+a)
			continue
		}
		acros = append(acros, a)
	}
	c.acros = acros
	if len(c.names) == 0 && len(c.acros) == 0 {
		return nil
	}
	return c
}

// curatedOrg gives the curated organisation a name is already, if any:
// as it is, without a leading article ("Al-Fatah" is Fatah), or spelt
// with the same consonants.
func (g *gen) curatedOrg(s string) string {
	for _, n := range []string{s, strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "AL-"), "AL "), "EL-")} {
		if e := g.collides(properCase(n, true, false)); e != nil && e.Type == "Organization" {
			return e.ID
		}
		if k := skeleton(n); len(k) >= 6 && g.orgSkel[k] != "" {
			return g.orgSkel[k]
		}
	}
	return ""
}

// isAcronym: one word of capital letters (dots allowed), with no vowel or
// of at most six letters.
func isAcronym(s string) bool {
	if s == "" || strings.ContainsAny(s, " -'") {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

func hasOrgWord(words []string) bool {
	for _, w := range words {
		for _, p := range strings.Split(strings.TrimRight(w, ",'"), "-") {
			if orgWords[p] || orgWords[strings.TrimSuffix(p, "'S")] {
				return true
			}
		}
	}
	return false
}

// orgNameProblem says why words cannot be an organisation's name, or "".
// free names need no organisation word; igo names may be made of common
// words ("European Parliament").
func (g *gen) orgNameProblem(words []string, free, igo bool) string {
	content, generic, own, political, pol := 0, 0, 0, 0, 0
	head := false // an organisation word seen
	for i, w := range words {
		bare := strings.TrimRight(w, ",")
		if roleWords[bare] && !head || i == 0 && honorifics[bare] && (len(words) < 2 || !orgWords[words[1]]) {
			return "role-name" // "UN Special Envoy", not "Council of Young Political Leaders"
		}
		head = head || orgWords[strings.TrimSuffix(bare, "'S")]
		if hasDigit(w) {
			return "number"
		}
		for _, p := range strings.Split(bare, "-") {
			p = strings.TrimSuffix(strings.TrimSuffix(p, "'S"), "'")
			if minorWords[p] || len(p) <= 1 {
				continue
			}
			content++
			if g.generic(p) {
				generic++
			}
			if !orgWords[p] {
				own++
			}
			if orgWords[p] || politicalWords[p] {
				political++
			}
			if politicalWords[p] && !orgWords[p] {
				pol++
			}
		}
	}
	org := hasOrgWord(words)
	first := strings.TrimSuffix(words[0], "'S")
	switch {
	case !org && !free:
		return "no-org-word"
	case own == 0 && content < 2:
		return "only-org-words" // "La Liga"
	case !org && generic == content:
		return "common-words" // "Egypt's Revolution", "Black December"
	case !org && g.given[words[0]] > 0 && !particles[words[0]] && !orgWords[words[0]]:
		return "person-name"
	case !igo && generic == content && content < 3:
		return "common-words" // "Angry Brigade"
	case !igo && content == 2 && (g.demonyms[strings.ToLower(first)] || religious[first]):
		return "adjective-group" // "Syrian Mujahideen", "Islamic Union"
	case political == content && pol > 0 && content <= 3:
		return "generic-name" // "National Liberation Movement", "Non Governmental Organization"
	}
	return ""
}

// politicalWords make, with organisation words alone, names that many
// bodies have had.
var politicalWords = set(`NATIONAL POPULAR PEOPLE PEOPLE'S PEOPLES REVOLUTIONARY LIBERATION UNITED ARMED DEMOCRATIC
	PATRIOTIC REBEL RESISTANCE FREEDOM NON GOVERNMENT GOVERNMENTAL INTERGOVERNMENTAL HUMAN RIGHTS`)

var religious = set(`ISLAMIC ISLAMI MUSLIM CHRISTIAN CATHOLIC JEWISH ARAB ARABIC SUNNI SHIA SHIITE`)

var calendarWords = set(`JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
	MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY`)

// generic reports a word that names nothing by itself: an English word,
// a month or day, a demonym or a one-word country name.
func (g *gen) generic(w string) bool {
	lw := strings.ToLower(w)
	return g.common[lw] || calendarWords[w] || g.demonyms[lw] || g.countryWords[lw]
}
