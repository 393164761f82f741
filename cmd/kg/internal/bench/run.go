package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"

	"kg/exports"
	"kg/exports/render"
	"kg/gazetteer"
	"kg/graph"
	"kg/graph/index"
	"kg/ingest"
	"kg/ingest/extract"
	"kg/queries"
)

// run is one benchmark run: what its phases share. Each phase records
// its figures in res, and notes what it could not measure.
type run struct {
	opt Options
	res *Result
	tmp string // removed at the end

	gaz   *gazetteer.Gazetteer
	x     *extract.Extractor
	paths []string // the corpus
	size  int64    // its bytes

	dsn   string
	store *graph.Store
	g     *queries.Graph

	adj   *csr // the direct edges as a plain array, for the BFS baseline
	ids   []string
	pairs [][2]int32 // the entity pairs queried
}

func (r *run) logf(format string, a ...any) {
	if r.opt.Log != nil {
		fmt.Fprintf(r.opt.Log, format+"\n", a...)
	}
}

func (r *run) note(format string, a ...any) {
	r.res.Notes = append(r.res.Notes, fmt.Sprintf(format, a...))
}

// Run generates the corpus and measures: extraction, ingest, raw Cayley
// writes, the path index, path and neighbourhood queries, exports, a
// diagram, and opening the store ready for a path.
func Run(ctx context.Context, opt Options) (*Result, error) {
	r := &run{opt: opt, res: &Result{Machine: fmt.Sprintf("%s/%s, %d CPUs", runtime.GOOS, runtime.GOARCH, runtime.NumCPU()), Docs: opt.Docs}}
	if cpu := cpuModel(); cpu != "" {
		r.res.Machine = cpu + ", " + r.res.Machine
	}
	var err error
	if r.tmp, err = os.MkdirTemp("", "kg-bench-"); err != nil {
		return nil, err
	}
	defer os.RemoveAll(r.tmp)
	if err := r.writeCorpus(); err != nil {
		return nil, err
	}
	if err := r.extraction(); err != nil {
		return nil, err
	}
	if err := r.ingest(ctx); err != nil {
		return nil, err
	}
	err = r.onStore(ctx)
	if cerr := r.store.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	if err := r.openReady(ctx); err != nil {
		return nil, err
	}
	return r.res, nil
}

