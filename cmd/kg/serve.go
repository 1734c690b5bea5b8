package main

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/config"
	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/schema"
	"github.com/kg-project/kg/server"
)

func newServeCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:7878] [--write-token T]",
		Short: "Serve the graph over HTTP: Gizmo, kg's JSON API and a web explorer",
		Long: `Serve answers HTTP on --addr (serve.addr, default 127.0.0.1:7878):

  /                          the web explorer: search an actor, see its
                             neighbourhood, find paths, read the sources
  POST /api/v1/query/gizmo   Gizmo, as Cayley's v1 API (body: the script)
  /api/v2/query?lang=gizmo   Gizmo, as Cayley's v2 API
  GET /api/v2/read           the whole graph as N-Quads
  GET /api/search, /api/actors, /api/neighbors, /api/path, /api/sources,
      /api/stats, /api/export?format=nquads|jsonld|graphml|gexf|dot|csv
  POST /api/build            add a text, page, feed or PDF (needs the write token)

The server is read-only unless a write token is set (--write-token, or
better KG_SERVE_WRITE_TOKEN, which other users cannot see in the process
list); then POST /api/build with "Authorization: Bearer TOKEN" runs the
extraction pipeline on the request's body (read as kg build reads a file;
a PDF as application/pdf) and stores it. kg serve owns the
store while it runs: build through its API rather than with kg build.

Queries stop after --timeout (query.timeout) or past --max-memory
(query.max_memory), and return at most --max-results (serve.max_results)
results. Browsers on other origins may call the API only when listed with
--cors-origin (serve.cors_origins). Query POSTs must carry
"Content-Type: application/json" (or an X-Requested-With header), which a
page on another site cannot send without asking. Requests naming a host
other than an IP address, localhost, the --addr host or one listed with
--allowed-host (serve.allowed_hosts) get 421, against DNS rebinding. A
non-loopback --addr prints a warning: reading needs no token.

Serve stops cleanly on interrupt, letting requests in flight finish.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			// Without a write token the server only reads: an existing
			// store is opened read-only.
			var (
				store *graph.Store
				p     *ingest.Pipeline
			)
			if cfg.Serve.WriteToken != "" {
				var eopts entity.Options
				if eopts, err = entityOptions(cfg); err != nil {
					return err
				}
				if p, err = ingest.NewPipeline(eopts); err != nil {
					return err
				}
				store, err = openJoining(cmd.Context(), cfg, &eopts)
			} else {
				store, err = openStore(cmd.Context(), cfg, false)
			}
			if errors.Is(err, graph.ErrNoStore) {
				store, err = openStore(cmd.Context(), cfg, true)
			}
			if err != nil {
				return err
			}
			defer store.Close()
			opts := server.Options{
				Timeout:     cfg.Query.Timeout,
				MaxResults:  cfg.Serve.MaxResults,
				WriteToken:  cfg.Serve.WriteToken,
				CORSOrigins: cfg.Serve.CORSOrigins,
				Hosts:       cfg.Serve.AllowedHosts,
			}
			if h, _, err := net.SplitHostPort(cfg.Serve.Addr); err == nil && h != "" && net.ParseIP(h) == nil {
				opts.Hosts = append(opts.Hosts, h) // the name it was told to listen on
			}
			if p != nil {
				opts.Builder = storeBuilder{p: p, store: store}
			}
			ln, err := net.Listen("tcp", cfg.Serve.Addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			mode := "read-only"
			if opts.WriteToken != "" {
				mode = "builds enabled with the write token"
			}
			fmt.Fprintf(e.stderr, "kg: serving %s store %s on http://%s/ (%s)\n", store.Backend(), store.Address(), ln.Addr(), mode)
			if ip := ln.Addr().(*net.TCPAddr).IP; !ip.IsLoopback() {
				fmt.Fprintf(e.stderr, "kg: warning: %s is reachable from other machines, and reading needs no token: anyone who can connect can read the whole graph and run queries; listen on 127.0.0.1 unless that is what you want\n", ln.Addr())
			}
			if err := server.Serve(cmd.Context(), ln, server.New(store, opts)); err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			return store.Close()
		},
	}
	def := config.Default()
	f := cmd.Flags()
	f.String("addr", def.Serve.Addr, "address to listen on (serve.addr)")
	config.SetsKey(f.Lookup("addr"), "serve.addr")
	f.String("write-token", def.Serve.WriteToken, "enable POST /api/build for requests with this bearer token (serve.write_token)")
	config.SetsKey(f.Lookup("write-token"), "serve.write_token")
	f.StringSlice("cors-origin", def.Serve.CORSOrigins, "origin allowed to call the API from a browser; repeatable (serve.cors_origins)")
	config.SetsKey(f.Lookup("cors-origin"), "serve.cors_origins")
	f.StringSlice("allowed-host", def.Serve.AllowedHosts, "host name requests may give, besides IP addresses and localhost; repeatable, * for any (serve.allowed_hosts)")
	config.SetsKey(f.Lookup("allowed-host"), "serve.allowed_hosts")
	f.Int("max-results", def.Serve.MaxResults, "most results one query returns (serve.max_results)")
	config.SetsKey(f.Lookup("max-results"), "serve.max_results")
	queryFlags(f)
	return cmd
}

// storeBuilder builds texts posted to /api/build: it runs the pipeline and
// loads the document into the served store.
type storeBuilder struct {
	p     *ingest.Pipeline
	store *graph.Store
}

func (b storeBuilder) Build(ctx context.Context, source, text string) (server.BuildResult, error) {
	ins, rerr := ingest.Parse(source, []byte(text))
	if len(ins) == 0 {
		return server.BuildResult{}, &server.BadTextError{Err: rerr}
	}
	docs := make([]schema.Document, len(ins))
	for i, in := range ins {
		doc, err := b.p.DocumentOf(ctx, in)
		if err != nil {
			return server.BuildResult{}, fmt.Errorf("build: %w", err)
		}
		docs[i] = doc
	}
	res, err := b.store.Load(ctx, docs...)
	if err != nil {
		return server.BuildResult{}, fmt.Errorf("build: %w", err)
	}
	items := make([]server.BuildResult, len(docs))
	for i, doc := range docs {
		items[i] = server.BuildResult{
			Document:  doc.ID,
			Source:    doc.Source,
			Sentences: len(doc.Sentences),
			Facts:     doc.StatedFacts(),
			Entities:  len(doc.Entities),
		}
		if i < len(res) {
			items[i].Skipped = res[i].Skipped
			items[i].Quads = res[i].Quads
		}
	}
	if len(ins) == 1 && rerr == nil && ins[0].Source == source {
		items[0].Source = ""
		return items[0], nil // a text or a page
	}
	out := server.BuildResult{Items: items, Skipped: true}
	for _, it := range items {
		out.Skipped = out.Skipped && it.Skipped
		out.Sentences += it.Sentences
		out.Facts += it.Facts
		out.Entities += it.Entities
		out.Quads += it.Quads
	}
	// The items that could not be read come joined (errors.Join).
	if j, ok := rerr.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			out.Problems = append(out.Problems, e.Error())
		}
	} else if rerr != nil {
		out.Problems = append(out.Problems, rerr.Error())
	}
	return out, nil
}
