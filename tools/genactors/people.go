package main

import (
	"fmt"
	"strings"

	"kg/gazetteer"
)

type person struct {
	gazetteer.Entity
	where string
}

// splitTitle strips leading titles, and demonyms before them ("SOVIET
// LEADER"); titled reports whether there were any.
func (g *gen) splitTitle(words []string) (core []string, titled bool) {
	i := 0
	for i < len(words) && (g.titleAt(words, i) || strings.HasPrefix(words[i], "EX-")) {
		i++
	}
	return words[i:], i > 0
}

// titleAt reports a title at words[i], or a demonym before one ("German"
// is also a first name).
func (g *gen) titleAt(words []string, i int) bool {
	for ; i < len(words); i++ {
		if titles[words[i]] {
			return true
		}
		if !g.demonyms[strings.ToLower(words[i])] {
			return false
		}
	}
	return false
}

// personName reports whether words make a personal name: two words or
// more (initials count), at least one of them a full word, at most six
// besides particles, none an organisation word or a number, and no title
// or demonym first.
func (g *gen) personName(words []string) bool {
	if len(words) < 2 || g.titleAt(words, 0) {
		return false
	}
	full, main := 0, 0
	for i, w := range words {
		bare := strings.TrimRight(w, ".")
		if groupWords[w] || hasDigit(w) || strings.ContainsAny(w, ",&") || bare == "MC" || bare == "MAC" ||
			strings.HasSuffix(w, "'") {
			return false
		}
		if particles[bare] && i > 0 && i < len(words)-1 {
			continue
		}
		main++
		if len(bare) > 1 && !strings.Contains(bare, ".") {
			full++
		}
	}
	if full == 0 || main > 6 {
		return false
	}
	// "EL SISI", "AL ASSAD": a surname with its article
	if len(words) == 2 && particles[words[0]] {
		return false
	}
	// "In Tam", "Than Tun": common words led by a function word
	if stopFirst[words[0]] {
		for _, w := range words {
			for _, p := range normWords(w) {
				if !g.common[p] {
					return true
				}
			}
		}
		return false
	}
	return true
}

var stopFirst = set(`A AN THE IN ON AT TO BY AS SO NO DO IF OR OF THAN YE IS IT BE HE WE ME MY UP US GO OH`)

