package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kg-project/kg/config"
	"github.com/kg-project/kg/graph"
)

func newQueryCmd(e *env) *cobra.Command {
	var file string // -f
	cmd := &cobra.Command{
		Use:   "query [GIZMO]",
		Short: "Run a Gizmo query and print one JSON object per result",
		Long: `Query runs a Gizmo (JavaScript) query on the graph and prints each result as
one line of JSON (JSON Lines). The query is the argument, the file named by
-f, or standard input when neither is given (or the argument is -).

Unlike Cayley's own JSON output, the value of the script's last expression
is printed too, so g.V().count() prints a number.

A query that runs past --timeout, or whose memory grows by more than
--max-memory, is stopped with an error.

Examples:
  kg query 'g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").out("<kg:name>").all()'
  kg query -f neighbours.js --limit 20`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			text, err := queryText(args, file, e.stdin)
			if err != nil {
				return err
			}
			store, err := openStore(cmd.Context(), cfg, false)
			if err != nil {
				return err
			}
			defer store.Close()
			ctx, cancel := context.WithTimeout(cmd.Context(), cfg.Query.Timeout)
			defer cancel()
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			err = store.Query(ctx, text, cfg.Query.Limit, enc.Encode)
			if errors.Is(err, graph.ErrTimeout) {
				return fmt.Errorf("query stopped after %v (query.timeout); narrow it or raise --timeout", cfg.Query.Timeout)
			}
			if errors.Is(err, graph.ErrMemory) {
				return fmt.Errorf("query stopped: %w; narrow it or raise --max-memory", err)
			}
			return err
		},
	}
	f := cmd.Flags()
	f.StringVarP(&file, "file", "f", "", "read the query from this file")
	f.Int("limit", config.Default().Query.Limit, "print at most this many results (0: no limit; query.limit)")
	config.SetsKey(f.Lookup("limit"), "query.limit")
	queryFlags(f)
	return cmd
}

// queryText returns the query from the argument, the file, or stdin.
func queryText(args []string, file string, stdin io.Reader) (string, error) {
	var (
		b   []byte
		err error
	)
	switch {
	case file != "" && len(args) > 0:
		return "", errors.New("query: give the query as an argument or with -f, not both")
	case file != "":
		b, err = os.ReadFile(file)
	case len(args) == 1 && args[0] != "-":
		return args[0], nil
	default:
		b, err = io.ReadAll(stdin)
	}
	if err != nil {
		return "", fmt.Errorf("query: %w", err)
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", errors.New("query: empty query")
	}
	return string(b), nil
}

// queryFlags defines --timeout and --max-memory on f, the flags that set
// query.timeout and query.max_memory.
func queryFlags(f *pflag.FlagSet) {
	def := config.Default()
	f.Duration("timeout", def.Query.Timeout, "stop a query after this long (query.timeout)")
	config.SetsKey(f.Lookup("timeout"), "query.timeout")
	f.String("max-memory", def.Values()["query.max_memory"], "stop a query when the heap grows by more than this, such as 512MB (query.max_memory)")
	config.SetsKey(f.Lookup("max-memory"), "query.max_memory")
}
