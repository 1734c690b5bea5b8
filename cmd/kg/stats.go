package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

func newStatsCmd(e *env) *cobra.Command {
	var (
		asJSON    bool
		relations int
	)
	cmd := &cobra.Command{
		Use:   "stats [--json] [--relations N]",
		Short: "Count the quads, entities, documents, facts and relations in the store",
		Long: `Stats counts the quads, documents, sentences, facts and entities (by type) in
the store, and the relations by how many facts use them, most used first.
A built corpus has hundreds of relations: the text lists the --relations most
used (0 lists all) and says how many more there are; --json lists all.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if relations < 0 {
				return fmt.Errorf("--relations %d: want 0 (all) or more", relations)
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				st, err := store.Stats(ctx)
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(e.stdout, st)
				}
				tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
				total := 0
				for _, n := range st.Entities {
					total += n
				}
				fmt.Fprintf(tw, "quads\t%d\n", st.Quads)
				fmt.Fprintf(tw, "documents\t%d\n", st.Documents)
				fmt.Fprintf(tw, "sentences\t%d\n", st.Sentences)
				fmt.Fprintf(tw, "facts\t%d\n", st.Facts)
				fmt.Fprintf(tw, "entities\t%d\n", total)
				for _, t := range append(schema.EntityTypes, "") {
					if n, ok := st.Entities[t]; ok {
						name := string(t)
						if name == "" {
							name = "untyped"
						}
						fmt.Fprintf(tw, "  %s\t%d\n", name, n)
					}
				}
				fmt.Fprintf(tw, "relations\t%d\n", len(st.Relations))
				shown := st.Relations
				if relations > 0 && len(shown) > relations {
					shown = shown[:relations]
				}
				for _, r := range shown {
					fmt.Fprintf(tw, "  %s\t%d\n", r.Relation, r.Count)
				}
				if more := len(st.Relations) - len(shown); more > 0 {
					fmt.Fprintf(tw, "  (%d more: --relations 0 lists all)\n", more)
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (every relation)")
	cmd.Flags().IntVar(&relations, "relations", 20, "list the `N` most used relations; 0 lists all")
	return cmd
}
