package extract

// Triggers: the words of a sentence that state a relation
// (lexicon/triggers.tsv, triggers_cameo.tsv).

// match is a trigger found in a sentence, covering items [i, j).
type match struct {
	trigger
	i, j int
}

// findTriggers returns the triggers of a sentence, left to right, longest
// first where two start at the same word.
func (st *docState) findTriggers(s *sent) []match {
	var out []match
	for i := 0; i < len(s.items); i++ {
		it := s.items[i]
		if it.kind != word || !st.is(firstOfTrigger, it) {
			continue
		}
		var best *match // &bestM once a trigger is found: a pointer to m would put every m on the heap
		var bestM match
		for _, t := range st.x.lx.byFirst[it.lower] {
			if i+len(t.Words) > len(s.items) {
				continue
			}
			ok := true
			for k, w := range t.Words {
				if x := &s.items[i+k]; x.kind != word || x.lower != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			m := match{trigger: t, i: i, j: i + len(t.Words)}
			// Among equally long triggers prefer a noun after an article
			// ("a visit by"), then the one whose preposition follows.
			afterArticle := i > 0 && isArticle(s.items[i-1].lower) || st.nounPosition(s, i)
			switch {
			case best == nil || len(t.Words) > len(best.Words):
				bestM, best = m, &bestM
			case len(t.Words) < len(best.Words):
			case afterArticle && t.Form == "noun" && best.Form != "noun":
				bestM, best = m, &bestM
			case afterArticle && best.Form == "noun" && t.Form != "noun":
			case t.Prep != "" && m.j < len(s.items) && s.items[m.j].lower == t.Prep && (best.j >= len(s.items) || s.items[best.j].lower != best.Prep):
				bestM, best = m, &bestM
			case t.Form == best.Form && t.Relation == best.Relation && prepAhead(s, m.j, t.Prep) < prepAhead(s, best.j, best.Prep):
				// "provided training for Angola": the preposition that
				// comes, if not right after the trigger.
				bestM, best = m, &bestM
			}
		}
		if best != nil && best.Form == "verb" && len(out) > 0 && out[len(out)-1].j == i && (out[len(out)-1].Relation == "transfer" || out[len(out)-1].Relation == "receipt") {
			// "received support from Iran", "sent aid": what is given, a
			// noun, right after the verb of giving.
			continue
		}
		if best != nil && best.Form == "verb" && (i > 0 && isArticle(s.items[i-1].lower) || st.nounPosition(s, i)) {
			// "an arms embargo", "with the help of", "the first meeting
			// of its kind": a noun, not the verb; other triggers may
			// start inside it.
			continue
		}
		if best != nil {
			out = append(out, *best)
			i = best.j - 1
		}
	}
	return out
}

// mutualTrigger reports a trigger with a word of cue class mutual ("war").
func (st *docState) mutualTrigger(m match) bool {
	for _, w := range m.Words {
		if st.x.lx.is(cueMutual, w) {
			return true
		}
	}
	return false
}

// verbTrigger returns the verb trigger starting at item k, if one does.
func (s *sent) verbTrigger(k int) (match, bool) {
	for _, m := range s.triggers {
		if m.i == k && m.Form == "verb" {
			return m, true
		}
	}
	return match{}, false
}

// verbTriggerAt tells whether a verb trigger starts at item k.
func (s *sent) verbTriggerAt(k int) bool {
	_, ok := s.verbTrigger(k)
	return ok
}

// prepAhead returns how many items after item j the word prep comes,
// within a short phrase, or a large number.
func prepAhead(s *sent, j int, prep string) int {
	for k := j; prep != "" && k < len(s.items) && k < j+10; k++ {
		if s.items[k].lower == prep {
			return k - j
		}
		if s.items[k].text == "," || s.items[k].text == ";" {
			break
		}
	}
	return 1 << 20
}
