package extract

import "testing"

// Who a fact is claimed by, in made-up documents: attributions set off by
// a comma, publications referred back to, quotations over sentences.
func TestClaimedBy(t *testing.T) {
	checkClaimCases(t, []claimCase{
		{"an attribution after a comma, before a dash, by the newspaper quoted before",
			"“Laos is a brother,” Granma declared.\n\nCuba and Laos have had diplomatic relations since 1975, the newspaper notes—four decades.",
			"country:CUB diplomatic_relations country:LAO", "org:granma"},
		{"the article of the organisation named before",
			"Granma published an editorial on Monday.\n\n“Cuba supports Laos in its struggle,” the article says.",
			"country:CUB supports country:LAO", "org:granma"},
		{"a quotation over two sentences",
			"Fidel Castro said: “We had few arms left. Laos sent 300 rifles to Cuba.”",
			"country:LAO arms_transfer country:CUB", "person:fidel_castro"},
		{"an abbreviated title before the speaker",
			"Chilean President Gabriel Boric spoke on Monday.\n\n“Chile has cut diplomatic relations with Peru,” Mr. Boric said.",
			"country:CHL diplomatic_relations country:PER", "person:gabriel_boric"},
		{"the subject of a passive is what the speaker says was done to it",
			"Chile claims it was attacked by Peru.",
			"country:PER attack country:CHL", "country:CHL"},
		{"a passive after a reporting verb without that",
			"Chile said Bolivia was attacked by Peru.",
			"country:PER attack country:BOL", "country:CHL"},
		{"a leader's title with the as the speaker",
			"Chilean President Gabriel Boric met the prince in Santiago.\n\nThe two met in the palace, where the president praised the prince and told of how both had contributed to co-operation between Chile and Peru.",
			"country:CHL cooperation country:PER", "person:gabriel_boric"},
		{"any title with the, as the speaker, is the one last named with it",
			"British Foreign Secretary Dominic Raab spoke in London.\n\nThe Foreign Secretary said Peru had sent troops to Bolivia.",
			"country:PER military_support country:BOL", "person:dominic_raab"},
		{"a title no one was named with speaks for no one",
			"The president said Peru had sent aid to Chile.",
			"country:PER aid country:CHL", ""},
		{"the subject after a reporting verb is not its speaker",
			"Gabriel Boric met the press. The minister said Peru had sent aid to Chile.",
			"country:PER aid country:CHL", ""},
		{"a speaker after the verb, closing the sentence",
			"Peru sent aid to Chile, said Gabriel Boric.",
			"country:PER aid country:CHL", "person:gabriel_boric"},
		{"a speaker after the verb, in an aside",
			"Laos, said Fidel Castro, sent 300 rifles to Cuba.",
			"country:LAO arms_transfer country:CUB", "person:fidel_castro"},
		{"a verb coordinated with a reporting verb is not reported by it",
			"Days later Gabriel Boric declared Peru a threat, restricted travel to the country and froze the assets of some citizens.",
			"person:gabriel_boric sanctions country:PER", ""},
		{"a gerund coordinated under a denial is still denied",
			"Iran denied sending drones to Russia and providing arms to Syria.",
			"country:IRN arms_transfer country:SYR", "country:IRN"},
		{"a participle qualifying a noun reports nothing, nor past a clause of its own",
			"Peru ended the trial of four Chilean officers accused of espionage, and Chile ended its trade embargo against Peru.",
			"country:CHL sanctions country:PER", ""},
		{"a speaker's own backing is no claim",
			"Chilean President Gabriel Boric said: “We are giving our full support to the Peruvian government.”",
			"country:CHL supports country:PER", ""},
		{"according to a state's officials, after a comma",
			"Chile sent troops to Bolivia, according to Peruvian officials.",
			"country:CHL military_support country:BOL", "country:PER"},
		{"according to a newspaper named after its noun",
			"Chile sent troops to Bolivia, according to the newspaper El Comercio.",
			"country:CHL military_support country:BOL", "org:el_comercio"},
		{"a state's officials as the speaker of an attribution",
			"Chile has sent troops to Bolivia, Peruvian officials said on Monday.",
			"country:CHL military_support country:BOL", "country:PER"},
		{"a state's ministry with the article",
			"Chile has sent troops to Bolivia, the Peruvian foreign ministry said.",
			"country:CHL military_support country:BOL", "country:PER"},
		{"a report speaks for its author",
			"A report by Amnesty International said Chile had sent troops to Bolivia.",
			"country:CHL military_support country:BOL", "org:amnesty_international"},
		{"a quotation of its own goes on with the speaker of the one before",
			"“We had few arms left,” Fidel Castro said. “Laos sent 300 rifles to Cuba.”",
			"country:LAO arms_transfer country:CUB", "person:fidel_castro"},
		{"a quotation in a new paragraph has no speaker of its own",
			"“We had few arms left,” Fidel Castro said.\n\n“Laos sent 300 rifles to Cuba.”",
			"country:LAO arms_transfer country:CUB", ""},
		{"a spokesman for a state speaks for it",
			"A spokesman for Peru said Chile had sent troops to Bolivia.",
			"country:CHL military_support country:BOL", "country:PER"},
		{"a state's unnamed broadcaster",
			"Chile sent troops to Bolivia, Peruvian state television reported.",
			"country:CHL military_support country:BOL", "country:PER"},
		{"according to a publication and its author, opening the sentence",
			"According to a statement from the Peruvian army, Chile sent troops to Bolivia.",
			"country:CHL military_support country:BOL", "country:PER"},
		{"according to a newspaper named after its noun, opening the sentence",
			"According to the newspaper El Comercio, Chile sent troops to Bolivia.",
			"country:CHL military_support country:BOL", "org:el_comercio"},
		{"a quotation ends with its paragraph",
			"Fidel Castro said: “We had few arms left.\n\nLaos sent 300 rifles to Cuba.",
			"country:LAO arms_transfer country:CUB", ""},
	})
}

