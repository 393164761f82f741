package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
)

var knownTypes = map[string]string{
	"country": "Country", "person": "Person", "organization": "Organization", "organisation": "Organization",
	"org": "Organization", "event": "Event", "location": "Location",
}

var idPrefix = map[string]string{"Country": "country", "Person": "person", "Organization": "org", "Event": "event", "Location": "location"}

// ReadUserFile reads a user gazetteer. A file ending in .jsonl holds one
// entity a line in the embedded form ({"type","id","name","aliases",...});
// any other file is tab-separated, one entity a line:
//
//	TYPE <TAB> NAME [<TAB> ALIAS|ALIAS|... [<TAB> ID]]
//
// TYPE is Country, Person, Organization, Event or Location; lines starting
// with # are comments. Without an id, one is made from the type and name
// ("Organization", "Korean Friendship Association" gives
// org:korean_friendship_association). Errors name the file and line.
func ReadUserFile(path string) ([]*Entity, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", path, err)
	}
	defer f.Close()
	jsonl := strings.HasSuffix(strings.ToLower(path), ".jsonl")
	var out []*Entity
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var e Entity
		if jsonl {
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				return nil, fmt.Errorf("gazetteer %s:%d: %v", path, n, err)
			}
		} else {
			fields := strings.Split(line, "\t")
			if len(fields) < 2 {
				return nil, fmt.Errorf("gazetteer %s:%d: want TYPE<TAB>NAME[<TAB>ALIASES[<TAB>ID]], got %q", path, n, line)
			}
			e.Type, e.Name = strings.TrimSpace(fields[0]), strings.TrimSpace(fields[1])
			if len(fields) > 2 {
				for _, a := range strings.Split(fields[2], "|") {
					if a = strings.TrimSpace(a); a != "" {
						e.Aliases = append(e.Aliases, a)
					}
				}
			}
			if len(fields) > 3 {
				e.ID = strings.TrimSpace(fields[3])
			}
		}
		t, ok := knownTypes[strings.ToLower(e.Type)]
		if !ok {
			return nil, fmt.Errorf("gazetteer %s:%d: unknown type %q (want Country, Person, Organization, Event or Location)", path, n, e.Type)
		}
		e.Type = t
		if e.Name == "" {
			return nil, fmt.Errorf("gazetteer %s:%d: empty name", path, n)
		}
		if e.ID == "" {
			if t == "Country" {
				return nil, fmt.Errorf("gazetteer %s:%d: a country needs its id (country:ISO3)", path, n)
			}
			e.ID = idPrefix[t] + ":" + Slug(e.Name)
		}
		if t == "Country" && e.ISO3 == "" {
			e.ISO3 = strings.TrimPrefix(e.ID, "country:")
		}
		out = append(out, &e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", path, err)
	}
	return out, nil
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

// Slug makes the key of an id from a name: "Raúl Castro" -> "raul_castro".
func Slug(name string) string {
	return strings.Trim(slugRE.ReplaceAllString(foldAccents(strings.ToLower(name)), "_"), "_")
}
