package reader

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// show renders blocks compactly for comparison: "h2:Title", "p:Text",
// "cap:…", "li:…", "q:…", "tbl:" and the rows one a line.
func show(bs []Block) []string {
	var out []string
	for _, b := range bs {
		var k string
		switch b.Kind {
		case Heading:
			k = fmt.Sprintf("h%d", b.Level)
		case Paragraph:
			k = "p"
		case Caption:
			k = "cap"
		case ListItem:
			k = "li"
		case Quote:
			k = "q"
		case Table:
			k = "tbl"
		}
		out = append(out, k+":"+b.Text)
	}
	return out
}

func TestTextBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"paragraphs", "Cuba met Korea.\nIt was 1960.\n\nThen came more.",
			[]string{"p:Cuba met Korea. It was 1960.", "p:Then came more."}},
		{"ATX headings", "# Title.\n\ntext here\n\n### **SOLIDARITY WITH PALESTINE.** ###\n\n#### SOLIDARITY WITH THE REST OF THE WORLD .\n\nmore text",
			[]string{"h1:Title", "p:text here", "h3:SOLIDARITY WITH PALESTINE", "h4:SOLIDARITY WITH THE REST OF THE WORLD", "p:more text"}},
		{"heading keeps question mark", "text\n\n## Is it internationalism?\n\nmore",
			[]string{"p:text", "h2:Is it internationalism?", "p:more"}},
		{"setext headings", "text\n\nRelations\n=========\n\nAid\n---\n\nmore",
			[]string{"p:text", "h1:Relations", "h2:Aid", "p:more"}},
		{"italic caption", "text\n\n*North Korean doctor in Africa.*\n\n_Kim il-sung and Yasser Arafat_",
			[]string{"p:text", "cap:North Korean doctor in Africa.", "cap:Kim il-sung and Yasser Arafat"}},
		{"caption right after a paragraph", "Cuba helped.\n*The Voice of Korea.*\nMore text.",
			[]string{"p:Cuba helped.", "cap:The Voice of Korea.", "p:More text."}},
		{"italics inside a line are no caption", "*Cuba* and *Korea* met.",
			[]string{"p:Cuba and Korea met."}},
		{"lists", "Countries:\n\n- Cuba\n* Angola\n+ Syria\n1. Vietnam\n2) Japan\n  - nested\ncontinued",
			[]string{"p:Countries:", "li:Cuba", "li:Angola", "li:Syria", "li:Vietnam", "li:Japan", "li:nested continued"}},
		{"quotes", "> “We decided to ask\n> other friends.”\n\n>\n\ntext",
			[]string{"q:“We decided to ask other friends.”", "p:text"}},
		{"bold and italic removed", "**North Korea** sent *doctors* and __rifles__ to _Angola_, not snake_case_names.",
			[]string{"p:North Korea sent doctors and rifles to Angola, not snake_case_names."}},
		{"links keep their text", "Thanks to [Frances Martel](https://example.com/fm \"title\") and [the DPRK][1].",
			[]string{"p:Thanks to Frances Martel and the DPRK."}},
		{"images dropped", "Before ![a photo](x.jpg) after.", []string{"p:Before after."}},
		{"autolinks dropped", "See <http://www.abc.es/x.html> and <mailto:a@b.org> here.", []string{"p:See and here."}},
		{"escapes", `a first of \$ 100,000 \(about\) \*not emphasis\* \[1\] \# \_x\_`,
			[]string{"p:a first of $ 100,000 (about) *not emphasis* [1] # _x_"}},
		{"escaped link text", `[Posts \(Atom\)](#) and more words here`, []string{"p:Posts (Atom) and more words here"}},
		{"footnote marks", "Mozambique, etc. ( \\* ) ( \\* ) ( \\* ). Moreover, the DPRK (\\*) helped (\\*)(\\*). It sent ( * ) arms (*).",
			[]string{"p:Mozambique, etc. Moreover, the DPRK helped. It sent arms."}},
		{"footnote mark in quotes", `between the DPRK and Cuba "(\*)", or concerts`, []string{"p:between the DPRK and Cuba, or concerts"}},
		{"footnote mark after quote", `no shortage of doctors or nurses ". ( \* )`, []string{`p:no shortage of doctors or nurses ".`}},
		{"citation marks", "Cuba and Korea met.[1] They agreed.[citation needed][12]", []string{"p:Cuba and Korea met. They agreed."}},
		{"spaces collapsed", "Cuba\u00a0and  North\tKorea\u200b met , at last .", []string{"p:Cuba and North Korea met, at last."}},
		{"typography kept", "“Rosy future”—said ‘they’ – in 1960…", []string{"p:“Rosy future”—said ‘they’ – in 1960…"}},
		{"entities and tags", "Cuba &amp; Korea <span class=\"x\">met</span><br>today.", []string{"p:Cuba & Korea mettoday."}},
		{"code fences dropped", "Text.\n\n```\nfmt.Println(1)\n\nmore code\n```\n\nAfter.", []string{"p:Text.", "p:After."}},
		{"reference definitions dropped", "Text [Cuba][1].\n\n[1]: http://example.com/cuba", []string{"p:Text Cuba."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in), Markdown)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(doc.Blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("blocks of %q\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		format Format
		title  string
		first  string // the first block, shown
	}{
		{"headline", "North Korea: Friendship with Cuba Proves ‘Rosy Future’\n\n\nNorth Korea’s newspaper said so.", Text,
			"North Korea: Friendship with Cuba Proves ‘Rosy Future’", "h1:North Korea: Friendship with Cuba Proves ‘Rosy Future’"},
		{"question headline", "Is North Korea Internationalist?\n\nIt is.", Text, "Is North Korea Internationalist?", "h1:Is North Korea Internationalist?"},
		{"h1", "# From Pyongyang to Havana.\n\nThursday, August 8, 2013\n\n## Proletarian Internationalism\n\nText.", Markdown,
			"From Pyongyang to Havana", "h1:From Pyongyang to Havana"},
		{"sentence is no headline", "Cuba and North Korea have enjoyed relations since 1960.\n\nMore.", Text, "", "p:Cuba and North Korea have enjoyed relations since 1960."},
		{"lone line is no headline", "Cuba and North Korea in 1960", Text, "", "p:Cuba and North Korea in 1960"},
		{"wrapped paragraph is no headline", "Cuba and North Korea\nhave enjoyed relations\n\nMore.", Text, "", "p:Cuba and North Korea have enjoyed relations"},
		{"lower case is no headline", "and so it went on and on\n\nMore.", Text, "", "p:and so it went on and on"},
		{"html title", "<title>Cuba and Korea</title><p>Text about Cuba.</p>", HTML, "Cuba and Korea", "p:Text about Cuba."},
		{"html title with site name", "<title>Cuba and Korea | The Times</title><h1>Cuba and Korea</h1><p>Text.</p>", HTML, "Cuba and Korea", "h1:Cuba and Korea"},
		{"html h1", "<h1>Cuba and Korea</h1><p>Text.</p>", HTML, "Cuba and Korea", "h1:Cuba and Korea"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in), tt.format)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if got := show(doc.Blocks[:1])[0]; got != tt.first {
				t.Errorf("first block %q, want %q", got, tt.first)
			}
		})
	}
}
