package sentence

import (
	"strings"
	"sync"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// model is what Split knows about words: which are abbreviations, which
// start sentences, and in which case each was seen where.
type model struct {
	abbrev   map[string]bool // lower case, inner periods kept: "u.s", "inc"
	starters map[string]bool // lower case
	ortho    map[string]int  // lower case word -> Punkt orthographic flags
}

// Punkt's orthographic context flags (see the library's ortho.go).
const (
	orthoMidUpper = 1 << 2
	orthoBegLower = 1 << 4
	orthoMidLower = 1 << 5
	orthoUnkLower = 1 << 6
	orthoLower    = orthoBegLower | orthoMidLower | orthoUnkLower
)

// titles precede a name, so their period never ends a sentence.
var titles = set(`mr mrs ms messrs mme mlle dr prof gen lt col maj capt cpt sgt cpl adm cmdr
	gov sen rep reps pres hon rev fr st sta ste amb supt insp det gens
	lieut brig cdr comdr commr pvt mgr msgr secy atty`)

// abbreviations adds to Punkt's list what news about countries and
// people needs: months, days, "No." before numbers, corporate suffixes.
var abbreviations = set(`jan feb mar apr jun jul aug sep sept oct nov dec
	mon tue tues wed thu thur thurs fri sat sun
	no nos art vol vols ch chap fig figs sec p pp para approx est ed eds op
	inc ltd co corp bros plc llc jr sr vs cf al ave blvd mt ft
	e.g i.e a.m p.m u.s u.k u.n u.s.a u.s.s.r d.c`)

// starters are capitalised words that begin sentences after an
// abbreviation ("the U.S. The next day"), added to Punkt's list.
var starters = set(`a an the this that these those there here it its he she they we i you
	his her their our my your in on at after before when while since during for from
	as if but and or so yet however then thus also although though meanwhile moreover
	furthermore nevertheless still because until what why how who where which
	some many most all both each every no not one two three today yesterday later`)

// words are in Punkt's abbreviation list as state names ("Ill.",
// "Ore.", "Wash.") but are far more often English words ending a sentence.
var words = set("ill ore wash ok")

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// defaultModel loads the English Punkt model once, on first use: it is
// 400 KB of JSON that only the callers of Split should pay for.
var defaultModel = sync.OnceValue(func() *model {
	m := rulesModel()
	raw, err := data.Asset("data/english.json")
	if err != nil {
		return m // cannot happen: the model is compiled in
	}
	st, err := sentences.LoadTraining(raw)
	if err != nil {
		return m
	}
	for w := range st.AbbrevTypes {
		if w = strings.TrimSpace(w); w != "" && !strings.Contains(w, " ") && !words[w] {
			m.abbrev[w] = true
		}
	}
	for w := range st.SentStarters {
		m.starters[w] = true
	}
	m.ortho = st.OrthoContext
	return m
})

// rulesModel is the model without Punkt's data: our lists alone.
func rulesModel() *model {
	m := &model{abbrev: map[string]bool{}, starters: map[string]bool{}, ortho: map[string]int{}}
	for w := range abbreviations {
		m.abbrev[w] = true
	}
	for w := range starters {
		m.starters[w] = true
	}
	return m
}
