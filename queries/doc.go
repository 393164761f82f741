// Package queries answers questions over a kg store: which entity a name
// means, how two entities are connected (paths), and what surrounds one
// (neighbourhoods), what a diagram or an export shows (Select), and
// Cayley's own query languages (Query).
//
// A Graph is a store with its path index (graph/index): traversals walk
// the direct <subject> <rel:…> <object> edges in that index, and each hop
// is then explained by the facts behind it, read from the store. Queries
// bounded by years or confidence, or following negated facts, read the
// facts themselves.
package queries
