package extract

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"kg/graph"
	"kg/ingest/reader"
)

// tableFacts reads a made-up document and returns the facts its tables
// give, as "SUBJECT relation OBJECT YEAR" ("NOT " when negated), sorted.
func tableFacts(t *testing.T, x *Extractor, f reader.Format, text string) ([]string, *reader.Document, []graph.Fact) {
	t.Helper()
	doc, err := reader.Read(strings.NewReader(text), f)
	if err != nil {
		t.Fatal(err)
	}
	res := x.ExtractFacts("t", doc)
	var out []string
	var kept []graph.Fact
	for _, f := range res.Facts {
		if !strings.HasPrefix(f.Rule, "table:") {
			continue
		}
		s := fmt.Sprintf("%s %s %s %d", f.Subject, f.Relation, f.Object, f.Year)
		if f.Negated {
			s = "NOT " + s
		}
		out = append(out, s)
		kept = append(kept, f)
	}
	sort.Strings(out)
	return out, doc, res.Facts
}

// page is a made-up encyclopedia page: a title, an introduction, then
// the section given.
func page(title, section string) string {
	return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>" +
		"<p>This made-up page describes the ties of a country with the rest of the world, in a few lines.</p>" +
		section + "</body></html>"
}

func TestTableFacts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		format reader.Format
		text   string
		want   []string
	}{
		{"diplomatic relations: a fact a row, the year from the date cell", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Bilateral relations</h2><table>
<tr><th>Country</th><th>Formal relations began</th><th>Notes</th></tr>
<tr><td><a href="/c">Canada</a></td><td>12 June 1973</td><td></td></tr>
<tr><td>Peru</td><td>1980</td><td>See the main article.</td></tr>
</table>`),
			[]string{"country:MNG diplomatic_relations country:CAN 1973", "country:MNG diplomatic_relations country:PER 1980"}},
		{"none, severed and restored", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Diplomatic relations</h2><table>
<tr><th>#</th><th>State</th><th>Date</th></tr>
<tr><td>1</td><td>Japan</td><td>None</td></tr>
<tr><td>2</td><td>Chile</td><td>1962; severed 1974; restored in 1990</td></tr>
<tr><td>3</td><td>Ghana</td><td>1965 (relations suspended 1970)</td></tr>
<tr><td>4</td><td>Nepal</td><td>Unknown</td></tr>
<tr><td>5</td><td>Laos</td><td>—</td></tr>
</table>`),
			[]string{"NOT country:MNG diplomatic_relations country:CHL 1974", "NOT country:MNG diplomatic_relations country:GHA 1970",
				"NOT country:MNG diplomatic_relations country:JPN 0",
				"country:MNG diplomatic_relations country:CHL 1962", "country:MNG diplomatic_relations country:GHA 1965",
				"country:MNG diplomatic_relations country:NPL 0"}},
		{"recognition: the row's country recognizes the page's", reader.HTML,
			page("Eritrea", `<h2>International recognition</h2><table>
<tr><th>Country</th><th>Date of recognition</th></tr>
<tr><td>Italy</td><td>24 May 1993</td></tr><tr><td>Egypt</td><td>1993</td></tr></table>`),
			[]string{"country:EGY recognizes country:ERI 1993", "country:ITA recognizes country:ERI 1993"}},
		{"the header in the first row without th, the heading in a caption", reader.HTML,
			page("Foreign relations of Mongolia", `<table><caption>Embassies in the capital</caption>
<tr><td>Nation</td><td>Opened</td></tr><tr><td>Cuba</td><td>1961</td></tr><tr><td>Mongolia</td><td>1921</td></tr></table>`),
			[]string{"country:MNG diplomatic_relations country:CUB 1961"}},
		{"the country of the line before the table", reader.HTML,
			page("A list of dates", `<h2>Relations</h2><p>Countries with which Laos established diplomatic relations:</p><table>
<tr><th>Country</th><th>Year</th></tr><tr><td>Cuba</td><td>1974</td></tr><tr><td>Chile</td><td>1971</td></tr></table>`),
			[]string{"country:LAO diplomatic_relations country:CHL 1971", "country:LAO diplomatic_relations country:CUB 1974"}},
		{"the title's country before one the line names", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Other states</h2><p>Diplomatic relations established after the visit to Japan:</p><table>
<tr><th>Country</th><th>Year</th></tr><tr><td>Peru</td><td>1990</td></tr><tr><td>Chile</td><td>1991</td></tr></table>`),
			[]string{"country:MNG diplomatic_relations country:CHL 1991", "country:MNG diplomatic_relations country:PER 1990"}},
		{"a heading that lists the opposite", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Countries without diplomatic relations</h2><table>
<tr><th>Country</th><th>Since</th></tr><tr><td>Bhutan</td><td>2001</td></tr><tr><td>Tonga</td><td>1999</td></tr></table>`),
			[]string{"NOT country:MNG diplomatic_relations country:BTN 2001", "NOT country:MNG diplomatic_relations country:TON 1999"}},
		{"a former state by the year", reader.HTML,
			page("Foreign relations of Russia", `<h2>Diplomatic relations</h2><table>
<tr><th>Country</th><th>Established</th></tr><tr><td>Cuba</td><td>1960</td></tr><tr><td>Fiji</td><td>1994</td></tr></table>`),
			[]string{"country:RUS diplomatic_relations country:FJI 1994", "country:SUN diplomatic_relations country:CUB 1960"}},
		{"a Markdown pipe table under a heading", reader.Markdown,
			"# Foreign relations of Mongolia\n\nThis made-up page describes the ties of a country with the world.\n\n## Diplomatic relations\n\n# | Country | Date\n---|---|---\n1 | [Canada](/c) | 1973\n2 | Peru | none\n",
			[]string{"NOT country:MNG diplomatic_relations country:PER 0", "country:MNG diplomatic_relations country:CAN 1973"}},
		{"no relation named: a list of trade partners", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Trade partners</h2><table>
<tr><th>Country</th><th>Year</th></tr><tr><td>Cuba</td><td>1974</td></tr><tr><td>Chile</td><td>1971</td></tr></table>`),
			nil},
		{"no date column", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Diplomatic relations</h2><table>
<tr><th>Country</th><th>Capital</th></tr><tr><td>Cuba</td><td>Havana</td></tr><tr><td>Chile</td><td>Santiago</td></tr></table>`),
			nil},
		{"no country for the page", reader.HTML,
			page("A list of dates", `<h2>Diplomatic relations</h2><table>
<tr><th>Country</th><th>Year</th></tr><tr><td>Cuba</td><td>1974</td></tr><tr><td>Chile</td><td>1971</td></tr></table>`),
			nil},
		{"a layout table is no table", reader.HTML,
			page("Foreign relations of Mongolia", `<h2>Diplomatic relations</h2><table role="presentation">
<tr><td>Country</td><td>Year</td></tr><tr><td>Cuba</td><td>1974</td></tr></table>`),
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _, _ := tableFacts(t, x, c.format, c.text)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("facts %q,\nwant %q", got, c.want)
			}
		})
	}
}

