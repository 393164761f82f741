package main

import (
	"fmt"
	"log"
	"sort"
	"strings"

	"kg/gazetteer"
)

// mergeShared merges an entity into another whose name is one of its
// names: two Phoenix entries of one person ("Geir H. Haarde" and "Geir
// Haarde", if they share a country) or organisation ("Interpol" and the
// International Criminal Police Organization, alias Interpol). Names that
// stay shared are dropped by cleanNames.
func (g *gen) mergeShared(ents []*gazetteer.Entity, kind string) []*gazetteer.Entity {
	byName := map[string]*gazetteer.Entity{}
	for _, e := range ents {
		if k := normKey(e.Name); byName[k] == nil {
			byName[k] = e
		} else {
			byName[k] = nil // two have it as name: ambiguous
		}
	}
	into := map[*gazetteer.Entity]*gazetteer.Entity{}
	for _, e := range ents {
		for _, a := range e.Aliases {
			t := byName[normKey(a)]
			if t == nil || t == e || into[t] != nil || into[e] != nil {
				continue
			}
			if kind == "person" && !shareCountry(e.Roles, t.Roles) {
				continue
			}
			into[e] = t
		}
	}
	var out []*gazetteer.Entity
	for _, e := range ents {
		t, ok := into[e]
		if !ok {
			out = append(out, e)
			continue
		}
		g.drop(kind+":merged", e.ID+" -> "+t.ID)
		t.Aliases = append(t.Aliases, e.Name)
		t.Aliases = append(t.Aliases, e.Aliases...)
		t.Roles = mergeRoles(append(t.Roles, e.Roles...))
		if t.Country != e.Country {
			t.Country = ""
		}
	}
	return out
}

// cleanNames drops the names of generated entities that the curated
// gazetteer has as another entity, one-word common words, and names two
// generated entities share; an entity whose name goes takes its first
// alias left as name, or goes too.
func (g *gen) cleanNames(ents []*gazetteer.Entity, kind string) []*gazetteer.Entity {
	owners := map[string]map[string]bool{}
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := normKey(n)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][e.ID] = true
		}
	}
	var out []*gazetteer.Entity
	for _, e := range ents {
		var keep []string
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := normKey(n)
			switch {
			case seen[k]:
				continue
			case len(owners[k]) > 1:
				g.drop(kind+":shared-name", e.ID+" "+n)
			case g.collides(n) != nil:
				g.drop(kind+":gazetteer-name", fmt.Sprintf("%s %s = %s", e.ID, n, g.collides(n).ID))
			case g.oneWordCommon(n):
				g.drop(kind+":common-word", e.ID+" "+n)
			default:
				keep = append(keep, n)
			}
			seen[k] = true
		}
		if len(keep) == 0 || kind == "person" && len(normWords(keep[0])) < 2 {
			g.drop(kind+":no-name-left", e.ID+" "+e.Name)
			continue
		}
		if keep[0] != e.Name {
			g.drop(kind+":renamed", e.ID+" "+e.Name+" -> "+keep[0])
			e.Name = keep[0]
			prefix, _, _ := strings.Cut(e.ID, ":")
			e.ID = prefix + ":" + gazetteer.Slug(e.Name)
			if g.curated[e.ID] {
				g.drop(kind+":curated", e.ID)
				continue
			}
		}
		e.Aliases = keep[1:]
		sort.Strings(e.Aliases)
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	// a renamed entity may now share its id with another
	dedup := out[:0]
	for i, e := range out {
		if i > 0 && out[i-1].ID == e.ID {
			g.drop(kind+":duplicate-id", e.ID)
			continue
		}
		dedup = append(dedup, e)
	}
	return dedup
}

// crossCheck drops names that a person and an organisation share.
func (g *gen) crossCheck(people, orgs []*gazetteer.Entity) {
	orgNames := map[string]string{}
	for _, o := range orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			orgNames[normKey(n)] = o.ID
		}
	}
	for _, p := range people {
		var keep []string
		for _, a := range p.Aliases {
			if id, ok := orgNames[normKey(a)]; ok {
				g.drop("person:org-name", p.ID+" "+a+" = "+id)
				continue
			}
			keep = append(keep, a)
		}
		p.Aliases = keep
		if id, ok := orgNames[normKey(p.Name)]; ok {
			log.Printf("person %s has the name of %s", p.ID, id)
		}
	}
}
