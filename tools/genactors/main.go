// Command genactors writes two gazetteer files of kg from PETRARCH's
// Phoenix actor dictionaries (Open Event Data Alliance, MIT licence; the
// notice is in ingest/gazetteer/data/LICENSE.phoenix, the format is
// described in PETRARCH's dictionaries-format.rst):
//
//   - ingest/gazetteer/data/people_phoenix.jsonl: the people of
//     Phoenix.Countries.actors.txt, with their dated roles;
//   - ingest/gazetteer/data/organizations_phoenix.jsonl: the
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
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/ingest/gazetteer"
)

func main() {
	phoenix := flag.String("phoenix", "../shared/data/petrarch", "folder of the Phoenix dictionaries")
	countriesIn := flag.String("countries", "", "Phoenix.Countries.actors.txt (default: in -phoenix)")
	intlIn := flag.String("international", "", "Phoenix.International.actors.txt (default: in -phoenix)")
	milIn := flag.String("milnonstate", "", "Phoenix.MilNonState.actors.txt (default: in -phoenix)")
	data := flag.String("data", "ingest/gazetteer/data", "the gazetteer's data folder, whose curated files are read")
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

// ---- reading the dictionaries

// An entry is a name line and its synonyms, upper case as written.
type entry struct {
	primary  string
	synonyms []string
	line     int
}

// A code is one code of an actor with its date restriction, in years (0:
// open).
type code struct {
	code     string
	from, to int
	dated    bool
}

// An actor is one or more entries sharing the codes that follow them.
type actor struct {
	file    string
	entries []entry
	codes   []code
}

func (a *actor) where() string {
	return fmt.Sprintf("%s:%d", filepath.Base(a.file), a.entries[0].line)
}

var bracketRE = regexp.MustCompile(`\[([^\]]*)\]`)

// readActors reads an actor dictionary. Malformed date restrictions are
// kept as codes with dated set and no years, so that the actor still counts
// as dated (a person) but gives no role.
func readActors(path string) ([]*actor, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []*actor
	var cur *actor
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch line[0] {
		case '\t', ' ':
			if cur != nil {
				cur.codes = append(cur.codes, parseCodes(line)...)
			}
		case '+':
			if cur != nil {
				e := &cur.entries[len(cur.entries)-1]
				e.synonyms = append(e.synonyms, strings.TrimSpace(bracketRE.ReplaceAllString(line[1:], "")))
			}
		default:
			if cur == nil || len(cur.codes) > 0 {
				cur = &actor{file: path}
				out = append(out, cur)
			}
			name := line
			if i := strings.IndexByte(line, '['); i >= 0 {
				name = line[:i]
				cur.codes = append(cur.codes, parseCodes(line[i:])...)
			}
			cur.entries = append(cur.entries, entry{primary: strings.TrimSpace(name), line: n + 1})
		}
	}
	return out, nil
}

func parseCodes(s string) []code {
	var out []code
	for _, m := range bracketRE.FindAllStringSubmatch(s, -1) {
		f := strings.Fields(m[1])
		if len(f) == 0 {
			continue
		}
		c := code{code: f[0]}
		rest := strings.Join(f[1:], "")
		if rest != "" {
			c.dated = true
			var ok1, ok2 bool
			switch rest[0] {
			case '<':
				c.to, ok1 = year(rest[1:])
				ok2 = true
			case '>':
				c.from, ok1 = year(rest[1:])
				ok2 = true
			default:
				a, b, _ := strings.Cut(rest, "-")
				c.from, ok1 = year(a)
				c.to, ok2 = year(b)
			}
			if !ok1 || !ok2 || (c.to != 0 && c.from > c.to) {
				c.from, c.to = -1, -1 // malformed: dated, but no role
			}
		}
		out = append(out, c)
	}
	return out
}

