package reader

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Form: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Button: true, atom.Select: true, atom.Object: true, atom.Embed: true,
}

// junkAttr matches id, class and role values of page furniture.
var junkAttr = regexp.MustCompile(`(?i)(^|[\s_-])(nav|navbar|menu|sidebar|widget|footer|header|comments?|share|sharing|social|related|breadcrumbs?|advert|ads?|cookie|subscribe|newsletter|banner|popup|masthead)([\s_-]|$)`)

// block-level elements end the current block.
var blockKind = map[atom.Atom]BlockKind{
	atom.P: Paragraph, atom.Div: Paragraph, atom.Section: Paragraph, atom.Article: Paragraph, atom.Main: Paragraph,
	atom.Td: Paragraph, atom.Dd: Paragraph, atom.Dt: Paragraph, atom.Pre: Paragraph, atom.Table: Paragraph, atom.Tr: Paragraph,
	atom.H1: Heading, atom.H2: Heading, atom.H3: Heading, atom.H4: Heading, atom.H5: Heading, atom.H6: Heading,
	atom.Li: ListItem, atom.Blockquote: Quote, atom.Figcaption: Caption, atom.Caption: Caption,
}

// parseHTML walks the token stream rather than a tree, so that deeply
// nested or broken markup costs neither recursion nor memory.
func parseHTML(text string) (*Document, error) {
	doc := &Document{}
	z := html.NewTokenizer(strings.NewReader(text))
	var buf strings.Builder
	kind, level := Paragraph, 0
	var stack []atom.Atom // open elements of a skipped subtree
	inTitle := false
	flush := func() {
		t := inline(buf.String())
		buf.Reset()
		if t != "" {
			addBlock(doc, Block{Kind: kind, Text: t, Level: level})
		}
		kind, level = Paragraph, 0
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			if doc.Title == "" {
				for _, b := range doc.Blocks {
					if b.Kind == Heading && b.Level == 1 {
						doc.Title = b.Text
						break
					}
				}
			}
			return doc, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if len(stack) > 0 {
				if tt == html.StartTagToken && !isVoid(tok.DataAtom) {
					stack = append(stack, tok.DataAtom)
				}
				continue
			}
			if skipped[tok.DataAtom] || hasJunkAttr(tok) {
				if tt == html.StartTagToken && !isVoid(tok.DataAtom) {
					stack = append(stack, tok.DataAtom)
				}
				continue
			}
			if tok.DataAtom == atom.Title {
				inTitle = true
				continue
			}
			if tok.DataAtom == atom.Br {
				buf.WriteByte(' ')
				continue
			}
			if k, ok := blockKind[tok.DataAtom]; ok {
				flush()
				kind = k
				if k == Heading {
					level = int(tok.Data[1] - '0')
				}
			}
		case html.EndTagToken:
			tok := z.Token()
			if len(stack) > 0 {
				// Close up to the matching element; tolerate unbalanced tags.
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i] == tok.DataAtom {
						stack = stack[:i]
						break
					}
				}
				continue
			}
			if tok.DataAtom == atom.Title {
				inTitle = false
				continue
			}
			if _, ok := blockKind[tok.DataAtom]; ok {
				flush()
			}
		case html.TextToken:
			if len(stack) > 0 {
				continue
			}
			t := string(z.Text())
			if inTitle {
				doc.Title = strings.TrimSpace(doc.Title + " " + strings.Join(strings.Fields(t), " "))
				continue
			}
			words := strings.Join(strings.Fields(t), " ")
			if words == "" {
				if t != "" {
					buf.WriteByte(' ')
				}
				continue
			}
			if startsSpace(t) {
				buf.WriteByte(' ')
			}
			buf.WriteString(words)
			if endsSpace(t) {
				buf.WriteByte(' ')
			}
		}
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

func hasJunkAttr(tok html.Token) bool {
	for _, a := range tok.Attr {
		switch a.Key {
		case "id", "class", "role":
			if junkAttr.MatchString(a.Val) {
				return true
			}
		case "aria-hidden", "hidden":
			if a.Key == "hidden" || a.Val == "true" {
				return true
			}
		}
	}
	return false
}

func startsSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t\r\n") != s }

func endsSpace(s string) bool { return s != "" && strings.TrimRight(s, " \t\r\n") != s }
