package extract

import "testing"

func TestFramesLoad(t *testing.T) {
	if _, err := loadFrames(); err != nil {
		t.Fatal(err)
	}
}

func TestAllowed(t *testing.T) {
	for _, c := range []struct {
		rel, sub, obj string
		want          bool
	}{
		{"leader_of", "person:raul_castro", "country:CUB", true},
		{"leader_of", "country:CUB", "country:CUB", false},
		{"leader_of", "person:raul_castro", "event:korean_war", false},
		{"participated_in", "country:CHN", "event:korean_war", true},
		{"participated_in", "country:CHN", "country:PRK", false},
		{"diplomatic_relations", "country:CHL", "org:united_nations", false},
		{"recognizes", "country:USA", "person:nicolas_maduro", true},
		{"recognizes", "event:korean_war", "country:USA", false},
		{"supports", "country:PRK", "event:cuban_revolution", true},
		{"attack", "country:PRK", "event:korean_war", false},
		{"sanctions", "country:USA", "person:alexander_lukashenko", true},
		{"sanctions", "country:USA", "event:korean_war", false},
		{"meets", "person:xi_jinping", "country:GBR", true},
		{"cooperation", "location:middle_east", "country:ISR", false}, // a region does nothing
		{"supports", "location:latin_america", "country:ARG", false},
		{"aid", "country:USA", "location:west_berlin", true}, // but may be helped or attacked
		{"attack", "country:RUS", "location:crimea", true},
		{"no_such_relation", "country:USA", "country:CUB", false},
	} {
		if got := allowed(c.rel, c.sub, c.obj); got != c.want {
			t.Errorf("allowed(%s, %s, %s) = %v, want %v", c.rel, c.sub, c.obj, got, c.want)
		}
	}
}
