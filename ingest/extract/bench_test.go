package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kg/ingest/reader"
)

var benchSeeds = []string{"000_d90099dbb2d22227.txt", "003_a658e70facf3b041.txt"}

// BenchmarkExtract runs the extractor over the seed documents, already
// read and cleaned. MB/s is the text the extractor is given (the
// documents' Text: every block, captions and headings included, joined
// by blank lines) per second; sentence splitting is timed, reading is
// not, as in kg bench's "extraction, one core" (run with -cpu 1).
func BenchmarkExtract(b *testing.B) {
	var paths []string
	for _, name := range benchSeeds {
		paths = append(paths, "../../testdata/seeds/"+name)
	}
	benchmarkExtract(b, paths)
}

// benchmarkExtract times the extraction of the documents at paths, read
// and cleaned beforehand.
func benchmarkExtract(b *testing.B, paths []string) {
	x := newTestExtractor(b)
	var docs []*reader.Document
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
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
	sentences := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			sentences += x.ExtractFacts("d", d).Sentences
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkReadExtract is a document's way through ingest short of the
// store: the raw file read and cleaned (ingest/reader), split into
// sentences and extracted. MB/s is raw file bytes per second.
func BenchmarkReadExtract(b *testing.B) {
	x := newTestExtractor(b)
	var raws [][]byte
	size := 0
	for _, name := range benchSeeds {
		raw, err := os.ReadFile("../../testdata/seeds/" + name)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, raw := range raws {
			d, err := reader.Read(strings.NewReader(string(raw)), reader.Text)
			if err != nil {
				b.Fatal(err)
			}
			x.ExtractFacts("d", d)
		}
	}
}

// BenchmarkExtractTrain is BenchmarkExtract over the training documents
// of ../shared/corpus (62 documents of many kinds), when they are there.
func BenchmarkExtractTrain(b *testing.B) {
	paths, _ := filepath.Glob(corpusTrain + "/*.txt")
	if len(paths) == 0 {
		b.Skipf("%s is absent", corpusTrain)
	}
	benchmarkExtract(b, paths)
}
