package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"kg/ingest/reader"
)

// TestParallelSameAsSequential: one Extractor used from many goroutines
// at once, as ingest's workers use it, gives every document the result
// it gives alone. The extractor and the gazetteer share pooled buffers
// between calls; run with -race too.
func TestParallelSameAsSequential(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	train, _ := filepath.Glob(corpusTrain + "/*.txt")
	paths = append(paths, train...)
	if len(paths) == 0 {
		t.Fatal("no documents")
	}
	x := newTestExtractor(t)
	var docs []*reader.Document
	var want []Result
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := reader.Read(strings.NewReader(string(raw)), reader.Text)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
		want = append(want, x.ExtractFacts(filepath.Base(p), d))
	}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for k := range docs {
					i := (k + w*3) % len(docs) // each worker in its own order
					if got := x.ExtractFacts(filepath.Base(paths[i]), docs[i]); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("worker %d, %s: the result differs from the sequential one", w, paths[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