// onStore runs the phases that read the ingested store.
func (r *run) onStore(ctx context.Context) error {
	r.rawWrites(ctx)
	for _, phase := range []func(context.Context) error{r.pathIndex, r.queries, r.exports, r.diagram} {
		if err := phase(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (r *run) writeCorpus() error {
	var err error
	if r.gaz, err = gazetteer.Default(); err != nil {
		return err
	}
	corpus, err := NewCorpus(r.opt.SeedDir, r.gaz)
	if err != nil {
		return err
	}
	r.logf("writing %d documents of %d sentences", r.opt.Docs, r.opt.Sentences)
	if r.paths, r.size, err = corpus.Write(filepath.Join(r.tmp, "corpus"), r.opt.Docs, r.opt.Sentences); err != nil {
		return err
	}
	r.res.CorpusMB = round(float64(r.size) / 1e6)
	return nil
}

// extraction times extraction alone, on one core.
func (r *run) extraction() error {
	var err error
	if r.x, err = extract.New(r.gaz); err != nil {
		return err
	}
	r.logf("extraction, one core")
	el, sentences, err := extractionTime(r.x, r.paths)
	if err != nil {
		return err
	}
	r.res.ExtractMBPerS = f(round(float64(r.size) / 1e6 / el))
	r.res.SentencesPerS = f(round(float64(sentences) / el))
	return nil
}

// ingest times kg's whole ingest, extraction in parallel, into the
// store, which it leaves open.
func (r *run) ingest(ctx context.Context) error {
	r.dsn = r.opt.DB
	if r.dsn == "" {
		r.dsn = filepath.Join(r.tmp, "kg.db")
	}
	store, err := graph.Open(r.dsn)
	if err != nil {
		return err
	}
	if r.opt.DB != "" {
		it := store.QS.QuadsAllIterator()
		nonEmpty := it.Next(ctx)
		it.Close()
		if nonEmpty {
			store.Close()
			return fmt.Errorf("%s is not empty: kg bench needs an empty store", r.dsn)
		}
	}
	r.store, r.g = store, queries.NewGraph(store)
	r.res.Backend = store.Backend
	in, err := ingest.New(store, r.gaz)
	if err != nil {
		store.Close()
		return err
	}
	r.logf("ingest into %s with %d workers", store.Backend, r.opt.Workers)
	anon := sampleAnonRSS()
	start := time.Now()
	facts := 0
	var failed []string
	in.IngestAll(ctx, r.paths, r.opt.Workers, func(o ingest.Outcome) {
		if o.Status == ingest.Failed {
			failed = append(failed, o.Err.Error())
		}
		facts += o.Facts
	})
	el := time.Since(start).Seconds()
	if peak := anon(); peak > 0 {
		r.note("ingest_peak_anon_rss: %.0f MB, the largest anonymous resident set (Go heap, stacks, runtime; bolt's map of the store excluded) sampled every 100 ms during the ingest", peak)
	}
	if len(failed) > 0 {
		r.note("%d documents failed, e.g. %s", len(failed), failed[0])
	}
	st, err := store.QS.Stats(ctx, true)
	if err != nil {
		store.Close()
		return err
	}
	res := r.res
	res.Facts, res.Quads = facts, st.Quads.Size
	res.IngestDocsPerS = f(round(float64(len(r.paths)) / el))
	res.IngestFactsPerS = f(round(float64(facts) / el))
	res.IngestQuadsPerS = f(round(float64(res.Quads) / el))
	res.ExtractParMBPerS = f(round(float64(r.size) / 1e6 / el))
	r.note("extract_parallel_mb_per_s is the end-to-end ingest throughput in text MB/s (extraction in parallel, one writer)")
	if rss := peakRSSMB(); rss > 0 {
		res.IngestPeakRSSMB = f(round(rss))
		r.note("ingest_peak_rss_mb is the process's high-water mark (VmHWM), corpus generation included")
	}
	if note := memorySplit(); note != "" {
		r.note("%s", note)
	}
	if path := os.Getenv("KG_BENCH_HEAP_PROFILE"); path != "" {
		if err := writeHeapProfile(path); err != nil {
			r.note("heap profile: %v", err)
		}
	}
	if store.Backend == "bolt" {
		res.StoreMB = f(round(float64(dirSize(r.dsn)) / 1e6))
	}
	return nil
}

// rawWrites times raw Cayley writes of the same quads, one transaction
// per document as kg does, into a fresh store of the same kind.
func (r *run) rawWrites(ctx context.Context) {
	r.logf("raw Cayley writes")
	if rate, note := rawWriteRate(ctx, r.x, r.paths, r.store.Backend, r.tmp, r.opt.DB); rate > 0 {
		r.res.RawWriteQuadsPerS = f(round(rate))
	} else {
		r.note("raw_write_quads_per_s: %s", note)
	}
}

// pathIndex builds the path index (and on bolt persists it, as kg ingest
// does after writing) before the queries, so that none of them is timed
// building it, as the BFS baseline is not timed building its array.
func (r *run) pathIndex(ctx context.Context) error {
	r.logf("path index")
	t0 := time.Now()
	if _, err := r.g.Index.Of(ctx, r.store); err != nil {
		return err
	}
	r.res.IndexSaveMs = f(ms(t0))
	if file := r.store.SidePath(index.File); file != "" {
		if st, err := os.Stat(file); err == nil {
			r.note("index_persist_ms: the index built by reading every quad and written beside the store, %.2f MB (not counted in the store's size)", float64(st.Size())/1e6)
		}
	}
	return nil
}

// queries times shortest paths (the search alone, and with the evidence
// kg path prints) beside a plain BFS, and depth-2 neighbourhoods.
func (r *run) queries(ctx context.Context) error {
	r.logf("path and neighbourhood queries")
	var err error
	if r.adj, r.ids, err = loadAdjacency(ctx, r.store); err != nil {
		return err
	}
	r.pairs = randomPairs(r.adj, r.ids, r.opt.Queries)
	var searchMs, pathMs, bfsMs, nbMs []float64
	nbEntities, nbFacts := 0, 0
	for _, p := range r.pairs {
		// The search, then the evidence of its hops: the path a user
		// gets takes both; the search alone is what the BFS compares with.
		popt := queries.PathOptions{MaxHops: queries.DefaultMaxHops}
		t0 := time.Now()
		path, err := r.g.ShortestHops(ctx, r.ids[p[0]], r.ids[p[1]], popt)
		if err != nil {
			return err
		}
		searchMs = append(searchMs, ms(t0))
		if path != nil {
			if err := r.g.FillEvidence(ctx, []queries.Path{path}, popt); err != nil {
				return err
			}
		}
		pathMs = append(pathMs, ms(t0))
		t0 = time.Now()
		bfs(r.adj, p[0], p[1])
		bfsMs = append(bfsMs, ms(t0))
		t0 = time.Now()
		nb, err := r.g.Neighborhood(ctx, r.ids[p[0]], 2, queries.PathOptions{MaxFacts: queries.DefaultMaxFacts}, 0)
		if err != nil {
			return err
		}
		nbMs = append(nbMs, ms(t0))
		nbEntities += len(nb.Entities)
		nbFacts += len(nb.Facts)
	}
	if len(r.pairs) == 0 {
		r.note("path queries: no connected pairs in the graph")
		return nil
	}
	res := r.res
	res.PathSearchP50Ms, res.PathSearchP95Ms = f(pct(searchMs, 50)), f(pct(searchMs, 95))
	res.PathP50Ms, res.PathP95Ms = f(pct(pathMs, 50)), f(pct(pathMs, 95))
	r.note("path search: the breadth-first search on kg's index, up to %d hops, returning the hops; "+
		"path with evidence: the same search plus reading every fact behind each hop from the store (what kg path prints); "+
		"plain BFS: an int32 array built outside the timing, returning a length; all three exclude building or loading the index (see open)", queries.DefaultMaxHops)
	res.BFSP50Ms, res.BFSP95Ms = f(pct(bfsMs, 50)), f(pct(bfsMs, 95))
	res.Neighbors2P50Ms, res.Neighbors2P95Ms = f(pct(nbMs, 50)), f(pct(nbMs, 95))
	r.note("neighbors2: depth 2, at most %d entities and %d facts (kg neighbors' defaults); on average %d entities and %d facts (each read with its evidence)",
		queries.DefaultMaxNodes, queries.DefaultMaxFacts, nbEntities/len(r.pairs), nbFacts/len(r.pairs))
	return nil
}

// exports times the Neo4j CSV of the whole graph against encoding/csv.
func (r *run) exports(ctx context.Context) error {
	r.logf("exports")
	whole, err := r.g.Whole(ctx, queries.PathOptions{}, 0)
	if err != nil {
		return err
	}
	rows := len(whole.Entities) + len(whole.Facts)
	t0 := time.Now()
	if err := exports.WriteNeo4jDir(filepath.Join(r.tmp, "neo4j"), whole, false); err != nil {
		return err
	}
	r.res.CSVRowsPerS = f(round(float64(rows) / time.Since(t0).Seconds()))
	r.note("csv_rows_per_s times writing the files only; reading the graph for them is not included")
	r.res.RawCSVRowsPerS = f(round(rawCSVRate(whole, filepath.Join(r.tmp, "raw.csv"))))
	return nil
}

// diagram times drawing 300 entities around the best-connected one, with
// the system's dot, kg's choice of renderer and kg-graphviz.
func (r *run) diagram(ctx context.Context) error {
	center := hub(r.adj, r.ids)
	sg, err := r.g.Neighborhood(ctx, center, 3, queries.PathOptions{MaxFacts: queries.DefaultMaxFacts}, 300)
	if err != nil {
		return err
	}
	var dot bytes.Buffer
	if err := exports.WriteDOT(&dot, sg, exports.DOTOptions{Layout: "sfdp"}); err != nil {
		return err
	}
	r.note("svg300: %d entities, %d facts around %s (at most %d, kg export's default), sfdp layout, DOT of %d KB",
		len(sg.Entities), len(sg.Facts), center, queries.DefaultMaxFacts, dot.Len()/1000)
	timeSVG := func(rd *render.Renderer) (float64, error) {
		t0 := time.Now()
		err := rd.Render(ctx, dot.Bytes(), "sfdp", "svg", io.Discard)
		return ms(t0), err
	}
	res := r.res
	if native, err := exec.LookPath("dot"); err == nil {
		if v, err := timeSVG(&render.Renderer{Path: native}); err == nil {
			res.NativeDotSVG300Ms = f(v)
		}
		r.note("svg300_ms uses the system dot when installed, as kg export does")
	} else {
		r.note("native_dot_svg300_ms: Graphviz's dot is not installed")
	}
	if v, err := timeSVG(render.NewRenderer()); err != nil {
		r.note("svg300_ms: %v", err)
	} else {
		res.SVG300Ms = f(v)
	}
	if h := render.HelperRenderer(); h.Path == "" {
		r.note("kg_graphviz_svg300_ms: kg-graphviz is not built (make build)")
	} else if v, err := timeSVG(h); err != nil {
		r.note("kg_graphviz_svg300_ms: %v", err)
	} else {
		res.HelperSVG300Ms = f(v)
	}
	return nil
}

// openReady times opening the closed store ready for a path query, with
// the persisted index and, where there was one, without.
func (r *run) openReady(ctx context.Context) error {
	if len(r.pairs) == 0 {
		return nil
	}
	from, to := r.ids[r.pairs[0][0]], r.ids[r.pairs[0][1]]
	v, persisted, err := openReady(ctx, r.dsn, from, to)
	if err != nil {
		return err
	}
	r.res.OpenReadyMs = f(v)
	if persisted != "" {
		// Once more without the persisted index: what a store written by
		// another program costs on its first query.
		if err := os.Remove(persisted); err != nil {
			return err
		}
		if v, _, err = openReady(ctx, r.dsn, from, to); err != nil {
			return err
		}
		r.res.OpenRebuildMs = f(v)
	}
	r.note("open: opening the store and answering one shortest path with its evidence, the persisted index loaded (rebuilt: the index file removed first, so built by reading every quad)")
	return nil
}
