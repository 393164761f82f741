package reader

import (
	"strings"
	"testing"
)

// TestUnwrappedLines: in a text whose paragraphs are one line each, a
// short line is a block of its own; in a hard-wrapped text lines join.
func TestUnwrappedLines(t *testing.T) {
	long := "Peru and Chile signed a fishing agreement on Monday after two years of talks in Lima, officials of both governments said in statements."
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a caption between paragraphs",
			long + "\nFishing talks\n" + long,
			[]string{"p:" + long, "p:Fishing talks", "p:" + long}},
		{"a list item and the quote after it",
			long + "\n2. Never sold arms to Chile\n\"We sold none,\" Peru said in a statement on Monday, denying the report that a newspaper had published.",
			[]string{"p:" + long, "li:Never sold arms to Chile", "p:\"We sold none,\" Peru said in a statement on Monday, denying the report that a newspaper had published."}},
		{"a hard-wrapped paragraph",
			"Peru and Chile signed a fishing\nagreement on Monday.\n\nMore.",
			[]string{"p:Peru and Chile signed a fishing agreement on Monday.", "p:More."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in), Text)
			if err != nil {
				t.Fatal(err)
			}
			got := show(doc.Blocks)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("blocks %q, want %q", got, tt.want)
			}
		})
	}
}