// year reads the year of a YYMMDD or YYYYMMDD date.
func year(d string) (int, bool) {
	if len(d) != 6 && len(d) != 8 {
		return 0, false
	}
	for _, r := range d {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	y, _ := strconv.Atoi(d[:len(d)-4])
	md, _ := strconv.Atoi(d[len(d)-4:])
	if m := md / 100; m < 1 || m > 12 || md%100 < 1 || md%100 > 31 {
		return 0, false
	}
	if len(d) == 6 {
		if y <= 30 { // PETRARCH's reading (PETRreader.dstr_to_ordate)
			y += 2000
		} else {
			y += 1900
		}
	}
	return y, true
}

// ---- the curated gazetteer and word lists

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

// countryLine is the form of data/countries.jsonl.
type countryLine struct {
	ISO3     string   `json:"iso3"`
	ISO2     string   `json:"iso2"`
	Name     string   `json:"name"`
	Names    []string `json:"names"`
	Demonyms []string `json:"demonyms"`
	Capitals []string `json:"capitals"`
	Former   bool     `json:"former"`
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

func appendEntity(list []*gazetteer.Entity, e *gazetteer.Entity) []*gazetteer.Entity {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// fallbackCommon is used with the word list, and alone without it.
var fallbackCommon = strings.Fields(`a an the and or of in on at to for by with from as is it be
	justice freedom liberty peace unity hope order power action change progress reform
	rebels rebel protesters protester militants militant insurgents guerrillas soldiers troops police army
	government opposition party front movement union council league alliance congress forum group
	state people nation national republic democracy revolution tigers
	new free united popular democratic socialist communist liberal green labour labor`)

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

// ---- names

// normWords gives the folded words of a name as the gazetteer compares
// them: lower case without accents, split at anything but letters and
// digits.
func normWords(s string) []string {
	return strings.FieldsFunc(gazetteer.Slug(s), func(r rune) bool { return r == '_' })
}

func normKey(s string) string { return strings.Join(normWords(s), " ") }

var parenRE = regexp.MustCompile(`\(([^)]*)\)?`)

// clean turns a dictionary phrase into upper-case words separated by
// single spaces, with parenthesised parts returned apart. ok is false for
// a phrase that cannot be a name.
func clean(raw string) (name string, parens []string, ok bool) {
	if !utf8.ValidString(raw) || strings.ContainsRune(raw, utf8.RuneError) {
		return "", nil, false
	}
	s := strings.ToUpper(raw)
	for _, m := range parenRE.FindAllStringSubmatch(s, -1) {
		parens = append(parens, strings.Trim(strings.ReplaceAll(m[1], "_", " "), " "))
	}
	s = parenRE.ReplaceAllString(s, " ")
	s = strings.ReplaceAll(s, "_", " ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " -,")
	s = strings.ReplaceAll(s, " ,", ",")
	if s == "" {
		return "", nil, false
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '.' || r == '\'' || r == ',' || r == '&':
		case unicode.IsDigit(r):
		case r < 0x80 && unicode.IsLetter(r):
		case unicode.IsLetter(r) && gazetteer.Slug(string(r)) != "": // an accented Latin letter kg folds
		default:
			return "", nil, false
		}
	}
	return s, parens, true
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

var (
	// titles are words that make a synonym a titled form when it starts
	// with them ("PRESIDENT OBAMA", "US PRESIDENT BARACK OBAMA").
	titles = set(`PRESIDENT PRESIDENT-ELECT VICE VICE-PRESIDENT PRIME PREMIER MINISTER CHANCELLOR
		MR MR. MRS MRS. MS MS. DR DR. MADAME SENATOR SEN. SEN GOV GOV. GOVERNOR GOVENOR FORMER EX EX-PRESIDENT
		US U.S. U.S.A. UK U.K. AMERICAN UNITED KING QUEEN PRINCE PRINCESS CROWN EMIR SULTAN RATU TUANKU SAMDECH DATUK DATO SHEIKH SHEIK
		SHAIKH SHAYKH GENERAL GEN GEN. LT LT. LIEUTENANT COLONEL COL COL. MAJOR CAPTAIN CAPT. ADMIRAL MARSHAL
		FIELD COMMANDER CHAIRMAN CHAIRWOMAN SECRETARY SECRETARY-GENERAL MINISTER FOREIGN DEFENSE DEFENCE
		AYATOLLAH GRAND IMAM MULLAH REV REV. REVEREND FATHER BISHOP ARCHBISHOP CARDINAL POPE SIR LORD LADY
		DAME BARONESS VISCOUNT EARL DUKE JUDGE JUSTICE CHIEF SPEAKER REPRESENTATIVE REP REP. CONGRESSMAN CONGRESSWOMAN AMBASSADOR
		THE HIS HER DEPUTY ACTING INTERIM LEADER PRESIDENTIAL CANDIDATE OPPOSITION COMRADE DICTATOR STRONGMAN
		MAYOR CZAR TSAR SHAH MONSIEUR PM P.M. MP M.P. SEC. SECY SECY. SG`)
	// groupWords in a name make it a group or an office, not a person.
	groupWords = set(`ADMINISTRATION GOVERNMENT REGIME CABINET MINISTRY MINISTER MINISTERS DEPARTMENT
		OFFICE OFFICIALS OFFICIAL PRESIDENT PRESIDENCY PRESIDENT-ELECT SECRETARY SECRETARY-GENERAL PREMIER
		CHAIRMAN LEADER LEADERS LEADERSHIP CHIEF SENATOR GOVERNOR SPOKESMAN SPOKESWOMAN AMBASSADOR ENVOY
		SUPPORTERS LOYALISTS FOLLOWERS FAMILY CAMP CLAN DYNASTY FORCES FORCE ARMY MILITARY POLICE PARTY
		COUNCIL COMMITTEE COMMISSION ASSEMBLY PARLIAMENT CONGRESS SENATE COURT TRIBUNAL BANK UNION FRONT
		MOVEMENT ORGANIZATION ORGANISATION AGENCY BUREAU SERVICE SERVICES GUARD GUARDS BRIGADE BRIGADES
		MILITIA REBELS INSURGENTS GROUP NATIONAL REPUBLIC STATE STATES KINGDOM EMBASSY CONSULATE
		INSTITUTE FOUNDATION ASSOCIATION FEDERATION CORPORATION COMPANY UNIVERSITY SCHOOL COLLEGE
		PROVINCE REGION DISTRICT ISLANDS PEOPLE PEOPLES PEOPLE'S MEMBER MEMBERS DELEGATION JUNTA
		OPPOSITION RADIO TELEVISION BATTALION BATTALIONS JAISH JAYSH JABHAT JABHA HARAKAT HARAKAH HIZB
		HIZBUL KATAIB KATAEB KATIBAT KATIBA LIWA LIWAA SARAYA SARAYAT TANZIM MAJLIS ALWIYA FAYLAQ JAMAAT
		JAMIAT JAMAAH MUJAHIDEEN MUJAHIDIN SHABAB ANSAR COALITION OBSERVATORY SOVIET OF AND THE FOR`)
	// particles are lower case inside a name.
	particles = set(`AL EL AD AS ASH AT AZ AR UD UL WAL BIN IBN BINT DE DA DAS DOS DEL DELLA DER DEN DI DU VAN VON Y E`)
	// minor words are lower case inside an organisation's name.
	minorWords = set(`OF THE AND FOR IN ON AT TO A AN BY WITH AGAINST FROM AMONG INTO PER OR
		DE DES DU LA LE LES ET POUR EL LOS LAS DEL Y E I DA DO DOS DAS UND FUR DER DIE DI DELLA UL AL`)
	// orgWords say that a name is an organisation's.
	orgWords = set(`ORGANIZATION ORGANISATION ORGANIZATIONS UNION COUNCIL COMMISSION COMMITTEE AGENCY FUND BANK
		PROGRAMME PROGRAM PARTY FRONT ARMY BRIGADE BRIGADES BATTALION BATTALIONS MOVEMENT LEAGUE ASSOCIATION
		ASSOCIATIONS FEDERATION CONFEDERATION CONGRESS ALLIANCE FORUM INSTITUTE INSTITUTION FOUNDATION
		SOCIETY COURT TRIBUNAL CONFERENCE COMMUNITY NETWORK CENTRE CENTER COALITION GROUP FORCE FORCES
		JIHAD BROTHERHOOD SECRETARIAT PARLIAMENT ASSEMBLY CORPS SERVICE CROSS CRESCENT WATCH CLUB
		ACADEMY INITIATIVE TRUST AUTHORITY OFFICE BUREAU BOARD PANEL LEGION MILITIA MILITIAS GUARD GUARDS
		COMMANDO COMMANDOS CELLS FACTION MUJAHIDEEN MUJAHIDIN KLAN SYNDICATE PARTNERSHIP CHURCH AID RELIEF
		RESCUE INTERNATIONAL COOPERATION CO-OPERATION TREATY PACT ORDER SQUAD SQUADS UNIT UNITS COUNCILS
		COMMITTEES AGENCIES BANKS FUNDS PARTIES FRONTS MOVEMENTS LEAGUES SOCIETIES INSTITUTES COMMONWEALTH
		BORDERS FRONTIERES JEMAAH JAMAAT JAMIAT JAMAAH JAMAA JAMA'AT HARAKAT HARAKAH HARKAT HIZB HIZBUL JAISH
		JAYSH JEISH LASHKAR LASKAR JUND KATAIB KATAEB KATIBAT LIWA SARAYA SARAYAT TANZIM ANSAR
		ASOCIACION ASSOCIAZIONE ASSOCIACAO CENTRO INSTITUTO ISTITUTO FUNDACION FONDATION FONDAZIONE STIFTUNG
		ORGANIZACION COMITE COMITATO MOVIMIENTO MOVIMENTO MOUVEMENT FRENTE FRONTE PARTIDO PARTITO PARTI PARTEI
		EJERCITO ARMEE ESERCITO FEDERACION FEDERAZIONE CONSEJO CONSEIL CONSIGLIO COMISION CONGRESO FUERZAS
		BRIGADAS BRIGATE UNIONE ALIANZA ALLEANZA LIGA CARITAS`)
	// roleWords make a name a person's office or a body of people.
	roleWords = set(`RAPPORTEUR REPRESENTATIVE REPRESENTATIVES ENVOY ENVOYS SPOKESMAN SPOKESWOMAN SPOKESPERSON
		SECRETARY SECRETARY-GENERAL CHIEF DIRECTOR DIRECTOR-GENERAL PRESIDENT CHAIRMAN CHAIRWOMAN HEAD
		OFFICIAL OFFICIALS MEMBER MEMBERS DELEGATE DELEGATES DELEGATION AMBASSADOR MINISTER MINISTERS
		COMMISSIONER PEACEKEEPER PEACEKEEPERS TROOPS SOLDIERS MONITOR MONITORS INSPECTOR INSPECTORS STAFF
		LEADER LEADERS SUPPORTERS MILITANTS REBELS GUERRILLAS INSURGENTS PROTESTERS CONTINGENT
		OBSERVER OBSERVERS EXPERT EXPERTS DEPUTY BODIES RESIDENT PERSONNEL OFFICER OFFICERS
		ACTIVISTS CONSPIRATORS GANG DATABASE`)
	// honorifics cannot start an organisation's name.
	honorifics = set(`SHEIKH SHEIK SHAIKH SHAYKH MR MR. MRS MRS. MS MS. DR DR. SIR LORD LADY GENERAL GEN. COLONEL
		COL. CAPTAIN COMMANDER PRESIDENT PRIME MINISTER KING QUEEN PRINCE EMIR SULTAN AYATOLLAH MULLAH`)
	// knownAcronyms stay upper case inside a name.
	knownAcronyms = set(`UN U.N. EU E.U. US U.S. USA UK U.K. NATO OPEC HIV AIDS NGO NGOS ASEAN UNESCO UNICEF
		ICRC IAEA OSCE CIS ECOWAS SADC IGAD OAS OAU AU UNHCR UNDP UNEP WHO WTO IMF ILO FAO IRA ETA PLO
		ANC FARC ELN MPLA UNITA SWAPO KGB CIA FBI IT ICT SOS YMCA YWCA`)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// eastAsian countries write given names with a hyphen and a lower-case
// second part: Kim Jong-il, Ban Ki-moon.
var eastAsian = map[string]bool{"PRK": true, "KOR": true, "CHN": true, "TWN": true, "HKG": true, "MAC": true}

// surnameFirst countries write the family name first, and their names
// have no particles: Nguyen Van Giau, Hun Sen.
var surnameFirst = map[string]bool{"PRK": true, "KOR": true, "CHN": true, "TWN": true, "HKG": true, "MAC": true,
	"VNM": true, "VDR": true, "KHM": true, "MMR": true}

// properCase writes an upper-case name in proper case; org names have
// their minor words in lower case, asian ones (surname first) no
// particles.
func properCase(name string, org, asian bool) string {
	words := strings.Split(name, " ")
	out := make([]string, len(words))
	for i, w := range words {
		afterDe := i > 0 && (words[i-1] == "DE" || words[i-1] == "DEL")
		out[i] = caseWord(w, i == 0, afterDe, org, asian)
	}
	return strings.Join(out, " ")
}

func caseWord(w string, first, afterDe, org, asian bool) string {
	bare := strings.TrimRight(w, ",")
	switch {
	case !first && !asian && (particles[bare] || org && minorWords[bare]):
		return strings.ToLower(w)
	case !first && afterDe && (bare == "LA" || bare == "LAS" || bare == "LOS" || bare == "LE"):
		return strings.ToLower(w)
	case !first && romanRE.MatchString(bare):
		return w
	case org && (knownAcronyms[bare] || isAcronymShape(bare)):
		return w
	}
	parts := strings.Split(w, "-")
	for j, p := range parts {
		switch {
		case j == 0 && len(parts) > 1 && !first && !asian && particles[p]:
			parts[j] = strings.ToLower(p) // al-Assad
		case j > 0 && j < len(parts)-1 && len(p) == 1:
			parts[j] = strings.ToLower(p) // Lashkar-e-Taiba
		case j > 0 && !asian && (particles[p] || org && minorWords[p]):
			parts[j] = strings.ToLower(p) // ul-Mujahidin
		default:
			parts[j] = capWord(p)
		}
	}
	return strings.Join(parts, "-")
}

var romanRE = regexp.MustCompile(`^(II|III|IV|VI|VII|VIII|IX|XI|XII)$`)

// personCase writes a person's name in proper case: particles lower case
// unless the name is written surname first, the second part of a
// hyphenated given name lower case in East Asian names (Kim Jong-il).
func personCase(name string, surnameFirst, eastAsian bool) string {
	if !eastAsian {
		return properCase(name, false, surnameFirst)
	}
	words := strings.Split(properCase(name, false, true), " ")
	for i, w := range words {
		if head, tail, ok := strings.Cut(w, "-"); ok && i > 0 {
			words[i] = head + "-" + strings.ToLower(tail)
		}
	}
	return strings.Join(words, " ")
}

// isAcronymShape: letters with dots (U.N.), or no vowel at all (PKK).
func isAcronymShape(w string) bool {
	if len(w) >= 2 && strings.Count(w, ".") >= 2 {
		return true
	}
	return len(w) >= 2 && len(w) <= 5 && !strings.ContainsAny(w, "AEIOUY.'-") && !hasDigit(w)
}

// capWord capitalises a word: the first letter, letters after a dot,
// "Mc" names and O'/D' names.
func capWord(w string) string {
	rs := []rune(strings.ToLower(w))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			up = false
			continue
		}
		switch {
		case r == '.':
			up = true
		case r == '\'' && i == 1 && len(rs) > 3: // O'Brien, D'Alema
			up = true
		default:
			up = false
		}
	}
	s := string(rs)
	if strings.HasPrefix(s, "Mc") && len(rs) > 3 {
		s = "Mc" + strings.ToUpper(s[2:3]) + s[3:]
	}
	return s
}

// ---- codes to roles and countries

var sectors = map[string]string{
	"GOV": "government", "ELI": "elite", "MIL": "military", "OPP": "opposition", "REB": "rebel",
	"JUD": "judiciary", "LEG": "legislature", "BUS": "business", "MED": "media", "SPY": "intelligence",
	"COP": "police", "EDU": "education", "HLH": "health", "AGR": "agriculture", "DEV": "development",
	"ENV": "environment", "LAB": "labour", "HRI": "human rights", "REL": "religion", "REF": "refugees",
	"PTY": "party", "INS": "insurgent", "CVL": "civilian", "CRM": "criminal", "UAF": "armed forces",
}

// phoenixISO maps Phoenix's non-ISO country codes to kg's.
var phoenixISO = map[string]string{"USR": "SUN", "KSV": "XKX", "TMP": "TLS", "FRY": "YUG", "IMY": "IMN"}

func (g *gen) country(c string) string {
	if m, ok := phoenixISO[c]; ok {
		c = m
	}
	if g.iso[c] && sectors[c] == "" {
		return c
	}
	return ""
}

// role reads a dated code as a role; ok is false when it has no country
// or sector kg can name.
func (g *gen) role(c code) (gazetteer.Role, bool) {
	s := c.code
	if !c.dated || c.from < 0 || len(s) < 6 || len(s)%3 != 0 {
		return gazetteer.Role{}, false
	}
	var chunks []string
	for i := 0; i < len(s); i += 3 {
		chunks = append(chunks, s[i:i+3])
	}
	cc, rest := g.country(chunks[0]), chunks[1:]
	if t := g.country(rest[0]); t != "" && sectors[rest[0]] == "" { // a territory: GBRVGB
		cc, rest = t, rest[1:]
	}
	if cc == "" || len(rest) == 0 || sectors[rest[0]] == "" {
		return gazetteer.Role{}, false
	}
	role := sectors[rest[0]]
	if len(rest) > 1 && sectors[rest[1]] != "" && rest[1] != rest[0] {
		role += " (" + sectors[rest[1]] + ")"
	}
	switch {
	case cc == "RUS" && c.to != 0 && c.to <= 1991 && (c.from == 0 || c.from >= 1917):
		cc = "SUN"
	case cc == "VNM" && c.to != 0 && c.to <= 1976 && (c.from == 0 || c.from >= 1945):
		cc = "VDR"
	}
	return gazetteer.Role{Of: "country:" + cc, Role: role, From: c.from, To: c.to}, true
}

// mergeRoles sorts roles and joins overlapping spans of one office.
func mergeRoles(rs []gazetteer.Role) []gazetteer.Role {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Of != b.Of {
			return a.Of < b.Of
		}
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.To < b.To
	})
	var out []gazetteer.Role
	for _, r := range rs {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Of == r.Of && p.Role == r.Role && p.From != 0 && r.From != 0 && (p.To == 0 || r.From <= p.To) {
				if p.To != 0 && (r.To == 0 || r.To > p.To) {
					p.To = r.To
				}
				continue
			}
			if *p == r {
				continue
			}
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		ka, kb := a.From, b.From
		if ka == 0 {
			ka = a.To
		}
		if kb == 0 {
			kb = b.To
		}
		if ka != kb {
			return ka < kb
		}
		if a.Of != b.Of {
			return a.Of < b.Of
		}
		return a.Role < b.Role
	})
	return out
}

