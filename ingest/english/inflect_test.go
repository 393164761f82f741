package english

import "testing"

func TestForms(t *testing.T) {
	tests := []struct{ lemma, third, past, gerund string }{
		{"arm", "arms", "armed", "arming"},
		{"supply", "supplies", "supplied", "supplying"},
		{"ship", "ships", "shipped", "shipping"},
		{"free", "frees", "freed", "freeing"},
		{"push", "pushes", "pushed", "pushing"},
		{"tax", "taxes", "taxed", "taxing"},
		{"convey", "conveys", "conveyed", "conveying"},
		{"donate", "donates", "donated", "donating"},
		{"attack", "attacks", "attacked", "attacking"},
	}
	for _, tt := range tests {
		if got := ThirdPerson(tt.lemma); got != tt.third {
			t.Errorf("ThirdPerson(%q) = %q, want %q", tt.lemma, got, tt.third)
		}
		if got := Past(tt.lemma); got != tt.past {
			t.Errorf("Past(%q) = %q, want %q", tt.lemma, got, tt.past)
		}
		if got := Gerund(tt.lemma); got != tt.gerund {
			t.Errorf("Gerund(%q) = %q, want %q", tt.lemma, got, tt.gerund)
		}
	}
	if got := Plural("treaty"); got != "treaties" {
		t.Errorf("Plural(treaty) = %q", got)
	}
}
