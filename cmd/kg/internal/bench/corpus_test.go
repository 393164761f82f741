package bench

import (
	"path/filepath"
	"testing"

	"kg/gazetteer"
	"kg/ingest/extract"
	"kg/ingest/reader"
)

// BenchmarkExtractCorpus is kg bench's "extraction, one core" as a Go
// benchmark: the extractor over 300 documents of the generated corpus
// (24 sentences each, names drawn from the gazetteer), read beforehand.
// Documents of a few kilobytes, unlike the two seeds of
// ingest/extract's BenchmarkExtract, weigh per-document costs too. MB/s
// is the text the extractor is given; run with -cpu 1.
func BenchmarkExtractCorpus(b *testing.B) {
	gaz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	c, err := NewCorpus("../../../../testdata/seeds", gaz)
	if err != nil {
		b.Fatal(err)
	}
	paths, _, err := c.Write(filepath.Join(b.TempDir(), "corpus"), 300, 24)
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(gaz)
	if err != nil {
		b.Fatal(err)
	}
	var docs []*reader.Document
	size := 0
	for _, p := range paths {
		d, err := readDoc(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text())
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	sentences := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			sentences += x.ExtractFacts("d", d).Sentences
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}
