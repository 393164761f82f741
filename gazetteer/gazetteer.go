package gazetteer

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data
var dataFS embed.FS

// Role is a dated position of a person.
type Role struct {
	Of   string `json:"of"`   // entity id: country:CUB, org:...
	Role string `json:"role"` // President, Prime Minister, ...
	From int    `json:"from,omitempty"`
	To   int    `json:"to,omitempty"`
}

// Entity is a known entity.
type Entity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases,omitempty"`
	Demonyms []string `json:"demonyms,omitempty"`
	Capitals []string `json:"capitals,omitempty"`
	ISO3     string   `json:"iso3,omitempty"`
	ISO2     string   `json:"iso2,omitempty"`
	Former   bool     `json:"former,omitempty"`
	Country  string   `json:"country,omitempty"`
	Year     int      `json:"year,omitempty"`
	Roles    []Role   `json:"roles,omitempty"`
}

// MentionKind says how an entity was named.
type MentionKind int

const (
	Name MentionKind = iota
	Alias
	Acronym
	Demonym
	Capital
)

// Mention is an entity named in a text.
type Mention struct {
	Start, End int // byte offsets in the text
	Text       string
	Entity     *Entity
	Kind       MentionKind
}

// Gazetteer finds and looks up entities.
type Gazetteer struct {
	entities []*Entity
	byID     map[string]*Entity
	byName   map[string][]*Entity // normalized name -> entities
	patterns map[string][]pattern // first word -> patterns, longest first
}

var (
	defaultGaz  *Gazetteer
	defaultErr  error
	defaultOnce sync.Once
)

// Default returns the gazetteer of the embedded data files, built once.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		var ents []*Entity
		ents, defaultErr = loadEmbedded()
		if defaultErr == nil {
			defaultGaz, defaultErr = New(ents)
		}
	})
	return defaultGaz, defaultErr
}

// CountryLine is a line of data/countries.jsonl, as tools/gencountries
// writes it.
type CountryLine struct {
	ISO3     string   `json:"iso3"`
	ISO2     string   `json:"iso2,omitempty"`
	Name     string   `json:"name"`
	Names    []string `json:"names"`
	Demonyms []string `json:"demonyms"`
	Capitals []string `json:"capitals"`
	Former   bool     `json:"former"`
}

func loadEmbedded() ([]*Entity, error) {
	var ents []*Entity
	files, err := fs.Glob(dataFS, "data/*.jsonl")
	if err != nil {
		return nil, err
	}
	sort.Strings(files) // countries.jsonl first among equals: see New's priority
	for _, name := range files {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		file, err := ReadDataFile(name, bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		ents = append(ents, file...)
	}
	return ents, nil
}

// ReadDataFile reads one file of the gazetteer's data/ folder: JSON Lines
// of entities, or, for countries.jsonl, of countries in the short form
// tools/gencountries writes. name is for the file type and error messages.
func ReadDataFile(name string, r io.Reader) ([]*Entity, error) {
	var ents []*Entity
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var e Entity
		if strings.HasSuffix(name, "countries.jsonl") {
			var c CountryLine
			if err := json.Unmarshal(line, &c); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, n, err)
			}
			e = Entity{ID: "country:" + c.ISO3, Type: "Country", Name: c.Name, Aliases: c.Names,
				Demonyms: c.Demonyms, Capitals: c.Capitals, ISO3: c.ISO3, ISO2: c.ISO2, Former: c.Former}
		} else if err := json.Unmarshal(line, &e); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if e.ID == "" || e.Name == "" || e.Type == "" {
			return nil, fmt.Errorf("%s:%d: an entity needs id, type and name", name, n)
		}
		ents = append(ents, &e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ents, nil
}

// typeRank orders entity types when two claim the same name: a country
// wins over an organisation, and so on.
var typeRank = map[string]int{"Country": 0, "Organization": 1, "Person": 2, "Event": 3, "Location": 4}

// New builds a gazetteer from entities. When two entities share a name,
// the earlier in the list keeps it, countries first.
func New(entities []*Entity) (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]*Entity{}, byName: map[string][]*Entity{}, patterns: map[string][]pattern{}}
	sorted := append([]*Entity(nil), entities...)
	sort.SliceStable(sorted, func(i, j int) bool { return typeRank[sorted[i].Type] < typeRank[sorted[j].Type] })
	claimed := map[string]bool{}
	for _, e := range sorted {
		if _, dup := g.byID[e.ID]; dup {
			continue
		}
		g.byID[e.ID] = e
		g.entities = append(g.entities, e)
		add := func(name string, kind MentionKind) {
			key := normalize(name)
			if key == "" {
				return
			}
			g.byName[key] = append(g.byName[key], e)
			p, ok := compile(name, e, kind)
			if !ok || claimed[p.key()] {
				return
			}
			claimed[p.key()] = true
			g.patterns[p.words[0]] = append(g.patterns[p.words[0]], p)
		}
		add(e.Name, Name)
		for _, a := range e.Aliases {
			add(a, Alias)
		}
		for _, d := range e.Demonyms {
			add(d, Demonym)
		}
		for _, c := range e.Capitals {
			add(c, Capital)
		}
	}
	for k, ps := range g.patterns {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		g.patterns[k] = ps
	}
	sort.Slice(g.entities, func(i, j int) bool { return g.entities[i].ID < g.entities[j].ID })
	return g, nil
}

// Extend returns a new gazetteer with extra entities; on a shared name or
// id the extra entity wins.
func (g *Gazetteer) Extend(extra []*Entity) (*Gazetteer, error) {
	all := append(append([]*Entity(nil), extra...), g.entities...)
	// New keeps the first of equal type rank; put user entries first within each rank.
	return New(all)
}

// Entity returns the entity with the id, or nil.
func (g *Gazetteer) Entity(id string) *Entity { return g.byID[id] }

// Entities returns every entity, sorted by id.
func (g *Gazetteer) Entities() []*Entity { return g.entities }

// Lookup returns the entities with the given id, name, alias, demonym or
// capital, ignoring case, accents and punctuation.
func (g *Gazetteer) Lookup(name string) []*Entity {
	if e, ok := g.byID[name]; ok {
		return []*Entity{e}
	}
	for id, e := range g.byID {
		if strings.EqualFold(id, name) {
			return []*Entity{e}
		}
	}
	return g.byName[normalize(name)]
}

// normalize folds case, accents, hyphens and apostrophes for lookups.
func normalize(s string) string {
	return strings.Join(words(foldAccents(strings.ToLower(s))), " ")
}

// DataFiles are the embedded data files the gazetteer is built from (for
// kg version to name the data a build carries).
func DataFiles() fs.FS { return dataFS }
