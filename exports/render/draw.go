package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"kg/exports"
	"kg/graph"
)

// Options say how to draw a subgraph.
type Options struct {
	Format      string // dot, svg or png
	Layout      string // a Graphviz engine (Layouts); "": dot
	LayoutAsked bool   // the user chose Layout: keep it even for a large diagram
	Merge       bool   // all facts between two entities as one edge
	Title       string
	Center      string // the entity drawn around, highlighted
	Start       string // the entity paths start from: highlighted and leftmost
	// Notify, when set, is told what the user should know: a layout
	// changed for size, a PNG drawn without anti-aliasing, a helper built.
	Notify func(string)
}

func (o Options) notify(msg string) {
	if o.Notify != nil {
		o.Notify(msg)
	}
}

// ErrPNGNeedsGraphviz refuses a PNG that only kg-graphviz could draw: its
// PNG has edges as filled blobs and nodes without borders, unfit to show
// anyone.
var ErrPNGNeedsGraphviz = errors.New("PNG needs Graphviz installed: apt-get install graphviz (or draw SVG, which kg draws well without it)")

// Draw writes the subgraph in the options' format.
func Draw(ctx context.Context, w io.Writer, sg *graph.Subgraph, opt Options) error {
	layout := opt.Layout
	if layout == "" {
		layout = "dot"
	}
	if opt.Format != "dot" {
		layout = ChooseLayout(sg, opt)
	}
	var dot bytes.Buffer
	if err := exports.WriteDOT(&dot, sg, exports.DOTOptions{Merge: opt.Merge, Title: opt.Title, Layout: layout, Center: opt.Center, Start: opt.Start}); err != nil {
		return err
	}
	if opt.Format == "dot" {
		_, err := w.Write(dot.Bytes())
		return err
	}
	r := NewRenderer()
	r.Notify = opt.Notify
	if opt.Format == "png" && !r.Native() {
		return ErrPNGNeedsGraphviz
	}
	return r.Render(ctx, dot.Bytes(), layout, opt.Format, w)
}

// ChooseLayout is the layout to draw sg with: the one asked for, else
// dot, or sfdp for a diagram too large for dot to lay out in reasonable
// time (exports.LargeEdges).
func ChooseLayout(sg *graph.Subgraph, opt Options) string {
	layout := opt.Layout
	if layout == "" {
		layout = "dot"
	}
	if opt.LayoutAsked || layout != "dot" || !exports.Large(sg, opt.Merge) {
		return layout
	}
	opt.notify(fmt.Sprintf("more than %d edges: drawn with --layout sfdp (dot would take minutes; --layout dot to insist)", exports.LargeEdges))
	return "sfdp"
}
