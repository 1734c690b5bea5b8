package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/config"
	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/graph"
)

// Exit codes.
const (
	exitOK      = 0 // everything asked for was done
	exitError   = 1 // nothing was done: bad flags, configuration, store or query
	exitPartial = 2 // kg build: some inputs were built, some were rejected
	exitNothing = 3 // kg build: no input could be built
)

// exitCodeError carries a specific exit code out of a command.
type exitCodeError struct {
	code int
	err  error
}

func (e *exitCodeError) Error() string { return e.err.Error() }
func (e *exitCodeError) Unwrap() error { return e.err }

// env is what commands read and write instead of the process's globals, so
// that tests can run them in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run runs kg with args and returns the process's exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "kg:", err)
	var ec *exitCodeError
	if errors.As(err, &ec) {
		return ec.code
	}
	return exitError
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph of who does what to whom from news text",
		Long: `kg reads English text, extracts subject-predicate-object facts, resolves the
actors behind the words, and stores them with their provenance in a Cayley
graph (an embedded bolt store by default). Query it with Gizmo, explore the
relationships between actors, export it, or browse it with kg serve.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	pf := root.PersistentFlags()
	pf.String("config", "", "configuration file (default: kg.yaml in . or $HOME/.config/kg)")
	def := config.Default()
	pf.String("backend", def.Store.Backend, "store backend: bolt, leveldb, memstore or postgres (store.backend)")
	config.SetsKey(pf.Lookup("backend"), "store.backend")
	pf.String("db", def.Store.Address, "store address: a directory for bolt and leveldb, a postgres:// URL for postgres (store.address)")
	config.SetsKey(pf.Lookup("db"), "store.address")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%s: %w; see kg help %s", cmd.Name(), err, cmd.Name())
	})
	root.AddCommand(
		newBuildCmd(e),
		newQueryCmd(e),
		newExtractCmd(e),
		newConfigCmd(e),
		newServeCmd(e),
		newGenCmd(e),
		newEvalCmd(e),
		newNeighborsCmd(e),
		newPathCmd(e),
		newActorsCmd(e),
		newSourcesCmd(e),
		newStatsCmd(e),
		newExportCmd(e),
		newImportCmd(e),
	)
	for _, c := range root.Commands() {
		if c.Args != nil {
			c.Args = namedArgs(c.Args)
		}
	}
	return root
}

// namedArgs wraps a cobra argument check so that its errors name the
// command and its usage: "neighbors: accepts 1 arg(s), received 0; usage:
// kg neighbors NAME ...".
func namedArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return fmt.Errorf("%s: %w; usage: %s", cmd.Name(), err, cmd.UseLine())
		}
		return nil
	}
}

// loadConfig returns the configuration for cmd, with its flags applied.
func loadConfig(cmd *cobra.Command) (config.Config, error) {
	path, err := cmd.Flags().GetString("config")
	if err != nil {
		return config.Config{}, err
	}
	cfg, err := config.Load(path, cmd.Flags())
	for _, w := range cfg.Warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), "kg: warning:", w)
	}
	return cfg, err
}

// withStore loads the configuration, opens the store, and calls fn with
// it, closing the store afterwards. Unless create is set, a missing store
// is an error rather than a new empty store.
func withStore(cmd *cobra.Command, create bool, fn func(ctx context.Context, store *graph.Store) error) error {
	cfg, err := loadConfig(cmd)
	if err != nil {
		return err
	}
	store, err := openStore(cmd.Context(), cfg, create)
	if err != nil {
		return err
	}
	err = fn(cmd.Context(), store)
	if cerr := store.Close(); err == nil {
		err = cerr
	}
	return err
}

// openStore opens the store that cfg names, creating it when create is set;
// commands that only read pass false, so that a mistyped --db is reported
// instead of answered from a new, empty store, and so that the store is
// opened read-only: readable on a read-only file system, and beside other
// readers.
//
// A store opened to write joins the entities of the documents it loads to
// the stored ones across documents (see [entity.Canon]), with the alias
// file that cfg names.
func openStore(ctx context.Context, cfg config.Config, create bool) (*graph.Store, error) {
	if !create {
		return openJoining(ctx, cfg, nil)
	}
	eopts, err := entityOptions(cfg)
	if err != nil {
		return nil, err
	}
	return openJoining(ctx, cfg, &eopts)
}

// openJoining opens the store that cfg names to write, joining entities
// across documents with the options join gives, or read-only when join is
// nil. Commands that also resolve entities pass the options their pipeline
// has, so that both read the alias file once and see the same aliases.
func openJoining(ctx context.Context, cfg config.Config, join *entity.Options) (*graph.Store, error) {
	opts := graph.Options{MustExist: join == nil, ReadOnly: join == nil, MaxQueryMemory: cfg.Query.MaxMemory}
	if join != nil {
		eopts := *join
		opts.Join = func() (graph.Joiner, error) { return entity.NewCanon(eopts) }
	}
	return graph.Open(ctx, cfg.Store.Backend, cfg.Store.Address, opts)
}