// people reads the people of the Countries dictionary. It also counts
// their first names (g.given), which tell people from armed groups in the
// other dictionaries.
func (g *gen) people(actors []*actor) []*gazetteer.Entity {
	var cands []*person
	for _, a := range actors {
		var roles []gazetteer.Role
		dated := false
		for _, c := range a.codes {
			if c.dated {
				dated = true
				if c.from < 0 {
					g.badDates++
				}
			}
			if r, ok := g.role(c); ok {
				roles = append(roles, r)
			}
		}
		if !dated {
			continue // countries, institutions, generic roles
		}
		var variants []string
		for _, e := range a.entries {
			variants = append(variants, e.primary)
			variants = append(variants, e.synonyms...)
		}
		primary, _, ok := clean(a.entries[0].primary)
		if !ok {
			g.drop("person:bad-name", a.where()+" "+a.entries[0].primary)
			continue
		}
		if pw, _ := g.splitTitle(strings.Fields(primary)); len(pw) > 1 && !g.personName(pw) {
			g.drop("person:not-a-person", a.where()+" "+primary)
			continue
		}
		if len(roles) == 0 {
			g.drop("person:no-role", a.where()+" "+primary)
			continue
		}
		asian, hyphenLower := false, false
		for _, r := range roles {
			cc := strings.TrimPrefix(r.Of, "country:")
			asian = asian || surnameFirst[cc]
			hyphenLower = hyphenLower || eastAsian[cc]
		}
		var names []string // usable, upper case, in order
		var cores []string // every variant without its titles, for duplicates
		for _, v := range variants {
			s, _, ok := clean(v) // parentheses: "(ACTING", "(1ST TIME"
			if !ok {
				continue
			}
			words := strings.Fields(s)
			core, titled := g.splitTitle(words)
			if len(core) >= 2 && g.personName(core) {
				cores = append(cores, strings.Join(core, " "))
			}
			if titled || !g.personName(words) {
				continue
			}
			names = append(names, s)
		}
		if len(names) == 0 && len(cores) > 0 {
			// only titled forms ("SIR PETER RAMSBOTHAM"): the name without
			// its title, as name only
			names = cores[:1]
		}
		if len(names) == 0 {
			g.drop("person:no-full-name", a.where()+" "+primary)
			continue
		}
		// the display form: a variant equal to the name but for hyphens
		// and dots, preferring hyphens
		name := names[0]
		for _, v := range names[1:] {
			if normKey(v) == normKey(name) && strings.Count(v, "-") > strings.Count(name, "-") {
				name = v
			}
		}
		p := &person{where: a.where()}
		p.Type, p.Name = "Person", personCase(name, asian, hyphenLower)
		p.ID = "person:" + gazetteer.Slug(p.Name)
		seen := map[string]bool{normKey(p.Name): true}
		for _, v := range names {
			if k := normKey(v); !seen[k] {
				seen[k] = true
				p.Aliases = append(p.Aliases, personCase(v, asian, hyphenLower))
			}
		}
		p.Roles = roles
		if dup := g.curatedPerson(p, cores); dup != nil {
			g.drop("person:curated", fmt.Sprintf("%s %s = %s", p.where, p.Name, dup.ID))
			continue
		}
		cands = append(cands, p)
	}
	// one id: merge when the two share a country, else drop both
	byID := map[string][]*person{}
	var ids []string
	for _, p := range cands {
		if byID[p.ID] == nil {
			ids = append(ids, p.ID)
		}
		byID[p.ID] = append(byID[p.ID], p)
	}
	var out []*gazetteer.Entity
	for _, id := range ids {
		ps := byID[id]
		p := ps[0]
		ok := true
		for _, q := range ps[1:] {
			if !shareCountry(p.Roles, q.Roles) {
				ok = false
				break
			}
			p.Roles = append(p.Roles, q.Roles...)
			p.Aliases = append(p.Aliases, q.Aliases...)
		}
		if !ok {
			g.drop("person:ambiguous-id", fmt.Sprintf("%s %s (%d actors)", p.where, id, len(ps)))
			continue
		}
		p.Roles = mergeRoles(p.Roles)
		out = append(out, &p.Entity)
		if w := strings.Fields(p.Name); len(w) > 0 {
			g.given[strings.ToUpper(w[0])]++
		}
	}
	return g.cleanNames(g.mergeShared(out, "person"), "person")
}

func shareCountry(a, b []gazetteer.Role) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Of == y.Of {
				return true
			}
		}
	}
	return false
}

// curatedPerson finds a curated person that p already is.
func (g *gen) curatedPerson(p *person, cores []string) *gazetteer.Entity {
	if g.curated[p.ID] {
		return g.gaz.Entity(p.ID)
	}
	for _, c := range append([]string{p.Name}, cores...) {
		if e := g.collides(properCase(c, false, false)); e != nil && e.Type == "Person" {
			return e
		}
	}
	// the same first name and surname, in office in the same country at
	// the same time
	w := normWords(p.Name)
	if len(w) < 2 || len(w[len(w)-1]) < 4 {
		return nil
	}
	for _, r := range p.Roles {
		if surnameFirst[strings.TrimPrefix(r.Of, "country:")] {
			return nil // the surname comes first
		}
	}
	for _, e := range g.surnames[w[len(w)-1]] {
		first := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if cw := normWords(n); len(cw) > 1 && cw[0] == w[0] {
				first = true
			}
		}
		if !first {
			continue
		}
		for _, cr := range e.Roles {
			for _, r := range p.Roles {
				if cr.Of == r.Of && overlap(cr, r) {
					return e
				}
			}
		}
	}
	return nil
}

func overlap(a, b gazetteer.Role) bool {
	af, at, bf, bt := a.From, a.To, b.From, b.To
	if at == 0 {
		at = 9999
	}
	if bt == 0 {
		bt = 9999
	}
	return af <= bt && bf <= at
}
