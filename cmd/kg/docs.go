package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

func (a *app) docsCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "docs",
		Short: "List ingested documents, or remove one (docs rm)",
		Long:  "List the ingested documents: id, path, sha256, bytes, facts and when it was ingested.",
		Args:  needArgs(0, false, ""),
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runDocs(cmd.Context(), format) },
	}
	registerListFormat(cmd, &format)
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

func (a *app) runDocs(ctx context.Context, format string) error {
	format, err := listFormat(format)
	if err != nil {
		return err
	}
	store, err := a.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	docs, err := store.Documents(ctx)
	if err != nil {
		return err
	}
	l := listing{columns: []string{"id", "path", "sha256", "bytes", "facts", "ingested"}}
	for _, d := range docs {
		sha, when := d.SHA256, d.Ingested.UTC().Format(time.RFC3339)
		if format == "table" {
			sha, when = sha[:min(12, len(sha))], d.Ingested.Local().Format("2006-01-02 15:04:05")
		}
		l.add(d.ID, d.Path, sha, d.Bytes, d.Facts, when)
	}
	return l.write(a.Out, format)
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
