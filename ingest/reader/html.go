package reader

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// codeElems never hold prose; their text is not even worth keeping in
// Dropped.
var codeElems = set("script style noscript template svg math canvas object embed iframe audio video map select textarea button datalist")

// furnitureElems hold the page around the article: navigation, site
// header and footer, sidebars, forms.
var furnitureElems = set("nav header footer aside form dialog menu")

// blockElems begin and end a block; the map gives the kind of the block
// they start when nothing around them says otherwise.
var blockElems = map[string]BlockKind{
	"p": Paragraph, "div": Paragraph, "section": Paragraph, "article": Paragraph, "main": Paragraph,
	"header": Paragraph, "footer": Paragraph, "nav": Paragraph, "aside": Paragraph,
	"body": Paragraph, "html": Paragraph, "center": Paragraph, "address": Paragraph, "pre": Paragraph,
	"table": Paragraph, "tr": Paragraph, "td": Paragraph, "th": Paragraph, "thead": Paragraph, "tbody": Paragraph, "tfoot": Paragraph,
	"ul": Paragraph, "ol": Paragraph, "dl": Paragraph, "dt": Paragraph, "dd": Paragraph, "hr": Paragraph,
	"figure": Paragraph, "details": Paragraph, "summary": Paragraph, "fieldset": Paragraph, "legend": Paragraph,
	"hgroup": Paragraph, "option": Paragraph,
	"h1": Heading, "h2": Heading, "h3": Heading, "h4": Heading, "h5": Heading, "h6": Heading,
	"li": ListItem, "blockquote": Quote, "figcaption": Caption, "caption": Caption,
}

// contextElems are the open elements the parser keeps track of, because
// they say what the blocks inside them are.
var contextElems = set("li ul ol blockquote figcaption caption article main")

var voidElems = set("area base br col embed hr img input keygen link meta param source track wbr")

// alwaysKept elements are never dropped for their ids or classes: the
// body of a WordPress page may have class "has-sidebar".
var alwaysKept = set("html body main article")

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// parseHTML reads HTML with a tokenizer rather than a tree: deeply nested
// or broken markup costs neither recursion nor a tree in memory, and
// unclosed elements cannot hide the rest of the page. Page furniture is
// dropped by element name and by id, class and role; if that leaves no
// prose at all (a page built in a way the rules misjudge), the page is
// read again dropping only scripts and the like.
func parseHTML(text string) *Document {
	p := newHTMLParser(text, false)
	p.run()
	doc := p.document()
	if !hasProse(doc) {
		q := newHTMLParser(text, true)
		q.run()
		if loose := q.document(); hasProse(loose) {
			return loose
		}
	}
	return doc
}

func hasProse(doc *Document) bool {
	for _, b := range doc.Blocks {
		if isProse(&block{Block: b}) {
			return true
		}
	}
	return false
}

type htmlParser struct {
	z      *html.Tokenizer
	loose  bool // drop only code, no furniture
	blocks []block

	buf     strings.Builder // text of the block being read
	links   int             // letters of link text in buf
	kind    BlockKind       // of the block being read, from its element
	heading int             // level of the open heading, 0 if none
	anchors int             // open <a> elements in this block
	bolds   int             // open <b> and <strong> elements in this block
	boldLen int             // letters of bold text in buf
	brs     int             // <br>s in a row

	open   []string       // open context elements, innermost last
	counts map[string]int // of open context elements by name

	skip      []string // open elements of a dropped subtree; skip[0] is its root
	skipNames map[string]int
	skipText  *strings.Builder // text of dropped furniture, nil for code

	tables []*htmlTable // open tables, innermost last (table_html.go)

	title   strings.Builder
	inTitle bool
	h1      string // the first level-1 heading
}

func newHTMLParser(text string, loose bool) *htmlParser {
	return &htmlParser{
		z:         html.NewTokenizer(strings.NewReader(text)),
		loose:     loose,
		counts:    map[string]int{},
		skipNames: map[string]int{},
	}
}

