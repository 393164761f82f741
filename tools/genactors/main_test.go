package main

import (
	"os"
	"path/filepath"
	"testing"

	"kg/gazetteer"
)

func TestYear(t *testing.T) {
	for in, want := range map[string]int{"090120": 2009, "300101": 2030, "310101": 1931, "780101": 1978,
		"19290101": 1929, "20130804": 2013} {
		if got, ok := year(in); !ok || got != want {
			t.Errorf("year(%q) = %d %v, want %d", in, got, ok, want)
		}
	}
	for _, bad := range []string{"2004017", "201005011", "1920030320", "091320", "x90120", ""} {
		if _, ok := year(bad); ok {
			t.Errorf("year(%q) accepted", bad)
		}
	}
}

func TestRole(t *testing.T) {
	g := &gen{iso: map[string]bool{"USA": true, "GBR": true, "VGB": true, "RUS": true, "SUN": true, "XKX": true, "PRI": true}}
	tests := []struct {
		code string
		want gazetteer.Role
		ok   bool
	}{
		{"[USAGOV >090120]", gazetteer.Role{Of: "country:USA", Role: "government", From: 2009}, true},
		{"[USAGOVLEG 370722-470103]", gazetteer.Role{Of: "country:USA", Role: "government (legislature)", From: 1937, To: 1947}, true},
		{"[GBRVGBGOV 070101-090101]", gazetteer.Role{Of: "country:VGB", Role: "government", From: 2007, To: 2009}, true},
		{"[USAPRIELI 540101-850102]", gazetteer.Role{Of: "country:PRI", Role: "elite", From: 1954, To: 1985}, true},
		{"[RUSGOV 821112-840209]", gazetteer.Role{Of: "country:SUN", Role: "government", From: 1982, To: 1984}, true},
		{"[RUSGOV >000507]", gazetteer.Role{Of: "country:RUS", Role: "government", From: 2000}, true},
		{"[KSVGOV > 080109]", gazetteer.Role{Of: "country:XKX", Role: "government", From: 2008}, true},
		{"[USAGOV]", gazetteer.Role{}, false},                  // undated
		{"[IGOEUREEC 980701-981231]", gazetteer.Role{}, false}, // no country
		{"[KNTGOV 830101-850630]", gazetteer.Role{}, false},    // Kinakuta, the test country
		{"[IRQOCC 1920030320-20060520]", gazetteer.Role{}, false},
	}
	for _, tt := range tests {
		cs := parseCodes(tt.code)
		if len(cs) != 1 {
			t.Fatalf("%s: %d codes", tt.code, len(cs))
		}
		got, ok := g.role(cs[0])
		if ok != tt.ok || got != tt.want {
			t.Errorf("role(%s) = %+v %v, want %+v %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}

func TestCase(t *testing.T) {
	for _, tt := range []struct {
		in, want    string
		asian, east bool
	}{
		{"BARACK OBAMA", "Barack Obama", false, false},
		{"KIM JONG-IL", "Kim Jong-il", true, true},
		{"BASHAR AL-ASSAD", "Bashar al-Assad", false, false},
		{"JOHN MCCAIN", "John McCain", false, false},
		{"BRENDAN O'CONNOR", "Brendan O'Connor", false, false},
		{"GEORGE W. BUSH", "George W. Bush", false, false},
		{"ABEL PACHECO DE LA ESPRIELLA", "Abel Pacheco de la Espriella", false, false},
		{"NGUYEN VAN GIAU", "Nguyen Van Giau", true, false},
		{"JEAN-CLAUDE JUNCKER", "Jean-Claude Juncker", false, false},
	} {
		if got := personCase(tt.in, tt.asian, tt.east); got != tt.want {
			t.Errorf("personCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{
		"UNITED NATIONS EDUCATIONAL, SCIENTIFIC AND CULTURAL ORGANIZATION": "United Nations Educational, Scientific and Cultural Organization",
		"LASHKAR-E-TAIBA":                          "Lashkar-e-Taiba",
		"KURDISTAN WORKERS' PARTY":                 "Kurdistan Workers' Party",
		"UN DEPARTMENT OF PEACEKEEPING OPERATIONS": "UN Department of Peacekeeping Operations",
	} {
		if got := properCase(in, true, false); got != want {
			t.Errorf("properCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	if a, b := skeleton("Lashkar-e-Taiba"), skeleton("Laskar i Tayyaba"); a != b {
		t.Errorf("skeletons %q %q differ", a, b)
	}
	if a, b := skeleton("Young Men's Christian Association"), skeleton("Young Women's Christian Association"); a == b {
		t.Errorf("YMCA and YWCA share skeleton %q", a)
	}
}

// TestGenerate runs the generator on a small dictionary.
func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	data := filepath.Join(dir, "data")
	os.Mkdir(data, 0o755)
	write("data/countries.jsonl", `{"iso3":"USA","iso2":"US","name":"United States","names":["US"],"demonyms":["American","Americans"],"capitals":["Washington"]}
{"iso3":"PRK","iso2":"KP","name":"North Korea","names":[],"demonyms":["North Korean"],"capitals":["Pyongyang"]}
{"iso3":"GEO","iso2":"GE","name":"Georgia","names":[],"demonyms":["Georgian"],"capitals":["Tbilisi"]}
{"iso3":"ESP","iso2":"ES","name":"Spain","names":[],"demonyms":["Spanish"],"capitals":["Madrid"]}
`)
	write("data/people.jsonl", `{"type": "Person", "id": "person:barack_obama", "name": "Barack Obama", "aliases": ["Obama"], "roles": [{"of": "country:USA", "role": "President", "from": 2009, "to": 2017}]}
`)
	write("data/organizations.jsonl", `{"type": "Organization", "id": "org:hamas", "name": "Hamas", "aliases": []}
`)
	countries := write("c.txt", "# comment\nUNITED_STATES_ [USA]\n+AMERICA\n"+
		"BARACK_OBAMA\n+PRESIDENT_OBAMA_\n+BARACK_HUSSEIN_OBAMA\n\t[USAELI 780101-000101]\n\t[USAGOV >090120]\n"+
		"AMERICAN_VICE_PRESIDENT\n+US_VICE_PRESIDENT\n\t[USAGOV]\n"+
		"OBAMA_ADMINISTRATION\n\t[USAGOV >090120]\n"+
		"KIM_JONG_IL_\n+KIM_JONG-IL\n+CHAIRMAN_KIM\n+GEORGIA\n\t[PRKGOV 941101-111217]\n"+
		"JOHN_MCCAIN_\n+SENATOR_MCCAIN\n+MCCAIN\n+JOHN_SIDNEY_MCCAIN\n\t[USAGOVLEG >870103]\n"+
		"SUHARTO_\n\t[USAGOV 670312-980521]\n")
	intl := write("i.txt", "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_\t[IGOUNOIAE]\nIAEA_\t[IGOUNOIAE]\n"+
		"JUSTICE_ [NGO]\nACME_CORPORATION_ [MNCUSA]\nKOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n"+
		"UN_SPECIAL_ENVOY_FOR_BURMA_\t[IGOUNO]\n")
	mil := write("m.txt", "HAMAS_ [PSEREB]\n+ISLAMIC_RESISTANCE_MOVEMENT\n"+
		"SHINING_PATH_ [PERREB]\nBASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB]\n+BASQUE_HOMELAND_AND_FREEDOM_\n"+
		"REBELS_ [COLREB]\n")
	words := write("words", "shining\npath\nrebels\nRebels\nGeorgia\n")
	g, err := newGen(data, words)
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := readActors(countries)
	ib, _ := readActors(intl)
	mb, _ := readActors(mil)
	people := g.people(cb)
	orgs := g.orgs(ib, mb)
	var got []string
	for _, e := range append(people, orgs...) {
		line := personJSON(e)
		if e.Type == "Organization" {
			line = orgJSON(e)
		}
		got = append(got, line)
	}
	want := []string{
		`{"type": "Person", "id": "person:john_mccain", "name": "John McCain", "aliases": ["John Sidney McCain"], "roles": [{"of": "country:USA", "role": "government (legislature)", "from": 1987}]}`,
		`{"type": "Person", "id": "person:kim_jong_il", "name": "Kim Jong-il", "aliases": [], "roles": [{"of": "country:PRK", "role": "government", "from": 1994, "to": 2011}]}`,
		`{"type": "Organization", "id": "org:basque_fatherland_and_freedom", "name": "Basque Fatherland and Freedom", "aliases": ["Basque Homeland and Freedom", "ETA"], "country": "country:ESP"}`,
		`{"type": "Organization", "id": "org:international_atomic_energy_agency", "name": "International Atomic Energy Agency", "aliases": ["IAEA"]}`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d entities:\n%v", len(got), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entity %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}
