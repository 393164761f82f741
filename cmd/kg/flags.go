package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"kg/graph"
	"kg/queries"
)

// selectionFlags are the flags that narrow a traversal, shared by path,
// neighbors and export.
type selectionFlags struct {
	relations      []string
	directed       bool
	since, until   int
	includeNegated bool
	minConfidence  float64
}

func (f *selectionFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&f.relations, "relations", nil, "follow only these relations (comma-separated)")
	cmd.Flags().BoolVar(&f.directed, "directed", false, "follow edges from subject to object only (who sent to whom)")
	cmd.Flags().IntVar(&f.since, "since", 0, "only facts of this year or later (facts without a year pass)")
	cmd.Flags().IntVar(&f.until, "until", 0, "only facts of this year or earlier (facts without a year pass)")
	cmd.Flags().BoolVar(&f.includeNegated, "include-negated", false, "also follow facts the text denies")
	registerMinConfidence(cmd, &f.minConfidence, "follow and show only facts at this confidence or above (0-1)")
}

func registerMinConfidence(cmd *cobra.Command, v *float64, usage string) {
	cmd.Flags().Float64Var(v, "min-confidence", 0, usage)
}

func checkMinConfidence(c float64) error {
	if c < 0 || c > 1 {
		return usageErrorf("--min-confidence %g is not between 0 and 1", c)
	}
	return nil
}

func (f *selectionFlags) options() (queries.PathOptions, error) {
	if err := checkRelations(f.relations); err != nil {
		return queries.PathOptions{}, err
	}
	if f.since != 0 && f.until != 0 && f.since > f.until {
		return queries.PathOptions{}, usageErrorf("--since %d is after --until %d", f.since, f.until)
	}
	if err := checkMinConfidence(f.minConfidence); err != nil {
		return queries.PathOptions{}, err
	}
	return queries.PathOptions{Relations: f.relations, Directed: f.directed, Since: f.since, Until: f.until,
		IncludeNegated: f.includeNegated, MinConfidence: f.minConfidence}, nil
}

// drawFlags are the flags of commands that can draw their answer.
type drawFlags struct {
	format    string
	layout    string
	merge     bool
	layoutSet func() bool // whether --layout was given
	center    string      // the entity drawn around (set by the command, not a flag)
	start     string      // the entity paths start from (likewise)
}

func (f *drawFlags) register(cmd *cobra.Command, formats string) {
	cmd.Flags().StringVar(&f.format, "format", "table", formats)
	f.registerLayout(cmd, "Graphviz layout for svg/png: dot, neato, fdp, circo, sfdp, twopi (default: dot, sfdp past 200 edges)")
	cmd.Flags().BoolVar(&f.merge, "merge", false, "draw all facts between two entities as one edge")
}

func (f *drawFlags) registerLayout(cmd *cobra.Command, usage string) {
	cmd.Flags().StringVar(&f.layout, "layout", "dot", usage)
	f.layoutSet = func() bool { return cmd.Flags().Changed("layout") }
}

func checkFormat(f string, allowed ...string) error {
	for _, x := range allowed {
		if f == x {
			return nil
		}
	}
	return usageErrorf("unknown --format %q (want %s)", f, strings.Join(allowed, ", "))
}

func checkRelations(rels []string) error {
	for _, r := range rels {
		if _, ok := graph.LookupRelation(r); !ok {
			return usageErrorf("unknown relation %q (known: %s)", r, strings.Join(graph.RelationNames(), ", "))
		}
	}
	return nil
}

// usageErrorf is a mistake in how kg was called: exit status 2.
func usageErrorf(format string, a ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, a...)}
}

// needArgs checks a command's arguments: exactly n of them (atLeast:
// n or more), and says what is wanted when they are not: "kg path needs
// two entities: kg path FROM TO".
func needArgs(n int, atLeast bool, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n || atLeast && len(args) > n {
			return nil
		}
		if n == 0 {
			return usageErrorf("kg %s takes no arguments; got %q (see kg %s --help)", cmd.Name(), args, cmd.Name())
		}
		return usageErrorf("kg %s needs %s: kg %s", cmd.Name(), what, cmd.Use)
	}
}

// atLeastOne refuses flags given a value below 1 that only makes sense
// from 1 up (--max-hops 0, --depth -1); a flag left out keeps its
// default.
func atLeastOne(cmd *cobra.Command, flags map[string]int) error {
	names := make([]string, 0, len(flags))
	for name := range flags {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if v := flags[name]; cmd.Flags().Changed(name) && v < 1 {
			return usageErrorf("--%s %d: give 1 or more", name, v)
		}
	}
	return nil
}