// ---- people

type person struct {
	gazetteer.Entity
	where string
}

// splitTitle strips leading titles, and demonyms before them ("SOVIET
// LEADER"); titled reports whether there were any.
func (g *gen) splitTitle(words []string) (core []string, titled bool) {
	i := 0
	for i < len(words) && (g.titleAt(words, i) || strings.HasPrefix(words[i], "EX-")) {
		i++
	}
	return words[i:], i > 0
}

// titleAt reports a title at words[i], or a demonym before one ("German"
// is also a first name).
func (g *gen) titleAt(words []string, i int) bool {
	for ; i < len(words); i++ {
		if titles[words[i]] {
			return true
		}
		if !g.demonyms[strings.ToLower(words[i])] {
			return false
		}
	}
	return false
}

// personName reports whether words make a personal name: two words or
// more (initials count), at least one of them a full word, at most six
// besides particles, none an organisation word or a number, and no title
// or demonym first.
func (g *gen) personName(words []string) bool {
	if len(words) < 2 || g.titleAt(words, 0) {
		return false
	}
	full, main := 0, 0
	for i, w := range words {
		bare := strings.TrimRight(w, ".")
		if groupWords[w] || hasDigit(w) || strings.ContainsAny(w, ",&") || bare == "MC" || bare == "MAC" ||
			strings.HasSuffix(w, "'") {
			return false
		}
		if particles[bare] && i > 0 && i < len(words)-1 {
			continue
		}
		main++
		if len(bare) > 1 && !strings.Contains(bare, ".") {
			full++
		}
	}
	if full == 0 || main > 6 {
		return false
	}
	// "EL SISI", "AL ASSAD": a surname with its article
	if len(words) == 2 && particles[words[0]] {
		return false
	}
	// "In Tam", "Than Tun": common words led by a function word
	if stopFirst[words[0]] {
		for _, w := range words {
			for _, p := range normWords(w) {
				if !g.common[p] {
					return true
				}
			}
		}
		return false
	}
	return true
}

