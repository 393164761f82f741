package sentence

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1/english"

	"kg/ingest/reader"
)

// splitTests is the table the splitter is judged by; TestCompare runs it
// through the alternatives too.
var splitTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"spaces", " \n\n \t", nil},
	{"one", "Cuba and North Korea are allies.", []string{"Cuba and North Korea are allies."}},
	{"no final period", "A greeting", []string{"A greeting"}},
	{"two", "Cuba is an island. Korea is a peninsula.", []string{"Cuba is an island.", "Korea is a peninsula."}},
	{"U.S. mid-sentence", "foiling every hideous move of the U.S. to isolate and stifle Cuba. Then it ended.",
		[]string{"foiling every hideous move of the U.S. to isolate and stifle Cuba.", "Then it ended."}},
	{"U.S. before a name", "The U.S. Congress voted. It passed.", []string{"The U.S. Congress voted.", "It passed."}},
	{"U.S. soil", "Obama allowed Havana to reopen an embassy on U.S. soil. The article is the latest.",
		[]string{"Obama allowed Havana to reopen an embassy on U.S. soil.", "The article is the latest."}},
	{"U.S. ends", "He lived in the U.S. The next day he left.", []string{"He lived in the U.S.", "The next day he left."}},
	{"U.S. ends before an adverb", "Aid came from the U.S. Moreover, arms came.", []string{"Aid came from the U.S.", "Moreover, arms came."}},
	{"U.S. before Finally", "Aid came from the U.S. Finally, the talks ended.", []string{"Aid came from the U.S.", "Finally, the talks ended."}},
	{"U.K. before Currently", "It was sold to the U.K. Currently, nobody knows.", []string{"It was sold to the U.K.", "Currently, nobody knows."}},
	{"Inc. before Following", "He founded Acme Inc. Following the war, it grew.", []string{"He founded Acme Inc.", "Following the war, it grew."}},
	{"U.S. before a name", "Talks between the U.S. Secretary of State and Cuba began.", []string{"Talks between the U.S. Secretary of State and Cuba began."}},
	{"Mr. and Dr.", "Mr. Smith met Dr. Jones in Havana. He left.", []string{"Mr. Smith met Dr. Jones in Havana.", "He left."}},
	{"Dr. He", "She met Dr. He Jiankui in Beijing.", []string{"She met Dr. He Jiankui in Beijing."}},
	{"Gen. and St.", "Gen. Lee flew to St. Petersburg. The talks began.", []string{"Gen. Lee flew to St. Petersburg.", "The talks began."}},
	{"military ranks", "Moscow backed the regime of Lieut. Colonel Mengistu. Brig. Smith left.", []string{"Moscow backed the regime of Lieut. Colonel Mengistu.", "Brig. Smith left."}},
	{"No. 1", "It was No. 1 on the list. No. 2 was Cuba.", []string{"It was No. 1 on the list.", "No. 2 was Cuba."}},
	{"no as a word", "The answer was no. The talks failed.", []string{"The answer was no.", "The talks failed."}},
	{"Jan.", "The treaty was signed on Jan. 12, 1960. It held.", []string{"The treaty was signed on Jan. 12, 1960.", "It held."}},
	{"decimal", "The economy grew 3.5 percent. Exports fell.", []string{"The economy grew 3.5 percent.", "Exports fell."}},
	{"money", "North Korea sent a first of $ 100,000, and a second of 500,000 to Japan. In addition, it gave asylum.",
		[]string{"North Korea sent a first of $ 100,000, and a second of 500,000 to Japan.", "In addition, it gave asylum."}},
	{"initials", "J. F. Kennedy met Castro. Nothing came of it.", []string{"J. F. Kennedy met Castro.", "Nothing came of it."}},
	{"initial ends", "They chose plan B. The plan failed.", []string{"They chose plan B.", "The plan failed."}},
	{"ellipsis inside", "It is normal that ... we see the image.", []string{"It is normal that ... we see the image."}},
	{"ellipsis ends", "He waited... Then he left.", []string{"He waited...", "Then he left."}},
	{"ellipsis before a name", "It was known … Cuba disagreed.", []string{"It was known … Cuba disagreed."}},
	{"question and exclamation", "Was it? Yes! Fine.", []string{"Was it?", "Yes!", "Fine."}},
	{"question in a quote", `"Why?" he asked. Nobody answered.`, []string{`"Why?" he asked.`, "Nobody answered."}},
	{"curly quote ends", "touting “independence against imperialism and for socialism.” The DPRK-Cuba friendship is invincible.",
		[]string{"touting “independence against imperialism and for socialism.”", "The DPRK-Cuba friendship is invincible."}},
	{"quote starts", "Rodong Sinmun declared it. “The Korean and Cuban peoples keenly felt it.”",
		[]string{"Rodong Sinmun declared it.", "“The Korean and Cuban peoples keenly felt it.”"}},
	{"straight quote ends", `the headline: "Three doctors, beheaded in Nigeria." As we can see, it is tragic.`,
		[]string{`the headline: "Three doctors, beheaded in Nigeria."`, "As we can see, it is tragic."}},
	{"comma after quote", "“It is invincible,” Rodong Sinmun declared.", []string{"“It is invincible,” Rodong Sinmun declared."}},
	{"etc. ends", "Sri Lanka, Angola, Nigeria, etc. Moreover, during the war it sent doctors.",
		[]string{"Sri Lanka, Angola, Nigeria, etc.", "Moreover, during the war it sent doctors."}},
	{"etc. inside", "Sri Lanka, Angola, etc. and other countries.", []string{"Sri Lanka, Angola, etc. and other countries."}},
	{"em dash", "Cuba and Korea have had relations since 1960, the newspaper notes—the year after the revolution. One man—an artist—spent two months in prison.",
		[]string{"Cuba and Korea have had relations since 1960, the newspaper notes—the year after the revolution.", "One man—an artist—spent two months in prison."}},
	{"parenthesis", "He left (for good.) Then Cuba protested.", []string{"He left (for good.)", "Then Cuba protested."}},
	{"number ends", "Relations began in 1970. 1971 was calmer.", []string{"Relations began in 1970.", "1971 was calmer."}},
	{"a.m.", "The strike came at 5 a.m. on Monday. Ten died.", []string{"The strike came at 5 a.m. on Monday.", "Ten died."}},
	{"D.C.", "He lives in Washington, D.C. now. He moved in 2001.", []string{"He lives in Washington, D.C. now.", "He moved in 2001."}},
	{"URL", "See www.example.com for more. Then read on.", []string{"See www.example.com for more.", "Then read on."}},
	{"Inc.", "Apple Inc. sold phones. It grew.", []string{"Apple Inc. sold phones.", "It grew."}},
	{"heading paragraph", "SOLIDARITY WITH SYRIA\n\nSince the creation of Syria, Korea helped.",
		[]string{"SOLIDARITY WITH SYRIA", "Since the creation of Syria, Korea helped."}},
	{"caption paragraph", "Kim il-sung and Yasser Arafat\n\nRelations began in 1970.",
		[]string{"Kim il-sung and Yasser Arafat", "Relations began in 1970."}},
	{"blank line with spaces", "A heading \n \t\nA paragraph.", []string{"A heading", "A paragraph."}},
	{"line break inside", "Cuba and\nKorea met. They\nagreed.", []string{"Cuba and\nKorea met.", "They\nagreed."}},
	{"abbreviation at paragraph end", "He lived in the U.S.\n\nThe end.", []string{"He lived in the U.S.", "The end."}},
	{"lower case after period", "The U.S. and Cuba met. talks went on.", []string{"The U.S. and Cuba met. talks went on."}},
}

