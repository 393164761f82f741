package analysis

import (
	"sort"

	dgraph "github.com/dominikbraun/graph"
)

// Centrality is how central an entity is in the graph of edges, taken as
// undirected ties between entities.
type Centrality struct {
	ID          string
	Degree      int     // distinct entities it is tied to
	Betweenness float64 // shortest paths between other pairs that pass through it (Brandes; each unordered pair once)
}

// Central returns the centrality of every entity of the edges, most
// central first (betweenness, then degree, then id).
func Central(edges []*Edge) []Centrality {
	ug := dgraph.New(dgraph.StringHash)
	addAll(ug, edges)
	adj, _ := ug.AdjacencyMap()
	bc := betweenness(adj)
	out := make([]Centrality, 0, len(adj))
	for id, tos := range adj {
		out = append(out, Centrality{ID: id, Degree: len(tos), Betweenness: bc[id]})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Betweenness != b.Betweenness {
			return a.Betweenness > b.Betweenness
		}
		if a.Degree != b.Degree {
			return a.Degree > b.Degree
		}
		return a.ID < b.ID
	})
	return out
}

// betweenness is Brandes' algorithm (2001) for an unweighted undirected
// graph: a breadth-first search from every vertex counts the shortest
// paths to each other vertex, and the dependencies are accumulated back
// from the farthest. Each unordered pair is counted from both ends, so
// the sums are halved.
func betweenness[E any](adj map[string]map[string]E) map[string]float64 {
	ids := make([]string, 0, len(adj))
	for id := range adj {
		ids = append(ids, id)
	}
	sort.Strings(ids) // neighbours in a fixed order: sums in a fixed order
	neighbours := make(map[string][]string, len(adj))
	for _, id := range ids {
		for to := range adj[id] {
			neighbours[id] = append(neighbours[id], to)
		}
		sort.Strings(neighbours[id])
	}
	bc := make(map[string]float64, len(ids))
	for _, s := range ids {
		var order []string // vertices by distance from s
		preds := map[string][]string{}
		sigma := map[string]float64{s: 1} // shortest paths from s
		dist := map[string]int{s: 0}
		queue := []string{s}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			order = append(order, v)
			for _, w := range neighbours[v] {
				if _, seen := dist[w]; !seen {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
					preds[w] = append(preds[w], v)
				}
			}
		}
		delta := map[string]float64{}
		for i := len(order) - 1; i >= 0; i-- {
			w := order[i]
			for _, v := range preds[w] {
				delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
			}
			if w != s {
				bc[w] += delta[w]
			}
		}
	}
	for id := range bc {
		bc[id] /= 2
	}
	return bc
}
