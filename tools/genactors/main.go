// Command genactors writes two gazetteer files of kg from PETRARCH's
// Phoenix actor dictionaries (Open Event Data Alliance, MIT licence; the
// notice is in gazetteer/data/LICENSE.phoenix, the format is
// described in PETRARCH's dictionaries-format.rst):
//
//   - gazetteer/data/people_phoenix.jsonl: the people of
//     Phoenix.Countries.actors.txt, with their dated roles;
//   - gazetteer/data/organizations_phoenix.jsonl: the
//     intergovernmental and non-governmental organisations and media of
//     Phoenix.International.actors.txt and the armed groups and parties
//     of Phoenix.MilNonState.actors.txt.
//
// Both are in the form of people.jsonl and organizations.jsonl, without a
// header: the loader reads JSON lines only. Rerun it from the repository
// root after changing it or the curated data files (people.jsonl,
// organizations.jsonl, countries.jsonl, ...), which it reads to know what
// to leave out; the gazetteer's tests fail when a curated entity added
// later shares a name with a generated one:
//
//	apt-get install wamerican   # /usr/share/dict/words
//	go run ./tools/genactors -phoenix ../shared/data/petrarch
//
// -v prints every actor and name left out, with the reason, and a count
// of each reason. The output is sorted by id and depends only on the
// inputs and the word list (without one, a small built-in list of common
// words is used, and the output differs).
//
// # People
//
// An actor of the dictionary is a name line, '+' synonym lines and
// tab-indented code lines ("[USAGOV >090120]"); name lines that follow
// one another with no code between them are one actor, as PETRARCH reads
// them. An actor is a person when it has a dated code and its name is a
// personal name: two words or more besides an article ("AL ASSAD" is
// not), none of them a number or a word of groups and offices
// ("ADMINISTRATION", "PARTY", "JAISH", "OF"), and no title first
// ("PRESIDENT", "SIR", "SOVIET LEADER"). The name is put in proper case
// ("Kim Jong-il", "Bashar al-Assad", "John McCain", "Nguyen Van Giau"),
// preferring a synonym that is the same name with hyphens; an actor known
// only by titled forms is named by one without its title ("SIR PETER
// RAMSBOTHAM": Peter Ramsbotham). Aliases are the other synonyms that are
// personal names: titled forms ("PRESIDENT_OBAMA", "MR_OBAMA"), groups
// ("OBAMA_ADMINISTRATION") and one-word synonyms are never kept (the
// extractor resolves a surname once the full name is seen).
//
// Each dated code gives a role: the three-letter country (or the
// territory that follows it: GBRVGB is the British Virgin Islands) mapped
// to kg's country ids, and the sector in words (GOV "government", ELI
// "elite", MIL "military", GOVMIL "government (military)", ...).
// Phoenix's non-ISO codes are mapped (USR Soviet Union, KSV Kosovo, TMP
// Timor-Leste, FRY Yugoslavia, IMY Isle of Man), and so are Soviet and
// North Vietnamese offices, which Phoenix codes as RUS and VNM: a RUS role
// ending by 1991 is SUN's, a VNM one ending by 1976 VDR's. Codes with no
// country kg knows (IGO..., KNT, the test country Kinakuta) or no sector
// are left out. A year of two digits is read as PETRARCH reads it, 00-30
// as 20xx and 31-99 as 19xx: the dictionaries date from 2014 and write
// every earlier year in four digits (19290101), and no six-digit date
// falls between 2015 and 2030, so any pivot there reads them alike. Date
// restrictions that are not six or eight digits ("2004017") are dropped.
//
// A person already in people.jsonl is left out: one with the same id, one
// of whose names (titles dropped) the curated gazetteer has as a person,
// or one with the same first name and surname and a role in the same
// country at the same time ("Muammar al Qaddafi" is the curated Muammar
// Gaddafi). Phoenix actors of one id are merged when they share a
// country, and dropped otherwise; an actor with another's name as alias
// is merged into it when they share a country.
//
// # Organisations
//
// Every name line is its own entry here (consecutive name lines in these
// files are different organisations). Kept are entries coded IGO, NGO or
// MED, and those of the MilNonState file; left out are companies (MNC),
// entries with dated codes (people), the null code, offices ("UN_SPECIAL_
// ENVOY_FOR_BURMA") and the people of the militant groups list (NAME__).
// A name must contain an organisation word ("Organization", "Front",
// "Brigades", "Lashkar", "Comite", ...); armed groups and media may have a
// name of their own instead, if it is not a person's ("Jemaah
// Islamiyah", "Al-Jazeera"). A name made only of common words (English
// words, months, demonyms, country names) needs three of them ("Popular
// Liberation Army", not "Angry Brigade" or "Egypt's Revolution"), unless
// it is an IGO's ("European Parliament"); a demonym or religion and one
// word ("Syrian Mujahideen", "Islamic Union") is too vague, and so are
// three words or less of political adjectives and organisation words
// ("National Liberation Movement", "Non Governmental Organization") and a
// name with a country in parentheses ("NATIONAL_LIBERATION_ARMY_
// (COLOMBIA)"). An acronym in parentheses becomes an alias. A one-word
// name of six letters or less is an acronym alias when it has no vowel or
// gives the initials of a name of the entry, or of the one full name with
// its code ("IAEA" and "INTERNATIONAL_ATOMIC_ENERGY_AGENCY" are both
// IGOUNOIAE); longer ones are names of their own ("Afghanaid") if no
// English word. Acronyms need three letters or more. Entries whose name
// has the consonants of an earlier one's (the spellings "LASKAR_I_TAIBA__"
// of Lashkar-e-Taiba) are merged into it. An organisation sharing a name
// or alias with one of organizations.jsonl (as written, without a leading
// "Al-", or with the same consonants) is left out.
//
// # Collisions
//
// Any name (of a person or an organisation) that the curated gazetteer
// already has or matches as another entity (a country, capital, demonym,
// event, location) is dropped, and so is any one-word name that is a
// common English word: a lower-case entry of -words, or of the built-in
// list. A name two generated entities share is dropped from both; an
// entity left with no name, or a person with no name of two words, is
// left out.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kg/gazetteer"
)