// A "would" after a speech verb reports a decision declared; one with a
// condition stays hypothetical.
func TestReportedDecisions(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		text, fact string
		found      bool
		negated    bool
	}{
		{"Chile announced that it would recognize Kosovo.", "country:CHL recognizes country:XKX", true, false},
		{"Chile said it would recognize Kosovo if Serbia agreed.", "country:CHL recognizes country:XKX", false, false},
		{"Chile would recognize Kosovo.", "country:CHL recognizes country:XKX", false, false},
		{"Peru announced that it would prohibit arms sales to Chile.", "country:PER sanctions country:CHL", true, false},
		{"Peru announced that it would prohibit arms sales to Chile.", "country:PER arms_transfer country:CHL", false, false},
	} {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Subject+" "+f.Relation+" "+f.Object == c.fact {
				found = true
				if f.Negated != c.negated {
					t.Errorf("%q: negated %v, want %v", c.text, f.Negated, c.negated)
				}
			}
		}
		if found != c.found {
			t.Errorf("%q: found %q %v, want %v", c.text, c.fact, found, c.found)
		}
	}
}

// A denial that refers back to an accusation ("a charge Peru rejects")
// states the accused act again, negated and claimed by the one denying.
func TestDeniedBackClaims(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct{ text, fact, claimedBy string }{
		{"Chile accuses Peru of sending troops to Bolivia - a charge Peru rejects.", "country:PER military_support country:BOL", "country:PER"},
		{"Chile accuses Peru of sending troops to Bolivia, but Peru denies this.", "country:PER military_support country:BOL", "country:PER"},
	} {
		found := false
		for _, f := range extractText(t, x, c.text) {
			if f.Negated && f.Subject+" "+f.Relation+" "+f.Object == c.fact {
				found = true
				if f.ClaimedBy != c.claimedBy {
					t.Errorf("%q: claimed_by %q, want %q", c.text, f.ClaimedBy, c.claimedBy)
				}
			}
		}
		if !found {
			t.Errorf("%q: no negated %q", c.text, c.fact)
		}
	}
}
