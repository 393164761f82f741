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

// TestLinkInserts: a line that links to another story is page junk.
func TestLinkInserts(t *testing.T) {
	for _, in := range []string{"[Read: Peru sends most of its fishing fleet to Chile]", "READ MORE: Peru and Chile sign a fishing deal", "Related: Chile recalls its envoy"} {
		doc, err := Read(strings.NewReader("Peru and Chile met on Monday.\n\n"+in+"\n\nThey agreed."), Text)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range doc.Blocks {
			if strings.Contains(b.Text, "Chile") && b.Text != "Peru and Chile met on Monday." {
				t.Errorf("%q kept as %q", in, b.Text)
			}
		}
	}
}
