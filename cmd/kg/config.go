package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/config"
)

func newConfigCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value came from",
		Long: `Config prints every configuration key, its value and its origin: a flag, a
KG_* environment variable, the kg.yaml file, or the default. Precedence is
in that order.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "KEY\tVALUE\tORIGIN")
			vals := cfg.Values()
			for _, k := range config.Keys() {
				fmt.Fprintf(w, "%s\t%s\t%s\n", k, quoteEmpty(vals[k]), cfg.Origins[k])
			}
			if cfg.File != "" {
				fmt.Fprintf(w, "\nconfiguration file: %s\n", cfg.File)
			}
			return w.Flush()
		},
	}
}

func quoteEmpty(s string) string {
	if s == "" {
		return `""`
	}
	return s
}
