package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kg-project/kg/config"
)

// keyFlag is a flag of a command that sets a configuration key.
type keyFlag struct {
	cmd  string // the command's name; "kg" for the root's persistent flags
	flag string
}

// keyFlags returns, for each configuration key, the flags that set it.
func keyFlags(root *cobra.Command) map[string][]keyFlag {
	out := make(map[string][]keyFlag)
	for _, c := range append([]*cobra.Command{root}, root.Commands()...) {
		visit := func(f *pflag.Flag) {
			if k := config.KeyOf(f); k != "" {
				out[k] = append(out[k], keyFlag{c.Name(), f.Name})
			}
		}
		c.LocalNonPersistentFlags().VisitAll(visit)
		c.PersistentFlags().VisitAll(visit)
	}
	return out
}

// TestConfigKeys checks that every configuration key can be set by a flag
// of some command and by its KG_ environment variable, and that each way
// gives the key its value and names itself as the origin.
func TestConfigKeys(t *testing.T) {
	// A value for each key other than its default, and what kg config
	// prints for it.
	samples := map[string]struct{ in, want string }{
		"store.backend":       {"leveldb", "leveldb"},
		"store.address":       {"other.db", "other.db"},
		"query.timeout":       {"5s", "5s"},
		"query.limit":         {"7", "7"},
		"query.max_memory":    {"1GB", "1GB"},
		"build.workers":       {"3", "3"},
		"entity.aliases":      {"aliases.txt", "aliases.txt"},
		"serve.addr":          {"127.0.0.1:9999", "127.0.0.1:9999"},
		"serve.write_token":   {"s3cret", "(set)"},
		"serve.cors_origins":  {"https://a.example", "https://a.example"},
		"serve.max_results":   {"5", "5"},
		"serve.allowed_hosts": {"kg.example", "kg.example"},
	}
	file := filepath.Join(t.TempDir(), "kg.yaml")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	newRoot := func() *cobra.Command {
		return newRootCmd(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	}
	flags := keyFlags(newRoot())
	for k := range flags {
		if !slices.Contains(config.Keys(), k) {
			t.Errorf("a flag sets %q, which is not a configuration key", k)
		}
	}
	for _, k := range config.Keys() {
		s, ok := samples[k]
		if !ok {
			t.Errorf("no sample value for key %q: add one to this test", k)
			continue
		}
		t.Run("flag/"+k, func(t *testing.T) {
			if len(flags[k]) == 0 {
				t.Fatalf("no flag sets %s", k)
			}
			for _, kf := range flags[k] {
				root := newRoot()
				cmd := root
				if kf.cmd != root.Name() {
					if cmd, _, _ = root.Find([]string{kf.cmd}); cmd == root {
						t.Fatalf("no command %q", kf.cmd)
					}
				}
				if err := cmd.ParseFlags([]string{"--" + kf.flag + "=" + s.in}); err != nil {
					t.Fatalf("kg %s --%s=%s: %v", kf.cmd, kf.flag, s.in, err)
				}
				cfg, err := config.Load(file, cmd.Flags())
				if err != nil {
					t.Fatalf("kg %s --%s=%s: %v", kf.cmd, kf.flag, s.in, err)
				}
				if got, origin := cfg.Values()[k], cfg.Origins[k]; got != s.want || origin != "flag --"+kf.flag {
					t.Errorf("kg %s --%s=%s: %s = %q from %q, want %q from flag --%s", kf.cmd, kf.flag, s.in, k, got, origin, s.want, kf.flag)
				}
			}
		})
		t.Run("env/"+k, func(t *testing.T) {
			name := "KG_" + strings.ToUpper(strings.ReplaceAll(k, ".", "_"))
			t.Setenv(name, s.in)
			cfg, err := config.Load(file, nil)
			if err != nil {
				t.Fatalf("%s=%s: %v", name, s.in, err)
			}
			if got, origin := cfg.Values()[k], cfg.Origins[k]; got != s.want || origin != "env "+name {
				t.Errorf("%s=%s: %s = %q from %q, want %q from env %s", name, s.in, k, got, origin, s.want, name)
			}
		})
	}
}

// TestFlagDefaults checks that a flag that sets a configuration key shows
// the key's default, so that kg help and kg config agree.
func TestFlagDefaults(t *testing.T) {
	root := newRootCmd(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard})
	def := config.Default().Values()
	for k, kfs := range keyFlags(root) {
		for _, kf := range kfs {
			cmd := root
			if kf.cmd != root.Name() {
				cmd, _, _ = root.Find([]string{kf.cmd})
			}
			f := cmd.Flags().Lookup(kf.flag)
			if f == nil {
				f = cmd.PersistentFlags().Lookup(kf.flag)
			}
			if got := strings.Trim(f.DefValue, "[]"); got != def[k] {
				t.Errorf("kg %s --%s defaults to %q, but %s defaults to %q", kf.cmd, kf.flag, f.DefValue, k, def[k])
			}
		}
	}
}
