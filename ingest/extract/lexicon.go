package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"

	"kg/ingest/english"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// trigger is one way a relation can be stated.
type trigger struct {
	Relation   string   // a relation name, "transfer" or "receipt" (decided by what is given), "presence" (by who is present) or "travel" (meets, for a person)
	Words      []string // lower-case words as they appear in text
	Form       string   // "verb", "noun" or "phrase"
	Participle bool     // the verb form is a past participle (passive voice possible)
	Prep       string   // preposition introducing the object, if any
	Lemma      string   // the trigger as written in the lexicon
}

// itemClass maps a given item to the relation (and aid kind) it implies.
type itemClass struct {
	Relation string
	Kind     string
	Words    []string
}

// Lexicon holds the data files of lexicon/: triggers, items, titles, cues.
type Lexicon struct {
	byFirst     map[string][]trigger // triggers by their first word
	items       map[string]itemClass // item phrase -> class
	itemMax     int                  // longest item phrase in words
	aidKinds    map[string]string    // word -> aid kind
	titles      map[string]title     // title phrase (lower) -> role and kind
	titleMax    int
	titleFirst  map[string]bool   // first words of titles, lower case
	people      *peopleLexicon    // people.tsv: name particles, title modifiers, offices
	cues        map[string]uint64 // word -> the cue classes it belongs to, a bit each
	descriptors [][]string
	// descriptorsBySecond holds the descriptors by their second word
	// ("<region>" for "the <region> country"), longest first: references
	// runs at every "the" and tries only those that can match.
	descriptorsBySecond map[string][][]string
	// regions gives the countries a region adjective covers ("asian"),
	// for descriptors written with <region> ("the <region> country").
	regions     map[string]map[string]bool
	regionFirst map[string]bool // first words of region adjectives
	regionMax   int             // longest region adjective in words
	// descriptorFirst holds the first words of descriptors and groups.
	descriptorFirst map[string]bool
	groups          [][]string // "both countries": the latest list of countries
	// confidenceModel weighs what is known of a fact into its
	// confidence (confidence.go).
	confidenceModel *confidenceModel
	// predecessors maps a country to the states it continues, by years.
	predecessors map[string][]predecessor
	successors   map[string]string // former state -> the country continuing it
	names        nameWords         // names.tsv: what makes a name an organisation's or an event's
	refs         referenceWords    // references.tsv: what references may stand for
}

// predecessor is the state a country's name stands for in [from, until].
type predecessor struct {
	from, until int
	id          string
}

var (
	defaultLexicon     *Lexicon
	defaultLexiconErr  error
	defaultLexiconOnce sync.Once
)

// DefaultLexicon returns the embedded lexicon, parsed once.
func DefaultLexicon() (*Lexicon, error) {
	defaultLexiconOnce.Do(func() { defaultLexicon, defaultLexiconErr = loadLexicon() })
	return defaultLexicon, defaultLexiconErr
}

