package reader

import (
	"reflect"
	"strings"
	"testing"
)

// prose is a paragraph of real text, long enough to end a junk section.
const prose = "Cuba and North Korea have enjoyed diplomatic relations since 1960. North Korea sent 100,000 AK rifles to Cuba in 1980, completely free of charge."

// TestJunkLines: each of these blocks is dropped alone, between two
// paragraphs of text.
func TestJunkLines(t *testing.T) {
	junkBlocks := []string{
		"<http://www.abc.es/internacional/20130211/abci-nigeria-corea-201302102106.html>",
		"https://twitter.com/Fekerfanta",
		"www.example.com/cuba",
		"@Fekerfanta",
		"[Newer](#)",
		"[Posts](#) [Older Posts](#)\n[Home](#)",
		"- ▶ 2015 (1)",
		"- ▼ August (1)",
		"December (1)",
		"1:32 PM",
		"Thursday, August 8, 2013",
		"8 August 2013",
		"Aug. 8, 2013 at 1:32 pm",
		"2013-08-08",
		"Follow Frances Martel on Facebook and Twitter.",
		"Follow us on Instagram",
		"Follow by Email",
		"Share this",
		"Share on Facebook",
		"Tweet",
		"Subscribe to: [Posts \\(Atom\\)](#)",
		"Subscribe now",
		"Please let us know if you're having issues with commenting.",
		"Leave a comment",
		"5 comments:",
		"published by **Fekerfanta** 1:32 PM 5 comments:",
		"Posted by Frances Martel at 10:02",
		"Newer Posts",
		"Older posts",
		"Home",
		"Read more",
		"Read more »",
		"Click here",
		"Related",
		"Related posts:",
		"Advertisement",
		"Powered by WordPress",
		"With the technology of [Blogger](#) .",
		"Total page views",
		"see all Mi profile",
		"Tweets por [@Fekerfanta](#)",
		"© 2017 The Example Times",
		"Copyright 2017 Breitbart",
		"All rights reserved.",
		"Skip to content",
		"---",
		"* * *",
		"|---|---|",
	}
	for _, j := range junkBlocks {
		t.Run(j, func(t *testing.T) {
			in := "First paragraph.\n\n" + j + "\n\nLast paragraph."
			doc, err := Read(strings.NewReader(in), Text)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(doc.Blocks); !reflect.DeepEqual(got, []string{"p:First paragraph.", "p:Last paragraph."}) {
				t.Errorf("kept %q", got)
			}
			if len(doc.Dropped) == 0 {
				t.Errorf("Dropped is empty")
			}
		})
	}
}

// TestNotJunk: prose that looks a little like junk is kept.
func TestNotJunk(t *testing.T) {
	kept := []string{
		"Home to 25 million people, North Korea is small.",
		"More than 100 tractors were sent to Sri Lanka.",
		"Follow the money, the report says, and you find Cuba.",
		"Related by blood, the two leaders met in 1986.",
		"The Twitter account of the embassy was closed in 2017 after it praised the missile test.",
		"Published by the Workers' Party, Rodong Sinmun is the state newspaper of North Korea. It celebrated the anniversary of ties with Cuba.",
		"In 1984, South Korea was hit by major storms.",
		"A greeting.",
		"DPRK",
		"May 1960 saw the first Cuban delegation arrive in Pyongyang.",
	}
	for _, k := range kept {
		t.Run(k, func(t *testing.T) {
			in := "First paragraph.\n\n" + k + "\n\nLast paragraph."
			doc, err := Read(strings.NewReader(in), Text)
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Blocks) != 3 {
				t.Errorf("kept %q, dropped %q", show(doc.Blocks), doc.Dropped)
			}
		})
	}
}

