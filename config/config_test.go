package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/config"
)

func flags(args ...string) *pflag.FlagSet {
	fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
	fs.String("backend", "bolt", "")
	fs.String("db", "kg.db", "")
	fs.Duration("timeout", 30*time.Second, "")
	config.SetsKey(fs.Lookup("backend"), "store.backend")
	config.SetsKey(fs.Lookup("db"), "store.address")
	config.SetsKey(fs.Lookup("timeout"), "query.timeout")
	if err := fs.Parse(args); err != nil {
		panic(err)
	}
	return fs
}

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "kg.yaml")
	if err := os.WriteFile(file, []byte("store:\n  backend: leveldb\n  address: from-file\nquery:\n  timeout: 5s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name        string
		why         string
		env         map[string]string
		args        []string
		wantAddr    string
		wantBackend string
		wantOrigin  string
	}{
		{"file", "the file beats defaults", nil, nil, "from-file", "leveldb", "file " + file},
		{"env", "KG_* beats the file", map[string]string{"KG_STORE_ADDRESS": "from-env"}, nil, "from-env", "leveldb", "env KG_STORE_ADDRESS"},
		{"flag", "a set flag beats env and file", map[string]string{"KG_STORE_ADDRESS": "from-env"}, []string{"--db", "from-flag"}, "from-flag", "leveldb", "flag --db"},
		{"unset flag", "a flag left at its default does not override", nil, []string{"--timeout", "1s"}, "from-file", "leveldb", "file " + file},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			got, err := config.Load(file, flags(c.args...))
			if err != nil {
				t.Fatal(err)
			}
			if got.Store.Address != c.wantAddr || got.Store.Backend != c.wantBackend {
				t.Errorf("store = %+v, want address %q backend %q (%s)", got.Store, c.wantAddr, c.wantBackend, c.why)
			}
			if o := got.Origins["store.address"]; o != c.wantOrigin {
				t.Errorf("origin of store.address = %q, want %q", o, c.wantOrigin)
			}
		})
	}
}

func TestDefaults(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("HOME", t.TempDir())
	got, err := config.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Store.Backend != "bolt" || got.Store.Address != "kg.db" || got.Query.Timeout != 30*time.Second {
		t.Errorf("Load with nothing set = %+v, want the defaults", got)
	}
	if d := config.Default(); d.Store != got.Store || d.Query != got.Query {
		t.Errorf("Default() = %+v, Load = %+v", d, got)
	}
}

func TestMemstoreGetsEmptyAddress(t *testing.T) {
	t.Chdir(t.TempDir())
	got, err := config.Load("", flags("--backend", "memstore"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Store.Address != "" {
		t.Errorf("memstore address = %q, want empty", got.Store.Address)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("store: [unclosed"), 0o644)
	badTimeout := filepath.Join(dir, "timeout.yaml")
	os.WriteFile(badTimeout, []byte("query:\n  timeout: soon\n"), 0o644)
	cases := []struct {
		name, path, why string
	}{
		{"missing file", filepath.Join(dir, "nope.yaml"), "a named file that does not exist is an error"},
		{"bad yaml", bad, "a file that does not parse is an error"},
		{"bad duration", badTimeout, "a value of the wrong kind is an error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := config.Load(c.path, nil); err == nil {
				t.Errorf("Load(%q) = nil error; %s", c.path, c.why)
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte("store:\n  backend: bolt\n  address: x\n"))
	f.Add([]byte("query:\n  timeout: 1s\n  limit: -1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file := filepath.Join(t.TempDir(), "kg.yaml")
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := config.Load(file, nil)
		if err == nil {
			if verr := c.Validate(); verr != nil {
				t.Errorf("Load accepted a config that Validate rejects: %v", verr)
			}
		}
	})
}

func TestFindsKGYAMLNotBinary(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("HOME", t.TempDir())
	// A binary named kg beside the config must not be read as one.
	os.WriteFile(filepath.Join(dir, "kg"), []byte("\x7fELF\x00\x01"), 0o755)
	if _, err := config.Load("", nil); err != nil {
		t.Fatalf("Load with a kg binary in the directory: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "kg.yaml"), []byte("store:\n  address: here.db\n"), 0o644)
	c, err := config.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Address != "here.db" || c.File != "kg.yaml" {
		t.Errorf("Load found file %q with address %q, want kg.yaml and here.db", c.File, c.Store.Address)
	}
}

func TestUnknownKeysWarn(t *testing.T) {
	file := filepath.Join(t.TempDir(), "kg.yaml")
	if err := os.WriteFile(file, []byte("bakend: leveldb\nstore:\n  address: x.db\n  adress: y.db\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := config.Load(file, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Warnings) != 2 || !strings.Contains(got.Warnings[0], file+`: unknown key "bakend" ignored`) ||
		!strings.Contains(got.Warnings[1], `unknown key "store.adress"`) || !strings.Contains(got.Warnings[0], "store.backend") {
		t.Errorf("Load of a file with two misspelt keys: Warnings = %q, want one per key, naming the file and the keys kg knows", got.Warnings)
	}
	if got.Store.Address != "x.db" {
		t.Errorf("store.address = %q, want the known key's value x.db", got.Store.Address)
	}
}

// TestFlagUnknownKey checks that a flag bound to a key kg does not know is
// an error rather than a flag that silently sets nothing.
func TestFlagUnknownKey(t *testing.T) {
	fs := pflag.NewFlagSet("kg", pflag.ContinueOnError)
	fs.String("bakend", "", "")
	config.SetsKey(fs.Lookup("bakend"), "store.bakend")
	_, err := config.Load(filepath.Join(t.TempDir(), "none.yaml"), fs)
	if err == nil || !strings.Contains(err.Error(), `flag --bakend sets unknown configuration key "store.bakend"`) {
		t.Errorf("Load with a flag bound to store.bakend = %v, want an error naming the flag and the key", err)
	}
}
