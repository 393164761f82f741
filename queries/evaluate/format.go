package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

// Show says which facts a report lists one by one.
type Show int

const (
	ShowNone   Show = iota
	ShowErrors      // misses, false facts and flips, with their evidence
	ShowAll         // also the matches
)

// ParseShow reads "none", "errors" or "all".
func ParseShow(s string) (Show, error) {
	switch s {
	case "none", "":
		return ShowNone, nil
	case "errors":
		return ShowErrors, nil
	case "all":
		return ShowAll, nil
	}
	return ShowNone, fmt.Errorf("unknown --show %q (want none, errors or all)", s)
}

// WriteText writes the report for a reader: the facts show asks for, the
// scores per document, per relation and per confidence band, and last the
// summary line.
func WriteText(w io.Writer, r *Report, show Show) error {
	if show == ShowAll {
		for _, h := range r.Hits {
			if h.Lifted {
				fmt.Fprintf(w, "LIFT %s = gold %s\n", h.Key, h.Gold)
			} else {
				fmt.Fprintf(w, "TP   %s\n", h.Key)
			}
		}
	}
	if show >= ShowErrors {
		for _, e := range r.Errors {
			conf := ""
			if e.Kind != "MISS" {
				conf = fmt.Sprintf(" [%.2f]", e.Confidence)
			}
			fmt.Fprintf(w, "%-4s %s%s | %s\n", e.Kind, e.Key, conf, clip(e.Evidence, 140))
		}
		fmt.Fprintln(w)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	writeCounts(tw, "DOCUMENT", r.PerDoc)
	fmt.Fprintln(tw)
	writeCounts(tw, "RELATION", r.PerRelation)
	fmt.Fprintln(tw)
	if err := tw.Flush(); err != nil {
		return err
	}
	if err := WriteReliability(w, r.Reliability); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "pair-level F1 %.3f; polarity errors %d; unusable lines %d; year accuracy %s; claimed_by accuracy %s (%d matched facts with a speaker)\n",
		r.PairF1, r.PolarityErrors, r.Unusable, accuracy(r.YearAccuracy()), accuracy(r.ClaimedByAccuracy()), r.ClaimsMatched)
	_, err := fmt.Fprintf(w, "F1 %.3f precision %.3f recall %.3f (%d of %d gold, %d output)\n",
		r.F1, r.Precision, r.Recall, r.Matched, r.Gold, r.Output)
	return err
}

func writeCounts(tw io.Writer, what string, cs []Counts) {
	fmt.Fprintf(tw, "%s\tP\tR\tF1\tMATCHED\tGOLD\tOUTPUT\n", what)
	for _, c := range cs {
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\n", c.Name, c.Precision, c.Recall, c.F1, c.Matched, c.Gold, c.Output)
	}
}

// WriteReliability writes the reliability table: per confidence band the
// facts, how many are right and the precision, and the same for every
// fact at the band's lower bound or above.
func WriteReliability(w io.Writer, bands []Band) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "CONFIDENCE\tFACTS\tCORRECT\tPRECISION\t\tAT OR ABOVE: FACTS\tPRECISION\t")
	for i, b := range bands {
		closing := ")"
		if i == len(bands)-1 {
			closing = "]"
		}
		fmt.Fprintf(tw, "[%.1f,%.1f%s\t%d\t%d\t%s\t\t%d\t%s\t\n", b.Low, b.High, closing, b.Facts, b.Correct,
			share(b.Correct, b.Facts), b.FactsAtLeast, share(b.CorrectAtLeast, b.FactsAtLeast))
	}
	return tw.Flush()
}

func share(a, b int) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(a)/float64(b))
}

