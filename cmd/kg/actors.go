package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

// actorsOptions are the flags of kg actors.
type actorsOptions struct {
	by     string // ranking
	typ    string // entity type, "" for any
	top    int    // most actors listed, 0 for all
	asJSON bool
}

func newActorsCmd(e *env) *cobra.Command {
	var o actorsOptions
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
			typ, err := entityType(o.typ)
			if err != nil {
				return err
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				actors, err := store.Actors(ctx, graph.ActorOptions{By: o.by, Type: typ, Top: o.top})
				if err != nil {
					return err
				}
				if o.asJSON {
					return writeJSON(e.stdout, actors)
				}
				tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
				head := "RANK\tNAME\tTYPE\tMENTIONS\tDEGREE"
				if o.by == graph.ByPageRank {
					head += "\tPAGERANK"
				}
				fmt.Fprintln(tw, head+"\tALIASES")
				for i, a := range actors {
					row := fmt.Sprintf("%d\t%s\t%s\t%d\t%d", i+1, a.Name, typeName(a.Node), a.Mentions, a.Degree)
					if o.by == graph.ByPageRank {
						row += fmt.Sprintf("\t%.6f", a.Score)
					}
					fmt.Fprintln(tw, row+"\t"+strings.Join(a.Aliases, ", "))
				}
				return tw.Flush()
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.by, "by", graph.ByMentions, "ranking: mentions, degree or pagerank")
	f.StringVar(&o.typ, "type", "", "list only actors of this entity type")
	f.IntVar(&o.top, "top", 20, "list at most this many actors (0: all)")
	f.BoolVar(&o.asJSON, "json", false, "print JSON")
	return cmd
}
