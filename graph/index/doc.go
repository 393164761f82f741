// Package index is kg's path index: the direct relation edges of a store
// (<s> <rel:…> <o>) held in memory as a compressed adjacency array, with
// the ids of the facts behind each edge, so that a breadth-first search
// costs array reads instead of one Cayley lookup per visited entity.
//
//	index.go   the index: built from a scan of the store, and what it
//	           answers (the edges at an entity, shortest paths, the edges
//	           among entities, the facts behind a hop)
//	delta.go   bringing an index up to date from the store's record of
//	           the writes since (graph.Changes), without a scan
//	file.go    the file kept beside a bolt store, so that the next
//	           process starts with the index
//	cache.go   the handle a process keeps: the index of its store, kept
//	           current across queries and writes
//
// The index reads the store only through graph's decoded scans
// (Store.ScanEdges, EdgeReader); it knows nothing of Cayley's layout.
package index
