package evaluate

import (
	"fmt"
	"sort"

	"kg/graph"
)

// Key is a fact as it is compared: document, subject, relation, object
// and polarity, the two entities of a symmetric relation in sorted order.
type Key struct {
	Doc, Subject, Relation, Object string
	Negated                        bool
}

func newKey(doc, s, rel, o string, negated bool) Key {
	if symmetric(rel) && s > o {
		s, o = o, s
	}
	return Key{doc, s, rel, o, negated}
}

// String is "doc: NOT subject -relation-> object".
func (k Key) String() string {
	not := ""
	if k.Negated {
		not = "NOT "
	}
	return fmt.Sprintf("%s: %s%s -%s-> %s", k.Doc, not, k.Subject, k.Relation, k.Object)
}

func (k Key) less(o Key) bool {
	if k.Doc != o.Doc {
		return k.Doc < o.Doc
	}
	if k.Subject != o.Subject {
		return k.Subject < o.Subject
	}
	if k.Relation != o.Relation {
		return k.Relation < o.Relation
	}
	if k.Object != o.Object {
		return k.Object < o.Object
	}
	return !k.Negated && o.Negated
}

func symmetric(rel string) bool {
	r, _ := graph.LookupRelation(rel)
	return r.Symmetric
}

func sortKeys(ks []Key) {
	sort.Slice(ks, func(i, j int) bool { return ks[i].less(ks[j]) })
}

type keySet map[Key]bool

func (s keySet) sorted() []Key {
	out := make([]Key, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sortKeys(out)
	return out
}

// Outcome is what became of one output fact.
type Outcome int

const (
	// Unscored: outside the documents scored, or of no known relation.
	Unscored Outcome = iota
	// Correct: it matches a required gold fact, directly or by a lift.
	Correct
	// Wrong: it matches no gold fact.
	Wrong
	// Neutral: it matches an optional gold fact, or is the same fact at
	// another level as one already matched; it counts neither way.
	Neutral
)

func (o Outcome) String() string {
	return [...]string{"unscored", "correct", "wrong", "neutral"}[o]
}

// Options narrow a scoring run.
type Options struct {
	// Docs are the documents to score (by DocKey); nil: every document
	// the gold file has facts for.
	Docs []string
}

// goldSide is the gold of the documents scored, by key.
type goldSide struct {
	required, optional keySet
	year               map[Key]int
	claims             map[Key]map[string]bool
	evidence           map[Key]string
	byDoc              map[string][]Key // required and optional keys, sorted
}

func (g *Gold) side(docs map[string]bool) *goldSide {
	gs := &goldSide{required: keySet{}, optional: keySet{}, year: map[Key]int{},
		claims: map[Key]map[string]bool{}, evidence: map[Key]string{}, byDoc: map[string][]Key{}}
	for _, f := range g.facts {
		if !docs[f.doc] {
			continue
		}
		k := newKey(f.doc, f.subject, f.relation, f.object, f.negated)
		if f.optional {
			gs.optional[k] = true
		} else {
			gs.required[k] = true
			if f.year != 0 {
				gs.year[k] = f.year
			}
			if f.claimedBy != "" {
				if gs.claims[k] == nil {
					gs.claims[k] = map[string]bool{}
				}
				gs.claims[k][f.claimedBy] = true
			}
		}
		gs.evidence[k] = f.evidence
	}
	for k := range gs.required {
		delete(gs.optional, k)
	}
	for _, set := range []keySet{gs.required, gs.optional} {
		for k := range set {
			gs.byDoc[k.Doc] = append(gs.byDoc[k.Doc], k)
		}
	}
	for _, ks := range gs.byDoc {
		sortKeys(ks)
	}
	return gs
}

// outSide is the output of the documents scored, by key.
type outSide struct {
	keys       keySet
	ofFact     []Key // per input fact; zero Key when unscored
	scoredFact []bool
	years      map[Key]map[int]bool
	claims     map[Key]map[string]bool
	evidence   map[Key]string
	confidence map[Key]float64 // the highest of its facts
	unusable   int
}

func (g *Gold) outputs(facts []graph.Fact, ents map[string]graph.Entity, docs map[string]bool) *outSide {
	o := &outSide{keys: keySet{}, ofFact: make([]Key, len(facts)), scoredFact: make([]bool, len(facts)),
		years: map[Key]map[int]bool{}, claims: map[Key]map[string]bool{}, evidence: map[Key]string{}, confidence: map[Key]float64{}}
	for i := range facts {
		f := &facts[i]
		d := DocKey(f.Doc)
		if !docs[d] {
			continue
		}
		if _, ok := graph.LookupRelation(f.Relation); !ok {
			o.unusable++
			continue
		}
		k := newKey(d, g.entity(refOf(f.Subject, ents), d), f.Relation, g.entity(refOf(f.Object, ents), d), f.Negated)
		o.ofFact[i], o.scoredFact[i] = k, true
		if c, seen := o.confidence[k]; !seen || f.Confidence > c {
			o.confidence[k] = f.Confidence
		}
		o.keys[k] = true
		if f.Year != 0 {
			addInt(o.years, k, f.Year)
		}
		if _, ok := o.evidence[k]; !ok {
			o.evidence[k] = f.Evidence
		}
		if f.ClaimedBy != "" {
			addString(o.claims, k, g.entity(refOfID(f.ClaimedBy), d))
		}
	}
	return o
}

// refOf is an entity as `kg facts --format jsonl` writes it: its id, name,
// ISO code and, for other entities than countries, the surface forms
// seen; or its id alone when the store does not know it.
func refOf(id string, ents map[string]graph.Entity) entityRef {
	e, ok := ents[id]
	if !ok {
		return entityRef{id: id}
	}
	ref := entityRef{id: e.ID, name: e.Name, iso3: e.ISO3}
	if e.Type != graph.TypeCountry {
		ref.aliases = e.Aliases
	}
	return ref
}

func addInt(m map[Key]map[int]bool, k Key, v int) {
	if m[k] == nil {
		m[k] = map[int]bool{}
	}
	m[k][v] = true
}

func addString(m map[Key]map[string]bool, k Key, v string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][v] = true
}

