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

// exactUpTo is the largest graph whose betweenness is computed exactly:
// Brandes' algorithm costs a breadth-first search from every entity, and
// on the 11,000 entities of a 10,000-document store that is minutes.
// Past it the searches start from sampleSources entities spread evenly
// over the sorted ids and the sums are scaled up (Brandes and Pich's
// estimate), which ranks the most central entities the same way.
const (
	exactUpTo     = 3000
	sampleSources = 400
)

// Central returns the centrality of every entity of the edges, most
// central first (betweenness, then degree, then id), and whether the
// betweenness is an estimate from a sample of sources.
func Central(edges []*Edge) ([]Centrality, bool) {
	ug := dgraph.New(dgraph.StringHash)
	addAll(ug, edges)
	adj, _ := ug.AdjacencyMap()
	ids := make([]string, 0, len(adj))
	for id := range adj {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pos := make(map[string]int32, len(ids))
	for i, id := range ids {
		pos[id] = int32(i)
	}
	neighbours := make([][]int32, len(ids))
	for i, id := range ids {
		for to := range adj[id] {
			neighbours[i] = append(neighbours[i], pos[to])
		}
		sort.Slice(neighbours[i], func(a, b int) bool { return neighbours[i][a] < neighbours[i][b] })
	}
	sources := make([]int32, 0, len(ids))
	sampled := len(ids) > exactUpTo
	if sampled {
		for k := 0; k < sampleSources; k++ {
			sources = append(sources, int32(k*len(ids)/sampleSources))
		}
	} else {
		for i := range ids {
			sources = append(sources, int32(i))
		}
	}
	bc := betweenness(neighbours, sources)
	scale := 0.5 // each unordered pair is counted from both ends
	if sampled {
		scale *= float64(len(ids)) / float64(len(sources))
	}
	out := make([]Centrality, len(ids))
	for i, id := range ids {
		out[i] = Centrality{ID: id, Degree: len(neighbours[i]), Betweenness: bc[i] * scale}
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
	return out, sampled
}

// betweenness is Brandes' algorithm (2001) for an unweighted undirected
// graph, from the given sources: a breadth-first search from each counts
// the shortest paths to every other vertex, and the dependencies are
// accumulated back from the farthest. Vertices are positions, so the
// searches run on slices.
func betweenness(neighbours [][]int32, sources []int32) []float64 {
	n := len(neighbours)
	bc := make([]float64, n)
	sigma := make([]float64, n)
	delta := make([]float64, n)
	dist := make([]int32, n)
	order := make([]int32, 0, n)
	preds := make([][]int32, n)
	for _, s := range sources {
		for i := range dist {
			dist[i], sigma[i], delta[i] = -1, 0, 0
			preds[i] = preds[i][:0]
		}
		order = order[:0]
		dist[s], sigma[s] = 0, 1
		order = append(order, s)
		for head := 0; head < len(order); head++ { // order is the queue
			v := order[head]
			for _, w := range neighbours[v] {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					order = append(order, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
					preds[w] = append(preds[w], v)
				}
			}
		}
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
	return bc
}
