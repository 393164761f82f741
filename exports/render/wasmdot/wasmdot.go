// Package wasmdot renders DOT with go-graphviz, Graphviz compiled to
// WebAssembly, so diagrams need nothing installed.
//
// It lives apart from package exports on purpose: go-graphviz compiles its
// WebAssembly module in a package init (about 30 ms with a warm cache,
// 0.7 s cold), which every command linking it would pay. Only the
// kg-graphviz helper and the benchmarks link this package; kg runs the
// helper when it has to draw and no system Graphviz is installed.
package wasmdot

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
)

// One go-graphviz instance for the process: creating one is costly, and an
// instance is not safe for concurrent use, hence the lock. Renders are
// never cancelled midway (a cancelled render leaves the instance broken),
// so no caller's context reaches it.
var (
	mu      sync.Mutex
	gv      *graphviz.Graphviz
	initErr error
)

// Render lays out DOT text with the layout engine and writes "svg" or
// "png".
func Render(dot []byte, layout, format string, w io.Writer) error {
	if format != "svg" && format != "png" {
		return fmt.Errorf("unknown image format %q (want svg or png)", format)
	}
	mu.Lock()
	defer mu.Unlock()
	ctx := context.Background()
	if gv == nil && initErr == nil {
		gv, initErr = graphviz.New(ctx)
	}
	if initErr != nil {
		return fmt.Errorf("start go-graphviz: %w", initErr)
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("parse DOT: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(layout))
	f := graphviz.SVG
	if format == "png" {
		f = graphviz.PNG
	}
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, f, &buf); err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
