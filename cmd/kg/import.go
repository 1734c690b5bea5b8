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

The whole file is checked before anything is written: a statement that
N-Quads forbids, or a line longer than 1 MiB, is reported with its line
number and nothing is imported. If writing stops part way (a full disk,
an interrupt), importing the same file again completes it. Standard input
is first copied to a temporary file.

Import does not check the quads against kg's schema.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, cleanup, err := seekableInput(args[0], e.stdin)
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer cleanup()
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
				res, err := store.Import(ctx, r)
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				fmt.Fprintf(e.stdout, "imported %s: %d quads read, %d added, %d already stored or repeated\n",
					args[0], res.Read, res.Added, res.Read-res.Added)
				return nil
			})
		},
	}
}

// seekableInput opens the file name, or stdin for "-", for reading twice.
// Standard input, a pipe or another file that cannot seek is first copied
// to a temporary file, which cleanup removes.
func seekableInput(name string, stdin io.Reader) (r io.ReadSeeker, cleanup func(), err error) {
	src := stdin
	cleanup = func() {}
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, err
		}
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return f, func() { f.Close() }, nil
		}
		defer f.Close()
		src = f
	}
	tmp, err := os.CreateTemp("", "kg-import-*.nq")
	if err != nil {
		return nil, nil, err
	}
	cleanup = func() {
		tmp.Close()
		os.Remove(tmp.Name())
	}
	if _, err := io.Copy(tmp, src); err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("copy %s to a temporary file: %w", name, err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		cleanup()
		return nil, nil, err
	}
	return tmp, cleanup, nil
}
