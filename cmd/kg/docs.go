package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func (a *app) docsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "docs",
		Short: "List ingested documents, or remove one (docs rm)",
		Long:  "List the ingested documents: id, path, sha256, bytes, facts and when it was ingested.",
		Args:  needArgs(0, false, ""),
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runDocs(cmd.Context()) },
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "rm DOC-ID...",
		Short: "Remove documents and every quad they contributed",
		Long: `Remove documents and every quad they contributed (each quad carries its
document as label). Entities other documents still mention stay.`,
		Example: "  kg docs rm 000_d90099dbb2d22227",
		Args:    needArgs(1, true, "the ids of the documents to remove (kg docs lists them)"),
		RunE:    func(cmd *cobra.Command, args []string) error { return a.runDocsRm(cmd.Context(), args) },
	})
	return cmd
}

func (a *app) runDocs(ctx context.Context) error {
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	docs, err := store.Documents(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(a.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPATH\tSHA256\tBYTES\tFACTS\tINGESTED")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", d.ID, d.Path, d.SHA256[:min(12, len(d.SHA256))], d.Bytes, d.Facts, d.Ingested.Local().Format("2006-01-02 15:04:05"))
	}
	return tw.Flush()
}

func (a *app) runDocsRm(ctx context.Context, ids []string) error {
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	missing := 0
	for _, id := range ids {
		ok, err := store.RemoveDocument(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			missing++
			fmt.Fprintf(a.Err, "kg: no document %q (see `kg docs`)\n", id)
			continue
		}
		fmt.Fprintf(a.Out, "removed %s\n", id)
	}
	if missing < len(ids) {
		a.persistIndex(ctx, store)
	}
	if missing > 0 {
		return errReported
	}
	return nil
}