var stopFirst = set(`A AN THE IN ON AT TO BY AS SO NO DO IF OR OF THAN YE IS IT BE HE WE ME MY UP US GO OH`)

// people reads the people of the Countries dictionary. It also counts
// their first names (g.given), which tell people from armed groups in the
// other dictionaries.
func (g *gen) people(actors []*actor) []*gazetteer.Entity {
	var cands []*person
	for _, a := range actors {
		var roles []gazetteer.Role
		dated := false
		for _, c := range a.codes {
			if c.dated {
				dated = true
				if c.from < 0 {
					g.badDates++
				}
			}
			if r, ok := g.role(c); ok {
				roles = append(roles, r)
			}
		}
		if !dated {
			continue // countries, institutions, generic roles
		}
		var variants []string
		for _, e := range a.entries {
			variants = append(variants, e.primary)
			variants = append(variants, e.synonyms...)
		}
		primary, _, ok := clean(a.entries[0].primary)
		if !ok {
			g.drop("person:bad-name", a.where()+" "+a.entries[0].primary)
			continue
		}
		if pw, _ := g.splitTitle(strings.Fields(primary)); len(pw) > 1 && !g.personName(pw) {
			g.drop("person:not-a-person", a.where()+" "+primary)
			continue
		}
		if len(roles) == 0 {
			g.drop("person:no-role", a.where()+" "+primary)
			continue
		}
		asian, hyphenLower := false, false
		for _, r := range roles {
			cc := strings.TrimPrefix(r.Of, "country:")
			asian = asian || surnameFirst[cc]
			hyphenLower = hyphenLower || eastAsian[cc]
		}
		var names []string // usable, upper case, in order
		var cores []string // every variant without its titles, for duplicates
		for _, v := range variants {
			s, _, ok := clean(v) // parentheses: "(ACTING", "(1ST TIME"
			if !ok {
				continue
			}
			words := strings.Fields(s)
			core, titled := g.splitTitle(words)
			if len(core) >= 2 && g.personName(core) {
				cores = append(cores, strings.Join(core, " "))
			}
			if titled || !g.personName(words) {
				continue
			}
			names = append(names, s)
		}
		if len(names) == 0 && len(cores) > 0 {
			// only titled forms ("SIR PETER RAMSBOTHAM"): the name without
			// its title, as name only
			names = cores[:1]
		}
		if len(names) == 0 {
			g.drop("person:no-full-name", a.where()+" "+primary)
			continue
		}
		// the display form: a variant equal to the name but for hyphens
		// and dots, preferring hyphens
		name := names[0]
		for _, v := range names[1:] {
			if normKey(v) == normKey(name) && strings.Count(v, "-") > strings.Count(name, "-") {
				name = v
			}
		}
		p := &person{where: a.where()}
		p.Type, p.Name = "Person", personCase(name, asian, hyphenLower)
		p.ID = "person:" + gazetteer.Slug(p.Name)
		seen := map[string]bool{normKey(p.Name): true}
		for _, v := range names {
			if k := normKey(v); !seen[k] {
				seen[k] = true
				p.Aliases = append(p.Aliases, personCase(v, asian, hyphenLower))
			}
		}
		p.Roles = roles
		if dup := g.curatedPerson(p, cores); dup != nil {
			g.drop("person:curated", fmt.Sprintf("%s %s = %s", p.where, p.Name, dup.ID))
			continue
		}
		cands = append(cands, p)
	}
	// one id: merge when the two share a country, else drop both
	byID := map[string][]*person{}
	var ids []string
	for _, p := range cands {
		if byID[p.ID] == nil {
			ids = append(ids, p.ID)
		}
		byID[p.ID] = append(byID[p.ID], p)
	}
	var out []*gazetteer.Entity
	for _, id := range ids {
		ps := byID[id]
		p := ps[0]
		ok := true
		for _, q := range ps[1:] {
			if !shareCountry(p.Roles, q.Roles) {
				ok = false
				break
			}
			p.Roles = append(p.Roles, q.Roles...)
			p.Aliases = append(p.Aliases, q.Aliases...)
		}
		if !ok {
			g.drop("person:ambiguous-id", fmt.Sprintf("%s %s (%d actors)", p.where, id, len(ps)))
			continue
		}
		p.Roles = mergeRoles(p.Roles)
		out = append(out, &p.Entity)
		if w := strings.Fields(p.Name); len(w) > 0 {
			g.given[strings.ToUpper(w[0])]++
		}
	}
	return g.cleanNames(g.mergeShared(out, "person"), "person")
}