func main() {
	phoenix := flag.String("phoenix", "../shared/data/petrarch", "folder of the Phoenix dictionaries")
	countriesIn := flag.String("countries", "", "Phoenix.Countries.actors.txt (default: in -phoenix)")
	intlIn := flag.String("international", "", "Phoenix.International.actors.txt (default: in -phoenix)")
	milIn := flag.String("milnonstate", "", "Phoenix.MilNonState.actors.txt (default: in -phoenix)")
	data := flag.String("data", "gazetteer/data", "the gazetteer's data folder, whose curated files are read")
	wordsIn := flag.String("words", "/usr/share/dict/words", "English word list, one a line")
	peopleOut := flag.String("people", "", "people output (default: people_phoenix.jsonl in -data)")
	orgsOut := flag.String("orgs", "", "organisations output (default: organizations_phoenix.jsonl in -data)")
	verbose := flag.Bool("v", false, "print what is left out, and why, to standard error")
	flag.Parse()
	def := func(p *string, dir, name string) {
		if *p == "" {
			*p = filepath.Join(dir, name)
		}
	}
	def(countriesIn, *phoenix, "Phoenix.Countries.actors.txt")
	def(intlIn, *phoenix, "Phoenix.International.actors.txt")
	def(milIn, *phoenix, "Phoenix.MilNonState.actors.txt")
	def(peopleOut, *data, "people_phoenix.jsonl")
	def(orgsOut, *data, "organizations_phoenix.jsonl")

	g, err := newGen(*data, *wordsIn)
	if err != nil {
		log.Fatal(err)
	}
	g.verbose = *verbose
	cb, err := readActors(*countriesIn)
	if err != nil {
		log.Fatal(err)
	}
	ib, err := readActors(*intlIn)
	if err != nil {
		log.Fatal(err)
	}
	mb, err := readActors(*milIn)
	if err != nil {
		log.Fatal(err)
	}
	people := g.people(cb)
	orgs := g.orgs(ib, mb)
	g.crossCheck(people, orgs)
	if err := write(*peopleOut, people, personJSON); err != nil {
		log.Fatal(err)
	}
	if err := write(*orgsOut, orgs, orgJSON); err != nil {
		log.Fatal(err)
	}
	roles := 0
	for _, p := range people {
		roles += len(p.Roles)
	}
	if g.verbose {
		reasons := make([]string, 0, len(g.dropCount))
		for r := range g.dropCount {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for _, r := range reasons {
			fmt.Fprintf(os.Stderr, "dropped %6d %s\n", g.dropCount[r], r)
		}
	}
	fmt.Fprintf(os.Stderr, "genactors: %d people (%d roles) to %s, %d organisations to %s; %d malformed date restrictions dropped\n",
		len(people), roles, *peopleOut, len(orgs), *orgsOut, g.badDates)
}

type gen struct {
	gaz          *gazetteer.Gazetteer // curated data only
	curated      map[string]bool      // ids of curated entities
	iso          map[string]bool      // kg's country codes
	demonyms     map[string]bool      // lower case, one word
	common       map[string]bool      // lower-case English words
	given        map[string]int       // first names of Phoenix people, upper case
	surnames     map[string][]*gazetteer.Entity
	orgSkel      map[string]string // skeleton of a curated organisation's names -> id
	countryWords map[string]bool   // one-word country names, lower case
	verbose      bool
	badDates     int
	dropCount    map[string]int
}

func newGen(data, wordsPath string) (*gen, error) {
	g := &gen{curated: map[string]bool{}, iso: map[string]bool{}, demonyms: map[string]bool{},
		common: map[string]bool{}, given: map[string]int{}, surnames: map[string][]*gazetteer.Entity{},
		dropCount: map[string]int{}, orgSkel: map[string]string{}, countryWords: map[string]bool{}}
	files, err := fs.Glob(os.DirFS(data), "*.jsonl")
	if err != nil {
		return nil, err
	}
	var ents []*gazetteer.Entity
	for _, name := range files {
		if strings.HasSuffix(name, "_phoenix.jsonl") {
			continue
		}
		fh, err := os.Open(filepath.Join(data, name))
		if err != nil {
			return nil, err
		}
		file, err := gazetteer.ReadDataFile(name, fh)
		fh.Close()
		if err != nil {
			return nil, err
		}
		for _, e := range file {
			g.curated[e.ID] = true
			if e.Type != "Country" || e.ISO3 == "" {
				continue
			}
			g.iso[e.ISO3] = true
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if !strings.Contains(n, " ") {
					g.countryWords[strings.ToLower(n)] = true
				}
			}
			for _, d := range e.Demonyms {
				if !strings.Contains(d, " ") {
					g.demonyms[strings.ToLower(d)] = true
				}
			}
		}
		ents = append(ents, file...)
	}
	for _, d := range []string{"soviet", "soviets", "american", "americans", "european", "arab", "western", "eastern", "african", "asian"} {
		g.demonyms[d] = true
	}
	if g.gaz, err = gazetteer.New(ents); err != nil {
		return nil, err
	}
	for _, e := range g.gaz.Entities() {
		if e.Type == "Organization" {
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				g.orgSkel[skeleton(n)] = e.ID
			}
		}
		if e.Type != "Person" {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			w := normWords(n)
			if len(w) > 0 {
				g.surnames[w[len(w)-1]] = appendEntity(g.surnames[w[len(w)-1]], e)
			}
		}
	}
	for _, w := range fallbackCommon {
		g.common[w] = true
	}
	if b, err := os.ReadFile(wordsPath); err == nil {
		for _, w := range strings.Split(string(b), "\n") {
			w = strings.TrimSpace(w)
			if w != "" && !strings.HasSuffix(w, "'s") && strings.ToLower(w) == w {
				g.common[w] = true
			}
		}
	} else {
		log.Printf("no word list (%v): using the built-in list of common words only", err)
	}
	return g, nil
}

func (g *gen) drop(reason, what string) {
	g.dropCount[reason]++
	if g.verbose {
		fmt.Fprintf(os.Stderr, "drop %-22s %s\n", reason, what)
	}
}

// collides returns the curated entity a name already names, if any: by
// lookup (name, alias, demonym, capital), or as a match spanning it.
func (g *gen) collides(name string) *gazetteer.Entity {
	if es := g.gaz.Lookup(name); len(es) > 0 {
		return es[0]
	}
	for _, m := range g.gaz.Find(name) {
		if m.Start == 0 && m.End == len(name) {
			return m.Entity
		}
	}
	return nil
}

// oneWordCommon reports a one-word name that is an English word.
func (g *gen) oneWordCommon(name string) bool {
	w := normWords(name)
	return len(w) == 1 && g.common[w[0]]
}
