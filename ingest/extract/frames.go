package extract

import (
	"fmt"
	"strings"

	"kg/graph"
)

// argumentTypes is, per relation, the types its subject and object may
// have (lexicon/frames.tsv).
type argumentTypes struct {
	subject, object map[string]bool
}

// frames holds lexicon/frames.tsv. It is embedded data, so a file that
// does not parse is a fault of the build, found by any test.
var frames = mustLoadFrames()

func mustLoadFrames() map[string]argumentTypes {
	m, err := loadFrames()
	if err != nil {
		panic(err)
	}
	return m
}

func loadFrames() (map[string]argumentTypes, error) {
	m := map[string]argumentTypes{}
	err := eachRow("frames.tsv", 3, func(f []string) error {
		if _, ok := graph.LookupRelation(f[0]); !ok {
			return fmt.Errorf("unknown relation %q", f[0])
		}
		sub, err := typeSet(f[1])
		if err != nil {
			return err
		}
		obj, err := typeSet(f[2])
		if err != nil {
			return err
		}
		m[f[0]] = argumentTypes{sub, obj}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, r := range graph.Relations {
		if _, ok := m[r.Name]; !ok {
			return nil, fmt.Errorf("lexicon/frames.tsv: no frame for relation %s", r.Name)
		}
	}
	return m, nil
}

func typeSet(field string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, t := range strings.Split(strings.TrimSpace(field), "|") {
		if t == "*" {
			for _, all := range graph.EntityTypes {
				set[all] = true
			}
			continue
		}
		if !knownType(t) {
			return nil, fmt.Errorf("unknown entity type %q", t)
		}
		set[t] = true
	}
	return set, nil
}

func knownType(t string) bool {
	for _, k := range graph.EntityTypes {
		if k == t {
			return true
		}
	}
	return false
}

// allowed rejects pairings the relation's frame rules out.
func allowed(rel, sub, obj string) bool {
	a, ok := frames[rel]
	return ok && a.subject[graph.EntityType(sub)] && a.object[graph.EntityType(obj)]
}
