package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"kg/exports/render"
	"kg/gazetteer"
	"kg/graph"
	"kg/queries"
)

// streams are a command's I/O, injected so commands run in tests.
type streams struct {
	In       io.Reader
	Out, Err io.Writer
	// IsTerminal reports whether Err is a terminal (progress bars).
	IsTerminal bool
}

// app holds what every command shares: the streams and global flags.
type app struct {
	streams
	db            string
	gazetteerFile string
	lockTimeout   time.Duration
	cpuProfile    string
}

// errNothing ends a command that found nothing (no path, no facts, no
// results) after saying so: exit status 1, as grep's.
var errNothing = errors.New("nothing found")

// errReported ends a command whose failures were already reported to
// the user, one by one: kg exits with status 1 and prints nothing more.
// It may be wrapped.
var errReported = errors.New("failures reported above")

// exitError is an error that ends kg with another status than 1.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func (e *exitError) Unwrap() error { return e.err }

// exitCode is the status an error ends kg with.
func exitCode(err error) int {
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return 1
}

func run(args []string, in io.Reader, out, errw io.Writer) int {
	a := &app{streams: streams{In: in, Out: out, Err: errw, IsTerminal: isTerminal(errw)}}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errw)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := root.ExecuteContext(ctx); err != nil {
		if errors.Is(err, render.ErrOutputClosed) || errors.Is(err, syscall.EPIPE) {
			return 141 // the reader went away (kg export svg | head): quietly, as the shell's tools end
		}
		if !errors.Is(err, errReported) && !errors.Is(err, errNothing) {
			fmt.Fprintln(errw, "kg:", err)
		}
		if strings.HasPrefix(err.Error(), "unknown command") {
			return 2 // cobra's own usage errors
		}
		return exitCode(err)
	}
	return 0
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph of international relations from documents",
		Long: `kg reads news articles, blog posts and encyclopedia pages about countries,
people and events, extracts the relationships they state (diplomatic
relations, aid, arms transfers, recognition, sanctions, attacks, leaders, ...)
and keeps them in a Cayley quad store with their provenance: document,
sentence, evidence and whether the text denies them.

The store is given by --db or $KG_DB:
  kg.db (default)     a bolt store in the current directory, nothing to start
  memory:             an in-memory store that lives as long as the command
  postgres://...      Cayley's SQL backend on a PostgreSQL server

Entities are named on the command line by name, alias or id, in any case:
"North Korea", "dprk", "country:PRK".

Exit status, as grep's: 0 when the command found what it looked for, 1
when it found nothing (no path, no facts, no results) or failed, 2 for a
mistake in how it was called (an unknown flag, value or argument) or a
store that cannot be opened.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &exitError{code: 2, err: err} })
	def := os.Getenv("KG_DB")
	if def == "" {
		def = graph.DefaultDB
	}
	root.PersistentFlags().StringVar(&a.db, "db", def, "the store: a bolt directory, memory: or postgres://... (env KG_DB)")
	lockDef := graph.DefaultLockTimeout
	if v := os.Getenv("KG_LOCK_TIMEOUT"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			lockDef = d
		}
	}
	root.PersistentFlags().DurationVar(&a.lockTimeout, "lock-timeout", lockDef, "how long to wait for another kg process to release a bolt store (env KG_LOCK_TIMEOUT)")
	root.PersistentFlags().StringVar(&a.gazetteerFile, "gazetteer", "", "an extra gazetteer file of entities (TSV or JSON Lines; see README)")
	root.PersistentFlags().StringVar(&a.cpuProfile, "cpu-profile", "", "write a CPU profile of the command to this file (for go tool pprof)")
	root.PersistentFlags().MarkHidden("cpu-profile")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if a.cpuProfile == "" {
			return nil
		}
		fh, err := os.Create(a.cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(fh); err != nil {
			fh.Close()
			return err
		}
		cobra.OnFinalize(func() { pprof.StopCPUProfile(); fh.Close() })
		return nil
	}
	root.AddCommand(a.ingestCmd(), a.factsCmd(), a.entitiesCmd(), a.docsCmd(), a.statsCmd(), a.pathCmd(),
		a.neighborsCmd(), a.queryCmd(), a.exportCmd(), a.importCmd(), a.benchCmd(), a.evalCmd(), a.readCmd(),
		a.blocsCmd(), a.centralCmd(), a.timelineCmd(), a.versionCmd())
	for _, cmd := range root.Commands() {
		completeFlags(cmd)
		switch cmd.Name() {
		case "path", "timeline":
			cmd.ValidArgsFunction = a.completeEntities(2)
		case "neighbors":
			cmd.ValidArgsFunction = a.completeEntities(1)
		}
	}
	return root
}

// openStore opens the existing store named by --db, for commands that
// read it (or change what is in it): a store that is not there is an
// error, never a new empty one.
func (a *app) openStore() (*graph.Store, error) {
	return a.open(graph.Options{LockTimeout: a.lockTimeout, MustExist: true})
}

// openResolved opens the existing store and resolves the entity names
// a command was given, returning their ids in the same order; the caller
// closes the store.
func (a *app) openResolved(ctx context.Context, names ...string) (*graph.Store, []string, error) {
	gaz, err := a.gazetteer()
	if err != nil {
		return nil, nil, err
	}
	store, err := a.openStore()
	if err != nil {
		return nil, nil, err
	}
	ids := make([]string, len(names))
	for i, n := range names {
		if ids[i], err = queries.Resolve(ctx, store, gaz, n); err != nil {
			store.Close()
			return nil, nil, err
		}
	}
	return store, ids, nil
}

// createStore opens the store named by --db, creating it if there is
// none: for the commands that add documents (ingest, import).
func (a *app) createStore() (*graph.Store, error) {
	return a.open(graph.Options{LockTimeout: a.lockTimeout})
}

func (a *app) open(opt graph.Options) (*graph.Store, error) {
	s, err := graph.OpenWith(a.db, opt)
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	return s, nil
}

// persistIndex brings the path index kept beside the store up to date
// after a command wrote to it, so that the next command is ready for paths
// without reading every quad. A failure costs that command a rebuild, not
// this one its result.
func (a *app) persistIndex(ctx context.Context, store *graph.Store) {
	if ctx.Err() != nil {
		return // interrupted: the next query rebuilds it
	}
	if err := queries.NewGraph(store).PersistIndex(ctx); err != nil {
		fmt.Fprintln(a.Err, "kg: warning: the path index was not saved (the next query rebuilds it):", err)
	}
}

// gazetteer returns the embedded gazetteer, extended by --gazetteer.
func (a *app) gazetteer() (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	if a.gazetteerFile == "" {
		return g, nil
	}
	extra, err := gazetteer.ReadUserFile(a.gazetteerFile)
	if err != nil {
		return nil, err
	}
	return g.Extend(extra)
}