// TestJunkSections: widget headings and what is under them.
func TestJunkSections(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"ends at a heading of the same level",
			"Intro.\n\n### Personal information\n\n**Fekerfanta**\n\nA short profile line\n\n### Solidarity with Syria\n\nText.",
			[]string{"p:Intro.", "h3:Solidarity with Syria", "p:Text."}},
		{"goes on past deeper link headings",
			"Intro.\n\n## Popular tickets\n\n### [In Hostile Earth](#)\n\nOn February 10, Antena 3 showed a documentary that ...\n\n### [Manipulation against North Korea](#)\n\nDespite being a small country, it is ...\n\nTotal page views\n\nDPRK",
			[]string{"p:Intro."}},
		{"ends at a deeper heading followed by prose",
			"Intro.\n\n### Twitter\n\nTweets\n\n#### SOLIDARITY WITH JAPAN.\n\n" + prose,
			[]string{"p:Intro.", "h4:SOLIDARITY WITH JAPAN", "p:" + prose}},
		{"ends at long prose",
			"Intro.\n\n#### **Followers**\n\n" + prose,
			[]string{"p:Intro.", "p:" + prose}},
		{"bold widget title",
			"Intro.\n\n**Facebook :**\n\nDePyongyangALaHabana\n\n**Labels**\n\nCuba, Korea\n\n" + prose,
			[]string{"p:Intro.", "p:" + prose}},
		{"widget title with a count",
			"Intro.\n\n## Followers (12)\n\nSome Name\n\n## Next part\n\nText.",
			[]string{"p:Intro.", "h2:Next part", "p:Text."}},
		{"teasers are not prose",
			"Intro.\n\n### Popular posts\n\n**The popular democracy of North Korea**\n\nOn March 9, 2014 elections for deputies for the Supreme People's Assembly (parliament) of North Korea were held. Immediately ...\n\n" + prose,
			[]string{"p:Intro.", "p:" + prose}},
		{"archive list",
			"Intro.\n\n#### **Blog Archive**\n\n- ▶ 2015 (1)\n- ▼ 2013 (9)\n  - ▼ August (1)\n    - Proletarian Internationalism of North Korea\n\n" + prose,
			[]string{"p:Intro.", "p:" + prose}},
		{"a cut sentence is joined again",
			"Before starting, we must talk about how health in North Korea is,\n\n### Popular tickets\n\n**A teaser title**\n\nA teaser that ends ...\n\ngiven that in case the health system is deficient, it would be of little use to send doctors.",
			[]string{"p:Before starting, we must talk about how health in North Korea is, given that in case the health system is deficient, it would be of little use to send doctors."}},
		{"no join after a finished sentence",
			"It ended.\n\n<http://example.com>\n\nthen more came.",
			[]string{"p:It ended.", "p:then more came."}},
		{"no join without junk between",
			"It went on,\n\nand on.",
			[]string{"p:It went on,", "p:and on."}},
		{"headings named like widgets end nothing else",
			"# Facebook\n\n" + prose + "\n\n## Twitter\n\n" + prose,
			[]string{"p:" + prose, "p:" + prose}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in), Markdown)
			if err != nil {
				t.Fatal(err)
			}
			if got := show(doc.Blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("\n got %q\nwant %q\ndropped %q", got, tt.want, doc.Dropped)
			}
		})
	}
}

func TestLexicon(t *testing.T) {
	if len(junk.sections) < 20 || len(junk.lines) < 20 || len(junk.attrs) < 20 || len(junk.keep) < 5 {
		t.Errorf("junk.txt: %d sections, %d lines, %d attrs, %d keeps", len(junk.sections), len(junk.lines), len(junk.attrs), len(junk.keep))
	}
	bad := []string{
		"section",
		"section:",
		"lines: x",
		"line: (unclosed",
	}
	for _, b := range bad {
		if _, err := parseLexicon("# comment\n\n" + b + "\n"); err == nil {
			t.Errorf("parseLexicon(%q) accepted it", b)
		} else if !strings.Contains(err.Error(), "junk.txt:3") {
			t.Errorf("error %q does not give the line", err)
		}
	}
}