func (p *htmlParser) run() {
	z := p.z
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			p.flush()
			p.endSkip()
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := string(name)
			opens := tt == html.StartTagToken && !voidElems[n]
			if len(p.skip) > 0 {
				if opens {
					p.skip = append(p.skip, n)
					p.skipNames[n]++
				}
				continue
			}
			var attrs map[string]string
			if hasAttr {
				attrs = readAttrs(z)
			}
			if why := p.dropElement(n, attrs); why != dropNone {
				if opens {
					if _, isBlock := blockElems[n]; isBlock {
						p.flush()
					}
					p.skip = append(p.skip, n)
					p.skipNames[n]++
					if why == dropFurniture {
						p.skipText = &strings.Builder{}
					}
				}
				continue
			}
			p.start(n, opens, attrs)
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if len(p.skip) > 0 {
				if p.skipNames[n] == 0 {
					continue // a stray end tag
				}
				for len(p.skip) > 0 {
					top := p.skip[len(p.skip)-1]
					p.skip = p.skip[:len(p.skip)-1]
					p.skipNames[top]--
					if top == n {
						break
					}
				}
				if len(p.skip) == 0 {
					p.endSkip()
				}
				continue
			}
			p.end(n)
		case html.TextToken:
			if len(p.skip) > 0 {
				if p.skipText != nil {
					p.skipText.Write(z.Text())
					p.skipText.WriteByte(' ')
				}
				continue
			}
			t := z.Text()
			if p.inTitle {
				p.title.Write(t)
				continue
			}
			if len(strings.TrimSpace(string(t))) > 0 {
				p.brs = 0
			}
			if p.anchors > 0 || p.bolds > 0 {
				n := 0
				for _, r := range string(t) {
					if unicode.IsLetter(r) {
						n++
					}
				}
				if p.anchors > 0 {
					p.links += n
				}
				if p.bolds > 0 {
					p.boldLen += n
				}
			}
			p.buf.Write(t)
		}
	}
}

// readAttrs returns the attributes that say whether an element is page
// furniture, and the spans of a table cell.
func readAttrs(z *html.Tokenizer) map[string]string {
	attrs := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		switch key := string(k); key {
		case "id", "class", "role", "hidden", "aria-hidden", "style", "colspan", "rowspan":
			attrs[key] = strings.ToLower(string(v))
		}
		if !more {
			return attrs
		}
	}
}

const (
	dropNone = iota
	dropCode
	dropFurniture
)

// dropElement says whether the element n is dropped with its content.
func (p *htmlParser) dropElement(n string, attrs map[string]string) int {
	if codeElems[n] {
		return dropCode
	}
	if p.loose || alwaysKept[n] {
		return dropNone
	}
	inArticle := p.counts["article"] > 0 || p.counts["main"] > 0
	if furnitureElems[n] && !(n == "header" && inArticle) {
		// An article's own <header> holds its title and byline.
		return dropFurniture
	}
	if _, ok := attrs["hidden"]; ok || attrs["aria-hidden"] == "true" {
		return dropFurniture
	}
	if s := strings.ReplaceAll(attrs["style"], " ", ""); strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
		return dropFurniture
	}
	if junkAttrs(attrs, inArticle) {
		return dropFurniture
	}
	return dropNone
}

// junkAttrs reports an id, class or role naming page furniture (junk.txt's
// attr words), unless one names the article itself (junk.txt's keep).
func junkAttrs(attrs map[string]string, inArticle bool) bool {
	var tokens []string
	for _, key := range []string{"id", "class", "role"} {
		tokens = append(tokens, strings.Fields(attrs[key])...)
	}
	for _, t := range tokens {
		if junk.keep[t] {
			return false
		}
	}
	for _, t := range tokens {
		if junk.attrs[t] {
			return !(inArticle && isHeaderWord(t))
		}
		// "has-sidebar", "no-comments" describe the page, not this element.
		if strings.HasPrefix(t, "has-") || strings.HasPrefix(t, "with-") || strings.HasPrefix(t, "no-") || strings.HasPrefix(t, "is-") {
			continue
		}
		for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '-' || r == '_' }) {
			if junk.attrs[w] && !(inArticle && isHeaderWord(w)) {
				return true
			}
		}
	}
	return false
}

func isHeaderWord(w string) bool { return w == "header" || w == "banner" || w == "masthead" }

