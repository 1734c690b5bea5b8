package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/graph"
)

// exportOptions are the flags of kg export.
type exportOptions struct {
	format string
	output string // file, directory or prefix; "" for standard output
	sel    graph.Selection
}

func newExportCmd(e *env) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export --format F [-o FILE] [--actor NAME [--depth N] | --query GIZMO] [--background]",
		Short: "Write the graph, or part of it, as N-Quads, JSON-LD, GraphML, GEXF, DOT or CSV",
		Long: `Export writes the whole graph, or a subgraph, to -o or standard output.

Formats:
  nquads   every quad with its document label, sorted (kg import reads it back)
  jsonld   the same quads as JSON-LD
  graphml  the actor graph for Gephi, yEd or NetworkX: entities with name and
           type, relations with relation, weight, confidence and sentence
  gexf     the actor graph for Gephi, nodes coloured by type
  dot      the actor graph for Graphviz (dot -Tsvg kg.dot > kg.svg)
  csv      the actor graph for neo4j-admin database import: nodes.csv
           (id:ID,name,:LABEL) and relationships.csv
           (:START_ID,:END_ID,:TYPE,sentence,confidence). -o is required and
           names a directory (an existing one, or a path ending in /), which
           receives nodes.csv and relationships.csv, or else a prefix:
           -o out/kg writes out/kg-nodes.csv and out/kg-relationships.csv.

The actor graph leaves out facts, sentences, documents and relations to
literal values such as titles. It also leaves out background knowledge
(what the gazetteer knows, such as a city's country, and no sentence
states) unless --background: each background fact is then an edge of
weight 0 with no sentence (dashed in dot). nquads and jsonld write every
quad, background facts included (fact nodes marked <kg:background> true,
with no sentence and no direct edge), with or without --background.

A subgraph is the entities within --depth relations of --actor, or the
entities among the results of a Gizmo --query, with the relations among
them (and, for nquads and jsonld, the facts, sentences and documents that
state those relations). With --background, --actor's neighbourhood also
follows background knowledge.

Examples:
  kg export --format nquads -o kg.nq
  kg export --format gexf --actor "Kim Jong Bok" --depth 2 -o kim.gexf
  kg export --format csv -o neo4j/
  kg export --format graphml --background -o with-gazetteer.graphml
  kg export --format dot --query 'g.V("<kg:Person>").in("<kg:type>").all()' | dot -Tsvg > people.svg`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			format, out, sel := o.format, o.output, o.sel
			if sel.Actor != "" && sel.Query != "" {
				return errors.New("export: give --actor or --query, not both")
			}
			if sel.Actor != "" && sel.Depth < 1 {
				return fmt.Errorf("export: --depth must be at least 1, not %d", sel.Depth)
			}
			if format == "csv" && out == "" {
				return errors.New("export: csv writes two files: give -o DIR/ or -o PREFIX")
			}
			return withStore(cmd, false, func(ctx context.Context, store *graph.Store) error {
				start := time.Now()
				files, err := exportTo(ctx, store, e.stdout, format, out, sel)
				if err != nil {
					return err
				}
				for _, f := range files {
					if st, err := os.Stat(f); err == nil {
						fmt.Fprintf(e.stderr, "kg: wrote %s (%d bytes) in %v\n", f, st.Size(), time.Since(start).Round(time.Millisecond))
					}
				}
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.format, "format", "nquads", "output format: "+strings.Join(graph.Formats, ", "))
	f.StringVarP(&o.output, "output", "o", "", "write to this file (csv: a directory or a prefix); default standard output")
	f.StringVar(&o.sel.Actor, "actor", "", "export the neighbourhood of this actor")
	f.IntVar(&o.sel.Depth, "depth", 1, "with --actor: how many relation hops to include")
	f.StringVar(&o.sel.Query, "query", "", "export the entities among this Gizmo query's results")
	f.BoolVar(&o.sel.Background, "background", false, "graph formats: add background knowledge that no sentence states as edges")
	return cmd
}

// exportTo writes the export to stdout or to the files out names, and
// returns the files written.
func exportTo(ctx context.Context, store *graph.Store, stdout io.Writer, format, out string, sel graph.Selection) ([]string, error) {
	if format == "csv" {
		nodesPath, relsPath := csvPaths(out)
		if dir := filepath.Dir(nodesPath); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("export: %w", err)
			}
		}
		err := writeFiles([]string{nodesPath, relsPath}, func(ws []io.Writer) error {
			return store.ExportCSV(ctx, ws[0], ws[1], sel)
		})
		return []string{nodesPath, relsPath}, err
	}
	if out == "" || out == "-" {
		return nil, store.Export(ctx, stdout, format, sel)
	}
	err := writeFiles([]string{out}, func(ws []io.Writer) error {
		return store.Export(ctx, ws[0], format, sel)
	})
	return []string{out}, err
}

// csvPaths returns the node and relationship files for -o: inside out when
// it is a directory or ends in a path separator, else beside the prefix.
func csvPaths(out string) (nodes, rels string) {
	if st, err := os.Stat(out); (err == nil && st.IsDir()) || strings.HasSuffix(out, string(filepath.Separator)) {
		return filepath.Join(out, graph.CSVNodes), filepath.Join(out, graph.CSVRelationships)
	}
	return out + "-" + graph.CSVNodes, out + "-" + graph.CSVRelationships
}

// writeFiles creates the files, calls fn with them, and removes them when
// fn or closing fails, so that a failed export leaves no partial file.
func writeFiles(paths []string, fn func([]io.Writer) error) error {
	var files []*os.File
	var ws []io.Writer
	cleanup := func() {
		for _, f := range files {
			f.Close()
			os.Remove(f.Name())
		}
	}
	for _, p := range paths {
		f, err := os.Create(p)
		if err != nil {
			cleanup()
			return fmt.Errorf("export: %w", err)
		}
		files = append(files, f)
		ws = append(ws, f)
	}
	if err := fn(ws); err != nil {
		cleanup()
		return err
	}
	for _, f := range files {
		if err := f.Close(); err != nil {
			cleanup()
			return fmt.Errorf("export: %w", err)
		}
	}
	return nil
}
