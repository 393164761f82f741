package exports

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os/exec"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Layouts are the Graphviz engines a diagram can be laid out with.
var Layouts = []string{"dot", "neato", "fdp", "circo", "sfdp", "twopi"}

// Renderer turns DOT text into SVG or PNG. It uses the system's Graphviz
// `dot` when it is on PATH (several times faster) and otherwise
// go-graphviz, Graphviz compiled to WebAssembly, which needs nothing
// installed. The WebAssembly module is compiled on first use only, so
// commands that draw nothing never pay for it.
type Renderer struct {
	// UseSystem selects the system `dot`; NewRenderer sets it when found.
	UseSystem bool
	dotPath   string
}

// NewRenderer returns a renderer preferring the system's Graphviz.
func NewRenderer() *Renderer {
	p, err := exec.LookPath("dot")
	return &Renderer{UseSystem: err == nil, dotPath: p}
}

// Engine names what renders: "graphviz (system dot)" or "go-graphviz (wasm)".
func (r *Renderer) Engine() string {
	if r.UseSystem {
		return "graphviz (" + r.dotPath + ")"
	}
	return "go-graphviz (wasm)"
}

// Render lays out the DOT text with the layout engine and writes the
// image in format "svg" or "png".
func (r *Renderer) Render(ctx context.Context, dot []byte, layout, format string, w io.Writer) error {
	if !validLayout(layout) {
		return fmt.Errorf("unknown layout %q (want one of %v)", layout, Layouts)
	}
	if format != "svg" && format != "png" {
		return fmt.Errorf("unknown image format %q (want svg or png)", format)
	}
	if r.UseSystem {
		cmd := exec.CommandContext(ctx, r.dotPath, "-K"+layout, "-T"+format)
		cmd.Stdin = bytes.NewReader(dot)
		cmd.Stdout = w
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("dot -K%s -T%s: %v: %s", layout, format, err, bytes.TrimSpace(stderr.Bytes()))
		}
		return nil
	}
	return renderWASM(dot, layout, format, w)
}

func validLayout(l string) bool {
	for _, x := range Layouts {
		if x == l {
			return true
		}
	}
	return false
}

// One go-graphviz instance for the process: compiling the WebAssembly
// module is the expensive part, and an instance is not safe for
// concurrent use, hence the lock. Renders are never cancelled midway (a
// cancelled render leaves the instance broken), so no context reaches it.
var (
	wasmMu   sync.Mutex
	wasmGV   *graphviz.Graphviz
	wasmInit error
)

func renderWASM(dot []byte, layout, format string, w io.Writer) error {
	wasmMu.Lock()
	defer wasmMu.Unlock()
	ctx := context.Background()
	if wasmGV == nil && wasmInit == nil {
		wasmGV, wasmInit = graphviz.New(ctx)
	}
	if wasmInit != nil {
		return fmt.Errorf("start go-graphviz: %w", wasmInit)
	}
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("parse DOT: %w", err)
	}
	defer g.Close()
	wasmGV.SetLayout(graphviz.Layout(layout))
	f := graphviz.SVG
	if format == "png" {
		f = graphviz.PNG
	}
	var buf bytes.Buffer
	if err := wasmGV.Render(ctx, g, f, &buf); err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
