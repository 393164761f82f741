package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"kg/exports"
)

// listFormats are the --format values of every listing command: a table
// for people, CSV for spreadsheets, JSON or JSON Lines for scripts. "text"
// is accepted for "table".
var listFormats = []string{"table", "json", "jsonl", "csv"}

func registerListFormat(cmd *cobra.Command, f *string, extra ...string) {
	cmd.Flags().StringVar(f, "format", "table", "output: "+strings.Join(append(append([]string{}, listFormats...), extra...), ", "))
}

// listFormat checks a --format value, "text" read as "table".
func listFormat(f string, extra ...string) (string, error) {
	if f == "text" {
		f = "table"
	}
	return f, checkFormat(f, append(append([]string{}, listFormats...), extra...)...)
}

// listing is rows under named columns, written in any of listFormats.
type listing struct {
	columns []string // lower case, words joined by _: the JSON keys and CSV header
	rows    [][]any
}

func (l *listing) add(cells ...any) { l.rows = append(l.rows, cells) }

func (l *listing) write(w io.Writer, format string) error {
	switch format {
	case "json", "jsonl":
		objects := make([]map[string]any, len(l.rows))
		for i, row := range l.rows {
			objects[i] = map[string]any{}
			for j, c := range l.columns {
				objects[i][c] = row[j]
			}
		}
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if format == "json" {
			enc.SetIndent("", "  ")
			return enc.Encode(objects)
		}
		for _, o := range objects {
			if err := enc.Encode(o); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(l.columns); err != nil {
			return err
		}
		for _, row := range l.rows {
			cells := make([]string, len(row))
			for i, c := range row {
				cells[i] = exports.CSVSafe(cellText(c))
			}
			if err := cw.Write(cells); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	header := make([]string, len(l.columns))
	for i, c := range l.columns {
		header[i] = strings.ToUpper(strings.ReplaceAll(c, "_", " "))
	}
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, row := range l.rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = cellText(c)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// cellText is a cell as text: lists joined by "; ".
func cellText(c any) string {
	switch v := c.(type) {
	case []string:
		return strings.Join(v, "; ")
	case nil:
		return ""
	}
	return fmt.Sprint(c)
}
