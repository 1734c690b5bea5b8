package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// neighborsOptions are the flags of kg neighbors.
type neighborsOptions struct {
	depth      int    // relation hops
	typ        string // entity type listed, "" for any
	limit      int    // most neighbours listed, 0 for all
	asJSON     bool
	background bool // follow background knowledge too
}

func newNeighborsCmd(e *env) *cobra.Command {
	var o neighborsOptions
	cmd := &cobra.Command{
		Use:     "neighbors NAME [--depth N] [--type T] [--json]",
		Aliases: []string{"neighbours"},
		Short:   "List the actors within some relation hops of an actor",
		Long: `Neighbors finds the actor NAME (its name or an alias, in any case) and lists
the entities joined to it by relations, in either direction, up to --depth
hops away, then the relations among them. Neighbours are listed nearest
first, actors before literal values, then by ties: the number of different
relations (relation and direction) joining each to the actors one hop
nearer, the most first. A literal value such as a title ends a walk. With --type, only neighbours of that type are listed (Person,
Organization, GPE, Location, Group, Concept); the walk still passes through
the others. Background knowledge (what the gazetteer knows, such as a
city's country, and no sentence states) is left out unless --background.

An unknown name fails with the names that come close; a name or alias of
several actors ("Kim") fails with the list of them. Literal values longer
than 40 characters are cut in the table; --json gives them whole.

Examples:
  kg neighbors "Kim Jong Bok"
  kg neighbors nato --depth 2 --type GPE --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.depth < 1 {
				return fmt.Errorf("neighbors: --depth must be at least 1, not %d", o.depth)
			}
			if o.limit < 0 {
				return fmt.Errorf("neighbors: --limit must be 0 (no limit) or more, not %d", o.limit)
			}
			typ, err := entityType(o.typ)
			if err != nil {
				return err
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				nb, err := store.Neighbors(ctx, args[0], graph.NeighborOptions{Depth: o.depth, Type: typ, Limit: o.limit, Background: o.background})
				if err != nil {
					return err
				}
				if o.asJSON {
					return writeJSON(e.stdout, nb)
				}
				return printNeighborhood(e.stdout, nb)
			})
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.depth, "depth", 1, "how many relation hops to go")
	f.StringVar(&o.typ, "type", "", "list only neighbours of this entity type")
	f.IntVar(&o.limit, "limit", 0, "list at most this many neighbours, the strongest ties first (0: no limit)")
	f.BoolVar(&o.asJSON, "json", false, "print JSON")
	f.BoolVar(&o.background, "background", false, "also follow background knowledge that no sentence states")
	return cmd
}

func printNeighborhood(w io.Writer, nb graph.Neighborhood) error {
	fmt.Fprintf(w, "%s\n\n", describe(nb.Center))
	if len(nb.Nodes) == 0 {
		fmt.Fprintln(w, "no neighbours")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DEPTH\tNAME\tTYPE\tTIES")
	names := map[string]string{nb.Center.ID: nb.Center.Name}
	for _, n := range nb.Nodes {
		name := n.Name
		if n.Literal {
			name = cut(name, maxLiteral)
		}
		names[n.ID] = name
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\n", n.Depth, name, typeName(n.Node), n.Ties)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(nb.Edges) > 0 {
		fmt.Fprintln(w, "\nRELATIONS")
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, e := range nb.Edges {
			fmt.Fprintf(tw, "%s\t-%s->\t%s\n", names[e.From], e.Relation, names[e.To])
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if nb.Truncated {
		fmt.Fprintln(w, "\n(more neighbours left out by --limit)")
	}
	return nil
}

// maxLiteral is the most runes of a literal value that the neighbours
// table shows; --json gives the whole text.
const maxLiteral = 40

// cut returns s, or when it is longer than n runes, its start, cut at a
// space where one is near, and "…".
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	head := string(r[:n-1])
	if i := strings.LastIndexByte(head, ' '); i >= len(head)*2/3 {
		head = head[:i]
	}
	return strings.TrimRight(head, " ,;:") + "…"
}

// describe returns "Name (Type)".
func describe(n graph.Node) string {
	return fmt.Sprintf("%s (%s)", n.Name, typeName(n))
}

// typeName returns the type to print for a node.
func typeName(n graph.Node) string {
	switch {
	case n.Literal:
		return "literal"
	case n.Type == "":
		return "-"
	}
	return string(n.Type)
}

// entityType returns the entity type named s by a --type flag, or "" when
// s is "".
func entityType(s string) (schema.EntityType, error) {
	if s == "" {
		return "", nil
	}
	t, ok := schema.ParseEntityType(s)
	if !ok {
		return "", fmt.Errorf("unknown entity type %q: want one of %v", s, schema.EntityTypes)
	}
	return t, nil
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
