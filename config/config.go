// Package config loads kg's configuration from flags, KG_* environment
// variables, a kg.yaml file and defaults, in that order of precedence, and
// remembers where each value came from. It is the only package that
// imports viper; everything else receives a plain [Config].
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is kg's effective configuration.
type Config struct {
	Store  Store
	Query  Query
	Build  Build
	Entity Entity
	Serve  Serve

	// File is the configuration file that was read, or "" when none was.
	File string
	// Warnings lists what in the file was ignored, such as a key kg does
	// not know ("bakend"), one message a line, naming the file.
	Warnings []string
	// Origins maps each key (such as "store.backend") to where its value
	// came from: "default", "file kg.yaml", "env KG_STORE_BACKEND" or
	// "flag --backend".
	Origins map[string]string
}

// Store says which graph store to open.
type Store struct {
	// Backend is bolt, leveldb, memstore or postgres.
	Backend string
	// Address is a directory for bolt and leveldb, "" for memstore and a
	// postgres:// URL for postgres.
	Address string
}

// Query bounds Gizmo queries.
type Query struct {
	// Timeout stops a query that runs longer.
	Timeout time.Duration
	// Limit caps the number of results; 0 means no limit.
	Limit int
	// MaxMemory is how many bytes the heap may grow by while a query
	// runs before the query is stopped.
	MaxMemory int64
}

// Build tunes kg build.
type Build struct {
	// Workers is the number of extraction goroutines; 0 means one per CPU.
	Workers int
}

// Entity tunes entity resolution.
type Entity struct {
	// Aliases is the path of an alias file that forces or forbids merges,
	// or "" for none.
	Aliases string
}

// Serve configures kg serve.
type Serve struct {
	// Addr is the address to listen on.
	Addr string
	// WriteToken, when set, enables POST /api/build for requests that
	// carry it as a bearer token.
	WriteToken string
	// CORSOrigins lists the origins allowed to call the API from a browser;
	// empty means no CORS headers.
	CORSOrigins []string
	// MaxResults caps the results of one HTTP query.
	MaxResults int
	// AllowedHosts lists the names, besides IP addresses and localhost,
	// that requests may give in their Host header; "*" allows any.
	AllowedHosts []string
}

// key describes one configuration key and its default.
type key struct {
	name string
	def  any
}

var keys = []key{
	{"store.backend", "bolt"},
	{"store.address", "kg.db"},
	{"query.timeout", "30s"},
	{"query.limit", 0},
	{"query.max_memory", "256MB"},
	{"build.workers", 0},
	{"entity.aliases", ""},
	{"serve.addr", "127.0.0.1:7878"},
	{"serve.write_token", ""},
	{"serve.cors_origins", []string{}},
	{"serve.max_results", 10000},
	{"serve.allowed_hosts", []string{}},
}

// keyAnnotation is the pflag annotation that [SetsKey] puts on a flag.
const keyAnnotation = "kg-config-key"

// SetsKey marks f as a flag that sets the configuration key (such as
// "store.backend"): [Load] takes the key's value from f when the user set
// f. It returns f.
func SetsKey(f *pflag.Flag, key string) *pflag.Flag {
	if f.Annotations == nil {
		f.Annotations = make(map[string][]string)
	}
	f.Annotations[keyAnnotation] = []string{key}
	return f
}

// KeyOf returns the configuration key that f sets (see [SetsKey]), or ""
// when it sets none.
func KeyOf(f *pflag.Flag) string {
	if k := f.Annotations[keyAnnotation]; len(k) == 1 {
		return k[0]
	}
	return ""
}

// Keys returns the configuration keys in a stable order.
func Keys() []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.name
	}
	return out
}

// Default returns the configuration used when nothing else is set.
func Default() Config {
	v := newViper()
	origins := make(map[string]string, len(keys))
	for _, k := range keys {
		origins[k.name] = "default"
	}
	c, err := fromViper(v, origins)
	if err != nil {
		panic(err) // defaults are constants; a failure is a bug in this file
	}
	return c
}

