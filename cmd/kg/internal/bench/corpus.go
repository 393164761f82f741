// Package bench measures kg end to end on a generated corpus and, beside
// each figure, the limit measured in the same run (raw Cayley writes, a
// plain BFS, plain encoding/csv, native Graphviz), so that every number is
// read against what the machine can do.
package bench

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"kg/gazetteer"
	"kg/graph"
	"kg/ingest/reader"
	"kg/ingest/sentence"
)

// Corpus makes deterministic documents of realistic text: sentences of
// the seed documents recombined, with every country and person they name
// replaced by one drawn from the gazetteer, so that each document yields
// new facts between new pairs.
type Corpus struct {
	sentences []template
	countries []*gazetteer.Entity
	people    []*gazetteer.Entity
}

// template is a sentence with the spans of the names to replace.
type template struct {
	text  string
	slots []slot
}

type slot struct {
	start, end int
	typ        string
}

// NewCorpus builds the sentence pool from the documents in seedDir.
func NewCorpus(seedDir string, g *gazetteer.Gazetteer) (*Corpus, error) {
	c := &Corpus{}
	for _, e := range g.Entities() {
		switch e.Type {
		case graph.TypeCountry:
			if !e.Former {
				c.countries = append(c.countries, e)
			}
		case graph.TypePerson:
			c.people = append(c.people, e)
		}
	}
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		doc, err := reader.Read(fh, reader.Text)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, b := range doc.Blocks {
			if b.Kind != reader.Paragraph {
				continue
			}
			for _, s := range sentence.Split(b.Text) {
				t := template{text: s.Text}
				for _, m := range g.Find(s.Text) {
					if m.Entity.Type == graph.TypeCountry || m.Entity.Type == graph.TypePerson {
						t.slots = append(t.slots, slot{m.Start, m.End, m.Entity.Type})
					}
				}
				if len(t.slots) > 0 {
					c.sentences = append(c.sentences, t)
				}
			}
		}
	}
	if len(c.sentences) == 0 || len(c.countries) == 0 {
		return nil, fmt.Errorf("no sentences with entities in %s", seedDir)
	}
	return c, nil
}

// Document returns document i of the corpus: the same i always gives the
// same text.
func (c *Corpus) Document(i, sentences int) string {
	r := rand.New(rand.NewSource(int64(i)*7919 + 1))
	var b strings.Builder
	for n := 0; n < sentences; n++ {
		t := c.sentences[r.Intn(len(c.sentences))]
		last := 0
		for _, sl := range t.slots {
			b.WriteString(t.text[last:sl.start])
			pool := c.countries
			if sl.typ == graph.TypePerson && len(c.people) > 0 {
				pool = c.people
			}
			b.WriteString(pool[r.Intn(len(pool))].Name)
			last = sl.end
		}
		b.WriteString(t.text[last:])
		if n%4 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Write writes documents [0, n) into dir as doc-N.txt and returns their
// paths and total size.
func (c *Corpus) Write(dir string, n, sentences int) ([]string, int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, 0, err
	}
	var paths []string
	var total int64
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("doc-%06d.txt", i))
		text := c.Document(i, sentences)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return nil, 0, err
		}
		paths = append(paths, p)
		total += int64(len(text))
	}
	return paths, total, nil
}