// TestTableProvenance checks where a row's fact says it was read: the
// row's text as evidence, its span in the document's text, and a
// sentence number after the sentences before the table; and that a cell
// of prose is read as sentences about the row's country.
func TestTableProvenance(t *testing.T) {
	x := newTestExtractor(t)
	_, doc, all := tableFacts(t, x, reader.HTML, page("Foreign relations of Mongolia", `<h2>Diplomatic relations</h2><table>
<tr><th>Country</th><th>Date</th><th>Notes</th></tr>
<tr><td>Canada</td><td>1973</td><td>Both countries signed a trade agreement in 2004.</td></tr>
<tr><td>Peru</td><td>1980</td><td></td></tr></table>`))
	text := doc.Text()
	rows := map[string]int{}
	prose := false
	for _, f := range all {
		if got := text[f.SpanStart:f.SpanEnd]; got != f.Evidence {
			t.Errorf("%s: span %d-%d is %q, evidence %q", f.Rule, f.SpanStart, f.SpanEnd, got, f.Evidence)
		}
		if strings.HasPrefix(f.Rule, "table:") {
			rows[f.Evidence] = f.Sentence
		} else if f.Evidence == "Both countries signed a trade agreement in 2004." && (f.Subject == "country:CAN" || f.Object == "country:CAN") {
			prose = true
		}
	}
	want := map[string]int{"Canada | 1973 | Both countries signed a trade agreement in 2004.": 1, "Peru | 1980": 3}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows read as %v, want %v (the introduction is sentence 0, the note 2)", rows, want)
	}
	if !prose {
		t.Errorf("the note was not read about Canada: %+v", all)
	}
}
