package evaluate

import (
	"sort"

	"kg/graph"
)

// Report is the score of a set of facts against a gold file.
type Report struct {
	Precision, Recall, F1 float64
	Matched               int // required gold facts matched, directly or by a lift
	Lifted                int // of those, matched through a lift
	Output                int // output facts that count (distinct keys, neutral ones left out)
	Gold                  int // required gold facts
	PolarityErrors        int // output facts whose opposite is in the gold
	Unusable              int // output facts of no known relation
	// Years and claims: of the matched gold facts that give a year (a
	// speaker), how many kg gives the same one.
	YearsRight, YearsMatched   int
	ClaimsRight, ClaimsMatched int
	// Pair-level scores: document and the two entities, whatever the
	// relation and polarity.
	PairPrecision, PairRecall, PairF1 float64

	PerDoc      []Counts // every document scored, sorted
	PerRelation []Counts // every relation of the gold or the output, in the ontology's order
	Reliability []Band

	Hits   []Hit   // output facts matching gold: exact ones sorted, then lifted ones sorted
	Errors []Error // misses sorted, then false facts and flips sorted

	// Outcomes says, for each fact given to Score in its order, whether it
	// was right, wrong or neutral.
	Outcomes []Outcome
}

// Counts are the scores of a part of the gold and output.
type Counts struct {
	Name                  string
	Gold, Output, Matched int
	Precision, Recall, F1 float64
}

// Hit is an output fact matching a gold fact.
type Hit struct {
	Key, Gold Key
	Lifted    bool
}

// Error is a gold fact missed (MISS), an output fact the gold does not
// have (FP), or one the gold has with the other polarity (FLIP).
type Error struct {
	Kind       string
	Key        Key
	Evidence   string
	Confidence float64 // output facts: the highest among the fact's lines
}

// YearAccuracy is YearsRight/YearsMatched; ok is false when no matched
// fact has a gold year.
func (r *Report) YearAccuracy() (acc float64, ok bool) { return ratio(r.YearsRight, r.YearsMatched) }

// ClaimedByAccuracy is ClaimsRight/ClaimsMatched; ok is false when no
// matched fact has a speaker in the gold.
func (r *Report) ClaimedByAccuracy() (acc float64, ok bool) {
	return ratio(r.ClaimsRight, r.ClaimsMatched)
}

func ratio(a, b int) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

