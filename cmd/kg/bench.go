package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/cmd/kg/internal/bench"
)

func (a *app) benchCmd() *cobra.Command {
	opt := bench.Options{Docs: 300, Sentences: 24, Queries: 50, SeedDir: "testdata/seeds", Workers: runtime.NumCPU()}
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure extraction, ingest, queries and exports on a generated corpus",
		Long: `Generate a deterministic corpus (sentences of the seed documents recombined,
with countries and people drawn from the gazetteer) and measure, each
figure beside the limit measured in the same run:

  extraction      MB/s and sentences/s on one core
  ingest          documents, facts and quads per second into the store,
                  peak RSS, store size; raw Cayley writes of the same quads
  path queries    p50/p95 of shortest paths between random entities and of
                  depth-2 neighbourhoods; a plain BFS over an int32 array
  exports         Neo4j CSV rows/s against encoding/csv alone; an SVG of a
                  300-entity neighbourhood against native Graphviz

The store is a fresh bolt store in a temporary directory unless --db is
given on the command line (not from $KG_DB): then that store is used and
must be empty, e.g. a fresh PostgreSQL database. The raw-write limit is
measured in a second store beside it (for PostgreSQL, the database of the
same name with "_raw" appended).`,
		Example: `  kg bench
  kg bench --docs 5000 --json
  kg bench --db "postgres://kg@127.0.0.1/kgbench?sslmode=disable"`,
		Args: needArgs(0, false, ""),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("db") {
				opt.DB = a.db
			}
			opt.Log = a.Err
			res, err := bench.Run(cmd.Context(), opt)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(a.Out)
				enc.SetIndent("", "  ")
				return enc.Encode(res)
			}
			return printBench(a, res)
		},
	}
	cmd.Flags().IntVar(&opt.Docs, "docs", opt.Docs, "documents in the corpus")
	cmd.Flags().IntVar(&opt.Sentences, "sentences", opt.Sentences, "sentences per document")
	cmd.Flags().IntVar(&opt.Queries, "queries", opt.Queries, "path and neighbourhood queries to time")
	cmd.Flags().StringVar(&opt.SeedDir, "seeds", opt.SeedDir, "documents whose sentences make the corpus")
	cmd.Flags().IntVarP(&opt.Workers, "jobs", "j", opt.Workers, "parallel extraction during ingest")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	return cmd
}

func printBench(a *app, r *bench.Result) error {
	v := func(p *float64, unit string) string {
		if p == nil {
			return "n/a"
		}
		if *p >= 1e5 { // "1149974 rows/s", not "1.149974e+06"
			return fmt.Sprintf("%.0f %s", *p, unit)
		}
		return fmt.Sprintf("%g %s", *p, unit)
	}
	tw := tabwriter.NewWriter(a.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "machine\t%s\n", r.Machine)
	fmt.Fprintf(tw, "corpus\t%d documents, %g MB, %d facts, %d quads (%s)\n", r.Docs, r.CorpusMB, r.Facts, r.Quads, r.Backend)
	fmt.Fprintln(tw, "MEASURE\tKG\tLIMIT IN THE SAME RUN")
	fmt.Fprintf(tw, "extraction, one core\t%s\t%s\n", v(r.ExtractMBPerS, "MB/s"), v(r.SentencesPerS, "sentences/s"))
	fmt.Fprintf(tw, "ingest end to end\t%s\t%s\n", v(r.ExtractParMBPerS, "MB/s"), v(r.IngestDocsPerS, "docs/s"))
	fmt.Fprintf(tw, "ingest writes\t%s\t%s raw Cayley\n", v(r.IngestQuadsPerS, "quads/s"), v(r.RawWriteQuadsPerS, "quads/s"))
	fmt.Fprintf(tw, "ingest memory / store\t%s peak RSS\t%s on disk\n", v(r.IngestPeakRSSMB, "MB"), v(r.StoreMB, "MB"))
	fmt.Fprintf(tw, "path index, build (bolt: and persist)\t%s\t\n", v(r.IndexSaveMs, "ms"))
	fmt.Fprintf(tw, "shortest path search p50 / p95\t%s / %s\t%s / %s plain BFS\n", v(r.PathSearchP50Ms, "ms"), v(r.PathSearchP95Ms, "ms"), v(r.BFSP50Ms, "ms"), v(r.BFSP95Ms, "ms"))
	fmt.Fprintf(tw, "shortest path with evidence\t%s / %s\t%s / %s plain BFS\n", v(r.PathP50Ms, "ms"), v(r.PathP95Ms, "ms"), v(r.BFSP50Ms, "ms"), v(r.BFSP95Ms, "ms"))
	fmt.Fprintf(tw, "depth-2 neighbours p50 / p95\t%s / %s\t\n", v(r.Neighbors2P50Ms, "ms"), v(r.Neighbors2P95Ms, "ms"))
	fmt.Fprintf(tw, "open, ready for a path\t%s\t%s index rebuilt\n", v(r.OpenReadyMs, "ms"), v(r.OpenRebuildMs, "ms"))
	fmt.Fprintf(tw, "Neo4j CSV\t%s\t%s encoding/csv\n", v(r.CSVRowsPerS, "rows/s"), v(r.RawCSVRowsPerS, "rows/s"))
	fmt.Fprintf(tw, "SVG of 300 entities\t%s\t%s native dot\n", v(r.SVG300Ms, "ms"), v(r.NativeDotSVG300Ms, "ms"))
	fmt.Fprintf(tw, "SVG, kg-graphviz (WebAssembly)\t%s\t%s native dot\n", v(r.HelperSVG300Ms, "ms"), v(r.NativeDotSVG300Ms, "ms"))
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, n := range r.Notes {
		fmt.Fprintln(a.Out, "note:", n)
	}
	return nil
}
