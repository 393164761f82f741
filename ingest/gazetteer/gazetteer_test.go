package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // entity ids in order
	}{
		{"Three North Korean doctors", []string{"country:PRK"}},
		{"Cuba’s vast spy network", []string{"country:CUB"}},
		{"every move of the U.S. to isolate", []string{"country:USA"}},
		{"let us know", nil},
		{"he went to Nigeria", []string{"country:NGA"}},
		{"the Democratic People's Republic of Korea", []string{"country:PRK"}},
		{"Pyongyang and Havana", []string{"country:PRK", "country:CUB"}},
		{"Kim il-sung and Kim Il Sung", []string{"person:kim_il_sung", "person:kim_il_sung"}},
		{"WHO said who", []string{"org:world_health_organization"}},
		{"the korea of old", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.Find(tt.text) {
			got = append(got, m.Entity.ID)
			if tt.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: mention offsets %d:%d do not give %q", tt.text, m.Start, m.End, m.Text)
			}
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLookupAndCoverage(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"dprk", "North Korea", "country:PRK", "north korean"} {
		es := g.Lookup(name)
		if len(es) != 1 || es[0].ID != "country:PRK" {
			t.Errorf("Lookup(%q) = %v", name, es)
		}
	}
	countries := 0
	for _, e := range g.Entities() {
		if e.Type == "Country" && !e.Former {
			countries++
		}
	}
	if countries < 249 {
		t.Errorf("%d current countries, want every one of ISO 3166-1 (249)", countries)
	}
	for _, id := range []string{"country:SUN", "country:VDR", "country:RVN", "country:XKX", "country:DDR", "country:YUG", "country:CSK"} {
		if g.Entity(id) == nil {
			t.Errorf("missing %s", id)
		}
	}
}

func TestReadUserFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "g.tsv")
	os.WriteFile(good, []byte("# mine\nOrganization\tKorean Friendship Association\tKFA\nPerson\tAlejandro Cao de Benós\tCao de Benos\n"), 0o644)
	ents, err := ReadUserFile(good)
	if err != nil || len(ents) != 2 || ents[0].ID != "org:korean_friendship_association" {
		t.Fatalf("ReadUserFile: %v %+v", err, ents)
	}
	g, _ := Default()
	g2, err := g.Extend(ents)
	if err != nil {
		t.Fatal(err)
	}
	if ms := g2.Find("the KFA said"); len(ms) != 1 || ms[0].Entity.ID != "org:korean_friendship_association" {
		t.Errorf("user entity not found: %+v", ms)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("Person\tA\nPlanet\tMars\n"), 0o644)
	if _, err := ReadUserFile(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:2") {
		t.Errorf("bad file: %v", err)
	}
}
