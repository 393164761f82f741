package exports

import (
	"encoding/json"
	"io"

	"kg/graph"
	"kg/queries"
)

// PathsJSON is the JSON form of an answer of `kg path --format json`:
// the paths, each a list of hops with the facts behind them, whether a
// limit cut the list, and the entities the hops name.
type PathsJSON struct {
	Paths     [][]PathHop             `json:"paths"`
	Truncated bool                    `json:"truncated"`
	Entities  map[string]graph.Entity `json:"entities"`
}

// PathHop is one hop of a path in PathsJSON.
type PathHop struct {
	From     string     `json:"from"`
	To       string     `json:"to"`
	Relation string     `json:"relation"`
	Forward  bool       `json:"forward"`
	Facts    []FactLine `json:"facts"`
}

// NewPathsJSON is the JSON form of the paths, entities named from ents.
func NewPathsJSON(paths []queries.Path, truncated bool, ents map[string]graph.Entity) PathsJSON {
	out := PathsJSON{Paths: [][]PathHop{}, Truncated: truncated, Entities: map[string]graph.Entity{}}
	for _, p := range paths {
		var hops []PathHop
		for _, h := range p {
			var facts []FactLine
			for _, f := range h.Facts {
				facts = append(facts, NewFactLine(f, ents))
			}
			hops = append(hops, PathHop{From: h.From, To: h.To, Relation: h.Relation, Forward: h.Forward, Facts: facts})
			out.Entities[h.From], out.Entities[h.To] = ents[h.From], ents[h.To]
		}
		out.Paths = append(out.Paths, hops)
	}
	return out
}

// WritePathsJSON writes the paths as one indented JSON document.
func WritePathsJSON(w io.Writer, paths []queries.Path, truncated bool, ents map[string]graph.Entity) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(NewPathsJSON(paths, truncated, ents))
}
