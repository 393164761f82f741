package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"kg/ingest"
	"kg/ingest/reader"
)

func (a *app) readCmd() *cobra.Command {
	var textOnly bool
	cmd := &cobra.Command{
		Use:   "read FILE",
		Short: "Show what the reader keeps of a document, without storing it",
		Long: `Read one document (.txt, .md, .html or .htm; "-" reads standard input as
text) and print what the extractor is given: the title, then each block
with its kind (heading, paragraph, caption, list item, quote, table; a
table's rows one a line, cells separated by " | ", the header row marked),
then the page junk that was dropped. With --text, print only the text the
extractor reads (Document.Text), to which sentence offsets refer.`,
		Example: `  kg read article.html
  kg read --text page.html > page.txt`,
		Args: needArgs(1, false, "a file, or - for standard input"),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := a.readDocument(args[0])
			if err != nil {
				return err
			}
			if textOnly {
				_, err = fmt.Fprintln(a.Out, doc.Text())
				return err
			}
			return printDocument(a.Out, doc)
		},
	}
	cmd.Flags().BoolVar(&textOnly, "text", false, "print only the text the extractor reads")
	return cmd
}

// readDocument reads and cleans one file, or standard input for "-".
func (a *app) readDocument(path string) (*reader.Document, error) {
	if path == "-" {
		return reader.ReadLimit(a.In, reader.Text, ingest.DefaultMaxBytes)
	}
	f, ok := reader.FormatOf(path)
	if !ok {
		return nil, fmt.Errorf("%s: unsupported file type (want .txt, .md, .html or .htm)", path)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	doc, err := reader.ReadLimit(fh, f, ingest.DefaultMaxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// printDocument writes the title, the blocks with their kinds and the
// dropped junk.
func printDocument(w io.Writer, doc *reader.Document) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title: %s\n", doc.Title)
	for _, b := range doc.Blocks {
		switch b.Kind {
		case reader.Heading:
			fmt.Fprintf(&sb, "\n[heading %d] %s\n", b.Level, b.Text)
		case reader.Table:
			printTable(&sb, b.Table)
		default:
			fmt.Fprintf(&sb, "\n[%s] %s\n", b.Kind, b.Text)
		}
	}
	if len(doc.Dropped) > 0 {
		fmt.Fprintf(&sb, "\ndropped (%d):\n", len(doc.Dropped))
		for _, d := range doc.Dropped {
			fmt.Fprintf(&sb, "  %s\n", d)
		}
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// printTable writes a table's rows, one a line, the header row marked.
func printTable(sb *strings.Builder, t *reader.TableData) {
	fmt.Fprintf(sb, "\n[table] %d rows\n", len(t.Rows))
	for i := range t.Rows {
		mark := "  "
		if i == 0 && t.Header {
			mark = "h "
		}
		fmt.Fprintf(sb, "  %s%s\n", mark, t.RowText(i))
	}
}
