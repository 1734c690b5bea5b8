package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/schema"
)

func newExtractCmd(e *env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "extract [--format tsv|nquads|json|carb] FILE|-",
		Short: "Print the facts of a text without storing them",
		Long: `Extract runs the extraction pipeline on one file (or standard input) and
prints the result; nothing is stored. The file is read as kg build reads it:
text, Markdown, a web page, a feed (each item in turn) or a PDF.

Formats:
  tsv     a header line, then one extraction a line: sentence index,
          confidence, subject, relation, object, then extra arguments as
          ROLE=TEXT
  nquads  the quads kg build would store (entities resolved)
  json    the resolved document: sentences, entities, facts, with
          lower-case keys like every --json of kg ("subject", "start",
          "subject_entity")
  carb    CaRB's tabbed format. The input is one sentence a line, already
          tokenised; each output line is the sentence echoed byte for byte,
          the confidence, the relation, then the arguments`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			p, err := newPipeline(cfg)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			defer w.Flush()
			if format == "carb" {
				return writeCARB(cmd.Context(), w, p, args[0], e.stdin)
			}
			// A feed holds a document per item: each is written in turn
			// (json: one object each), and items that could not be read
			// are reported after the others.
			ins, rerr := ingest.Read(args[0], e.stdin)
			if len(ins) == 0 {
				return rerr
			}
			switch format {
			case "tsv", "nquads", "json":
			default:
				return fmt.Errorf("extract: unknown format %q: want tsv, nquads, json or carb", format)
			}
			if format == "tsv" {
				fmt.Fprintln(w, tsvHeader)
			}
			for _, in := range ins {
				if err := writeExtractions(cmd.Context(), w, p, format, in); err != nil {
					return err
				}
			}
			return rerr
		},
	}
	cmd.Flags().StringVar(&format, "format", "tsv", "output format: tsv, nquads, json or carb")
	return cmd
}

// writeExtractions writes what kg extracts from one input in the format.
func writeExtractions(ctx context.Context, w io.Writer, p *ingest.Pipeline, format string, in ingest.Input) error {
	switch format {
	case "tsv":
		sents, exts, err := p.Extract(ctx, in.Text)
		if err != nil {
			return err
		}
		for i := range sents {
			for _, x := range exts[i] {
				fields := []string{strconv.Itoa(i), strconv.FormatFloat(x.Confidence, 'f', 3, 64), x.Subject.Text, x.Relation, x.Object.Text}
				for _, a := range x.Extra {
					fields = append(fields, a.Role+"="+a.Text)
				}
				fmt.Fprintln(w, strings.Join(fields, "\t"))
			}
		}
		return nil
	case "nquads":
		doc, err := p.DocumentOf(ctx, in)
		if err != nil {
			return err
		}
		qw := nquads.NewWriter(w)
		for _, q := range schema.Quads(doc) {
			if err := qw.WriteQuad(schema.Portable(q)); err != nil {
				return err
			}
		}
		return qw.Close()
	default: // json
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		doc, err := p.DocumentOf(ctx, in)
		if err != nil {
			return err
		}
		return enc.Encode(doc)
	}
}

// tsvHeader is the first line of kg extract --format tsv.
const tsvHeader = "sentence\tconfidence\tsubject\trelation\tobject\textra"

// writeCARB extracts from each line of the named file as one sentence and
// writes CaRB's tabbed format.
func writeCARB(ctx context.Context, w io.Writer, p *ingest.Pipeline, path string, stdin io.Reader) error {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	xs, err := extractLines(ctx, p, r)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for _, x := range xs {
		fields := append([]string{x.Sentence, strconv.FormatFloat(x.Confidence, 'g', -1, 64), x.Relation}, x.Args...)
		fmt.Fprintln(w, strings.Join(fields, "\t"))
	}
	return nil
}
