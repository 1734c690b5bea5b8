package main

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestUserErrors checks that each mistake a new user made gets a message
// that names the input and the problem.
func TestUserErrors(t *testing.T) {
	dir := t.TempDir()
	text := writeTemp(t, "a.txt", "NATO condemned Russia.\n")
	bolt := filepath.Join(dir, "bolt.db")
	mustKG(t, "build", "--quiet", "--db", bolt, text)
	yaml := filepath.Join(dir, "kg.yaml")
	if err := os.WriteFile(yaml, []byte("bakend: leveldb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
		why      string
	}{
		{"other backend", []string{"stats", "--backend", "leveldb", "--db", bolt}, exitError, "holds a bolt store; use --backend bolt",
			"a bolt store opened as leveldb is not reported missing"},
		{"other backend, build", []string{"build", "--backend", "leveldb", "--db", bolt, text}, exitError, "holds a bolt store",
			"a build does not put a leveldb store into a bolt store's directory"},
		{"postgres address", []string{"stats", "--backend", "postgres", "--db", "kg.db"}, exitError, `open postgres store at "kg.db": not a valid address: want a URL such as postgres://`,
			"a directory given as a postgres address is named, not passed to the driver"},
		{"unknown key", []string{"stats", "--config", yaml, "--db", bolt}, exitOK, `kg: warning: ` + yaml + `: unknown key "bakend" ignored`,
			"a misspelt key in kg.yaml is not silently ignored"},
		{"missing argument", []string{"neighbors", "--db", bolt}, exitError, "kg: neighbors: accepts 1 arg(s), received 0; usage: kg neighbors NAME",
			"an argument error names the command"},
		{"unknown flag", []string{"path", "--hops", "2", "a", "b"}, exitError, "kg: path: unknown flag: --hops",
			"a flag error names the command"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := kg(t, "", c.args...)
			if code != c.wantCode || !strings.Contains(errs, c.wantErr) {
				t.Errorf("kg %s = exit %d, stderr %q; want exit %d and %q (%s)", strings.Join(c.args, " "), code, errs, c.wantCode, c.wantErr, c.why)
			}
		})
	}
	if got := mustKG(t, "stats", "--db", bolt); !regexp.MustCompile(`(?m)^documents +1$`).MatchString(got) {
		t.Errorf("the bolt store after the refused opens:\n%s\nwant its one document", got)
	}
}

func TestBuildNothingLeavesNoStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	code, _, errs := kg(t, "", "build", "--db", db, filepath.Join(t.TempDir(), "nope.txt"))
	if code != exitNothing || !strings.Contains(errs, "nope.txt") {
		t.Errorf("kg build of a missing file = exit %d, stderr %q; want exit %d naming the file", code, errs, exitNothing)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("kg build that stored nothing left %s behind (stat: %v)", db, err)
	}

	// A store that was there before is kept, whatever the build.
	text := writeTemp(t, "a.txt", "NATO condemned Russia.\n")
	mustKG(t, "build", "--db", db, text)
	if code, _, _ := kg(t, "", "build", "--db", db, filepath.Join(t.TempDir(), "nope.txt")); code != exitNothing {
		t.Errorf("kg build of a missing file into a store = exit %d, want %d", code, exitNothing)
	}
	if got := mustKG(t, "stats", "--db", db); !regexp.MustCompile(`(?m)^documents +1$`).MatchString(got) {
		t.Errorf("the store after a build that added nothing:\n%s\nwant its one document", got)
	}
}

// TestBuildSummaryCountsStore checks that the build summary gives the
// quad count that kg stats gives, and says what its other count counts.
func TestBuildSummaryCountsStore(t *testing.T) {
	db := tempDB(t)
	a := writeTemp(t, "a.txt", "NATO condemned Russia. Russia attacked Ukraine.\n")
	b := writeTemp(t, "b.txt", "NATO supported Ukraine. Russia threatened NATO.\n")
	out := mustKG(t, append([]string{"build", a, b}, db...)...)
	m := regexp.MustCompile(`(?m)^store: (\d+) quads in all`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("build summary has no store total:\n%s", out)
	}
	stats := mustKG(t, append([]string{"stats"}, db...)...)
	if want := regexp.MustCompile(`(?m)^quads +` + m[1] + `$`); !want.MatchString(stats) {
		t.Errorf("build summary says the store holds %s quads; kg stats says:\n%s", m[1], stats)
	}
	if !regexp.MustCompile(`quads: \d+ in these documents`).MatchString(out) {
		t.Errorf("build summary does not say what its per-document quad count counts:\n%s", out)
	}
}