func shareCountry(a, b []gazetteer.Role) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Of == y.Of {
				return true
			}
		}
	}
	return false
}

// curatedPerson finds a curated person that p already is.
func (g *gen) curatedPerson(p *person, cores []string) *gazetteer.Entity {
	if g.curated[p.ID] {
		return g.gaz.Entity(p.ID)
	}
	for _, c := range append([]string{p.Name}, cores...) {
		if e := g.collides(properCase(c, false, false)); e != nil && e.Type == "Person" {
			return e
		}
	}
	// the same first name and surname, in office in the same country at
	// the same time
	w := normWords(p.Name)
	if len(w) < 2 || len(w[len(w)-1]) < 4 {
		return nil
	}
	for _, r := range p.Roles {
		if surnameFirst[strings.TrimPrefix(r.Of, "country:")] {
			return nil // the surname comes first
		}
	}
	for _, e := range g.surnames[w[len(w)-1]] {
		first := false
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if cw := normWords(n); len(cw) > 1 && cw[0] == w[0] {
				first = true
			}
		}
		if !first {
			continue
		}
		for _, cr := range e.Roles {
			for _, r := range p.Roles {
				if cr.Of == r.Of && overlap(cr, r) {
					return e
				}
			}
		}
	}
	return nil
}

func overlap(a, b gazetteer.Role) bool {
	af, at, bf, bt := a.From, a.To, b.From, b.To
	if at == 0 {
		at = 9999
	}
	if bt == 0 {
		bt = 9999
	}
	return af <= bt && bf <= at
}