func accuracy(acc float64, ok bool) string {
	if !ok {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", acc)
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}

// rounded is a score written with three decimals, as the reference
// scorer's --json writes it.
type rounded float64

func (x rounded) MarshalJSON() ([]byte, error) {
	s := strconv.FormatFloat(float64(x), 'f', 3, 64)
	v, _ := strconv.ParseFloat(s, 64)
	return []byte(strconv.FormatFloat(v, 'f', -1, 64)), nil
}

type jsonCounts struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Gold      int     `json:"gold"`
	Output    int     `json:"output"`
	TP        int     `json:"tp"`
}

type jsonBand struct {
	Low              float64  `json:"low"`
	High             float64  `json:"high"`
	Facts            int      `json:"facts"`
	Correct          int      `json:"correct"`
	Precision        *rounded `json:"precision"`
	FactsAtLeast     int      `json:"facts_at_least"`
	PrecisionAtLeast *rounded `json:"precision_at_least"`
}

type jsonError struct {
	Kind       string  `json:"kind"`
	Fact       string  `json:"fact"`
	Evidence   string  `json:"evidence"`
	Confidence float64 `json:"confidence,omitempty"`
}

type jsonReport struct {
	Precision         rounded               `json:"precision"`
	Recall            rounded               `json:"recall"`
	F1                rounded               `json:"f1"`
	TP                int                   `json:"tp"`
	Lifted            int                   `json:"lifted"`
	Output            int                   `json:"output"`
	Gold              int                   `json:"gold"`
	PolarityErrors    int                   `json:"polarity_errors"`
	Unusable          int                   `json:"unusable_lines"`
	YearAccuracy      *rounded              `json:"year_accuracy"`
	ClaimedByAccuracy *rounded              `json:"claimed_by_accuracy"`
	PairF1            rounded               `json:"pair_f1"`
	PerDoc            map[string]jsonCounts `json:"per_doc"`
	PerRelation       map[string]jsonCounts `json:"per_relation"`
	Reliability       []jsonBand            `json:"reliability"`
	Errors            []jsonError           `json:"errors,omitempty"`
}

// WriteJSON writes the report as one JSON object: the keys of the
// reference scorer's --json (scores rounded to three decimals, per_doc
// unrounded), per_relation and reliability, and errors when show asks.
func WriteJSON(w io.Writer, r *Report, show Show) error {
	j := jsonReport{
		Precision: rounded(r.Precision), Recall: rounded(r.Recall), F1: rounded(r.F1),
		TP: r.Matched, Lifted: r.Lifted, Output: r.Output, Gold: r.Gold,
		PolarityErrors: r.PolarityErrors, Unusable: r.Unusable,
		YearAccuracy: optional(r.YearAccuracy()), ClaimedByAccuracy: optional(r.ClaimedByAccuracy()),
		PairF1: rounded(r.PairF1), PerDoc: countsMap(r.PerDoc), PerRelation: countsMap(r.PerRelation),
	}
	for _, b := range r.Reliability {
		j.Reliability = append(j.Reliability, jsonBand{Low: b.Low, High: b.High, Facts: b.Facts, Correct: b.Correct,
			Precision: optional(ratio(b.Correct, b.Facts)), FactsAtLeast: b.FactsAtLeast,
			PrecisionAtLeast: optional(ratio(b.CorrectAtLeast, b.FactsAtLeast))})
	}
	if show >= ShowErrors {
		for _, e := range r.Errors {
			j.Errors = append(j.Errors, jsonError{Kind: e.Kind, Fact: e.Key.String(), Evidence: e.Evidence, Confidence: e.Confidence})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(j)
}

func optional(x float64, ok bool) *rounded {
	if !ok {
		return nil
	}
	r := rounded(x)
	return &r
}

func countsMap(cs []Counts) map[string]jsonCounts {
	m := make(map[string]jsonCounts, len(cs))
	for _, c := range cs {
		m[c.Name] = jsonCounts{Precision: c.Precision, Recall: c.Recall, F1: c.F1, Gold: c.Gold, Output: c.Output, TP: c.Matched}
	}
	return m
}
