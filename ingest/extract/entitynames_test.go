package extract

import (
	"slices"
	"strings"
	"testing"

	"kg/graph"
	"kg/ingest/sentence"
)

// Entity mentions that need no title, head word or gazetteer name, on
// made-up sentences: each case lists mentions that must be found (want,
// as "id=surface" or a prefix "id=") and ids that must not (not).
func TestEntityNames(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a given name opens an untitled name",
			"Talks stalled after Robert Vandermeer arrived in Chad.",
			[]string{"person:robert_vandermeer=Robert Vandermeer"}, nil},
		{"a given name with a particle",
			"Aid was promised by Miguel de Varga on Tuesday.",
			[]string{"person:miguel_de_varga=Miguel de Varga"}, nil},
		{"a given name that is no name alone",
			"The Christian Democrats won the vote in Chile.",
			nil, []string{"person:christian_democrats"}},
		{"names listed with a known person",
			"Joseph Stalin met Oskar Velmann and Ivo Brandl in Moscow.",
			[]string{"person:oskar_velmann=Oskar Velmann", "person:ivo_brandl=Ivo Brandl"}, nil},
		{"a title opens no listed name",
			"Joseph Stalin and General Tarrow met in Moscow.",
			nil, []string{"person:general_tarrow"}},
		{"a name in apposition with a noun for a person",
			"The plan was backed by Velko Tarranov, the Ostrian-backed Libyan warlord, last year.",
			[]string{"person:velko_tarranov=Velko Tarranov"}, nil},
		{"a style with one name",
			"Pope Zephyrin and Prince Aldric called for calm.",
			[]string{"person:pope_zephyrin=Pope Zephyrin", "person:prince_aldric=Prince Aldric"}, nil},
		{"an acronym written as a word",
			"Ecowas imposed sanctions on Mali. Nato troops left.",
			[]string{"org:economic_community_of_west_african_states=Ecowas", "org:nato=Nato"}, nil},
		{"a short acronym written as a word stays a word",
			"Who sent aid to Chad?",
			nil, []string{"org:world_health_organization"}},
		{"an organisation's name ends at a known name",
			"Fighters of the Zarqa Front of the United Nations Paul Oster left.",
			nil, []string{"org:zarqa_front_of_the_united_nations_paul_oster"}},
		{"two names joined by 'and of'",
			"He led the Union of the Lakes and of the Farmers' Party.",
			[]string{"org:union_of_the_lakes=Union of the Lakes"}, nil},
		{"an acronym the gazetteer knows after the name",
			"Chad joined the Organization of American States (OAS), Peru said.",
			[]string{"org:organization_of_american_states=Organization of American States (OAS)"}, nil},
		{"a lower-case summit after a name, with its place",
			"Chile attended the Andean League summit in Peru.",
			[]string{"event:andean_league_summit=Andean League summit in Peru"}, nil},
		{"a demonym alone names no war",
			"Chile feared the Peruvian war would spread.",
			nil, []string{"event:peruvian_war"}},
		{"a revolution dated by a possessive",
			"Cuba's 1959 revolution changed the island.",
			[]string{"event:1959_revolution=1959 revolution"}, nil},
		{"a leader's administration is the state",
			"The Biden administration halted aid to Chad.",
			[]string{"country:USA=The Biden administration"}, nil},
		{"two leaders of one state",
			"Aid grew under the Trump and Biden administrations.",
			[]string{"country:USA=the Trump and Biden administrations"}, nil},
		{"an unknown name before a government noun stays as it is",
			"The Zorvath government fell.",
			nil, []string{"country:USA"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := governedMentionsIn(t, x, c.text)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q: want %s among %v", c.text, w, got)
				}
			}
			for _, n := range c.not {
				for _, g := range got {
					if strings.HasPrefix(g, n+"=") {
						t.Errorf("%q: did not want %s (%v)", c.text, g, got)
					}
				}
			}
		})
	}
}

// governedMentionsIn is mentionsIn after the leaders of each sentence
// are read and their governments made the states they lead.
func governedMentionsIn(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	st := &docState{x: x, docID: "t", entities: map[string]*graph.Entity{}, surnames: map[string]string{},
		countryMentions: map[string]int{}, personCountry: map[string]string{}, buf: getScratch()}
	defer putScratch(st.buf)
	var out []string
	for _, sn := range sentence.Split(text) {
		s := st.analyse(sn.Text)
		st.leaders(s)
		st.leadersGovernments(s)
		for _, it := range s.items {
			if it.kind == entity {
				out = append(out, it.ent+"="+it.text)
			}
		}
	}
	return out
}