// mergeShared merges an entity into another whose name is one of its
// names: two Phoenix entries of one person ("Geir H. Haarde" and "Geir
// Haarde", if they share a country) or organisation ("Interpol" and the
// International Criminal Police Organization, alias Interpol). Names that
// stay shared are dropped by cleanNames.
func (g *gen) mergeShared(ents []*gazetteer.Entity, kind string) []*gazetteer.Entity {
	byName := map[string]*gazetteer.Entity{}
	for _, e := range ents {
		if k := normKey(e.Name); byName[k] == nil {
			byName[k] = e
		} else {
			byName[k] = nil // two have it as name: ambiguous
		}
	}
	into := map[*gazetteer.Entity]*gazetteer.Entity{}
	for _, e := range ents {
		for _, a := range e.Aliases {
			t := byName[normKey(a)]
			if t == nil || t == e || into[t] != nil || into[e] != nil {
				continue
			}
			if kind == "person" && !shareCountry(e.Roles, t.Roles) {
				continue
			}
			into[e] = t
		}
	}
	var out []*gazetteer.Entity
	for _, e := range ents {
		t, ok := into[e]
		if !ok {
			out = append(out, e)
			continue
		}
		g.drop(kind+":merged", e.ID+" -> "+t.ID)
		t.Aliases = append(t.Aliases, e.Name)
		t.Aliases = append(t.Aliases, e.Aliases...)
		t.Roles = mergeRoles(append(t.Roles, e.Roles...))
		if t.Country != e.Country {
			t.Country = ""
		}
	}
	return out
}

// cleanNames drops the names of generated entities that the curated
// gazetteer has as another entity, one-word common words, and names two
// generated entities share; an entity whose name goes takes its first
// alias left as name, or goes too.
func (g *gen) cleanNames(ents []*gazetteer.Entity, kind string) []*gazetteer.Entity {
	owners := map[string]map[string]bool{}
	for _, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := normKey(n)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][e.ID] = true
		}
	}
	var out []*gazetteer.Entity
	for _, e := range ents {
		var keep []string
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := normKey(n)
			switch {
			case seen[k]:
				continue
			case len(owners[k]) > 1:
				g.drop(kind+":shared-name", e.ID+" "+n)
			case g.collides(n) != nil:
				g.drop(kind+":gazetteer-name", fmt.Sprintf("%s %s = %s", e.ID, n, g.collides(n).ID))
			case g.oneWordCommon(n):
				g.drop(kind+":common-word", e.ID+" "+n)
			default:
				keep = append(keep, n)
			}
			seen[k] = true
		}
		if len(keep) == 0 || kind == "person" && len(normWords(keep[0])) < 2 {
			g.drop(kind+":no-name-left", e.ID+" "+e.Name)
			continue
		}
		if keep[0] != e.Name {
			g.drop(kind+":renamed", e.ID+" "+e.Name+" -> "+keep[0])
			e.Name = keep[0]
			prefix, _, _ := strings.Cut(e.ID, ":")
			e.ID = prefix + ":" + gazetteer.Slug(e.Name)
			if g.curated[e.ID] {
				g.drop(kind+":curated", e.ID)
				continue
			}
		}
		e.Aliases = keep[1:]
		sort.Strings(e.Aliases)
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	// a renamed entity may now share its id with another
	dedup := out[:0]
	for i, e := range out {
		if i > 0 && out[i-1].ID == e.ID {
			g.drop(kind+":duplicate-id", e.ID)
			continue
		}
		dedup = append(dedup, e)
	}
	return dedup
}

// ---- organisations

type orgCand struct {
	gazetteer.Entity
	code    string
	where   string
	mil     bool
	primary string   // the name line, cleaned
	names   []string // upper case, cleaned, usable multiword names
	acros   []string // upper case acronyms
	drop    bool
	curated string
}

func (g *gen) orgs(intl, mil []*actor) []*gazetteer.Entity {
	var cands []*orgCand
	for i, list := range [][]*actor{intl, mil} {
		for _, a := range list {
			for _, e := range a.entries {
				if c := g.orgCandidate(a, e, i == 1); c != nil {
					cands = append(cands, c)
				}
			}
		}
	}
	// acronym-only actors join the one full name of their code whose
	// initials they are
	var out []*orgCand
	bySkel := map[string]*orgCand{}
	for _, c := range cands {
		if len(c.names) == 0 {
			continue
		}
		// spelling variants written as other actors ("LASKAR_I_TAIBA__"
		// for Lashkar-e-Taiba) join the first actor with the same
		// consonants
		into := bySkel[skeleton(c.primary)]
		if into != nil && into.mil != c.mil {
			into = nil
		}
		if into != nil {
			g.drop("org:variant", c.where+" -> "+into.where)
			into.names = append(into.names, c.names...)
			into.acros = append(into.acros, c.acros...)
			if into.curated == "" {
				into.curated = c.curated
			}
			continue
		}
		for _, n := range c.names {
			if k := skeleton(n); len(k) >= 6 && bySkel[k] == nil {
				bySkel[k] = c
			}
		}
		out = append(out, c)
	}
	for _, c := range cands {
		if len(c.names) > 0 {
			continue
		}
		for _, a := range c.acros {
			var match []*orgCand
			for _, f := range out {
				if f.code == c.code && initials(f.names[0]) == strings.ReplaceAll(a, ".", "") {
					match = append(match, f)
				}
			}
			if len(match) == 1 {
				match[0].acros = append(match[0].acros, a)
				if c.curated != "" {
					match[0].curated = c.curated
				}
			} else {
				g.drop("org:lone-acronym", c.where+" "+a)
			}
		}
	}
	// one id: merge
	byID := map[string]*orgCand{}
	var ents []*gazetteer.Entity
	for _, c := range out {
		if c.curated != "" {
			g.drop("org:curated", fmt.Sprintf("%s %s = %s", c.where, c.names[0], c.curated))
			continue
		}
		c.Type = "Organization"
		c.Name = properCase(c.names[0], true, false)
		c.ID = "org:" + gazetteer.Slug(c.Name)
		if g.curated[c.ID] {
			g.drop("org:curated", c.where+" "+c.ID)
			continue
		}
		var aliases []string
		for _, n := range c.names[1:] {
			aliases = append(aliases, properCase(n, true, false))
		}
		aliases = append(aliases, c.acros...)
		if p, ok := byID[c.ID]; ok {
			p.Aliases = append(p.Aliases, aliases...)
			if p.Country != c.Country {
				p.Country = ""
			}
			continue
		}
		c.Aliases = aliases
		byID[c.ID] = c
		ents = append(ents, &c.Entity)
	}
	return g.cleanNames(g.mergeShared(ents, "org"), "org")
}

