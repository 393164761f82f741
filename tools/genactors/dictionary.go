package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

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
