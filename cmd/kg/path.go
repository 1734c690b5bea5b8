package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

// pathOptions are the flags of kg path.
type pathOptions struct {
	maxHops    int // longest path, in relations
	k          int // paths shown
	sentences  int // sentences shown a step, 0 for all
	asJSON     bool
	background bool // follow background knowledge too
}

func newPathCmd(e *env) *cobra.Command {
	var o pathOptions
	cmd := &cobra.Command{
		Use:   "path A B [--max-hops N] [-k K] [--sentences N] [--json]",
		Short: "Show the shortest connections between two actors, with their sources",
		Long: `Path finds the K shortest chains of relations joining the actors A and B,
following relations in either direction, at most --max-hops long. Only
actors and other entities are steps: sentences, documents and literal values
never connect two actors. Each step shows its relation and the sentences
that state it, the first --sentences of them (0 shows all; --json gives all,
and kg sources A B lists them). Background knowledge (what the gazetteer knows, such as a
city's country, and no sentence states) is followed only with --background;
its steps have no sentence.

--json prints {"paths": [[{"from", "relation", "to", "forward", "sentences":
[...]}, ...], ...]}: "forward" is false when the relation is stated from
"to" to "from". No path prints {"paths": []}.

Examples:
  kg path "Kim Jong Bok" Kursk
  kg path nato "north korea" -k 3 --max-hops 5 --json`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.maxHops < 1 || o.k < 1 {
				return fmt.Errorf("path: --max-hops and -k must be at least 1, not %d and %d", o.maxHops, o.k)
			}
			if o.sentences < 0 {
				return fmt.Errorf("path: --sentences must be 0 (all) or more, not %d", o.sentences)
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				paths, err := store.PathsWith(ctx, args[0], args[1], graph.PathOptions{MaxHops: o.maxHops, K: o.k, Background: o.background})
				if err != nil {
					return err
				}
				if o.asJSON {
					return writeJSON(e.stdout, pathsJSON(paths))
				}
				if len(paths) == 0 {
					fmt.Fprintf(e.stdout, "no path between %q and %q within %d hops\n", args[0], args[1], o.maxHops)
					return nil
				}
				printPaths(e.stdout, paths, o.sentences)
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.maxHops, "max-hops", 4, "longest path to look for, in relations")
	f.IntVarP(&o.k, "k", "k", 1, "how many paths to show, shortest first")
	f.IntVar(&o.sentences, "sentences", 3, "sentences shown for each step (0: all)")
	f.BoolVar(&o.asJSON, "json", false, "print JSON")
	f.BoolVar(&o.background, "background", false, "also follow background knowledge that no sentence states")
	return cmd
}

// jsonStep is one step of a path in kg path's JSON output.
type jsonStep struct {
	From      string   `json:"from"`
	Relation  string   `json:"relation"`
	To        string   `json:"to"`
	Forward   bool     `json:"forward"`
	Sentences []string `json:"sentences"`
}

func pathsJSON(paths []graph.Path) map[string][][]jsonStep {
	out := make([][]jsonStep, 0, len(paths))
	for _, p := range paths {
		steps := make([]jsonStep, 0, len(p))
		for _, st := range p {
			steps = append(steps, jsonStep{From: st.From.Name, Relation: st.Relation, To: st.To.Name,
				Forward: st.Forward, Sentences: stepSentences(st)})
		}
		out = append(out, steps)
	}
	return map[string][][]jsonStep{"paths": out}
}

// stepSentences returns the distinct texts of the sentences of a step's
// facts, never nil.
func stepSentences(st graph.Step) []string {
	out := []string{}
	for _, f := range st.Facts {
		if t := f.Sentence.Text; t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// printPaths writes paths as text, with at most max sentences a step (0
// for all) and a line saying how to see the others.
func printPaths(w io.Writer, paths []graph.Path, max int) {
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(w)
		}
		hops := "hops"
		if len(p) == 1 {
			hops = "hop"
		}
		fmt.Fprintf(w, "path %d (%d %s): %s\n", i+1, len(p), hops, pathLine(p))
		for _, st := range p {
			fmt.Fprintf(w, "  %s\n", stepLine(st))
			if len(st.Facts) == 0 {
				fmt.Fprintln(w, "      (background knowledge: no sentence states it)")
			}
			facts := st.Facts
			if max > 0 && len(facts) > max {
				facts = facts[:max]
			}
			for _, f := range facts {
				where := docName(f.Sentence)
				if f.Phrase != "" {
					where += ", " + f.Phrase // a role read off a title or an apposition has no phrase
				}
				fmt.Fprintf(w, "      %q  [%s%s]\n", f.Sentence.Text, where, objectWords(f)+sourceWords(f))
			}
			if more := len(st.Facts) - len(facts); more > 0 {
				fmt.Fprintf(w, "      (%d more: --sentences 0, or kg sources %q %q)\n", more, st.From.Name, st.To.Name)
			}
		}
	}
}

// pathLine writes a path on one line: A -rel-> B <-rel- C.
func pathLine(p graph.Path) string {
	var b strings.Builder
	b.WriteString(p[0].From.Name)
	for _, st := range p {
		b.WriteString(" " + arrow(st) + " " + st.To.Name)
	}
	return b.String()
}

func stepLine(st graph.Step) string {
	s := st.From.Name + " " + arrow(st) + " " + st.To.Name
	if len(st.Relations) > 1 {
		var more []string
		for _, r := range st.Relations[1:] {
			more = append(more, r.Relation)
		}
		s += "  (also: " + strings.Join(more, ", ") + ")"
	}
	return s
}

func arrow(st graph.Step) string {
	if st.Forward {
		return "-" + st.Relation + "->"
	}
	return "<-" + st.Relation + "-"
}
