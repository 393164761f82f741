// Package render draws kg's diagrams: it writes a subgraph as DOT (with
// exports.WriteDOT), picks the layout engine for its size, and has a
// Graphviz program turn the DOT into SVG or PNG: the system's `dot`, or
// kg-graphviz, kg's build of Graphviz in WebAssembly. Finding, and when
// need be building, that program is the part of drawing that reaches
// outside the process, which is why it is not in exports, whose formats
// only write to an io.Writer.
package render