func newViper() *viper.Viper {
	v := viper.New()
	for _, k := range keys {
		v.SetDefault(k.name, k.def)
	}
	return v
}

// Load returns the configuration from, in order of precedence, the flags
// in flags that the user set and that [SetsKey] bound to a key, KG_*
// environment variables (KG_STORE_BACKEND for store.backend), the YAML file
// at path (or, when path is "", kg.yaml in the working directory or in
// $HOME/.config/kg), and defaults. flags may be nil. Load fails when a flag
// is bound to a key kg does not know, when the file cannot be read or
// parsed, or when a value does not validate.
func Load(path string, flags *pflag.FlagSet) (Config, error) {
	set, err := setFlags(flags)
	if err != nil {
		return Config{}, err
	}
	v := newViper()
	v.SetEnvPrefix("KG")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	for _, k := range keys {
		if err := v.BindEnv(k.name); err != nil {
			return Config{}, err
		}
	}
	if path == "" {
		path = findFile()
	}
	if path != "" {
		v.SetConfigFile(path)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("read config %s: %w", path, err)
		}
	}
	origins := make(map[string]string, len(keys))
	for _, k := range keys {
		origins[k.name] = "default"
		if v.InConfig(k.name) {
			origins[k.name] = "file " + v.ConfigFileUsed()
		}
		env := "KG_" + strings.ToUpper(strings.ReplaceAll(k.name, ".", "_"))
		if _, ok := os.LookupEnv(env); ok {
			origins[k.name] = "env " + env
		}
		if f := set[k.name]; f != nil {
			if err := v.BindPFlag(k.name, f); err != nil {
				return Config{}, err
			}
			origins[k.name] = "flag --" + f.Name
		}
	}
	c, err := fromViper(v, origins)
	if err != nil {
		return Config{}, err
	}
	c.Warnings = unknownKeys(v)
	return c, nil
}

// setFlags returns the flags of flags that the user set and that set a
// configuration key (see [SetsKey]), by key. flags may be nil. It fails
// when a flag names a key kg does not know.
func setFlags(flags *pflag.FlagSet) (map[string]*pflag.Flag, error) {
	set := make(map[string]*pflag.Flag)
	if flags == nil {
		return set, nil
	}
	var err error
	flags.VisitAll(func(f *pflag.Flag) {
		k := KeyOf(f)
		switch {
		case k == "":
		case !slices.Contains(Keys(), k):
			err = fmt.Errorf("flag --%s sets unknown configuration key %q", f.Name, k)
		case f.Changed:
			set[k] = f
		}
	})
	return set, err
}

// unknownKeys returns a warning for each key of v's file that is not one of
// kg's, in order.
func unknownKeys(v *viper.Viper) []string {
	known := make(map[string]bool, len(keys))
	for _, k := range keys {
		known[k.name] = true
	}
	all := v.AllKeys() // the file's keys, the defaults and the bound env
	slices.Sort(all)
	var out []string
	for _, k := range all {
		if !known[k] {
			out = append(out, fmt.Sprintf("%s: unknown key %q ignored; the keys are %s", v.ConfigFileUsed(), k, strings.Join(Keys(), ", ")))
		}
	}
	return out
}