// skeleton gives the consonants of a name, doubled ones once: spellings of
// one transliterated name mostly share it (Lashkar-e-Taiba, Laskar i
// Tayyaba: "lskrtb").
func skeleton(name string) string {
	var b []byte
	for _, r := range strings.ToLower(gazetteer.Slug(name)) {
		if r < 'a' || r > 'z' || strings.ContainsRune("aeiouyh", r) {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == byte(r) {
			continue
		}
		b = append(b, byte(r))
	}
	return string(b)
}

// initials gives the first letters of a name's main words.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ReplaceAll(name, "-", " ")) {
		if minorWords[w] {
			continue
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// orgCandidate reads one entry as an organisation, or returns nil.
func (g *gen) orgCandidate(a *actor, e entry, mil bool) *orgCand {
	where := fmt.Sprintf("%s:%d %s", filepath.Base(a.file), e.line, e.primary)
	if len(a.codes) == 0 {
		g.drop("org:no-code", where)
		return nil
	}
	kind := ""
	country := ""
	for _, c := range a.codes {
		if c.dated {
			g.drop("org:dated-person", where)
			return nil
		}
		s := c.code
		switch {
		case s == "---" || strings.HasPrefix(s, "MNC") || strings.Contains(s, "ELI"):
			g.drop("org:code-"+strings.Trim(s[:min(3, len(s))], "-"), where)
			return nil
		case strings.HasPrefix(s, "IGO"), strings.HasPrefix(s, "NGO"), strings.HasPrefix(s, "MED"), mil:
			kind = s
		}
		if len(s) >= 6 {
			if cc := g.country(s[:3]); cc != "" && sectors[s[3:6]] != "" {
				country = cc // COLREB
			} else if (s[:3] == "NGO" || s[:3] == "IGO") && len(s) >= 6 && g.country(s[3:6]) != "" {
				country = g.country(s[3:6]) // NGOUSA
			}
		}
	}
	if kind == "" {
		g.drop("org:not-an-org-code", where)
		return nil
	}
	// armed groups and media may have names with no organisation word,
	// but not the people that the militant groups list (NAME__)
	free := mil && !strings.HasSuffix(e.primary, "__") || strings.HasPrefix(kind, "MED")
	c := &orgCand{code: a.codes[0].code, where: where, mil: mil}
	if country != "" {
		c.Country = "country:" + country
	}
	igo := strings.HasPrefix(kind, "IGO")
	personal := false              // the name line is a person's name
	var singles, explicit []string // one-word names; acronyms in parentheses
	for k, v := range append([]string{e.primary}, e.synonyms...) {
		s, parens, ok := clean(v)
		if !ok || strings.ContainsAny(v, "/:") {
			g.drop("org:bad-name", where+" | "+v)
			continue
		}
		s = strings.TrimPrefix(s, "THE ")
		qualified := false
		for _, p := range parens {
			if isAcronym(p) {
				explicit = append(explicit, p)
			} else {
				qualified = true
			}
		}
		if id := g.curatedOrg(s); id != "" {
			c.curated = id
		}
		for _, a := range explicit {
			if id := g.curatedOrg(a); id != "" {
				c.curated = id
			}
		}
		if qualified {
			g.drop("org:qualified-name", where+" | "+v)
			continue
		}
		words := strings.Fields(s)
		if len(words) == 1 && !strings.Contains(s, "-") {
			singles = append(singles, s)
			continue
		}
		if why := g.orgNameProblem(words, free, igo); why != "" {
			if k == 0 && why == "role-name" {
				g.drop("org:role", where)
				return nil // an office, not a body ("UN_SECRETARY_GENERAL")
			}
			if k == 0 && why == "person-name" {
				personal = true
			}
			g.drop("org:"+why, where+" | "+s)
			continue
		}
		if c.primary == "" {
			c.primary = s
		}
		c.names = append(c.names, s)
	}
	// the name: the first with an organisation word, else the first
	orgNamed := false
	for i, n := range c.names {
		if hasOrgWord(strings.Fields(n)) {
			c.names[0], c.names[i] = c.names[i], c.names[0]
			orgNamed = true
			break
		}
	}
	if personal && !orgNamed {
		g.drop("org:person", where)
		return nil // a person's entry: its other names are the person's too
	}
	// A one-word name of six letters or less may be an acronym or a word
	// (the dictionary is in capitals): it is an acronym in parentheses,
	// with no vowel, or as the initials of a name of the entry; else, like
	// longer ones, a name of its own (Afghanaid) if no English word, not a
	// person's and five letters or more. An entry with no name of its own
	// keeps its acronyms, to join the full name of its code later.
	c.acros = explicit
	for _, s := range singles {
		short := isAcronym(s)
		initialsOf := false
		for _, n := range c.names {
			initialsOf = initialsOf || initials(n) == strings.ReplaceAll(s, ".", "")
		}
		switch {
		case short && (isAcronymShape(s) || initialsOf || len(c.names) == 0):
			c.acros = append(c.acros, s)
		case len(s) < 5 || g.oneWordCommon(s) || hasDigit(s) || strings.HasSuffix(e.primary, "__") ||
			!(free || igo || strings.HasPrefix(kind, "NGO")):
			g.drop("org:one-word", where+" | "+s)
		default:
			c.names = append(c.names, s)
		}
	}
	// acronyms need three letters
	var acros []string
	for _, a := range c.acros {
		if n := len(strings.ReplaceAll(a, ".", "")); n < 3 {
			g.drop("org:short-acronym", where+" | "+a)
			continue
		}
		acros = append(acros, a)
	}
	c.acros = acros
	if len(c.names) == 0 && len(c.acros) == 0 {
		return nil
	}
	return c
}

// curatedOrg gives the curated organisation a name is already, if any:
// as it is, without a leading article ("Al-Fatah" is Fatah), or spelt
// with the same consonants.
func (g *gen) curatedOrg(s string) string {
	for _, n := range []string{s, strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(s, "AL-"), "AL "), "EL-")} {
		if e := g.collides(properCase(n, true, false)); e != nil && e.Type == "Organization" {
			return e.ID
		}
		if k := skeleton(n); len(k) >= 6 && g.orgSkel[k] != "" {
			return g.orgSkel[k]
		}
	}
	return ""
}

