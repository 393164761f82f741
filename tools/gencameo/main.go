// Command gencameo writes ingest/extract/lexicon/triggers_cameo.tsv, trigger
// words for kg's relations derived from PETRARCH's CAMEO verb dictionary,
// CAMEO.2.0.txt (Open Event Data Alliance, MIT licence), whose format is
// described in PETRARCH's dictionaries-format.rst.
//
//	go run ./tools/gencameo -cameo ../shared/data/petrarch/CAMEO.2.0.txt \
//	    -out ingest/extract/lexicon/triggers_cameo.tsv
//
// The dictionary is read into candidates: every verb of a verb block (with
// its own code or the block's) and every pattern of a block, read as
// "verb + object words" with the verb named in the pattern's comment and
// synonym sets (&NAME) expanded to their members. Patterns with a subject
// part, with actor or skip placeholders ($ + % ^) that a phrase cannot
// express, or longer than four words are dropped; so are codes with no
// source actor ("[:110]": the subject of the verb is the target).
//
// The hand-kept mapping.tsv beside this file then says which CAMEO codes
// stand for which kg relation and which candidates are kept: WordNet
// synonym sets bring many verbs no reader would take as stating the
// relation, so nothing is kept unless mapping.tsv names it. A kept line
// may add articles ("pay a visit"), move a preposition into the phrase,
// give the preposition introducing the object, or set the relation where
// the code alone does not decide it (072 military aid: "equip" is an arms
// transfer, "extend military aid" military support). The program checks
// that every kept line comes from the dictionary, that its relation is
// the one its code maps to unless set by hand, and it drops lines that
// triggers.tsv already has. It warns about verbs whose irregular forms
// verbs.tsv lacks.
//
// -candidates prints every candidate instead, with the relation its codes
// map to ("-": none) and the codes, to review when the mapping is revised.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"sort"
	"strings"

	"kg/ingest/english"
)

// A candidate is one reading of a dictionary entry as a trigger.
type candidate struct {
	verb  string   // the verb lemma (first word)
	words []string // the trigger, verb first, lower case
	prep  string   // a trailing preposition with no object of its own
	codes []string // CAMEO codes it was found with
	lines []int    // where
	forms []string // irregular forms the dictionary gives for the verb
}

func (c *candidate) key() string {
	k := strings.Join(c.words, " ")
	if c.prep != "" {
		k += " (" + c.prep + ")"
	}
	return k
}

// verbEntry is a verb of a verb block.
type verbEntry struct {
	words []string // lower case, the verb first
	forms []string // irregular forms of the verb word, lower case
	fixed bool     // "{}": the entry is an inflected form, not a lemma
	code  string
	line  int
}

type block struct {
	name  string
	code  string
	verbs []verbEntry
}

// dictionary is what gencameo reads of CAMEO.2.0.txt.
type dictionary struct {
	synsets    map[string][]string
	candidates map[string]*candidate
	dropped    map[string]int // reason -> count
}

