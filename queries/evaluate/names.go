package evaluate

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normName is a name as names are compared: accents dropped, lower case,
// every run of other characters than ASCII letters and digits one space,
// a leading "the" dropped. "the Côte d'Ivoire" -> "cote d ivoire".
func normName(text string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(text) {
		if norm.NFKD.PropertiesString(string(r)).CCC() != 0 {
			continue // a combining mark: the accent of the letter before it
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// entityRef is an output entity as a fact line names it.
type entityRef struct {
	id, name, iso3 string
	aliases        []string // the surface forms the line carries (not for countries)
}

// refOfID is an entity known by its id alone (a claimed_by): named by
// what its id implies.
func refOfID(id string) entityRef {
	return entityRef{id: id, name: idName(id)}
}

// entity maps an output entity to the id it has in the gold: countries by
// ISO code, others by any gold name of their name or id (the document's
// names first), else "unmatched:NAME".
func (g *Gold) entity(e entityRef, doc string) string {
	if e.iso3 != "" {
		return "country:" + strings.ToUpper(e.iso3)
	}
	if len(e.id) == 11 && strings.EqualFold(e.id[:8], "country:") && isLetters(e.id[8:]) {
		return "country:" + strings.ToUpper(e.id[8:])
	}
	var cands []string
	for _, c := range append([]string{e.name, idName(e.id)}, e.aliases...) {
		if c != "" {
			cands = append(cands, c)
		}
	}
	for _, table := range []map[string]string{g.docAlias[doc], g.alias} {
		for _, c := range cands {
			if id, ok := table[normName(c)]; ok {
				return id
			}
		}
	}
	name := e.name
	if name == "" {
		name = e.id
	}
	return "unmatched:" + normName(name)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
