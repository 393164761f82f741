package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"kg/exports"
)

func (a *app) importCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "import nquads FILE",
		Short: "Read an N-Quads export (kg export nquads) into the store",
		Long: `Read an N-Quads export into the store. Quads are grouped by their document
label; each document is one transaction and replaces the same document if
the store already has it.`,
		Example: "  kg --db copy.db import nquads kg.nq",
		Args:    needArgs(2, false, "a format and a file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if args[0] != "nquads" {
				return fmt.Errorf("import: unknown format %q (want nquads)", args[0])
			}
			f, err := os.Open(args[1])
			if err != nil {
				return err
			}
			defer f.Close()
			store, err := a.createStore()
			if err != nil {
				return err
			}
			defer store.Close()
			docs, quads, err := exports.ReadNQuads(cmd.Context(), f, store)
			if docs > 0 {
				a.persistIndex(cmd.Context(), store)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", args[1], err)
			}
			fmt.Fprintf(a.Out, "imported %d documents, %d quads from %s\n", docs, quads, args[1])
			return nil
		},
	}
}
