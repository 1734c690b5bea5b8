package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

func newImportCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.nq",
		Short: "Load N-Quads into the store",
		Long: `Import reads N-Quads from FILE (or standard input for -) and adds them to the
store; quads already stored are skipped. A file written by
"kg export --format nquads" restores the graph it came from: exporting the
imported store gives the same file.

Import does not check the quads against kg's schema.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = e.stdin
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return fmt.Errorf("import: %w", err)
				}
				defer f.Close()
				r = f
			}
			if os.Getenv("GOGC") == "" {
				// The store writer's garbage is short-lived: collecting a
				// quarter as often makes importing faster (see README),
				// within a soft limit that makes the collector work harder
				// before the heap passes 1 GiB.
				debug.SetGCPercent(400)
				if os.Getenv("GOMEMLIMIT") == "" {
					debug.SetMemoryLimit(1 << 30)
				}
			}
			return withStore(cmd, true, func(ctx context.Context, store *graph.Store) error {
				n, err := store.Import(ctx, r)
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				fmt.Fprintf(e.stdout, "imported %d quads from %s\n", n, args[0])
				return nil
			})
		},
	}
}
