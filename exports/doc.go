// Package exports writes the knowledge graph in formats other tools read.
// Each format is a small type that writes to an io.Writer, in the manner
// of encoding/csv and encoding/json. Drawing (running Graphviz) is in
// the sub-package render.
package exports