// fromViper copies v's values into a Config and validates it.
func fromViper(v *viper.Viper, origins map[string]string) (Config, error) {
	timeout, err := parseDuration(v.GetString("query.timeout"))
	if err != nil {
		return Config{}, fmt.Errorf("query.timeout (%s): %w", origins["query.timeout"], err)
	}
	c := Config{
		Store:   Store{Backend: v.GetString("store.backend"), Address: v.GetString("store.address")},
		Query:   Query{Timeout: timeout, Limit: v.GetInt("query.limit"), MaxMemory: int64(v.GetSizeInBytes("query.max_memory"))},
		Build:   Build{Workers: v.GetInt("build.workers")},
		Entity:  Entity{Aliases: v.GetString("entity.aliases")},
		Serve:   Serve{Addr: v.GetString("serve.addr"), WriteToken: v.GetString("serve.write_token"), CORSOrigins: v.GetStringSlice("serve.cors_origins"), MaxResults: v.GetInt("serve.max_results"), AllowedHosts: v.GetStringSlice("serve.allowed_hosts")},
		File:    v.ConfigFileUsed(),
		Origins: origins,
	}
	// A memstore lives in memory: the default bolt directory means nothing
	// to it, so it gets the empty address it needs.
	if c.Store.Backend == "memstore" && origins["store.address"] == "default" {
		c.Store.Address = ""
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

func parseDuration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration such as 30s or 2m", s)
	}
	return d, nil
}

// Validate reports the first value that kg cannot use, naming its key and
// where it came from.
func (c Config) Validate() error {
	origin := func(k string) string {
		if o := c.Origins[k]; o != "" {
			return " (" + o + ")"
		}
		return ""
	}
	switch {
	case c.Store.Backend == "":
		return fmt.Errorf("store.backend%s is empty", origin("store.backend"))
	case c.Query.Timeout <= 0:
		return fmt.Errorf("query.timeout%s is %v; it must be positive", origin("query.timeout"), c.Query.Timeout)
	case c.Query.MaxMemory <= 0:
		return fmt.Errorf("query.max_memory%s is not a positive size such as 256MB, 1GB or 65536 (whole numbers of bytes, KB, MB or GB)", origin("query.max_memory"))
	case c.Query.Limit < 0:
		return fmt.Errorf("query.limit%s is %d; it must be 0 (no limit) or more", origin("query.limit"), c.Query.Limit)
	case c.Build.Workers < 0:
		return fmt.Errorf("build.workers%s is %d; it must be 0 (one per CPU) or more", origin("build.workers"), c.Build.Workers)
	case c.Serve.MaxResults <= 0:
		return fmt.Errorf("serve.max_results%s is %d; it must be positive", origin("serve.max_results"), c.Serve.MaxResults)
	}
	return nil
}

// Values returns every key with its effective value as text, sorted by key,
// with secrets masked.
func (c Config) Values() map[string]string {
	token := ""
	if c.Serve.WriteToken != "" {
		token = "(set)"
	}
	m := map[string]string{
		"store.backend":       c.Store.Backend,
		"store.address":       c.Store.Address,
		"query.timeout":       c.Query.Timeout.String(),
		"query.limit":         fmt.Sprint(c.Query.Limit),
		"query.max_memory":    sizeString(c.Query.MaxMemory),
		"build.workers":       fmt.Sprint(c.Build.Workers),
		"entity.aliases":      c.Entity.Aliases,
		"serve.addr":          c.Serve.Addr,
		"serve.write_token":   token,
		"serve.cors_origins":  strings.Join(c.Serve.CORSOrigins, ","),
		"serve.max_results":   fmt.Sprint(c.Serve.MaxResults),
		"serve.allowed_hosts": strings.Join(c.Serve.AllowedHosts, ","),
	}
	return m
}

// sizeString writes n bytes as config files do: "256MB" when it is a whole
// number of MB.
func sizeString(n int64) string {
	switch {
	case n%(1<<30) == 0 && n > 0:
		return fmt.Sprintf("%dGB", n>>30)
	case n%(1<<20) == 0 && n > 0:
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprint(n)
}

// findFile returns the first of kg.yaml and kg.yml in the working
// directory, then in $HOME/.config/kg, or "" when there is none. (Viper's
// own search also matches a file named plain "kg", such as the binary.)
func findFile() string {
	dirs := []string{"."}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".config", "kg"))
	}
	for _, d := range dirs {
		for _, name := range []string{"kg.yaml", "kg.yml"} {
			p := filepath.Join(d, name)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
				return p
			}
		}
	}
	return ""
}
