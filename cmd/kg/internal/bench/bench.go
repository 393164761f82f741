package bench

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"kg/graph"
	"kg/graph/index"
	"kg/ingest/extract"
	"kg/ingest/reader"
	"kg/queries"
)

// Options size and direct a run.
type Options struct {
	Docs      int    // documents in the corpus
	Sentences int    // sentences per document
	Queries   int    // path and neighbourhood queries timed
	DB        string // the store to ingest into; "" is a bolt store in a temporary directory
	SeedDir   string // documents whose sentences make the corpus
	Workers   int    // parallel extraction
	Log       io.Writer
}

// Result is the JSON object `kg bench --json` prints. A measurement that
// could not run is nil, with the reason in Notes.
type Result struct {
	Machine           string   `json:"machine"`
	Backend           string   `json:"backend"`
	Docs              int      `json:"docs"`
	Facts             int      `json:"facts"`
	Quads             int64    `json:"quads"`
	CorpusMB          float64  `json:"corpus_mb"`
	ExtractMBPerS     *float64 `json:"extract_mb_per_s"`
	ExtractParMBPerS  *float64 `json:"extract_parallel_mb_per_s"`
	SentencesPerS     *float64 `json:"extract_sentences_per_s"`
	IngestDocsPerS    *float64 `json:"ingest_docs_per_s"`
	IngestFactsPerS   *float64 `json:"ingest_facts_per_s"`
	IngestQuadsPerS   *float64 `json:"ingest_quads_per_s"`
	RawWriteQuadsPerS *float64 `json:"raw_write_quads_per_s"`
	IngestPeakRSSMB   *float64 `json:"ingest_peak_rss_mb"`
	StoreMB           *float64 `json:"store_mb"`
	IndexSaveMs       *float64 `json:"index_persist_ms"`
	PathSearchP50Ms   *float64 `json:"path_search_p50_ms"`
	PathSearchP95Ms   *float64 `json:"path_search_p95_ms"`
	PathP50Ms         *float64 `json:"path_p50_ms"`
	PathP95Ms         *float64 `json:"path_p95_ms"`
	BFSP50Ms          *float64 `json:"bfs_p50_ms"`
	BFSP95Ms          *float64 `json:"bfs_p95_ms"`
	Neighbors2P50Ms   *float64 `json:"neighbors2_p50_ms"`
	Neighbors2P95Ms   *float64 `json:"neighbors2_p95_ms"`
	OpenReadyMs       *float64 `json:"open_ready_ms"`
	OpenRebuildMs     *float64 `json:"open_rebuild_ms"`
	CSVRowsPerS       *float64 `json:"csv_rows_per_s"`
	RawCSVRowsPerS    *float64 `json:"raw_csv_rows_per_s"`
	SVG300Ms          *float64 `json:"svg300_ms"`
	NativeDotSVG300Ms *float64 `json:"native_dot_svg300_ms"`
	HelperSVG300Ms    *float64 `json:"kg_graphviz_svg300_ms"`
	Notes             []string `json:"notes"`
}

func f(v float64) *float64 { return &v }

// openReady times opening a store and answering one path query, and
// returns the persisted index file the store has ("" for none).
func openReady(ctx context.Context, dsn, from, to string) (float64, string, error) {
	t0 := time.Now()
	s, err := graph.Open(dsn)
	if err != nil {
		return 0, "", err
	}
	defer s.Close()
	if _, err := queries.NewGraph(s).ShortestPath(ctx, from, to, queries.PathOptions{MaxHops: queries.DefaultMaxHops}); err != nil {
		return 0, "", err
	}
	v := ms(t0)
	file := s.SidePath(index.File)
	if _, err := os.Stat(file); file == "" || err != nil {
		file = ""
	}
	return v, file, nil
}

