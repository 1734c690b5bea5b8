package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/config"
	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/ingest"
)

// buildOptions are the flags of kg build that set no configuration key;
// --workers and --aliases set build.workers and entity.aliases.
type buildOptions struct {
	batch int  // most documents per transaction
	quiet bool // no progress line
}

func newBuildCmd(e *env) *cobra.Command {
	var o buildOptions
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Extract facts from text files, web pages, feeds and PDFs and store them in the graph",
		Long: `Build reads each PATH: a file, a directory (its .txt, .md, .markdown, .html,
.htm, .xhtml, .xml, .rss, .atom and .pdf files, recursively), or - for
standard input. A file is plain text, Markdown (by its name), a web page (by
its content, or named .html, .htm or .xhtml: its article is read, without
menus, banners, comments and the like), an RSS or Atom feed (by its
content: each item is a document, stored under the item's link) or a PDF
(by its content: the text of its pages, without running heads, feet and
page numbers; its /Title and /CreationDate are kept). It splits
the text into sentences,
extracts facts, resolves the actors they name, and stores everything in the
graph, several documents per transaction (--batch): a document is always
stored whole or not at all.

On a terminal, a progress line on standard error shows counts and rates;
--quiet, or standard error not being a terminal, turns it off.

A document whose content is already stored is skipped, so building the same
files twice adds nothing and an interrupted build can simply be run again. A
file whose content changed replaces the facts of its older version.

A file that cannot be used (missing, unreadable, binary, not UTF-8, empty, a
page with no article, XML that is no feed, a PDF that needs a password, is damaged
beyond reading or has no text layer) or a feed item with no text is
reported and left out; the rest of the build goes on. A PDF page that
cannot be read is reported and the document is built from the others.

The summary counts the quads of the documents built; the "store:" line
gives the store's total, which kg stats also prints. They differ because an
entity's name and type belong to each document that names it but are
stored once.

Exit status: 0 when every input was built (or was already stored), 2 when
some inputs were rejected, 3 when none could be built (a store this build
created is then removed), 1 on any other error.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			eopts, err := entityOptions(cfg)
			if err != nil {
				return err
			}
			p, err := ingest.NewPipeline(eopts)
			if err != nil {
				return err
			}
			if os.Getenv("GOMEMLIMIT") == "" {
				// A soft limit: past it the collector runs more often, so
				// that a corpus-scale build keeps within a few hundred MB
				// (see README). Go's GOMEMLIMIT overrides it.
				debug.SetMemoryLimit(buildMemoryLimit)
			}
			// A bolt or leveldb store that this build creates is removed
			// again when no document could be stored in it.
			fresh := false
			if cfg.Store.Backend == "bolt" || cfg.Store.Backend == "leveldb" {
				_, serr := os.Stat(cfg.Store.Address)
				fresh = errors.Is(serr, os.ErrNotExist)
			}
			store, err := openJoining(cmd.Context(), cfg, &eopts)
			if err != nil {
				return err
			}
			defer store.Close()
			progress := newProgress(e.stderr, o.quiet)
			sum, err := ingest.Build(cmd.Context(), store, p, args, ingest.Options{
				Workers:   cfg.Build.Workers,
				Stdin:     e.stdin,
				BatchDocs: o.batch,
				Report: func(fe *ingest.FileError) {
					progress.done()
					fmt.Fprintln(e.stderr, "kg: build:", fe)
				},
				Progress: progress.update,
			})
			progress.done()
			printSummary(e, sum)
			if err == nil && sum.Documents > 0 {
				var total int64
				if total, err = store.QuadCount(cmd.Context()); err == nil {
					fmt.Fprintf(e.stdout, "store: %d quads in all, as kg stats counts them (an entity's name and type are stored once, not once per document)\n", total)
				}
			}
			cerr := store.Close()
			if fresh && sum.Documents == 0 && cerr == nil {
				if rerr := os.RemoveAll(cfg.Store.Address); rerr != nil && err == nil {
					err = fmt.Errorf("remove the empty store it created: %w", rerr)
				}
			}
			if err != nil {
				return fmt.Errorf("build: %w", err)
			}
			if cerr != nil {
				return fmt.Errorf("build: close store: %w", cerr)
			}
			switch {
			case sum.Failed() == 0 && sum.Inputs == 0:
				return &exitCodeError{exitNothing, errors.New("build: no files to read found (.txt, .md, .html, .xml, ...)")}
			case sum.Failed() > 0 && sum.Documents+sum.Skipped == 0:
				return &exitCodeError{exitNothing, fmt.Errorf("build: none of %d inputs could be built", sum.Failed())}
			case sum.Failed() > 0:
				return &exitCodeError{exitPartial, fmt.Errorf("build: %d of %d inputs could not be built", sum.Failed(), sum.Failed()+sum.Documents+sum.Skipped)}
			}
			return nil
		},
	}
	def := config.Default()
	f := cmd.Flags()
	f.Int("workers", def.Build.Workers, "extraction goroutines (0: one per CPU; build.workers)")
	config.SetsKey(f.Lookup("workers"), "build.workers")
	f.IntVar(&o.batch, "batch", ingest.DefaultBatchDocs, "most documents written per transaction")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no progress line on standard error")
	f.String("aliases", def.Entity.Aliases, "alias file that forces or forbids entity merges (entity.aliases)")
	config.SetsKey(f.Lookup("aliases"), "entity.aliases")
	return cmd
}

// buildMemoryLimit is the soft memory limit of kg build.
const buildMemoryLimit = 300 << 20

// newPipeline returns the extraction pipeline that cfg describes.
func newPipeline(cfg config.Config) (*ingest.Pipeline, error) {
	opts, err := entityOptions(cfg)
	if err != nil {
		return nil, err
	}
	return ingest.NewPipeline(opts)
}

// entityOptions reads the alias file that cfg names, if any.
func entityOptions(cfg config.Config) (entity.Options, error) {
	if cfg.Entity.Aliases == "" {
		return entity.Options{}, nil
	}
	f, err := os.Open(cfg.Entity.Aliases)
	if err != nil {
		return entity.Options{}, fmt.Errorf("entity.aliases: %w", err)
	}
	defer f.Close()
	opts, err := entity.ParseAliases(f)
	if err != nil {
		return entity.Options{}, fmt.Errorf("entity.aliases %s: %w", cfg.Entity.Aliases, err)
	}
	return opts, nil
}

func printSummary(e *env, s ingest.Summary) {
	secs := s.Elapsed.Seconds()
	fmt.Fprintf(e.stdout, "documents: %d built, %d already stored, %d replaced, %d rejected\n",
		s.Documents, s.Skipped, s.Replaced, s.Failed())
	fmt.Fprintf(e.stdout, "sentences: %d  facts: %d  entities: %d  quads: %d in these documents\n", s.Sentences, s.Facts, s.Entities, s.Quads)
	if secs > 0 {
		fmt.Fprintf(e.stdout, "seconds: %.2f (%.0f sentences/s, %.0f quads/s)\n", secs, float64(s.Sentences)/secs, float64(s.Quads)/secs)
	}
}
