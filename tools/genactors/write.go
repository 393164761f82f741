package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"kg/gazetteer"
)

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
