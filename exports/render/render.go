package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// Layouts are the Graphviz engines a diagram can be laid out with.
var Layouts = []string{"dot", "neato", "fdp", "circo", "sfdp", "twopi"}

// ErrNoRenderer is returned when neither Graphviz nor kg-graphviz is found.
var ErrNoRenderer = errors.New("no Graphviz to draw with: install Graphviz (e.g. apt-get install graphviz), " +
	"or build kg's embedded renderer beside kg: go build -o \"$(dirname \"$(command -v kg)\")/kg-graphviz\" ./cmd/kg-graphviz " +
	"(or set KG_GRAPHVIZ to its path); `kg export dot` needs neither")

// Renderer turns DOT text into SVG or PNG by running a Graphviz program:
// the system's `dot` when it is on PATH (the fastest), else kg-graphviz,
// kg's build of Graphviz in WebAssembly (nothing to install). Running it
// as a separate program keeps the WebAssembly start-up cost out of every
// kg command that draws nothing.
type Renderer struct {
	Path string // the program; "" when none was found
	// Notify, when set, is told about slow one-time work (building the
	// helper).
	Notify func(string)
}

// NewRenderer finds a Graphviz program: $KG_GRAPHVIZ, `dot` on PATH,
// kg-graphviz beside the running executable, kg-graphviz on PATH.
func NewRenderer() *Renderer {
	if p := os.Getenv("KG_GRAPHVIZ"); p != "" {
		return &Renderer{Path: p}
	}
	if p, err := exec.LookPath("dot"); err == nil {
		return &Renderer{Path: p}
	}
	return &Renderer{Path: helperPath()}
}

// Native reports whether the renderer is a Graphviz installed on the
// system rather than kg-graphviz.
func (r *Renderer) Native() bool {
	return r.Path != "" && filepath.Base(r.Path) != "kg-graphviz"
}

// HelperRenderer is the renderer kg uses when no system Graphviz is
// installed: kg-graphviz beside the running executable, on PATH or in the
// user cache (Path "" when none is built yet). Benchmarks compare it with
// the system's dot.
func HelperRenderer() *Renderer { return &Renderer{Path: helperPath()} }

func helperPath() string {
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), "kg-graphviz")
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
	}
	if p, err := exec.LookPath("kg-graphviz"); err == nil {
		return p
	}
	if p := cachedHelper(); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

func cachedHelper() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "kg", "kg-graphviz")
}

// buildHelper builds kg-graphviz into the user's cache when kg runs from
// its source tree (`go run ./cmd/kg ...`) with the Go tool at hand.
func (r *Renderer) buildHelper(ctx context.Context) error {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return ErrNoRenderer
	}
	root := moduleRoot()
	target := cachedHelper()
	if root == "" || target == "" {
		return ErrNoRenderer
	}
	if r.Notify != nil {
		r.Notify("building kg-graphviz (Graphviz in WebAssembly) into " + target + "; once only")
	}
	cmd := exec.CommandContext(ctx, goTool, "build", "-o", target, "./cmd/kg-graphviz")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("build kg-graphviz: %v: %s (%w)", err, bytes.TrimSpace(out), ErrNoRenderer)
	}
	r.Path = target
	return nil
}

// moduleRoot finds kg's source tree above the working directory.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			if bytes.HasPrefix(b, []byte("module kg\n")) {
				if _, err := os.Stat(filepath.Join(dir, "cmd", "kg-graphviz")); err == nil {
					return dir
				}
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
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
	if r.Path == "" {
		if err := r.buildHelper(ctx); err != nil {
			return err
		}
	}
	cmd := exec.CommandContext(ctx, r.Path, "-K"+layout, "-T"+format)
	cmd.Stdin = bytes.NewReader(dot)
	cmd.Stdout = w
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if closedPipe(err) {
			return ErrOutputClosed
		}
		return fmt.Errorf("%s -K%s -T%s: %v: %s", filepath.Base(r.Path), layout, format, err, bytes.TrimSpace(stderr.Bytes()))
	}
	return nil
}

// ErrOutputClosed is returned when the reader of the drawing went away
// before it was written (kg export svg | head): nothing to report.
var ErrOutputClosed = errors.New("the output was closed before the drawing was written")

// closedPipe reports a Graphviz program killed by SIGPIPE: its output,
// kg's standard output, was closed.
func closedPipe(err error) bool {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGPIPE
}

func validLayout(l string) bool {
	for _, x := range Layouts {
		if x == l {
			return true
		}
	}
	return false
}
