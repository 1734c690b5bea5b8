// Package golden compares test output with golden files kept in testdata,
// and rewrites them when tests run with -update:
//
//	go test ./extract -update
//
// Review changes to golden files as changes in behaviour. The package is
// meant for tests only.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update is the -update flag of every test binary that imports golden, as
// in go/printer's tests.
var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// Check compares got with the content of the golden file at path. With
// -update it writes got to path instead, creating its directory. A
// mismatch is reported as a diff of lines (-want +got).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("update golden file: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}
