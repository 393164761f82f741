package reader

import (
	"reflect"
	"strings"
	"testing"
)

// tableOf returns the first Table block of doc, or nil.
func tableOf(doc *Document) *TableData {
	for _, b := range doc.Blocks {
		if b.Kind == Table {
			return b.Table
		}
	}
	return nil
}

func TestHTMLTables(t *testing.T) {
	const intro = "<h2>Diplomatic relations</h2>"
	tests := []struct {
		name    string
		in      string
		header  bool
		rows    [][]string // nil: no table block
		caption string
		blocks  []string // the blocks, when the test says
	}{
		{"header of th cells",
			intro + `<table><tr><th>Country</th><th>Since</th></tr><tr><td><a href="/a">Atlantis</a></td><td>1961</td></tr><tr><td>Lilliput</td><td>3 March 1972</td></tr></table>`,
			true, [][]string{{"Country", "Since"}, {"Atlantis", "1961"}, {"Lilliput", "3 March 1972"}}, "",
			[]string{"h2:Diplomatic relations", "tbl:Country | Since\nAtlantis | 1961\nLilliput | 3 March 1972"}},
		{"header in thead, caption before the table",
			`<table><caption>Embassies</caption><thead><tr><td>State</td><td>Opened</td></tr></thead><tbody><tr><td>Atlantis</td><td>1990</td></tr></tbody></table>`,
			true, [][]string{{"State", "Opened"}, {"Atlantis", "1990"}}, "Embassies",
			[]string{"cap:Embassies", "tbl:State | Opened\nAtlantis | 1990"}},
		{"a first row of td is no marked header",
			`<table><tr><td>Nation</td><td>Year</td></tr><tr><td>Atlantis</td><td>1961</td></tr></table>`,
			false, [][]string{{"Nation", "Year"}, {"Atlantis", "1961"}}, "", nil},
		{"row headers are cells",
			`<table><tr><th>Country</th><th>Year</th></tr><tr><th scope="row">Atlantis</th><td>1961</td></tr></table>`,
			true, [][]string{{"Country", "Year"}, {"Atlantis", "1961"}}, "", nil},
		{"unclosed cells and rows",
			`<table><tr><th>Country<th>Year<tr><td>Atlantis<td>1961<tr><td>Lilliput<td>1970</table>`,
			true, [][]string{{"Country", "Year"}, {"Atlantis", "1961"}, {"Lilliput", "1970"}}, "", nil},
		{"spans keep the columns in place",
			`<table><tr><th colspan="2">Country</th><th>Year</th></tr><tr><td>1</td><td>Atlantis</td><td rowspan="2">1961</td></tr><tr><td>2</td><td>Lilliput</td></tr><tr><td rowspan="2">3</td><td>Oz</td><td>1975</td></tr><tr><td>Narnia</td><td>1980</td></tr></table>`,
			true, [][]string{{"Country", "", "Year"}, {"1", "Atlantis", "1961"}, {"2", "Lilliput"}, {"3", "Oz", "1975"}, {"", "Narnia", "1980"}}, "", nil},
		{"citation marks and br in cells",
			`<table><tr><th>Country</th><th>Date</th></tr><tr><td>Atlantis[1]</td><td>1961<br>restored 1990</td></tr></table>`,
			true, [][]string{{"Country", "Date"}, {"Atlantis", "1961 restored 1990"}}, "", nil},
		{"a layout table: role presentation",
			`<table role="presentation"><tr><td>Atlantis</td><td>1961</td></tr><tr><td>Lilliput</td><td>1970</td></tr></table>`,
			false, nil, "", []string{"p:Atlantis", "p:Lilliput"}}, // "1961" alone is no text
		{"a layout table: a long text in a cell",
			`<table><tr><td>Menu</td><td><p>` + strings.Repeat(prose+" ", 12) + `</p><p>` + prose + `</p></td></tr><tr><td>a</td><td>b</td></tr></table>`,
			false, nil, "", nil},
		{"list items and paragraphs in a cell are clauses of one line",
			`<table><tr><th>Country</th><th>Notes</th></tr><tr><td>Atlantis</td><td><ul><li>Atlantis has an embassy in Oz</li><li>Oz has an embassy in Atlantis.</li></ul><p>See also the treaty.</p></td></tr></table>`,
			true, [][]string{{"Country", "Notes"}, {"Atlantis", "Atlantis has an embassy in Oz; Oz has an embassy in Atlantis. See also the treaty."}}, "", nil},
		{"a layout table: a table in a cell",
			`<table><tr><td><table><tr><td>Atlantis</td><td>1961</td></tr><tr><td>Oz</td><td>1970</td></tr></table></td><td>side</td></tr><tr><td>x</td><td>y</td></tr></table>`,
			false, [][]string{{"Atlantis", "1961"}, {"Oz", "1970"}}, "", []string{"tbl:Atlantis | 1961\nOz | 1970", "p:side", "p:x", "p:y"}},
		{"a layout table: a heading in a cell",
			`<table><tr><td><h2>News</h2></td><td>` + prose + `</td></tr><tr><td>a</td><td>b</td></tr></table>`,
			false, nil, "", nil},
		{"one column is no table",
			`<table><tr><td>Atlantis</td></tr><tr><td>Lilliput</td></tr></table>`,
			false, nil, "", []string{"p:Atlantis", "p:Lilliput"}},
		{"one row is no table",
			`<table><tr><td>Atlantis</td><td>since 1961</td></tr></table>`,
			false, nil, "", []string{"p:Atlantis", "p:since 1961"}},
		{"a table of links is navigation",
			`<table><tr><td><a href="/a">Home</a></td><td><a href="/b">World news</a></td></tr><tr><td><a href="/c">Sport</a></td><td><a href="/d">Weather</a></td></tr></table><p>` + prose + `</p>`,
			false, nil, "", []string{"p:" + prose}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readHTML(t, "<html><body>"+tt.in+"</body></html>")
			got := tableOf(doc)
			switch {
			case tt.rows == nil && got != nil:
				t.Fatalf("a table %q, want none", got.Rows)
			case tt.rows != nil && got == nil:
				t.Fatalf("no table; blocks %q", show(doc.Blocks))
			case got != nil:
				if !reflect.DeepEqual(got.Rows, tt.rows) || got.Header != tt.header || got.Caption != tt.caption {
					t.Errorf("rows %q header %v caption %q,\nwant %q header %v caption %q", got.Rows, got.Header, got.Caption, tt.rows, tt.header, tt.caption)
				}
			}
			if tt.blocks != nil && !reflect.DeepEqual(show(doc.Blocks), tt.blocks) {
				t.Errorf("blocks %q,\nwant %q", show(doc.Blocks), tt.blocks)
			}
		})
	}
}