// start handles the start tag of a kept element.
func (p *htmlParser) start(n string, opens bool, attrs map[string]string) {
	switch {
	case n == "title":
		if p.title.Len() == 0 {
			p.inTitle = true
		}
		return
	case n == "br":
		// One <br> breaks a line; two in a row end a paragraph, as in
		// pages that use them instead of <p>.
		p.brs++
		if p.brs >= 2 {
			p.flush()
		} else {
			p.buf.WriteByte(' ')
		}
		return
	case n == "a":
		if opens {
			p.anchors++
		}
		return
	case n == "b" || n == "strong":
		if opens {
			p.bolds++
		}
		return
	}
	kind, isBlock := blockElems[n]
	if !isBlock {
		return
	}
	p.flush()
	p.brs = 0
	if kind == Heading {
		p.heading = int(n[1] - '0')
	} else {
		p.heading = 0 // headings hold no blocks: one left open has ended
	}
	if n == "li" {
		// <li> ends the list item before it in the same list.
		p.popTo("li", "ul", "ol")
	}
	if opens && contextElems[n] {
		p.open = append(p.open, n)
		p.counts[n]++
	}
	if opens {
		p.tableStart(n, attrs)
	}
}

// end handles the end tag of a kept element.
func (p *htmlParser) end(n string) {
	switch n {
	case "title":
		p.inTitle = false
		return
	case "a":
		p.anchors = max(p.anchors-1, 0)
		return
	case "b", "strong":
		p.bolds = max(p.bolds-1, 0)
		return
	}
	if _, isBlock := blockElems[n]; !isBlock {
		return
	}
	p.flush()
	if n[0] == 'h' && len(n) == 2 && n[1] >= '1' && n[1] <= '6' {
		p.heading = 0
	}
	if contextElems[n] && p.counts[n] > 0 {
		p.popTo(n)
	}
	p.tableEnd(n)
}

// popTo closes the open context elements down to and including the
// innermost n, unless one of the stop elements comes first.
func (p *htmlParser) popTo(n string, stop ...string) {
	if p.counts[n] == 0 {
		return
	}
	for i := len(p.open) - 1; i >= 0; i-- {
		e := p.open[i]
		if e == n {
			for _, c := range p.open[i:] {
				p.counts[c]--
			}
			p.open = p.open[:i]
			return
		}
		for _, s := range stop {
			if e == s {
				return
			}
		}
	}
}

// flush ends the block being read.
func (p *htmlParser) flush() {
	raw := p.buf.String()
	links, boldLetters := p.links, p.boldLen
	p.buf.Reset()
	p.links, p.anchors, p.bolds, p.boldLen = 0, 0, 0, 0
	text := htmlClean(raw)
	if text == "" {
		return
	}
	// A short block all in bold is a title of some kind, as in Markdown.
	bold := boldLetters > 0 && len(text) <= 120 && boldLetters == countLetters(text)
	b := block{raw: text, lines: 1, linkLetters: links, bold: bold}
	switch {
	case p.heading > 0:
		b.Kind, b.Level = Heading, p.heading
		b.Text = trimHeading(text)
		if b.Text == "" {
			return
		}
		if p.heading == 1 && p.h1 == "" {
			p.h1 = b.Text
		}
	case p.counts["caption"] > 0 || p.counts["figcaption"] > 0:
		b.Kind, b.Text = Caption, text
	case p.counts["li"] > 0:
		b.Kind, b.Text = ListItem, text
	case p.counts["blockquote"] > 0:
		b.Kind, b.Text = Quote, text
	default:
		b.Kind, b.Text = Paragraph, text
	}
	p.blocks = append(p.blocks, b)
}

// endSkip closes a dropped subtree, keeping the text of furniture.
func (p *htmlParser) endSkip() {
	if p.skipText != nil {
		if t := clean(p.skipText.String()); t != "" {
			p.blocks = append(p.blocks, block{raw: t, junk: true})
		}
	}
	p.skipText = nil
	p.skip = p.skip[:0]
	clear(p.skipNames)
}

func (p *htmlParser) document() *Document {
	title := clean(p.title.String())
	// "Cuba and North Korea | The Daily" is titled by its <h1>.
	if p.h1 != "" && strings.HasPrefix(strings.ToLower(title), strings.ToLower(p.h1)) {
		title = p.h1
	}
	if title == "" {
		title = p.h1
	}
	return finish(p.blocks, title, true)
}