// readDoc reads one corpus file.
func readDoc(path string) (*reader.Document, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	doc, err := reader.Read(fh, reader.Text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// rawWriteRate writes the quads kg would write, one Cayley transaction
// per document, straight to a fresh store of the same backend. Only the
// writes are timed; reading and extracting each document is not.
func rawWriteRate(ctx context.Context, x *extract.Extractor, paths []string, backend, tmp, dbFlag string) (float64, string) {
	var dsn string
	switch backend {
	case "bolt":
		dsn = filepath.Join(tmp, "raw.db")
	case "memstore":
		dsn = "memory:"
	default:
		if dbFlag == "" {
			return 0, "no second database to write to"
		}
		dsn = dbFlag + "_raw"
		if strings.Contains(dbFlag, "?") {
			i := strings.Index(dbFlag, "?")
			dsn = dbFlag[:i] + "_raw" + dbFlag[i:]
		}
	}
	s, err := graph.Open(dsn)
	if err != nil {
		return 0, err.Error()
	}
	defer s.Close()
	var el time.Duration
	total := 0
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return 0, err.Error()
		}
		doc, err := readDoc(p)
		if err != nil {
			return 0, err.Error()
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		res := x.ExtractFacts(id, doc)
		b := &graph.Batch{Doc: graph.Document{ID: id, Path: p, SHA256: "x", Ingested: time.Now()}, Facts: res.Facts, Entities: res.Entities}
		q := b.Quads()
		t0 := time.Now()
		if err := s.W.AddQuadSet(q); err != nil {
			return 0, err.Error()
		}
		el += time.Since(t0)
		total += len(q)
	}
	return float64(total) / el.Seconds(), ""
}

// loadAdjacency reads the direct relation edges into an int32 adjacency
// list (CSR), undirected: the plain BFS baseline.
type csr struct {
	offsets []int32
	targets []int32
}

func loadAdjacency(ctx context.Context, s *graph.Store) (*csr, []string, error) {
	pos := map[string]int32{}
	var ids []string
	id := func(v quad.Value) int32 {
		k := fmt.Sprint(v)
		if i, ok := pos[k]; ok {
			return i
		}
		i := int32(len(ids))
		pos[k] = i
		ids = append(ids, strings.Trim(k, "<>"))
		return i
	}
	var edges [][2]int32
	it := s.QS.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := s.QS.Quad(it.Result())
		if _, ok := graph.RelationOf(q.Predicate); ok {
			a, b := id(q.Subject), id(q.Object)
			edges = append(edges, [2]int32{a, b}, [2]int32{b, a})
		}
	}
	if err := it.Err(); err != nil {
		return nil, nil, err
	}
	g := &csr{offsets: make([]int32, len(ids)+1)}
	for _, e := range edges {
		g.offsets[e[0]+1]++
	}
	for i := 1; i < len(g.offsets); i++ {
		g.offsets[i] += g.offsets[i-1]
	}
	g.targets = make([]int32, len(edges))
	fill := append([]int32(nil), g.offsets[:len(ids)]...)
	for _, e := range edges {
		g.targets[fill[e[0]]] = e[1]
		fill[e[0]]++
	}
	return g, ids, nil
}

// bfs is the plain breadth-first search the path queries are compared with.
func bfs(g *csr, from, to int32) int {
	n := len(g.offsets) - 1
	dist := make([]int32, n)
	for i := range dist {
		dist[i] = -1
	}
	dist[from] = 0
	queue := []int32{from}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if v == to {
			return int(dist[v])
		}
		for _, w := range g.targets[g.offsets[v]:g.offsets[v+1]] {
			if dist[w] < 0 {
				dist[w] = dist[v] + 1
				queue = append(queue, w)
			}
		}
	}
	return -1
}

// randomPairs picks n pairs of entities with edges, deterministically.
func randomPairs(g *csr, ids []string, n int) [][2]int32 {
	var nodes []int32
	for i := range ids {
		if g.offsets[i+1] > g.offsets[i] {
			nodes = append(nodes, int32(i))
		}
	}
	if len(nodes) < 2 {
		return nil
	}
	r := rand.New(rand.NewSource(42))
	var out [][2]int32
	for len(out) < n {
		a, b := nodes[r.Intn(len(nodes))], nodes[r.Intn(len(nodes))]
		if a != b {
			out = append(out, [2]int32{a, b})
		}
	}
	return out
}