func texts(ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text)
	}
	return out
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			checkOffsets(t, tt.in, got)
			if g := texts(got); !reflect.DeepEqual(g, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, g, tt.want)
			}
		})
	}
}

// checkOffsets checks that every sentence is the trimmed text at its
// offsets, and that sentences are in order and do not overlap.
func checkOffsets(t *testing.T, text string, ss []Sentence) {
	t.Helper()
	prev := 0
	for _, s := range ss {
		if s.Start < prev || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("bad span %d:%d after %d (len %d)", s.Start, s.End, prev, len(text))
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("text[%d:%d] = %q, Text = %q", s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Errorf("%q has surrounding space", s.Text)
		}
		if strings.Contains(s.Text, "\n\n") {
			t.Errorf("%q spans a paragraph break", s.Text)
		}
		prev = s.End
	}
}

// TestCompare scores the table with our splitter, with our splitter
// without Punkt's data, and with the library's own English tokenizer
// (each paragraph apart, as Split does). It records why the package is
// what it is; only our own score is asserted.
func TestCompare(t *testing.T) {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	punkt := func(text string) []string {
		var out []string
		for p := range strings.SplitSeq(text, "\n\n") {
			for _, s := range tok.Tokenize(p) {
				if s := strings.TrimSpace(s.Text); s != "" {
					out = append(out, s)
				}
			}
		}
		return out
	}
	rules := rulesModel()
	splitters := []struct {
		name  string
		split func(string) []string
	}{
		{"Split", func(s string) []string { return texts(Split(s)) }},
		{"Split without Punkt data", func(s string) []string { return texts(split(s, rules)) }},
		{"Punkt tokenizer", punkt},
	}
	for _, sp := range splitters {
		right := 0
		for _, tt := range splitTests {
			if reflect.DeepEqual(sp.split(tt.in), tt.want) {
				right++
			} else if testing.Verbose() && sp.name != "Split" {
				t.Logf("%s wrong on %s: %q", sp.name, tt.name, sp.split(tt.in))
			}
		}
		t.Logf("%-26s %d of %d cases right", sp.name, right, len(splitTests))
		if sp.name == "Split" && right != len(splitTests) {
			t.Errorf("Split gets %d of %d right", right, len(splitTests))
		}
	}
}

