package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

func newSourcesCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "sources A [B] [--json]",
		Short: "Show the sentences that mention an actor, or that relate two actors",
		Long: `Sources prints provenance. With one actor, it lists every sentence that
mentions it, with the facts of that sentence about it. With two, it lists
the sentences of the facts that relate them, in either direction. Each
sentence shows its source file and position.

Examples:
  kg sources "Kim Jong Bok"
  kg sources "Kim Jong Bok" "North Korean troops" --json`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			b := ""
			if len(args) == 2 {
				b = args[1]
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				srcs, err := store.Sources(ctx, args[0], b)
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(e.stdout, srcs)
				}
				if len(srcs) == 0 {
					fmt.Fprintln(e.stdout, "no sentences")
					return nil
				}
				printSources(e.stdout, srcs)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// docName names a sentence's document for people: its source, then the
// page's address when that is not the source, and the day it was
// published, when the page or feed item said: "page.html
// (https://example.com/story), 2024-05-02".
func docName(s graph.Sentence) string {
	name := s.Source
	if s.URL != "" && s.URL != s.Source {
		name += " (" + s.URL + ")"
	}
	if s.Published != "" {
		day, _, _ := strings.Cut(s.Published, "T")
		name += ", " + day
	}
	return name
}

func printSources(w io.Writer, srcs []graph.Source) {
	for i, s := range srcs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s, sentence %d:\n  %s\n", docName(s.Sentence), s.Index+1, s.Text)
		for _, f := range s.Facts {
			obj := f.Object.Name
			if f.Object.Literal {
				obj = fmt.Sprintf("%q", obj)
			}
			fmt.Fprintf(w, "    %s -%s-> %s  (%q, confidence %.2f%s)\n", f.Subject.Name, f.Relation, obj, f.Phrase, f.Confidence, objectWords(f)+sourceWords(f))
		}
	}
}

// objectWords returns what a fact's object said beyond the node it
// resolved to, for the end of a printed fact: ", object "approximately
// 3,000 soldiers", amount approximately 3000 soldiers", or "" when there
// is nothing more.
func objectWords(f graph.Fact) string {
	var b strings.Builder
	if f.ObjectText != "" && f.ObjectText != f.Object.Name {
		fmt.Fprintf(&b, ", object %q", f.ObjectText)
	}
	for _, q := range f.Quantities {
		fmt.Fprintf(&b, ", amount %s", q)
	}
	return b.String()
}

// sourceWords returns the source chain of a reported fact for the end of a
// printed fact: ", according to Kyodo, citing Ukrainian officials", or ""
// for a fact that is not reported.
func sourceWords(f graph.Fact) string {
	if len(f.Sources) == 0 {
		return ""
	}
	var b strings.Builder
	for i, s := range f.Sources {
		if i == 0 {
			b.WriteString(", according to ")
		} else {
			b.WriteString(", citing ")
		}
		b.WriteString(s.Name)
	}
	return b.String()
}