func prf(tp, nOut, nGold int) (p, r, f float64) {
	if nOut > 0 {
		p = float64(tp) / float64(nOut)
	}
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func newCounts(name string, gold, output, matched int) Counts {
	c := Counts{Name: name, Gold: gold, Output: output, Matched: matched}
	c.Precision, c.Recall, c.F1 = prf(matched, output, gold)
	return c
}

// Score matches facts (as read from the store; ents names their entities,
// as `kg facts --format jsonl` does) against the gold.
func Score(g *Gold, facts []graph.Fact, ents map[string]graph.Entity, opt Options) *Report {
	docs := map[string]bool{}
	for _, d := range opt.Docs {
		docs[DocKey(d)] = true
	}
	if opt.Docs == nil {
		for _, d := range g.docs {
			docs[d] = true
		}
	}
	gs := g.side(docs)
	out := g.outputs(facts, ents, docs)
	m := g.match(gs, out)
	r := &Report{Matched: len(m.matched), Lifted: len(m.lifted), Output: len(m.scored), Gold: len(gs.required), Unusable: out.unusable}
	r.Precision, r.Recall, r.F1 = prf(r.Matched, r.Output, r.Gold)
	r.attributes(gs, out, m)
	r.pairs(gs, m)
	r.PerDoc = perPart(docs, gs, m, func(k Key) string { return k.Doc })
	r.PerRelation = perRelation(gs, m)
	r.Reliability = reliability(m, out.confidence, DefaultBands)
	r.listHits(m)
	r.listErrors(gs, out, m)
	r.Outcomes = outcomes(out, m)
	return r
}

// attributes counts polarity errors and checks years and speakers of the
// matched facts.
func (r *Report) attributes(gs *goldSide, out *outSide, m *matching) {
	for k := range m.scored {
		if _, hit := m.standsFor[k]; hit {
			continue
		}
		flipped := k
		flipped.Negated = !k.Negated
		if gs.required[flipped] || gs.optional[flipped] {
			r.PolarityErrors++
		}
	}
	for k, gk := range m.standsFor {
		if y, ok := gs.year[gk]; ok && out.years[k][y] {
			r.YearsRight++
		}
		for c := range gs.claims[gk] {
			if out.claims[k][c] {
				r.ClaimsRight++
				break
			}
		}
	}
	for gk := range m.matched {
		if _, ok := gs.year[gk]; ok {
			r.YearsMatched++
		}
		if gs.claims[gk] != nil {
			r.ClaimsMatched++
		}
	}
}

func (r *Report) pairs(gs *goldSide, m *matching) {
	type pair struct{ doc, a, b string }
	pairsOf := func(ks keySet) map[pair]bool {
		out := map[pair]bool{}
		for k := range ks {
			a, b := k.Subject, k.Object
			if a > b {
				a, b = b, a
			}
			out[pair{k.Doc, a, b}] = true
		}
		return out
	}
	scored, gold := pairsOf(m.scored), pairsOf(gs.required)
	both := 0
	for p := range scored {
		if gold[p] {
			both++
		}
	}
	r.PairPrecision, r.PairRecall, r.PairF1 = prf(both, len(scored), len(gold))
}

// perPart scores the documents, each by the gold, output and matches
// whose part is it.
func perPart(docs map[string]bool, gs *goldSide, m *matching, part func(Key) string) []Counts {
	gold, output, matched := map[string]int{}, map[string]int{}, map[string]int{}
	for k := range gs.required {
		gold[part(k)]++
	}
	for k := range m.scored {
		output[part(k)]++
	}
	for k := range m.matched {
		matched[part(k)]++
	}
	names := make([]string, 0, len(docs))
	for d := range docs {
		names = append(names, d)
	}
	sort.Strings(names)
	out := make([]Counts, 0, len(names))
	for _, n := range names {
		out = append(out, newCounts(n, gold[n], output[n], matched[n]))
	}
	return out
}

func perRelation(gs *goldSide, m *matching) []Counts {
	used := map[string]bool{}
	for k := range gs.required {
		used[k.Relation] = true
	}
	for k := range m.scored {
		used[k.Relation] = true
	}
	var rels []string
	for _, rel := range graph.Relations {
		if used[rel.Name] {
			rels = append(rels, rel.Name)
		}
	}
	all := map[string]bool{}
	for _, r := range rels {
		all[r] = true
	}
	byRel := perPart(all, gs, m, func(k Key) string { return k.Relation })
	at := map[string]Counts{}
	for _, c := range byRel {
		at[c.Name] = c
	}
	out := make([]Counts, 0, len(rels))
	for _, r := range rels {
		out = append(out, at[r])
	}
	return out
}

func (r *Report) listHits(m *matching) {
	var exact []Key
	for k := range m.exact {
		exact = append(exact, k)
	}
	sortKeys(exact)
	for _, k := range exact {
		r.Hits = append(r.Hits, Hit{Key: k, Gold: k})
	}
	for _, k := range m.liftOrder {
		r.Hits = append(r.Hits, Hit{Key: k, Gold: m.lifted[k], Lifted: true})
	}
}

func (r *Report) listErrors(gs *goldSide, out *outSide, m *matching) {
	missed := keySet{}
	for k := range gs.required {
		if !m.matched[k] {
			missed[k] = true
		}
	}
	for _, k := range missed.sorted() {
		r.Errors = append(r.Errors, Error{Kind: "MISS", Key: k, Evidence: gs.evidence[k]})
	}
	wrong := keySet{}
	for k := range m.scored {
		if _, hit := m.standsFor[k]; !hit {
			wrong[k] = true
		}
	}
	for _, k := range wrong.sorted() {
		kind := "FP"
		flipped := k
		flipped.Negated = !k.Negated
		if gs.required[flipped] || gs.optional[flipped] {
			kind = "FLIP"
		}
		r.Errors = append(r.Errors, Error{Kind: kind, Key: k, Evidence: out.evidence[k], Confidence: out.confidence[k]})
	}
}

func outcomes(out *outSide, m *matching) []Outcome {
	res := make([]Outcome, len(out.ofFact))
	for i, k := range out.ofFact {
		_, hit := m.standsFor[k]
		switch {
		case !out.scoredFact[i]:
			res[i] = Unscored
		case m.sameLevel[k]:
			res[i] = Neutral
		case hit:
			res[i] = Correct
		default:
			res[i] = Wrong
		}
	}
	return res
}