var seeds = []string{
	"../../testdata/seeds/000_d90099dbb2d22227.txt",
	"../../testdata/seeds/003_a658e70facf3b041.txt",
}

// seedText returns a seed document as the reader hands it on.
func seedText(tb testing.TB, path string) string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	doc, err := reader.Read(f, reader.Text)
	if err != nil {
		tb.Fatal(err)
	}
	return doc.Text()
}

func TestSeeds(t *testing.T) {
	tests := []struct {
		path string
		// sentences that must come out whole
		whole []string
	}{
		{seeds[0], []string{
			"“Today the Cuban people are firmly defending the sovereignty of the country and socialism, and are successfully advancing the revolution and construction, foiling every hideous move of the U.S. to isolate and stifle Cuba under the correct leadership of the Communist Party of Cuba headed by Raul Castro Ruz,” the article asserts.",
			"Cuba and North Korea have signed an intelligence- and technology-sharing agreement which allows the latter access to intelligence gathered by Cuba’s vast spy network, now operating more openly in the United States after President Barack Obama allowed Havana to reopen an embassy on U.S. soil.",
			"“The DPRK-Cuba friendship is the invincible friendship forged under the banner of socialism,” Rodong Sinmun declared.",
		}},
		{seeds[1], []string{
			"This is why North Korea sends doctors to countries such as Sri Lanka, Angola, Mexico, Nigeria, Ethiopia, Mozambique, etc.",
			"After the 2011 tsunami, and despite the difficulties in obtaining foreign currency, North Korea sent two aid packages, a first of $ 100,000, and a second of 500,000 to Japan.",
			"Before starting with this section, we must first talk about how health in North Korea is, given that in case the health system is deficient, it would be of little use to send doctors all over the world.",
			"Kim il-sung and Yasser Arafat",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.path[strings.LastIndex(tt.path, "/")+1:], func(t *testing.T) {
			text := seedText(t, tt.path)
			got := Split(text)
			checkOffsets(t, text, got)
			have := map[string]bool{}
			for _, s := range got {
				have[s.Text] = true
				// A sentence that starts in lower case was cut too early.
				if r := []rune(s.Text)[0]; unicode.IsLower(r) {
					t.Errorf("sentence starts in lower case: %q", s.Text)
				}
			}
			for _, w := range tt.whole {
				if !have[w] {
					t.Errorf("missing sentence %q", w)
				}
			}
			t.Logf("%d sentences", len(got))
		})
	}
}

// TestLongLine checks that a megabyte without a sentence break, or full
// of periods that end nothing, comes out in one pass, cut into pieces of
// at most MaxBytes that still index the input.
func TestLongLine(t *testing.T) {
	tests := []struct {
		name string
		in   string
		min  int // at least this many pieces
	}{
		{"invalid UTF-8", "ਨ" + strings.Repeat("\xa8", 5000), 3},
		{"words", strings.Repeat("word ", 200_000), 1},
		{"one token", strings.Repeat("x", 1<<20), 1},
		{"multibyte token", strings.Repeat("é", 1<<19), 1},
		{"words then multibyte", strings.Repeat("word ", 200_000) + strings.Repeat("é", 3000), 1},
		{"initials", strings.Repeat("U.S. ", 200_000), 1},
		{"dots", strings.Repeat(".", 1<<20), 1},
		{"abbreviations", strings.Repeat("Mr. ", 250_000), 1},
		{"paragraphs", strings.Repeat("a\n \n", 250_000), 250_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			if min := max(tt.min, len(tt.in)/MaxBytes); len(got) < min {
				t.Fatalf("got %d sentences, want at least %d", len(got), tt.min)
			}
			checkOffsets(t, tt.in, got)
			valid := utf8.ValidString(tt.in)
			for _, s := range got {
				if len(s.Text) > MaxBytes || valid && !utf8.ValidString(s.Text) {
					t.Fatalf("bad piece %d:%d (%d bytes)", s.Start, s.End, len(s.Text))
				}
			}
		})
	}
}

func BenchmarkSplit(b *testing.B) {
	var text strings.Builder
	for _, p := range seeds {
		text.WriteString(seedText(b, p))
		text.WriteString("\n\n")
	}
	s := text.String()
	Split("") // load the model outside the timing
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Split(s)
	}
}

// BenchmarkSplitLongLine is the pathological case: 10 MB, one line, no
// sentence break.
func BenchmarkSplitLongLine(b *testing.B) {
	s := strings.Repeat("word and U.S. 3.5 ", 10<<20/18)
	Split("")
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Split(s)
	}
}

// BenchmarkPunkt is the library's own tokenizer on the same text, for
// comparison.
func BenchmarkPunkt(b *testing.B) {
	var text strings.Builder
	for _, p := range seeds {
		text.WriteString(seedText(b, p))
		text.WriteString("\n\n")
	}
	s := text.String()
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	paras := strings.Split(s, "\n\n")
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for _, p := range paras {
			tok.Tokenize(p)
		}
	}
}