// isAcronym: one word of capital letters (dots allowed), with no vowel or
// of at most six letters.
func isAcronym(s string) bool {
	if s == "" || strings.ContainsAny(s, " -'") {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

func hasOrgWord(words []string) bool {
	for _, w := range words {
		for _, p := range strings.Split(strings.TrimRight(w, ",'"), "-") {
			if orgWords[p] || orgWords[strings.TrimSuffix(p, "'S")] {
				return true
			}
		}
	}
	return false
}

// orgNameProblem says why words cannot be an organisation's name, or "".
// free names need no organisation word; igo names may be made of common
// words ("European Parliament").
func (g *gen) orgNameProblem(words []string, free, igo bool) string {
	content, generic, own, political, pol := 0, 0, 0, 0, 0
	head := false // an organisation word seen
	for i, w := range words {
		bare := strings.TrimRight(w, ",")
		if roleWords[bare] && !head || i == 0 && honorifics[bare] && (len(words) < 2 || !orgWords[words[1]]) {
			return "role-name" // "UN Special Envoy", not "Council of Young Political Leaders"
		}
		head = head || orgWords[strings.TrimSuffix(bare, "'S")]
		if hasDigit(w) {
			return "number"
		}
		for _, p := range strings.Split(bare, "-") {
			p = strings.TrimSuffix(strings.TrimSuffix(p, "'S"), "'")
			if minorWords[p] || len(p) <= 1 {
				continue
			}
			content++
			if g.generic(p) {
				generic++
			}
			if !orgWords[p] {
				own++
			}
			if orgWords[p] || politicalWords[p] {
				political++
			}
			if politicalWords[p] && !orgWords[p] {
				pol++
			}
		}
	}
	org := hasOrgWord(words)
	first := strings.TrimSuffix(words[0], "'S")
	switch {
	case !org && !free:
		return "no-org-word"
	case own == 0 && content < 2:
		return "only-org-words" // "La Liga"
	case !org && generic == content:
		return "common-words" // "Egypt's Revolution", "Black December"
	case !org && g.given[words[0]] > 0 && !particles[words[0]] && !orgWords[words[0]]:
		return "person-name"
	case !igo && generic == content && content < 3:
		return "common-words" // "Angry Brigade"
	case !igo && content == 2 && (g.demonyms[strings.ToLower(first)] || religious[first]):
		return "adjective-group" // "Syrian Mujahideen", "Islamic Union"
	case political == content && pol > 0 && content <= 3:
		return "generic-name" // "National Liberation Movement", "Non Governmental Organization"
	}
	return ""
}

// politicalWords make, with organisation words alone, names that many
// bodies have had.
var politicalWords = set(`NATIONAL POPULAR PEOPLE PEOPLE'S PEOPLES REVOLUTIONARY LIBERATION UNITED ARMED DEMOCRATIC
	PATRIOTIC REBEL RESISTANCE FREEDOM NON GOVERNMENT GOVERNMENTAL INTERGOVERNMENTAL HUMAN RIGHTS`)

var religious = set(`ISLAMIC ISLAMI MUSLIM CHRISTIAN CATHOLIC JEWISH ARAB ARABIC SUNNI SHIA SHIITE`)

var calendarWords = set(`JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
	MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY`)

// generic reports a word that names nothing by itself: an English word,
// a month or day, a demonym or a one-word country name.
func (g *gen) generic(w string) bool {
	lw := strings.ToLower(w)
	return g.common[lw] || calendarWords[w] || g.demonyms[lw] || g.countryWords[lw]
}

// crossCheck drops names that a person and an organisation share.
func (g *gen) crossCheck(people, orgs []*gazetteer.Entity) {
	orgNames := map[string]string{}
	for _, o := range orgs {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			orgNames[normKey(n)] = o.ID
		}
	}
	for _, p := range people {
		var keep []string
		for _, a := range p.Aliases {
			if id, ok := orgNames[normKey(a)]; ok {
				g.drop("person:org-name", p.ID+" "+a+" = "+id)
				continue
			}
			keep = append(keep, a)
		}
		p.Aliases = keep
		if id, ok := orgNames[normKey(p.Name)]; ok {
			log.Printf("person %s has the name of %s", p.ID, id)
		}
	}
}

// ---- writing

func write(path string, ents []*gazetteer.Entity, line func(*gazetteer.Entity) string) error {
	var b strings.Builder
	for _, e := range ents {
		b.WriteString(line(e))
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// js writes a JSON string as json.dumps(ensure_ascii=False) does.
func js(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func aliasesJSON(a []string) string {
	if len(a) == 0 {
		return "[]"
	}
	q := make([]string, len(a))
	for i, s := range a {
		q[i] = js(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// personJSON writes a person in the form of people.jsonl.
func personJSON(e *gazetteer.Entity) string {
	var rs []string
	for _, r := range e.Roles {
		s := fmt.Sprintf(`{"of": %s, "role": %s`, js(r.Of), js(r.Role))
		if r.From != 0 {
			s += fmt.Sprintf(`, "from": %d`, r.From)
		}
		if r.To != 0 {
			s += fmt.Sprintf(`, "to": %d`, r.To)
		}
		rs = append(rs, s+"}")
	}
	return fmt.Sprintf(`{"type": "Person", "id": %s, "name": %s, "aliases": %s, "roles": [%s]}`,
		js(e.ID), js(e.Name), aliasesJSON(e.Aliases), strings.Join(rs, ", "))
}

// orgJSON writes an organisation in the form of organizations.jsonl.
func orgJSON(e *gazetteer.Entity) string {
	s := fmt.Sprintf(`{"type": "Organization", "id": %s, "name": %s, "aliases": %s`, js(e.ID), js(e.Name), aliasesJSON(e.Aliases))
	if e.Country != "" {
		s += fmt.Sprintf(`, "country": %s`, js(e.Country))
	}
	return s + "}"
}
