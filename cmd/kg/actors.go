package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

func newActorsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "actors [--by mentions|degree|pagerank] [--type T] [--top N] [--json]",
		Short: "List the resolved actors, most important first",
		Long: `Actors lists the entities of the graph with their type, aliases and the
number of sentences that mention them, ranked by --by:

  mentions  sentences that mention the actor (the default)
  degree    distinct entities related to it, in either direction
  pagerank  PageRank over the relations taken in both directions

Concepts are left out unless --type Concept asks for them.

--json prints an array of {"name", "type", "aliases": [...], "mentions",
"degree", "score", "id"}.

Examples:
  kg actors --top 10
  kg actors --by pagerank --type Person --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			by, _ := cmd.Flags().GetString("by")
			top, _ := cmd.Flags().GetInt("top")
			asJSON, _ := cmd.Flags().GetBool("json")
			typ, err := typeFlag(cmd)
			if err != nil {
				return err
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				actors, err := store.Actors(ctx, graph.ActorOptions{By: by, Type: typ, Top: top})
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(e.stdout, actors)
				}
				tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
				head := "RANK\tNAME\tTYPE\tMENTIONS\tDEGREE"
				if by == graph.ByPageRank {
					head += "\tPAGERANK"
				}
				fmt.Fprintln(tw, head+"\tALIASES")
				for i, a := range actors {
					row := fmt.Sprintf("%d\t%s\t%s\t%d\t%d", i+1, a.Name, typeName(a.Node), a.Mentions, a.Degree)
					if by == graph.ByPageRank {
						row += fmt.Sprintf("\t%.6f", a.Score)
					}
					fmt.Fprintln(tw, row+"\t"+strings.Join(a.Aliases, ", "))
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().String("by", graph.ByMentions, "ranking: mentions, degree or pagerank")
	cmd.Flags().String("type", "", "list only actors of this entity type")
	cmd.Flags().Int("top", 20, "list at most this many actors (0: all)")
	cmd.Flags().Bool("json", false, "print JSON")
	return cmd
}
