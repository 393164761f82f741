package main

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"kg/ingest"
)

type ingestOptions struct {
	maxBytes int64
	quiet    bool
	workers  int
}

func (a *app) ingestCmd() *cobra.Command {
	var opt ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read documents into the store",
		Long: `Read documents into the store: files, or directories walked recursively for
.txt, .md, .html and .htm files (files of other types there are counted and
ignored); "-" reads standard input as text.

Each document is one transaction: it lands whole or not at all. A document
already ingested from the same path is skipped when unchanged and replaced
when changed. A document that cannot be read is named with the reason, the
others still land, and kg exits with status 1.`,
		Example: `  kg ingest testdata/seeds/
  kg ingest article.html notes.md
  curl -s https://example.org/a.txt | kg ingest -`,
		Args: needArgs(1, true, "files, directories or - (standard input) to read"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runIngest(cmd, args, opt)
		},
	}
	cmd.Flags().Int64Var(&opt.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "skip documents larger than this many bytes")
	cmd.Flags().BoolVarP(&opt.quiet, "quiet", "q", false, "print only failures")
	cmd.Flags().IntVarP(&opt.workers, "jobs", "j", runtime.NumCPU(), "documents read and extracted in parallel (one writer stores them in order)")
	return cmd
}

func (a *app) runIngest(cmd *cobra.Command, args []string, opt ingestOptions) error {
	ctx := cmd.Context()
	found := ingest.Collect(args)
	paths := found.Files
	for _, err := range found.Problems {
		fmt.Fprintln(a.Err, "kg: skipped", err)
	}
	if n := len(found.Ignored); n > 0 && !opt.quiet {
		fmt.Fprintf(a.Err, "kg: ignored %s of other types (%s)\n",
			plural(n, "file"), strings.Join(ingest.IgnoredKinds(found.Ignored), ", "))
	}
	gaz, err := a.gazetteer()
	if err != nil {
		return err
	}
	store, err := a.createStore()
	if err != nil {
		return err
	}
	defer store.Close()
	in, err := ingest.New(store, gaz)
	if err != nil {
		return err
	}
	in.MaxBytes, in.Stdin = opt.maxBytes, a.In

	var bar *progressbar.ProgressBar
	if a.IsTerminal && !opt.quiet && len(paths) > 1 {
		bar = progressbar.NewOptions(len(paths), progressbar.OptionSetWriter(a.Err),
			progressbar.OptionSetDescription("ingesting"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
	}
	counts := map[ingest.Status]int{}
	facts := 0
	var bytes int64
	handled := in.IngestAll(ctx, paths, opt.workers, func(o ingest.Outcome) {
		counts[o.Status]++
		for _, w := range o.Warn {
			fmt.Fprintln(a.Err, "kg: warning:", w)
		}
		if o.Status == ingest.Failed {
			fmt.Fprintln(a.Err, "kg: failed", o.Err)
		} else {
			facts += o.Facts
			bytes += o.Bytes
			if !opt.quiet && bar == nil && len(paths) <= 20 {
				fmt.Fprintf(a.Out, "%-9s %s  %s\n", o.Status, o.DocID, plural(o.Facts, "fact"))
			}
		}
		if bar != nil {
			bar.Add(1)
		}
	})
	if counts[ingest.Added]+counts[ingest.Replaced] > 0 {
		a.persistIndex(ctx, store)
	}
	notIngested := len(paths) - handled
	if notIngested > 0 {
		fmt.Fprintf(a.Err, "kg: interrupted after %d of %s; the rest were not ingested\n", handled, plural(len(paths), "document"))
	}
	// Every input is counted once: a document by its outcome, a path that
	// could not be used (missing, a loop, unreadable) as failed.
	failed := counts[ingest.Failed] + len(found.Problems)
	if !opt.quiet {
		summary := fmt.Sprintf("%s: %d added, %d replaced, %d unchanged, %d failed",
			plural(len(paths)+len(found.Problems), "input"),
			counts[ingest.Added], counts[ingest.Replaced], counts[ingest.Unchanged], failed)
		if notIngested > 0 {
			summary += fmt.Sprintf(", %d not ingested (interrupted)", notIngested)
		}
		fmt.Fprintf(a.Out, "%s; %s, %s\n", summary, plural(facts, "fact"), plural(bytes, "byte"))
	}
	if failed > 0 || notIngested > 0 {
		return errReported
	}
	return nil
}
