// Command gencountries writes the country gazetteer of kg,
// gazetteer/data/countries.jsonl, from two public data sets:
//
//   - the npm package world-countries (ODbL-1.0): English common and
//     official names, alternative spellings, demonyms, capitals;
//   - Debian's iso-codes (LGPL-2.1): ISO 3166-1 and ISO 3166-3 lists;
//
// plus the hand-kept overrides.json beside this file (well-known aliases
// such as "the U.S." and "DPRK", former states, and removals of names that
// are ordinary words or ambiguous).
//
//	npm install --prefix /tmp/wc world-countries@5.1.0
//	apt-get install iso-codes
//	go run ./tools/gencountries -world /tmp/wc/node_modules/world-countries/dist/countries.json \
//	    -iso /usr/share/iso-codes/json/iso_3166-1.json -out gazetteer/data/countries.jsonl
//
// An alias that would name two countries ("Korean", "Congolese",
// "Dominican") is dropped from both unless overrides.json adds it to one.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"

	"kg/gazetteer"
)

// country is a line of the output, in the form the gazetteer reads.
type country = gazetteer.CountryLine

type worldCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA3         string   `json:"cca3"`
	CCA2         string   `json:"cca2"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

type overrides struct {
	Add map[string]struct {
		Name     string   `json:"name"`
		Names    []string `json:"names"`
		Demonyms []string `json:"demonyms"`
		Capitals []string `json:"capitals"`
	} `json:"add"`
	Remove []string `json:"remove"`
	Former []struct {
		country
		Current bool `json:"current"`
		// RenamedTo is the present state of a state that was only
		// renamed (Zaire is COD, Burma MMR): its names become the present
		// state's aliases, as the annotation guide keeps the present code.
		RenamedTo string `json:"renamed_to"`
	} `json:"former"`
}

func main() {
	world := flag.String("world", "", "world-countries dist/countries.json")
	iso := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "iso-codes iso_3166-1.json")
	over := flag.String("overrides", "tools/gencountries/overrides.json", "hand-kept overrides")
	out := flag.String("out", "gazetteer/data/countries.jsonl", "output file")
	flag.Parse()

	var wc []worldCountry
	mustRead(*world, &wc)
	var isoList map[string][]struct {
		Alpha3       string `json:"alpha_3"`
		Name         string `json:"name"`
		OfficialName string `json:"official_name"`
		CommonName   string `json:"common_name"`
	}
	mustRead(*iso, &isoList)
	var ov overrides
	mustRead(*over, &ov)

	removed := map[string]bool{}
	for _, r := range ov.Remove {
		removed[r] = true
	}
	byISO := map[string]*country{}
	for _, w := range wc {
		if w.CCA3 == "UNK" {
			// Kosovo under UNMIK's code; overrides.json gives it as XKX,
			// the code ONTOLOGY.md uses.
			continue
		}
		c := &country{ISO3: w.CCA3, ISO2: w.CCA2, Name: w.Name.Common}
		c.Names = append(c.Names, w.Name.Official)
		for _, a := range w.AltSpellings {
			if len([]rune(a)) > 3 || isAcronym(a) && len(a) == 3 && a != w.CCA3 {
				c.Names = append(c.Names, a)
			}
		}
		if d, ok := w.Demonyms["eng"]; ok {
			c.Demonyms = append(c.Demonyms, d.M, d.F)
			if strings.HasSuffix(d.M, "n") || strings.HasSuffix(d.M, "i") {
				c.Demonyms = append(c.Demonyms, d.M+"s") // Cubans, Israelis
			}
		}
		c.Capitals = append(c.Capitals, w.Capital...)
		byISO[c.ISO3] = c
	}
	for _, l := range isoList {
		for _, e := range l {
			c, ok := byISO[e.Alpha3]
			if !ok {
				log.Printf("iso-codes has %s (%s), world-countries does not; skipped", e.Alpha3, e.Name)
				continue
			}
			c.Names = append(c.Names, e.Name, e.OfficialName, e.CommonName)
		}
	}
	added := map[string]string{} // alias -> the country overrides gave it to
	addNames := func(iso3 string, names, demonyms, capitals []string) {
		c, ok := byISO[iso3]
		if !ok {
			log.Fatalf("overrides.json adds to unknown country %s", iso3)
		}
		c.Names = append(c.Names, names...)
		c.Demonyms = append(c.Demonyms, demonyms...)
		c.Capitals = append(c.Capitals, capitals...)
		for _, n := range append(append(names, demonyms...), capitals...) {
			added[n] = iso3
		}
	}
	for _, f := range ov.Former {
		c := f.country
		if f.RenamedTo != "" {
			addNames(f.RenamedTo, append([]string{c.Name}, c.Names...), c.Demonyms, c.Capitals)
			continue
		}
		c.Former = !f.Current
		byISO[c.ISO3] = &c
	}
	for iso3, a := range ov.Add {
		if c, ok := byISO[iso3]; ok && a.Name != "" {
			c.Names = append(c.Names, c.Name)
			c.Name = a.Name
		}
		addNames(iso3, a.Names, a.Demonyms, a.Capitals)
	}

	// Every surface form, and the countries it would name.
	owners := map[string]map[string]bool{}
	for _, c := range byISO {
		for _, n := range allForms(c) {
			if owners[n] == nil {
				owners[n] = map[string]bool{}
			}
			owners[n][c.ISO3] = true
		}
	}
	keep := func(c *country, n string) bool {
		if n == "" || removed[n] || !latin(n) || n == c.Name {
			return false
		}
		if owner, ok := added[n]; ok {
			return owner == c.ISO3
		}
		if len(owners[n]) > 1 {
			return false
		}
		return true
	}
	var list []*country
	for _, c := range byISO {
		c.Names = filter(c, c.Names, keep)
		c.Demonyms = filter(c, c.Demonyms, keep)
		c.Capitals = filter(c, c.Capitals, keep)
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ISO3 < list[j].ISO3 })
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, c := range list {
		if err := enc.Encode(c); err != nil {
			log.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %d countries to %s\n", len(list), *out)
}

func allForms(c *country) []string {
	out := append(append(append([]string{c.Name}, c.Names...), c.Demonyms...), c.Capitals...)
	return out
}

func filter(c *country, in []string, keep func(*country, string) bool) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, n := range in {
		n = strings.TrimSpace(n)
		if keep(c, n) && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func isAcronym(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// latin reports whether a name is written in the Latin script (English
// text never uses the others).
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func mustRead(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}
