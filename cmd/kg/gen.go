package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/newsgen"
)

// genOptions are the flags of kg gen.
type genOptions struct {
	size string // total size, such as 10MB
	dir  string // output directory
	seed uint64
}

func newGenCmd(e *env) *cobra.Command {
	var o genOptions
	cmd := &cobra.Command{
		Use:   "gen --size SIZE -o DIR",
		Short: "Write synthetic news-like text for benchmarks and tests",
		Long: `Gen writes invented news articles under DIR until they total SIZE
(100MB, 2GiB, 500KB or a number of bytes): DIR/NNN/article-NNNNNN.txt, with
every tenth article as Markdown. The articles are filled from a small
built-in list of people, organisations, countries, places and verbs; the
same --seed gives the same bytes.

Example:
  kg gen --size 100MB -o /tmp/corpus && kg build /tmp/corpus`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.dir == "" {
				return fmt.Errorf("gen: -o DIR is required")
			}
			size, err := newsgen.ParseSize(o.size)
			if err != nil {
				return fmt.Errorf("gen: %w", err)
			}
			st, err := newsgen.WriteDir(cmd.Context(), o.dir, size, o.seed)
			if err != nil {
				return fmt.Errorf("gen: %w", err)
			}
			fmt.Fprintf(e.stdout, "wrote %d files, %.1f MB, under %s\n", st.Files, float64(st.Bytes)/1e6, o.dir)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.size, "size", "10MB", "total size of the text to write")
	f.StringVarP(&o.dir, "output", "o", "", "directory to write into (created when missing)")
	f.Uint64Var(&o.seed, "seed", 1, "random seed")
	return cmd
}
