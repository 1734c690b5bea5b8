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
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats [--json]",
		Short: "Count the quads, entities, documents, facts and relations in the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
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
				for _, r := range st.Relations {
					fmt.Fprintf(tw, "  %s\t%d\n", r.Relation, r.Count)
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