// hub is the entity with the most edges.
func hub(g *csr, ids []string) string {
	best, deg := 0, int32(-1)
	for i := range ids {
		if d := g.offsets[i+1] - g.offsets[i]; d > deg {
			best, deg = i, d
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return ids[best]
}

// rawCSVRate writes the same rows with encoding/csv alone.
func rawCSVRate(sg *graph.Subgraph, path string) float64 {
	var rows [][]string
	for _, e := range sg.Entities {
		rows = append(rows, []string{e.ID, "Entity;" + e.Type, e.Name, strings.Join(e.Aliases, ";"), e.ISO3, e.ISO2})
	}
	for _, x := range sg.Facts {
		rows = append(rows, []string{x.Subject, x.Object, strings.ToUpper(x.Relation), x.ID, strconv.Itoa(x.Year),
			strconv.FormatInt(x.Quantity, 10), x.Unit, x.Item, x.Kind, x.Role, x.Action, x.ClaimedBy,
			strconv.FormatBool(x.Negated), strconv.FormatFloat(x.Confidence, 'f', -1, 64), x.Doc, strconv.Itoa(x.Sentence), x.Evidence})
	}
	fh, err := os.Create(path)
	if err != nil {
		return 0
	}
	defer fh.Close()
	start := time.Now()
	w := csv.NewWriter(fh)
	w.WriteAll(rows)
	return float64(len(rows)) / time.Since(start).Seconds()
}

func ms(t time.Time) float64 { return round(float64(time.Since(t).Microseconds()) / 1000) }

func pct(v []float64, p int) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	i := (len(s)*p + 99) / 100
	if i > 0 {
		i--
	}
	return round(s[i])
}

func round(v float64) float64 {
	if v >= 100 {
		return float64(int64(v + 0.5))
	}
	return float64(int64(v*100+0.5)) / 100
}

// peakRSSMB reads the process's peak resident set from /proc.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			fields := strings.Fields(line)
			if len(fields) >= 2 {
				kb, _ := strconv.ParseFloat(fields[1], 64)
				return kb / 1024
			}
		}
	}
	return 0
}

// memorySplit says what the resident set is made of right after the
// ingest: anonymous memory (the Go heap and runtime) against pages of
// files mapped in (bolt maps the whole store and reads through the map,
// so those grow with the store and are the kernel's to reclaim).
func memorySplit() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	kb := map[string]float64{}
	for _, line := range strings.Split(string(b), "\n") {
		if fields := strings.Fields(line); len(fields) >= 2 {
			v, _ := strconv.ParseFloat(fields[1], 64)
			kb[strings.TrimSuffix(fields[0], ":")] = v
		}
	}
	if _, ok := kb["RssFile"]; !ok {
		return ""
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return fmt.Sprintf("ingest_rss_split: right after the ingest, RSS %.0f MB = %.0f MB anonymous (Go heap in use %.0f MB, the runtime's total %.0f MB) + %.0f MB of mapped files (bolt's map of the store)",
		kb["VmRSS"]/1024, kb["RssAnon"]/1024, float64(ms.HeapInuse)/(1<<20), float64(ms.Sys)/(1<<20), (kb["RssFile"]+kb["RssShmem"])/1024)
}

// sampleAnonRSS samples the process's anonymous resident set (RssAnon)
// until the function it returns is called, which returns the largest
// sample in MB (0 where /proc has no RssAnon).
func sampleAnonRSS() func() float64 {
	var peak float64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			if v := statusKB("RssAnon"); v/1024 > peak {
				peak = v / 1024
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() float64 {
		close(done)
		<-stopped
		return peak
	}
}

func statusKB(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == field+":" {
			v, _ := strconv.ParseFloat(f[1], 64)
			return v
		}
	}
	return 0
}

// writeHeapProfile writes the heap profile (for go tool pprof
// -sample_index=inuse_space) after a collection.
func writeHeapProfile(path string) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(fh); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "model name") {
			if _, v, ok := strings.Cut(line, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return ""
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// extractionTime times the extractor alone over the corpus on one core
// (GOMAXPROCS=1, so the collector gets no second core), after an untimed
// pass over the first batch fills its pools. Files are read a batch at a
// time, outside the timing, so that the corpus never sits in memory and
// the peak RSS is kg's own; the garbage of reading is collected before
// each batch is timed.
func extractionTime(x *extract.Extractor, paths []string) (seconds float64, sentences int, err error) {
	const batch = 100
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	run := func(ps []string, timed bool) error {
		var docs []*reader.Document
		for _, p := range ps {
			doc, err := readDoc(p)
			if err != nil {
				return err
			}
			docs = append(docs, doc)
		}
		runtime.GC()
		t0 := time.Now()
		n := 0
		for _, doc := range docs {
			n += x.ExtractFacts("d", doc).Sentences
		}
		if timed {
			seconds += time.Since(t0).Seconds()
			sentences += n
		}
		return nil
	}
	if err := run(paths[:min(len(paths), batch)], false); err != nil {
		return 0, 0, err
	}
	for lo := 0; lo < len(paths); lo += batch {
		if err := run(paths[lo:min(lo+batch, len(paths))], true); err != nil {
			return 0, 0, err
		}
	}
	return seconds, sentences, nil
}
