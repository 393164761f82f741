// Command kg-graphviz renders DOT to SVG or PNG with go-graphviz (Graphviz
// in WebAssembly). It takes the same flags as Graphviz's own `dot` for
// what kg needs (-K layout, -T format; DOT on standard input, the image on
// standard output), and kg runs it when no system Graphviz is installed.
//
//	kg-graphviz -Kdot -Tsvg < graph.dot > graph.svg
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"kg/exports/render/wasmdot"
)

func main() {
	layout, format := "dot", "svg"
	for _, a := range os.Args[1:] {
		switch {
		case strings.HasPrefix(a, "-K"):
			layout = strings.TrimPrefix(a, "-K")
		case strings.HasPrefix(a, "-T"):
			format = strings.TrimPrefix(a, "-T")
		default:
			fmt.Fprintf(os.Stderr, "kg-graphviz: unknown argument %q (usage: kg-graphviz -Klayout -Tsvg|png < in.dot > out)\n", a)
			os.Exit(2)
		}
	}
	dot, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kg-graphviz:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	if err := wasmdot.Render(dot, layout, format, out); err != nil {
		fmt.Fprintln(os.Stderr, "kg-graphviz:", err)
		os.Exit(1)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "kg-graphviz:", err)
		os.Exit(1)
	}
}
