// Package analysis answers the questions analysts ask after "how are A
// and B connected", as algorithms on a selected part of the graph
// (github.com/dominikbraun/graph where it has them):
//
//	edges.go     facts grouped into edges: one per pair and relation, with
//	             the documents behind it and its support
//	support.go   the best-supported path (Dijkstra on the edges' support)
//	blocs.go     blocs: strongly connected components of directed
//	             relations, connected components of symmetric ones
//	backbone.go  the maximum spanning forest of a diagram, weighted by
//	             documents
//	timeline.go  every fact between two entities, by year
//	central.go   degree and betweenness centrality (Brandes)
//
// Plain shortest paths stay on kg's own index (graph/index): it is built
// for them. Every analysis here works on grouped facts, negated ones
// left out, after the filters of queries.PathOptions.
package analysis
