// Package queries answers questions over a kg store: which entity a name
// means, how two entities are connected (paths), and what surrounds one
// (neighbourhoods). Traversals walk the direct <subject> <rel:…> <object>
// edges through Cayley's quad indexes; each hop is then explained by the
// facts behind it.
package queries
