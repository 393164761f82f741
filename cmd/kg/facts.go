package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/exports"
	"kg/graph"
	"kg/queries"
)

type factsOptions struct {
	format    string
	doc       string
	relations []string
	entity    string
	since     int
	until     int
	negated   bool
	explain   bool
	each      bool
	minConf   float64
}

func (a *app) factsCmd() *cobra.Command {
	var opt factsOptions
	cmd := &cobra.Command{
		Use:   "facts",
		Short: "List the facts in the store",
		Long: `List the facts in the store. In the table, facts that say the same thing (subject,
relation, object and polarity; syndicated news repeats itself) are listed
once, with their number, the documents stating them and the years they
give; --each lists every fact with its document (--explain: and its
rule and evidence).

--format jsonl prints one JSON object a line in the form of docs/ONTOLOGY.md,
with provenance (doc, sentence, span, evidence) and negated facts included;
json is the same objects as one array, csv one row a fact.
--explain adds the extraction rule that produced each fact.
--min-confidence leaves out the facts below a confidence (see kg eval for
how reliable each confidence band is).`,
		Example: `  kg facts
  kg facts --relations arms_transfer,aid --entity "North Korea" --since 1960 --until 1990
  kg facts --min-confidence 0.8
  kg facts --each --explain --entity Cuba
  kg facts --format jsonl > facts.jsonl`,
		Args: needArgs(0, false, ""),
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runFacts(cmd.Context(), opt) },
	}
	registerListFormat(cmd, &opt.format)
	cmd.Flags().StringVar(&opt.doc, "doc", "", "only facts of this document id")
	cmd.Flags().StringSliceVar(&opt.relations, "relations", nil, "only these relations (comma-separated)")
	cmd.Flags().StringSliceVar(&opt.relations, "relation", nil, "the same as --relations")
	cmd.Flags().MarkHidden("relation")
	cmd.Flags().IntVar(&opt.since, "since", 0, "only facts of this year or later (facts without a year pass)")
	cmd.Flags().IntVar(&opt.until, "until", 0, "only facts of this year or earlier (facts without a year pass)")
	cmd.Flags().StringVar(&opt.entity, "entity", "", "only facts with this entity as subject or object")
	cmd.Flags().BoolVar(&opt.negated, "include-negated", false, "text format: include negated facts (jsonl always does)")
	cmd.Flags().BoolVar(&opt.explain, "explain", false, "show the rule that produced each fact (implies --each in text)")
	cmd.Flags().BoolVar(&opt.each, "each", false, "text format: every fact on its own line, not grouped")
	registerMinConfidence(cmd, &opt.minConf, "only facts at this confidence or above (0-1)")
	return cmd
}