var (
	headerRE = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]`)
	codeRE   = regexp.MustCompile(`\[([^\]]*)\]`)
	formsRE  = regexp.MustCompile(`\{([^}]*)\}`)
)

func main() {
	cameo := flag.String("cameo", "", "PETRARCH verb dictionary CAMEO.2.0.txt")
	mapping := flag.String("mapping", "tools/gencameo/mapping.tsv", "codes to relations and kept candidates")
	existing := flag.String("existing", "ingest/extract/lexicon/triggers.tsv", "hand-written triggers, not to be repeated")
	verbs := flag.String("verbs", "ingest/extract/lexicon/verbs.tsv", "irregular verbs known to kg")
	out := flag.String("out", "ingest/extract/lexicon/triggers_cameo.tsv", "output file")
	listCandidates := flag.Bool("candidates", false, "print all candidates with their codes and relations, and stop")
	flag.Parse()
	if *cameo == "" {
		log.Fatal("gencameo: -cameo is required")
	}

	d, err := readDictionary(*cameo)
	if err != nil {
		log.Fatal(err)
	}
	m, err := readMapping(*mapping)
	if err != nil {
		log.Fatal(err)
	}
	if *listCandidates {
		printCandidates(d, m)
		return
	}
	have, err := readExisting(*existing)
	if err != nil {
		log.Fatal(err)
	}
	irregular, err := readVerbs(*verbs)
	if err != nil {
		log.Fatal(err)
	}

	var lines []triggerLine
	seen := map[string]bool{}
	failed := false
	for _, k := range m.keep {
		c := d.candidates[k.key]
		if c == nil {
			log.Printf("%s:%d: %q is no candidate of the dictionary", *mapping, k.line, k.key)
			failed = true
			continue
		}
		t, err := k.apply(c, m)
		if err != nil {
			log.Printf("%s:%d: %v", *mapping, k.line, err)
			failed = true
			continue
		}
		id := t.relation + "\t" + t.form + "\t" + t.phrase
		switch {
		case have[id]:
			log.Printf("%s:%d: %s %q is in %s already; skipped", *mapping, k.line, t.relation, t.phrase, *existing)
			continue
		case seen[id]:
			log.Printf("%s:%d: %s %q kept twice", *mapping, k.line, t.relation, t.phrase)
			continue
		}
		seen[id] = true
		lines = append(lines, t)
		if _, ok := irregular[c.verb]; !ok {
			if odd := unexpectedForms(c.verb, c.forms); len(odd) > 0 {
				log.Printf("verbs.tsv lacks %q, whose forms the dictionary gives as %s", c.verb, strings.Join(odd, " "))
			} else if english.Doubles(c.verb) && isVowel(c.verb[0]) {
				log.Printf("kg would inflect %q as %q; add it to verbs.tsv if that is wrong", c.verb, english.Past(c.verb))
			}
		}
	}
	if failed {
		log.Fatal("gencameo: mapping errors; nothing written")
	}
	sort.Slice(lines, func(i, j int) bool {
		if lines[i].relation != lines[j].relation {
			return lines[i].relation < lines[j].relation
		}
		if lines[i].phrase != lines[j].phrase {
			return lines[i].phrase < lines[j].phrase
		}
		return lines[i].form < lines[j].form
	})
	if err := write(*out, lines, m); err != nil {
		log.Fatal(err)
	}
	counts := map[string]int{}
	for _, t := range lines {
		counts[t.relation]++
	}
	var rels []string
	for r := range counts {
		rels = append(rels, r)
	}
	sort.Strings(rels)
	var parts []string
	for _, r := range rels {
		parts = append(parts, fmt.Sprintf("%s %d", r, counts[r]))
	}
	log.Printf("%d candidates read, %d triggers written to %s (%s)", len(d.candidates), len(lines), *out, strings.Join(parts, ", "))
}

// readDictionary reads the synonym sets and verb blocks of CAMEO.2.0.txt.
func readDictionary(path string) (*dictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &dictionary{synsets: map[string][]string{}, candidates: map[string]*candidate{}, dropped: map[string]int{}}
	var cur *block
	var synset string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		if m := headerRE.FindStringSubmatch(raw); m != nil {
			cur = &block{name: m[1], code: m[2]}
			synset = ""
			continue
		}
		text, comment, _ := strings.Cut(raw, "#")
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		if cur == nil { // the synonym sets come before the first verb block
			switch {
			case strings.HasPrefix(text, "&"):
				synset = strings.TrimSuffix(strings.Fields(text)[0], "_")
			case strings.HasPrefix(text, "+") && synset != "":
				w := strings.TrimPrefix(strings.Fields(text)[0], "+")
				w = strings.TrimSuffix(w, "_")
				d.synsets[synset] = append(d.synsets[synset], strings.ToLower(strings.ReplaceAll(w, "_", " ")))
			}
			continue
		}
		switch {
		case strings.HasPrefix(text, "~"): // a transformation
		case strings.HasPrefix(text, "-"):
			d.pattern(cur, text[1:], comment, n)
		default:
			if v, ok := parseVerb(text, cur.code, n); ok {
				cur.verbs = append(cur.verbs, v)
				d.addVerb(v)
			}
		}
	}
	return d, sc.Err()
}

// parseVerb reads a verb line: VERB, +MULTI_WORD, {irregular forms}, [code].
func parseVerb(text, blockCode string, line int) (verbEntry, bool) {
	v := verbEntry{code: blockCode, line: line}
	if m := codeRE.FindStringSubmatch(text); m != nil {
		v.code = m[1]
		text = codeRE.ReplaceAllString(text, " ")
	}
	if m := formsRE.FindStringSubmatch(text); m != nil {
		for _, form := range strings.Fields(m[1]) {
			if w := markedWord(form); w != "" {
				v.forms = append(v.forms, w)
			}
		}
		v.fixed = len(v.forms) == 0
		text = formsRE.ReplaceAllString(text, " ")
	}
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return v, false
	}
	spec := fields[0]
	parts := strings.Split(spec, "_")
	verbAt := 0
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			verbAt = i
		}
	}
	if verbAt != 0 { // "WIRE_+TAP": the verb is not the first word
		return v, false
	}
	for _, p := range parts {
		v.words = append(v.words, strings.ToLower(strings.TrimPrefix(p, "+")))
	}
	return v, true
}

// markedWord returns the verb word of an irregular form: "+SHOT_DOWN" -> "shot".
func markedWord(form string) string {
	parts := strings.Split(form, "_")
	for _, p := range parts {
		if strings.HasPrefix(p, "+") {
			return strings.ToLower(strings.TrimPrefix(p, "+"))
		}
	}
	return strings.ToLower(parts[0])
}

func (d *dictionary) addVerb(v verbEntry) {
	if v.fixed {
		d.dropped["inflected form, not a lemma"]++
		return
	}
	d.add(v.words, "", v.code, v.line, v.forms)
}

func (d *dictionary) add(words []string, prep, code string, line int, forms []string) {
	c := &candidate{verb: words[0], words: words, prep: prep}
	if old, ok := d.candidates[c.key()]; ok {
		c = old
	} else {
		d.candidates[c.key()] = c
	}
	c.codes = appendNew(c.codes, code)
	c.lines = append(c.lines, line)
	for _, f := range forms {
		c.forms = appendNew(c.forms, f)
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// pattern reads "- [subject words] * [object words] [CODE] # VERB, VERB".
func (d *dictionary) pattern(b *block, text, comment string, line int) {
	m := codeRE.FindStringSubmatchIndex(text)
	if m == nil {
		d.dropped["pattern without code"]++
		return
	}
	code := text[m[2]:m[3]]
	body := text[:m[0]]
	pre, post, ok := strings.Cut(body, "*")
	if !ok {
		d.dropped["pattern without verb position"]++
		return
	}
	if strings.TrimSpace(pre) != "" {
		d.dropped["pattern with a subject part"]++
		return
	}
	toks, ok := tokenize(post)
	if !ok {
		d.dropped["pattern with unbalanced brackets"]++
		return
	}
	// A trailing "(PREP)" or "(PREP +)" introduces the object.
	prep := ""
	if n := len(toks); n > 0 && toks[n-1].group {
		g := toks[n-1]
		if len(g.sub) == 1 || len(g.sub) == 2 && g.sub[1].text == "+" {
			prep = strings.ToLower(g.sub[0].text)
			toks = toks[:n-1]
		}
	}
	alts, reason := expand(toks, d.synsets)
	if reason != "" {
		d.dropped[reason]++
		return
	}
	verbs := d.commentVerbs(b, comment)
	if len(verbs) == 0 {
		d.dropped["pattern whose verb is not in its block"]++
		return
	}
	for _, v := range verbs {
		for _, a := range alts {
			words := append(append([]string{}, v.words...), a...)
			if len(words) > 4 {
				d.dropped["longer than four words"]++
				continue
			}
			d.add(words, prep, code, line, v.forms)
		}
	}
}

// commentVerbs returns the verbs a pattern's comment names ("# FORGE ,
// SET_UP"), as lemmas of the block; all the block's verbs when it names none.
func (d *dictionary) commentVerbs(b *block, comment string) []verbEntry {
	byForm := map[string]verbEntry{}
	for _, v := range b.verbs {
		if v.fixed {
			continue
		}
		lemma := strings.Join(v.words, "_")
		byForm[lemma] = v
		rest := strings.Join(v.words[1:], "_")
		for _, f := range append(regularForms(v.words[0]), v.forms...) {
			form := f
			if rest != "" {
				form += "_" + rest
			}
			if _, taken := byForm[form]; !taken {
				byForm[form] = v
			}
		}
	}
	var out []verbEntry
	for _, name := range strings.Split(comment, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		name = strings.ReplaceAll(name, " ", "_")
		if v, ok := byForm[name]; ok {
			out = append(out, v)
		}
	}
	if len(out) == 0 && strings.TrimSpace(comment) == "" {
		for _, v := range b.verbs {
			if !v.fixed {
				out = append(out, v)
			}
		}
	}
	return out
}

// token is a word, a {noun phrase} or a (PREP ...) group of a pattern.
type token struct {
	text  string
	group bool
	sub   []token
}

func tokenize(s string) ([]token, bool) {
	var out []token
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '(' || c == '{':
			closer := byte(')')
			if c == '{' {
				closer = '}'
			}
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == c {
					depth++
				} else if s[j] == closer {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j == len(s) {
				return nil, false
			}
			inner, ok := tokenize(s[i+1 : j])
			if !ok {
				return nil, false
			}
			if c == '(' {
				out = append(out, token{group: true, sub: inner})
			} else {
				out = append(out, inner...) // a noun phrase reads as its words
			}
			i = j + 1
		case c == ')' || c == '}':
			return nil, false
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t(){}", rune(s[j])) {
				j++
			}
			out = append(out, token{text: s[i:j]})
			i = j
		}
	}
	return out, true
}

// expand turns pattern tokens into word sequences, one per choice of the
// synonym sets' members; reason says why a pattern cannot be a phrase.
func expand(toks []token, synsets map[string][]string) ([][]string, string) {
	alts := [][]string{{}}
	for _, t := range toks {
		var choices [][]string
		switch {
		case t.group:
			sub, reason := expand(t.sub, synsets)
			if reason != "" {
				return nil, reason
			}
			choices = sub
		case strings.ContainsAny(t.text, "$+%^"):
			return nil, "pattern with an actor or skip placeholder"
		case strings.HasPrefix(t.text, "&"):
			name := strings.TrimSuffix(t.text, "_")
			members, ok := synsets[name]
			if !ok {
				return nil, "pattern with an unknown synonym set"
			}
			for _, m := range members {
				choices = append(choices, strings.Fields(m))
			}
		default:
			w := strings.ToLower(strings.ReplaceAll(t.text, "_", " "))
			choices = [][]string{strings.Fields(w)}
		}
		var next [][]string
		for _, a := range alts {
			for _, c := range choices {
				next = append(next, append(append([]string{}, a...), c...))
			}
		}
		alts = next
		if len(alts) > 10000 {
			return nil, "pattern with too many synonym choices"
		}
	}
	return alts, ""
}

// mapping is mapping.tsv: code rules and kept candidates.
type mapping struct {
	codes    map[string]string // code prefix -> relation ("-": none)
	keep     []keepLine
	sections map[string]string // relation -> comment line for the output
}

type keepLine struct {
	key      string // the candidate, as -candidates prints it
	phrase   string // as written in the output, when not the candidate's words
	prep     string // preposition of the object; "-" for none
	relation string // when not decided by the code
	line     int
}

func readMapping(path string) (*mapping, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := &mapping{codes: map[string]string{}, sections: map[string]string{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		for len(fs) < 5 {
			fs = append(fs, "")
		}
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		switch fs[0] {
		case "code":
			if fs[1] == "" || fs[2] == "" {
				return nil, fmt.Errorf("%s:%d: want code<TAB>prefix<TAB>relation", path, n)
			}
			if fs[2] != "-" && !relations[fs[2]] {
				return nil, fmt.Errorf("%s:%d: unknown relation %q", path, n, fs[2])
			}
			m.codes[fs[1]] = fs[2]
		case "section":
			m.sections[fs[1]] = fs[2]
		case "keep":
			if fs[1] == "" {
				return nil, fmt.Errorf("%s:%d: keep without candidate", path, n)
			}
			m.keep = append(m.keep, keepLine{key: strings.ToLower(fs[1]), phrase: fs[2], prep: fs[3], relation: fs[4], line: n})
		default:
			return nil, fmt.Errorf("%s:%d: unknown row %q", path, n, fs[0])
		}
	}
	return m, sc.Err()
}

// relationOf maps a CAMEO code ("163", "042:043", "080!") to a relation by
// its longest listed prefix; a code with no source part ("[:110]") names
// an event whose subject is the target, and maps to none.
func (m *mapping) relationOf(code string) string {
	src, _, _ := strings.Cut(code, ":")
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, src)
	for n := len(digits); n > 0; n-- {
		if r, ok := m.codes[digits[:n]]; ok {
			if r == "-" {
				return ""
			}
			return r
		}
	}
	return ""
}

// relations returns the distinct relations a candidate's codes map to.
func (m *mapping) relations(c *candidate) []string {
	var out []string
	for _, code := range c.codes {
		if r := m.relationOf(code); r != "" {
			out = appendNew(out, r)
		}
	}
	sort.Strings(out)
	return out
}

type triggerLine struct {
	relation, form, phrase, prep string
	codes                        []string
}

// relations are kg's relations (shared/ONTOLOGY.md) and "transfer", a verb
// of giving whose relation the item given decides (items.tsv).
var relations = map[string]bool{"diplomatic_relations": true, "recognizes": true, "aid": true,
	"arms_transfer": true, "military_support": true, "cooperation": true, "attack": true,
	"sanctions": true, "supports": true, "condemns": true, "demands": true, "threatens": true,
	"meets": true, "leader_of": true, "participated_in": true, "transfer": true}

var prepositions = map[string]bool{"with": true, "to": true, "on": true, "at": true, "against": true,
	"for": true, "upon": true, "by": true, "in": true, "of": true, "from": true, "into": true, "behind": true}

var articles = map[string]bool{"a": true, "an": true, "the": true}

// apply makes the trigger line of a kept candidate, checking it against
// the dictionary entry it comes from.
func (k keepLine) apply(c *candidate, m *mapping) (triggerLine, error) {
	t := triggerLine{form: "verb", codes: c.codes}
	rels := m.relations(c)
	switch {
	case k.relation != "":
		if !relations[k.relation] {
			return t, fmt.Errorf("unknown relation %q", k.relation)
		}
		t.relation = k.relation
	case len(rels) == 1:
		t.relation = rels[0]
	case len(rels) == 0:
		return t, fmt.Errorf("%q has codes %s, which map to no relation; give one", k.key, strings.Join(c.codes, " "))
	default:
		return t, fmt.Errorf("%q has codes %s, which map to %s; choose one", k.key, strings.Join(c.codes, " "), strings.Join(rels, ", "))
	}
	t.phrase = strings.Join(c.words, " ")
	if k.phrase != "" {
		t.phrase = strings.ToLower(k.phrase)
	}
	t.prep = c.prep
	switch k.prep {
	case "":
	case "-":
		t.prep = ""
	default:
		t.prep = strings.ToLower(k.prep)
	}
	words := strings.Fields(t.phrase)
	if len(words) > 4 {
		return t, fmt.Errorf("%q is longer than four words", t.phrase)
	}
	if words[0] != c.verb {
		return t, fmt.Errorf("%q does not start with the verb %q", t.phrase, c.verb)
	}
	// Only articles may be added, and one preposition moved into the phrase.
	var content []string
	for _, w := range words {
		if !articles[w] {
			content = append(content, w)
		}
	}
	want := strings.Join(c.words, " ")
	got := strings.Join(content, " ")
	if got != want {
		last := content[len(content)-1]
		if !prepositions[last] || strings.Join(content[:len(content)-1], " ") != want {
			return t, fmt.Errorf("%q is not the dictionary's %q", t.phrase, want)
		}
	}
	return t, nil
}

func write(path string, lines []triggerLine, m *mapping) error {
	var b strings.Builder
	b.WriteString(`# Trigger words derived from PETRARCH's CAMEO verb dictionary, CAMEO.2.0.txt