func TestMarkdownTables(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		rows   [][]string // the first table's; nil: no table
		blocks []string
	}{
		{"pipes around the rows",
			"| Country | Since |\n|---|:---:|\n| [Atlantis](/a) | 1961 |\n| *Lilliput* | 1972 |",
			[][]string{{"Country", "Since"}, {"Atlantis", "1961"}, {"Lilliput", "1972"}},
			[]string{"tbl:Country | Since\nAtlantis | 1961\nLilliput | 1972"}},
		{"no outer pipes, a paragraph before and after",
			"Countries with embassies here:\nState | Opened\n--- | ---\nAtlantis | 1990\nThe list is not complete.",
			[][]string{{"State", "Opened"}, {"Atlantis", "1990"}},
			[]string{"p:Countries with embassies here:", "tbl:State | Opened\nAtlantis | 1990", "p:The list is not complete."}},
		{"a numbered column headed #",
			"## Recognition\n\n# | Country | Date\n- | - | -\n1 | Atlantis | 1961\n2 | Oz | 1970",
			[][]string{{"#", "Country", "Date"}, {"1", "Atlantis", "1961"}, {"2", "Oz", "1970"}},
			[]string{"h2:Recognition", "tbl:# | Country | Date\n1 | Atlantis | 1961\n2 | Oz | 1970"}},
		{"a heading with a pipe stays a heading",
			"# Atlantis | The Daily Example\n\n" + prose,
			nil, []string{"h1:Atlantis | The Daily Example", "p:" + prose}},
		{"an escaped pipe is in a cell",
			"Name | Note\n---|---\nA \\| B | 1961",
			[][]string{{"Name", "Note"}, {"A | B", "1961"}}, nil},
		{"no delimiter row: a paragraph",
			"Atlantis | 1961\nLilliput | 1972",
			nil, []string{"p:Atlantis | 1961 Lilliput | 1972"}},
		{"one column: a paragraph",
			"Atlantis |\nLilliput |\n---|",
			nil, nil},
		{"cells do not match the delimiter row",
			"Country | Since | Notes\n---|---\nAtlantis | 1961 | none",
			nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(strings.NewReader(tt.in), Markdown)
			if err != nil {
				t.Fatal(err)
			}
			got := tableOf(doc)
			switch {
			case tt.rows == nil && got != nil:
				t.Fatalf("a table %q, want none", got.Rows)
			case tt.rows != nil && got == nil:
				t.Fatalf("no table; blocks %q", show(doc.Blocks))
			case got != nil:
				if !reflect.DeepEqual(got.Rows, tt.rows) || !got.Header {
					t.Errorf("rows %q header %v, want %q with a header", got.Rows, got.Header, tt.rows)
				}
			}
			if tt.blocks != nil && !reflect.DeepEqual(show(doc.Blocks), tt.blocks) {
				t.Errorf("blocks %q,\nwant %q", show(doc.Blocks), tt.blocks)
			}
		})
	}
}

// TestTableText checks that a table's rows stand on lines of their own in
// the document's text, where its block's offset says.
func TestTableText(t *testing.T) {
	doc := readHTML(t, `<p>Before the table.</p><table><tr><th>Country</th><th>Year</th></tr><tr><td>Atlantis</td><td>1961</td></tr></table><p>After the table.</p>`)
	want := "Before the table.\n\nCountry | Year\nAtlantis | 1961\n\nAfter the table."
	if got := doc.Text(); got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	tb := tableOf(doc)
	if tb == nil || tb.RowText(1) != "Atlantis | 1961" || tb.Text() != doc.Blocks[1].Text {
		t.Errorf("table %+v, block %q", tb, doc.Blocks[1].Text)
	}
}