func loadLexicon() (*Lexicon, error) {
	lx := &Lexicon{
		byFirst:  map[string][]trigger{},
		items:    map[string]itemClass{},
		aidKinds: map[string]string{},
		titles:   map[string]title{},

		titleFirst: map[string]bool{},

		descriptorFirst: map[string]bool{},
		regions:         map[string]map[string]bool{},
		regionFirst:     map[string]bool{},
		cues:            map[string]uint64{},

		predecessors: map[string][]predecessor{},
		successors:   map[string]string{},
	}
	irregular := map[string][2]string{}
	err := eachRow("verbs.tsv", 3, func(f []string) error {
		irregular[f[0]] = [2]string{f[1], f[2]}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The irregular past forms begin verb phrases too ("and began").
	for _, forms := range irregular {
		for _, w := range forms {
			lx.cues[w] |= 1 << cueFinite
		}
	}
	triggerFiles, err := fs.Glob(lexiconFS, "lexicon/triggers*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range triggerFiles {
		if err := lx.loadTriggers(strings.TrimPrefix(name, "lexicon/"), irregular); err != nil {
			return nil, err
		}
	}
	err = eachRow("items.tsv", 2, func(f []string) error {
		rel, kind, _ := strings.Cut(f[0], ":")
		for _, it := range strings.Split(f[1], "|") {
			w := strings.Fields(strings.ToLower(it))
			if len(w) == 0 {
				continue
			}
			lx.items[strings.Join(w, " ")] = itemClass{Relation: rel, Kind: kind, Words: w}
			if len(w) > lx.itemMax {
				lx.itemMax = len(w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("aidkinds.tsv", 2, func(f []string) error {
		for _, w := range strings.Split(f[1], "|") {
			if _, dup := lx.aidKinds[w]; !dup {
				lx.aidKinds[w] = f[0]
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("titles.tsv", 2, func(f []string) error {
		t := strings.ToLower(f[0])
		tt, err := parseTitle(f)
		if err != nil {
			return err
		}
		lx.titles[t] = tt
		lx.titleFirst[strings.Fields(t)[0]] = true
		if n := len(strings.Fields(t)); n > lx.titleMax {
			lx.titleMax = n
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if lx.people, err = loadPeopleLexicon(); err != nil {
		return nil, err
	}
	err = eachRow("cues.tsv", 2, func(f []string) error {
		c, ok := cueNames[f[0]]
		if !ok {
			return fmt.Errorf("unknown cue class %q", f[0])
		}
		for _, w := range strings.Split(f[1], "|") {
			lx.cues[w] |= 1 << c
			switch f[0] {
			case "descriptor":
				lx.descriptors = append(lx.descriptors, strings.Fields(w))
				lx.descriptorFirst[strings.Fields(w)[0]] = true
			case "group":
				lx.groups = append(lx.groups, strings.Fields(w))
				lx.descriptorFirst[strings.Fields(w)[0]] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow("regions.tsv", 2, func(f []string) error {
		in := map[string]bool{}
		for _, code := range strings.Split(f[1], "|") {
			in["country:"+code] = true
		}
		words := strings.Fields(f[0])
		if len(words) > 2 {
			return fmt.Errorf("region %q: at most two words", f[0])
		}
		lx.regions[f[0]] = in
		lx.regionFirst[words[0]] = true
		lx.regionMax = max(lx.regionMax, len(words))
		return nil
	})
	if err != nil {
		return nil, err
	}
	if lx.confidenceModel, err = loadConfidenceModel(); err != nil {
		return nil, err
	}
	err = eachRow("predecessors.tsv", 4, func(f []string) error {
		from, err1 := strconv.Atoi(f[1])
		until, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || from > until {
			return fmt.Errorf("bad years %q-%q", f[1], f[2])
		}
		lx.predecessors[f[0]] = append(lx.predecessors[f[0]], predecessor{from, until, f[3]})
		lx.successors[f[3]] = f[0]
		return nil
	})
	if err != nil {
		return nil, err
	}
	if lx.names, err = loadNameWords(); err != nil {
		return nil, err
	}
	if lx.refs, err = loadReferenceWords(); err != nil {
		return nil, err
	}
	for name, c := range cueNames {
		if c >= firstOfTrigger {
			return nil, fmt.Errorf("cue class %q: bit %d is taken by firstOfTrigger and the like", name, c)
		}
	}
	for w := range lx.titleFirst {
		lx.cues[w] |= 1 << firstOfTitle
	}
	for w := range lx.descriptorFirst {
		lx.cues[w] |= 1 << firstOfDescriptor
	}
	for w := range lx.byFirst {
		lx.cues[w] |= 1 << firstOfTrigger
	}
	// Longest descriptors first, so "the island nation" wins over "the island".
	sort.SliceStable(lx.descriptors, func(i, j int) bool { return len(lx.descriptors[i]) > len(lx.descriptors[j]) })
	lx.descriptorsBySecond = map[string][][]string{}
	for _, d := range lx.descriptors {
		if len(d) > 1 {
			lx.descriptorsBySecond[d[1]] = append(lx.descriptorsBySecond[d[1]], d)
		}
	}
	sort.SliceStable(lx.groups, func(i, j int) bool { return len(lx.groups[i]) > len(lx.groups[j]) })
	return lx, nil
}

// loadTriggers reads one trigger file of lexicon/.
func (lx *Lexicon) loadTriggers(name string, irregular map[string][2]string) error {
	return eachRow(name, 3, func(f []string) error {
		prep := ""
		if len(f) > 3 {
			prep = strings.TrimSpace(f[3])
		}
		words := strings.Fields(strings.ToLower(f[2]))
		switch f[1] {
		case "verb":
			for _, form := range inflect(words[0], irregular) {
				w := append([]string{form.word}, words[1:]...)
				lx.add(trigger{Relation: f[0], Words: w, Form: "verb", Participle: form.participle, Prep: prep, Lemma: f[2]})
			}
		case "noun":
			lx.add(trigger{Relation: f[0], Words: words, Form: "noun", Prep: prep, Lemma: f[2]})
			last := words[len(words)-1]
			if !strings.HasSuffix(last, "s") {
				pl := append(append([]string{}, words[:len(words)-1]...), english.Plural(last))
				lx.add(trigger{Relation: f[0], Words: pl, Form: "noun", Prep: prep, Lemma: f[2]})
			}
		case "phrase":
			lx.add(trigger{Relation: f[0], Words: words, Form: "phrase", Prep: prep, Lemma: f[2]})
		default:
			return fmt.Errorf("unknown form %q", f[1])
		}
		return nil
	})
}

func (lx *Lexicon) add(t trigger) {
	lx.byFirst[t.Words[0]] = append(lx.byFirst[t.Words[0]], t)
	// Longest first, so "diplomatic relations" wins over "relations".
	list := lx.byFirst[t.Words[0]]
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].Words) > len(list[j].Words) })
}

// cue is a class of cues.tsv: words that change what a trigger means.
type cue uint8

const (
	cueNegation cue = iota
	cueModal
	cueRequest
	cueSpeech
	cueDenial
	cuePreposition
	cueBoundary
	cuePronoun
	cueDescriptor
	cueBond
	cueRupture
	cueAgent
	cueBacking
	cueHelping
	cueHosting
	cuePresent
	cueSubordinator
	cueEventHead
	cueDisaster
	cueParticle
	cuePhrasal
	cuePersonRole
	cueOrgHead
	cueDeployment
	cueMembers
	cueControl
	cueGroup
	cueFinite
	cueCause
	cueVisitor
	cueMutual
	cueHolding
	cueMeasure
	cueHedge
	cueRestriction
	cueDecision
	cueConflict
	cueProspect
	cueHostile
)

// Bits of Lexicon.cues that are no class of cues.tsv: whether a word can
// start a title, a descriptor or a trigger. With them the one look-up of
// a word's cues when it becomes an item (item.cues) answers those
// questions too, in place of a look-up in titleFirst, descriptorFirst or
// byFirst for every item. Classes of cues.tsv must stay below them
// (loadLexicon checks); cues are 64 bits wide, with room for both.
const (
	firstOfTitle cue = 63 - iota
	firstOfDescriptor
	firstOfTrigger
)

var cueNames = map[string]cue{
	"negation":     cueNegation,
	"modal":        cueModal,
	"prospect":     cueProspect,
	"request":      cueRequest,
	"speech":       cueSpeech,
	"denial":       cueDenial,
	"preposition":  cuePreposition,
	"boundary":     cueBoundary,
	"pronoun":      cuePronoun,
	"descriptor":   cueDescriptor,
	"bond":         cueBond,
	"rupture":      cueRupture,
	"agent":        cueAgent,
	"backing":      cueBacking,
	"helping":      cueHelping,
	"hosting":      cueHosting,
	"present":      cuePresent,
	"subordinator": cueSubordinator,
	"event_head":   cueEventHead,
	"disaster":     cueDisaster,
	"particle":     cueParticle,
	"phrasal":      cuePhrasal,
	"person_role":  cuePersonRole,
	"org_head":     cueOrgHead,
	"deployment":   cueDeployment,
	"members":      cueMembers,
	"control":      cueControl,
	"group":        cueGroup,
	"finite":       cueFinite,
	"cause":        cueCause,
	"visitor":      cueVisitor,
	"mutual":       cueMutual,
	"holding":      cueHolding,
	"measure":      cueMeasure,
	"hedge":        cueHedge,
	"restriction":  cueRestriction,
	"decision":     cueDecision,
	"conflict":     cueConflict,
	"hostile":      cueHostile,
}

// is reports whether a word belongs to a cue class.
func (lx *Lexicon) is(c cue, word string) bool { return lx.cues[word]&(1<<c) != 0 }

type inflection struct {
	word       string
	participle bool
}

// inflect gives the forms of a verb: lemma, -s, past, past participle, -ing.
func inflect(lemma string, irregular map[string][2]string) []inflection {
	forms := []inflection{{lemma, false}, {english.ThirdPerson(lemma), false}, {english.Gerund(lemma), false}}
	if irr, ok := irregular[lemma]; ok {
		// "overrun", "hit", "cut": the lemma is also the participle
		// ("Mali was overrun by …"), so its form may be passive.
		forms[0].participle = lemma == irr[1]
		forms = append(forms, inflection{irr[0], irr[0] == irr[1]}, inflection{irr[1], true})
	} else {
		forms = append(forms, inflection{english.Past(lemma), true})
	}
	seen := map[string]bool{}
	out := forms[:0]
	for _, f := range forms {
		key := f.word + fmt.Sprint(f.participle)
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	return out
}

// eachRow calls fn for each non-comment line of a lexicon file, split on tabs.
func eachRow(name string, minFields int, fn func([]string) error) error {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < minFields {
			return fmt.Errorf("lexicon/%s:%d: want %d tab-separated fields, got %d", name, n, minFields, len(fields))
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("lexicon/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// LexiconFiles are the embedded lexicon files (for kg version to name the
// data a build carries).
func LexiconFiles() fs.FS { return lexiconFS }