func (a *app) runFacts(ctx context.Context, opt factsOptions) error {
	format, err := listFormat(opt.format)
	if err != nil {
		return err
	}
	opt.format = format
	if err := checkRelations(opt.relations); err != nil {
		return err
	}
	if err := checkMinConfidence(opt.minConf); err != nil {
		return err
	}
	if opt.since != 0 && opt.until != 0 && opt.since > opt.until {
		return usageErrorf("--since %d is after --until %d", opt.since, opt.until)
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	filter := graph.FactFilter{Doc: opt.doc, Relations: opt.relations, IncludeNegated: opt.negated || opt.format != "table", MinConfidence: opt.minConf}
	if opt.entity != "" {
		gaz, err := a.gazetteer()
		if err != nil {
			return err
		}
		if filter.Entity, err = queries.Resolve(ctx, store, gaz, opt.entity); err != nil {
			return err
		}
	}
	facts, err := store.Facts(ctx, filter)
	if err != nil {
		return err
	}
	facts = slices.DeleteFunc(facts, func(f graph.Fact) bool {
		return f.Year != 0 && (opt.since != 0 && f.Year < opt.since || opt.until != 0 && f.Year > opt.until)
	})
	ents, err := entityMap(ctx, store)
	if err != nil {
		return err
	}
	if opt.format != "table" {
		if err := writeFactData(a.Out, opt.format, facts, ents, opt.explain); err != nil {
			return err
		}
		if len(facts) == 0 {
			return errNothing
		}
		return nil
	}
	tw := tabwriter.NewWriter(a.Out, 0, 4, 2, ' ', 0)
	if opt.each || opt.explain {
		writeEachFact(tw, facts, ents, opt.explain)
	} else {
		writeFactGroups(tw, queries.GroupFacts(facts), ents)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(facts) == 0 {
		fmt.Fprintln(a.Err, "no facts (ingest documents with `kg ingest PATH`)")
		return errNothing
	}
	return nil
}

// writeEachFact lists every fact on a line of its own.
func writeEachFact(tw *tabwriter.Writer, facts []graph.Fact, ents map[string]graph.Entity, explain bool) {
	header := "SUBJECT\tRELATION\tOBJECT\tYEAR\tDOCUMENT"
	if explain {
		header += "\tRULE\tEVIDENCE"
	}
	fmt.Fprintln(tw, header)
	for _, f := range facts {
		year := ""
		if f.Year != 0 {
			year = fmt.Sprint(f.Year)
		}
		line := fmt.Sprintf("%s\t%s\t%s\t%s\t%s", name(ents, f.Subject), polarRelation(f.Relation, f.Negated), name(ents, f.Object), year, f.Doc)
		if explain {
			line += fmt.Sprintf("\t%s\t%s", f.Rule, clip(f.Evidence, 100))
		}
		fmt.Fprintln(tw, line)
	}
}

// writeFactGroups lists each group of facts once, with its counts and
// years.
func writeFactGroups(tw *tabwriter.Writer, groups []*queries.FactGroup, ents map[string]graph.Entity) {
	fmt.Fprintln(tw, "SUBJECT\tRELATION\tOBJECT\tYEARS\tFACTS\tDOCUMENTS")
	for _, g := range groups {
		docs := g.Facts[0].Doc
		if g.Docs > 1 {
			docs = fmt.Sprintf("%d documents", g.Docs)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", name(ents, g.Subject), polarRelation(g.Relation, g.Negated), name(ents, g.Object),
			years(g.FirstYear, g.LastYear), len(g.Facts), docs)
	}
}

func polarRelation(rel string, negated bool) string {
	if negated {
		return "NOT " + rel
	}
	return rel
}

// years is "1973", "1960–1975" or "".
func years(first, last int) string {
	switch {
	case first == 0:
		return ""
	case first == last:
		return fmt.Sprint(first)
	}
	return fmt.Sprintf("%d–%d", first, last)
}

// writeFactData writes every fact, one by one, for scripts: JSON Lines in
// the ontology's form, the same objects as one JSON array, or CSV.
func writeFactData(w io.Writer, format string, facts []graph.Fact, ents map[string]graph.Entity, explain bool) error {
	switch format {
	case "jsonl":
		jw := exports.NewJSONLWriter(w, ents)
		jw.Explain = explain
		for _, f := range facts {
			if err := jw.Write(f); err != nil {
				return err
			}
		}
		return nil
	case "json":
		lines := make([]exports.FactLine, 0, len(facts))
		for _, f := range facts {
			line := exports.NewFactLine(f, ents)
			if !explain {
				line.Rule = ""
			}
			lines = append(lines, line)
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(lines)
	}
	l := listing{columns: []string{"id", "subject", "subject_name", "relation", "object", "object_name", "negated", "year",
		"quantity", "unit", "item", "kind", "role", "action", "claimed_by", "doc", "sentence", "confidence", "evidence"}}
	if explain {
		l.columns = append(l.columns, "rule")
	}
	for _, f := range facts {
		row := []any{f.ID, f.Subject, name(ents, f.Subject), f.Relation, f.Object, name(ents, f.Object), f.Negated, zeroEmpty(f.Year),
			zeroEmpty(int(f.Quantity)), f.Unit, f.Item, f.Kind, f.Role, f.Action, f.ClaimedBy, f.Doc, f.Sentence, f.Confidence, f.Evidence}
		if explain {
			row = append(row, f.Rule)
		}
		l.add(row...)
	}
	return l.write(w, format)
}

// zeroEmpty is "" for 0: no year, no quantity.
func zeroEmpty(n int) any {
	if n == 0 {
		return ""
	}
	return n
}
