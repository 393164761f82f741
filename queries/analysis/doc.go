// Package analysis answers the questions analysts ask after "how are A
// and B connected", as algorithms on a selected part of the graph
// (github.com/dominikbraun/graph where it has them):
//
//	edges.go     facts grouped into edges: one per pair and relation, with
//	             the documents behind it and its support
//	support.go   the best-supported path (Dijkstra on the edges' support)
//	blocs.go     blocs: strongly connected components of directed
//	             relations, connected components of symmetric ones
//	timeline.go  every fact between two entities, by year
//	central.go   degree and betweenness centrality (Brandes)
//
// Plain shortest paths stay on kg's own index (graph/index): it is built
// for them. The backbone of a diagram is a selection (queries.PathOptions
// Backbone, the maximum spanning forest in queries/backbone.go), so that
// only its facts are read. Every analysis here works on grouped facts, negated ones
// left out, after the filters of queries.PathOptions.
package analysis
