package extract

import (
	"os"
	"strings"
	"testing"

	"kg/ingest/reader"
)

// BenchmarkExtract runs the extractor over the seed documents (MB/s).
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	var docs []*reader.Document
	size := 0
	for _, name := range []string{"000_d90099dbb2d22227.txt", "003_a658e70facf3b041.txt"} {
		raw, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		d, err := reader.Read(strings.NewReader(string(raw)), reader.Text)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text())
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			x.ExtractFacts("d", d)
		}
	}
}