# (Copyright (c) 2015 Open Event Data Alliance, MIT licence), one a line:
#
#   relation <TAB> form <TAB> phrase [<TAB> preposition of the object]
#
# as in triggers.tsv, which this file adds to. Written by tools/gencameo
# (do not edit by hand; edit tools/gencameo/mapping.tsv and rerun):
#
#   go run ./tools/gencameo -cameo CAMEO.2.0.txt -out ingest/extract/lexicon/triggers_cameo.tsv
#
# It reads the dictionary's verbs and verb patterns ("- * SANCTIONS [163]
# # IMPOSE" gives "impose sanctions"), maps their CAMEO codes to kg
# relations, and keeps the candidates mapping.tsv names: verbs and
# phrases a reader would take as stating the relation, of four words at
# most, the verb first (kg inflects it), articles added where English
# needs them. Lines triggers.tsv has already are left out.
`)
	last := ""
	for _, t := range lines {
		if t.relation != last {
			b.WriteString("\n")
			if s := m.sections[t.relation]; s != "" {
				b.WriteString("# " + s + "\n")
			}
			last = t.relation
		}
		b.WriteString(t.relation + "\t" + t.form + "\t" + t.phrase)
		if t.prep != "" {
			b.WriteString("\t" + t.prep)
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func printCandidates(d *dictionary, m *mapping) {
	keys := make([]string, 0, len(d.candidates))
	for k := range d.candidates {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, k := range keys {
		c := d.candidates[k]
		rel := strings.Join(m.relations(c), ",")
		if rel == "" {
			rel = "-"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", rel, k, strings.Join(c.codes, " "))
	}
	var reasons []string
	for r := range d.dropped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(os.Stderr, "dropped: %s: %d\n", r, d.dropped[r])
	}
}

// readExisting returns relation<TAB>form<TAB>phrase of each line of triggers.tsv.
func readExisting(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 3 {
			continue
		}
		have[fs[0]+"\t"+fs[1]+"\t"+strings.ToLower(strings.Join(strings.Fields(fs[2]), " "))] = true
	}
	return have, nil
}

// readVerbs returns the lemmas of verbs.tsv.
func readVerbs(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if fs := strings.Split(line, "\t"); len(fs) >= 3 && !strings.HasPrefix(line, "#") {
			out[fs[0]] = true
		}
	}
	return out, nil
}

// regularForms are the forms kg's lexicon loader makes of a verb with no
// entry in verbs.tsv (ingest/extract/lexicon.go): -s, -ing, -ed.
func regularForms(v string) []string {
	return []string{v, english.ThirdPerson(v), english.Gerund(v), english.Past(v)}
}

// unexpectedForms returns the dictionary's forms of a verb that kg would
// not make by rule.
func unexpectedForms(v string, forms []string) []string {
	regular := map[string]bool{}
	for _, f := range regularForms(v) {
		regular[f] = true
	}
	var odd []string
	for _, f := range forms {
		if !regular[f] && !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "s") {
			odd = append(odd, f)
		}
	}
	return odd
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
