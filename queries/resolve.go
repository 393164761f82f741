package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"kg/gazetteer"
	"kg/graph"
)

// Resolve finds the stored entity a user means by name, alias or id,
// case-insensitively ("dprk", "North Korea", "country:PRK"). An unknown or
// ambiguous name is an error listing the closest candidates.
func Resolve(ctx context.Context, s *graph.Store, gaz *gazetteer.Gazetteer, name string) (string, error) {
	if id, ok, err := resolveDirect(ctx, s, gaz, name); err != nil || ok {
		return id, err
	}
	ents, err := s.AllEntities(ctx)
	if err != nil {
		return "", err
	}
	key := normalize(name)
	var hits []string
	for _, e := range ents {
		if matchesEntity(e, key) {
			hits = append(hits, e.ID)
		}
	}
	if len(hits) == 0 && gaz != nil {
		// The gazetteer knows names the documents did not use ("DPRK" when
		// every document wrote "North Korea").
		stored := map[string]bool{}
		for _, e := range ents {
			stored[e.ID] = true
		}
		for _, e := range gaz.Lookup(name) {
			if stored[e.ID] {
				hits = append(hits, e.ID)
			}
		}
	}
	hits = uniqSorted(hits)
	switch len(hits) {
	case 1:
		return hits[0], nil
	case 0:
		if known := gazetteerNames(gaz, name); known != "" {
			return "", fmt.Errorf("%s, but no fact in this store mentions it", known)
		}
		return "", fmt.Errorf("no entity named %q in the store%s", name, suggestions(ents, key))
	}
	return "", fmt.Errorf("%q is ambiguous: it could be %s", name, strings.Join(hits, ", "))
}

// resolveDirect answers without reading every stored entity when the name
// is a stored id, or names exactly one stored entity in the gazetteer and
// that entity's own name or alias: then the full scan could find no other.
func resolveDirect(ctx context.Context, s *graph.Store, gaz *gazetteer.Gazetteer, name string) (string, bool, error) {
	if strings.Contains(name, ":") {
		e, ok, err := storedEntity(ctx, s, strings.TrimSpace(name))
		return e.ID, ok && err == nil, err
	}
	if gaz == nil {
		return "", false, nil
	}
	key := normalize(name)
	var hit string
	for _, g := range gaz.Lookup(name) {
		e, ok, err := storedEntity(ctx, s, g.ID)
		if err != nil {
			return "", false, err
		}
		if !ok || !matchesEntity(e, key) {
			continue
		}
		if hit != "" && hit != e.ID {
			return "", false, nil // ambiguous: let the full scan explain
		}
		hit = e.ID
	}
	return hit, hit != "", nil
}

// storedEntity reads one stored entity without counting its facts, which
// Store.Entity does by reading an index entry per fact: thousands for a
// hub, and resolving a name needs only the names.
func storedEntity(ctx context.Context, s *graph.Store, id string) (graph.Entity, bool, error) {
	ents, err := s.EntitiesByID(ctx, []string{id})
	e, ok := ents[id]
	return e, ok, err
}

func matchesEntity(e graph.Entity, key string) bool {
	if normalize(e.ID) == key || normalize(e.Name) == key {
		return true
	}
	if e.ISO3 != "" && normalize(e.ISO3) == key {
		return true
	}
	for _, a := range e.Aliases {
		if normalize(a) == key {
			return true
		}
	}
	return false
}

// gazetteerNames says which entity kg knows by the name when none is in
// the store ("Germany (country:DEU) is a country kg knows"); "" when the
// gazetteer does not know it either.
func gazetteerNames(gaz *gazetteer.Gazetteer, name string) string {
	if gaz == nil {
		return ""
	}
	var known []string
	seen := map[string]bool{}
	var only *gazetteer.Entity
	for _, e := range gaz.Lookup(name) {
		if !seen[e.ID] {
			seen[e.ID] = true
			known = append(known, fmt.Sprintf("%s (%s)", e.Name, e.ID))
			only = e
		}
	}
	switch {
	case len(known) == 0:
		return ""
	case len(known) > 1:
		return fmt.Sprintf("%q names entities kg knows, %s", name, strings.Join(known, ", "))
	case normalize(only.Name) == normalize(name):
		return fmt.Sprintf("%s is a %s kg knows", known[0], strings.ToLower(only.Type))
	}
	return fmt.Sprintf("%q is %s, a %s kg knows", name, known[0], strings.ToLower(only.Type))
}

// suggestions lists up to five stored entities whose names are close to
// the key: at most a third of its letters wrong, or containing it as a
// word ("korea" in "North Korea"); none rather than far-fetched ones.
func suggestions(ents []graph.Entity, key string) string {
	type cand struct {
		label string
		d     int
	}
	var cs []cand
	for _, e := range ents {
		best := distance(key, normalize(e.Name))
		for _, a := range e.Aliases {
			if d := distance(key, normalize(a)); d < best {
				best = d
			}
		}
		if key != "" && containsWord(normalize(e.Name), key) {
			best = 1
		}
		cs = append(cs, cand{fmt.Sprintf("%s (%s)", e.Name, e.ID), best})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for _, c := range cs {
		if len(out) == 5 || c.d*3 > len([]rune(key)) && c.d > 1 {
			break
		}
		out = append(out, c.label)
	}
	if len(out) == 0 {
		return ""
	}
	return "; closest: " + strings.Join(out, ", ")
}

// containsWord reports whether the words of key appear in s together,
// as whole words.
func containsWord(s, key string) bool {
	return strings.Contains(" "+s+" ", " "+key+" ")
}

func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("’", "'", "-", " ", "_", " ", ".", "").Replace(s)
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// distance is the Levenshtein edit distance.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func uniqSorted(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
