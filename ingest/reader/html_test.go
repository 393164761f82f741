package reader

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func readHTML(t *testing.T, in string) *Document {
	t.Helper()
	doc, err := Read(strings.NewReader(in), HTML)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func readFile(t *testing.T, path string, f Format) *Document {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	doc, err := Read(file, f)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestHTMLPages reads whole pages: a news site with every kind of page
// furniture, a Blogger post, and broken markup.
func TestHTMLPages(t *testing.T) {
	tests := []struct {
		file    string
		title   string
		want    []string
		dropped []string // some of what must be in Dropped
	}{
		{"blog.html", "Cuba and North Korea: an old friendship", []string{
			"h1:Cuba and North Korea: an old friendship",
			"p:Cuba and North Korea have enjoyed diplomatic relations since 1960, the newspaper notes—the year after the revolution.",
			"cap:Fidel Castro and Kim Il-sung in 1986.",
			"h2:Arms and aid",
			"p:In 1980, North Korea sent 100,000 AK rifles to Cuba. They were free of charge.",
			"q:“We decided to ask other friends for weapons,” Castro said.",
			"p:Aid went both ways:",
			"li:rice and medicine in 1984",
			"li:technicians in 1964",
		}, []string{"The Example Times World Politics", "Posted by Frances Martel", "Popular posts Kim visits Havana", "Cuba North Korea Angola"}},
		{"blogger.html", "From Pyongyang to Havana", []string{
			"h3:Proletarian Internationalism of North Korea",
			"p:The phrase could well define what proletarian internationalism is. It was pronounced by Fidel Castro in 1988 when the island was an internationalist with Angola.",
			"p:Before starting with this section, we must first talk about how health in North Korea is, given that in case the health system is deficient, it would be of little use to send doctors all over the world.",
			"p:SOLIDARITY WITH PALESTINE.",
			"p:North Korea is one of the 19 countries in the world that does not recognize Israel as a state. The only state in that area it recognizes is Palestine.",
		}, []string{"Thursday, August 8, 2013", "Personal information Fekerfanta Blog Archive ▶ 2015 (1)"}},
		{"broken.html", "", []string{
			"p:Cuba and North Korea have enjoyed diplomatic relations since 1960.",
			"p:North Korea sent 100,000 AK rifles to Cuba in 1980.<<>>",
			"p:Unclosed bold and italic text",
			"li:a stray list item about Angola",
			"li:The end of the page.", // as in a browser: the <li> was never closed
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readFile(t, "testdata/html/"+tt.file, HTML)
			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			if got := show(doc.Blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("\n got %q\nwant %q", got, tt.want)
			}
			dropped := strings.Join(doc.Dropped, "\n")
			for _, d := range tt.dropped {
				if !strings.Contains(dropped, d) {
					t.Errorf("Dropped lacks %q: %q", d, doc.Dropped)
				}
			}
			for _, never := range []string{"tracking", "font-family", "Logo text", "Enable JavaScript"} {
				if strings.Contains(doc.Text(), never) || strings.Contains(dropped, never) {
					t.Errorf("%q came through", never)
				}
			}
			if strings.Contains(doc.Text(), "[1]") {
				t.Errorf("citation mark in the text")
			}
		})
	}
}

func TestHTMLRules(t *testing.T) {
	p := "<p>" + prose + "</p>"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"elements dropped by name",
			"<nav>Menu</nav><header>Site</header>" + p + "<aside>Side</aside><form>Search</form><footer>Foot</footer><script>x</script><style>y</style><noscript>z</noscript><template>t</template><svg><text>s</text></svg><iframe>i</iframe>",
			[]string{"p:" + prose}},
		{"elements dropped by id, class and role",
			`<div id="sidebar">S</div><div class="post-comments">C</div><div role="navigation">N</div><div class="social-share">X</div><div class="related-posts">R</div><div class="breadcrumb">B</div><div class="ad-slot">A</div><div class="cookie-banner">K</div><div class="newsletter">L</div><div class="site-header">H</div><div class="widget-area">W</div><div class="menu">M</div>` + p,
			[]string{"p:" + prose}},
		{"hidden elements dropped",
			`<div hidden>H</div><div aria-hidden="true">A</div><div style="display: none">D</div>` + p,
			[]string{"p:" + prose}},
		{"a page's state classes are no junk",
			`<body class="has-sidebar no-comments"><div class="is-sticky-header">` + p + `</div></body>`,
			[]string{"p:" + prose}},
		{"the article wins over the widget",
			`<div class="widget Blog">` + p + `</div>`,
			[]string{"p:" + prose}},
		{"an article's header is kept",
			`<article><header class="entry-header"><h1>Title here</h1></header>` + p + `</article>`,
			[]string{"h1:Title here", "p:" + prose}},
		{"headings, captions, quotes, lists",
			`<h2>Aid</h2><figure><img src=x><figcaption>A photo.</figcaption></figure><blockquote><p>Quoted.</p><p>Twice.</p></blockquote><ol><li>One<li><p>Two</p></ol><dl><dt>Term</dt><dd>Definition.</dd></dl><table><caption>Table title</caption><tr><td>cell</td></tr></table>`,
			[]string{"h2:Aid", "cap:A photo.", "q:Quoted.", "q:Twice.", "li:One", "li:Two", "p:Term", "p:Definition.", "cap:Table title", "p:cell"}},
		{"nested lists",
			`<ul><li>Cuba<ul><li>Havana</li></ul></li><li>Korea</li></ul><p>After.</p>`,
			[]string{"li:Cuba", "li:Havana", "li:Korea", "p:After."}},
		{"inline elements join, blocks split",
			`<p><b>North</b> Korea and <span>Cu</span><span>ba</span></p><div>Next<div>inner</div>tail</div>`,
			[]string{"p:North Korea and Cuba", "p:Next", "p:inner", "p:tail"}},
		{"one br breaks a line, two a paragraph",
			`<div>Cuba and Korea<br>met in 1960.<br><br>Then <br/> <br /> Angola.</div>`,
			[]string{"p:Cuba and Korea met in 1960.", "p:Then", "p:Angola."}},
		{"entities and white space",
			"<p>Cuba&nbsp;&amp;\n\t Korea &#8212; &ldquo;allies&rdquo;</p>",
			[]string{"p:Cuba & Korea — “allies”"}},
		{"citation marks",
			`<p>Cuba and Korea met.<sup class="reference"><a href="#c1">[1]</a></sup> They agreed.[2][citation needed]</p>`,
			[]string{"p:Cuba and Korea met. They agreed."}},
		{"edit links",
			`<h2>History<span class="mw-editsection">[<a href="#">edit</a>]</span></h2><p>Text.</p>`,
			[]string{"h2:History", "p:Text."}},
		{"link lists dropped",
			`<p><a href="/1">Cuba</a>, <a href="/2">Korea</a> and <a href="/3">Angola</a></p><p>Read about <a href="/c">Cuba</a> here.</p>`,
			[]string{"p:Read about Cuba here."}},
		{"widget heading in plain divs",
			`<p>Intro.</p><div><h2>Blog Archive</h2><ul><li>2015 (1)</li><li>Some post</li></ul></div>` + p,
			[]string{"p:Intro.", "p:" + prose}},
		{"unclosed furniture hides no prose",
			`<nav><ul><li>Home</li></ul>` + p,
			[]string{"p:" + prose}},
		{"unclosed script", p + `<script>var x = "<p>not text</p>";`,
			[]string{"p:" + prose}},
		{"stray end tags", `</div></p></li></blockquote></a></b></h2>` + p + `</nav></aside>`,
			[]string{"p:" + prose}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readHTML(t, tt.in)
			if got := show(doc.Blocks); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("\n got %q\nwant %q\ndropped %q", got, tt.want, doc.Dropped)
			}
		})
	}
}

// TestHTMLDeep: deep nesting costs neither recursion nor quadratic time,
// whether the nesting is kept, dropped or broken.
func TestHTMLDeep(t *testing.T) {
	const n = 100_000
	tests := []struct {
		name string
		in   string
	}{
		{"divs", strings.Repeat("<div>", n) + "<p>" + prose + "</p>" + strings.Repeat("</div>", n)},
		{"unclosed divs", strings.Repeat("<div>", n) + "<p>" + prose},
		{"inside a dropped aside", "<aside>" + strings.Repeat("<div>", n) + "x" + strings.Repeat("</span>", n) + "</aside><p>" + prose + "</p>"},
		{"blockquotes", strings.Repeat("<blockquote>", n) + "<p>" + prose + "</p>" + strings.Repeat("</li>", n)},
		{"list items", strings.Repeat("<ul><li>", n/2) + "<p>" + prose + "</p>"},
		{"inline", strings.Repeat("<b><i>", n) + prose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readHTML(t, tt.in)
			if !strings.Contains(doc.Text(), prose) {
				t.Errorf("prose lost: %.200q", doc.Text())
			}
		})
	}
}