// sameActor reports that a and b name the same actor, at the same level or
// one lifted to what it acts for.
func sameActor(a, b string, acts map[string]map[string]bool) bool {
	return a == b || acts[a][b] || acts[b][a]
}

// liftedMatch reports that output key k differs from gold key g at most by
// lifting persons to what they act for.
func liftedMatch(k, g Key, acts map[string]map[string]bool) bool {
	if k.Doc != g.Doc || k.Relation != g.Relation || k.Negated != g.Negated || k.Relation == "leader_of" {
		return false
	}
	if sameActor(k.Subject, g.Subject, acts) && sameActor(k.Object, g.Object, acts) {
		return true
	}
	return symmetric(k.Relation) && sameActor(k.Subject, g.Object, acts) && sameActor(k.Object, g.Subject, acts)
}

// matching is which output keys stand for which gold keys.
type matching struct {
	exact     keySet      // output keys equal to a required gold key
	lifted    map[Key]Key // output key -> the required gold key it stands for through a lift
	sameLevel keySet      // output keys that count neither way
	scored    keySet      // output keys that count
	matched   keySet      // required gold keys matched
	standsFor map[Key]Key // exact and lifted output keys -> their gold key
	liftOrder []Key       // lifted output keys, sorted
}

// match pairs output with gold: exact matches first, then facts that match
// a gold fact only through a lift (an output equal to an optional fact may
// still stand for a required one at another level).
func (g *Gold) match(gs *goldSide, out *outSide) *matching {
	m := &matching{exact: keySet{}, lifted: map[Key]Key{}, sameLevel: keySet{}, scored: keySet{},
		matched: keySet{}, standsFor: map[Key]Key{}}
	for k := range out.keys {
		if gs.required[k] {
			m.exact[k], m.matched[k], m.standsFor[k] = true, true, k
		}
	}
	taken := keySet{} // gold keys a lifted output already stands for
	for _, k := range out.keys.sorted() {
		if gs.required[k] {
			continue
		}
		var cands []Key
		if acts := g.actsFor[k.Doc]; len(acts) > 0 {
			for _, gk := range gs.byDoc[k.Doc] {
				if liftedMatch(k, gk, acts) {
					cands = append(cands, gk)
				}
			}
		}
		free := false
		for _, gk := range cands {
			if gs.required[gk] && !m.exact[gk] && !taken[gk] {
				m.lifted[k], m.standsFor[k], m.matched[gk], taken[gk] = gk, gk, true, true
				m.liftOrder = append(m.liftOrder, k)
				free = true
				break
			}
		}
		if !free && (len(cands) > 0 || gs.optional[k]) {
			m.sameLevel[k] = true
		}
	}
	for k := range out.keys {
		if !m.sameLevel[k] {
			m.scored[k] = true
		}
	}
	return m
}
