package main

import (
	"sort"

	"kg/gazetteer"
)

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
