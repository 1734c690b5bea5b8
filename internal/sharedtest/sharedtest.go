// Package sharedtest finds what tests need from outside the module: the
// read-only ../shared folder beside the project (the seed article, CaRB's dev
// split) and external programs (rapper, xmllint, dot, chromium, qpdf,
// PostgreSQL).
//
// When something is missing, a test skips with a message saying what and
// where. With KG_STRICT=1 in the environment, as .ci/run sets it, the test
// fails instead, so CI cannot pass by skipping.
package sharedtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// StrictEnv is the environment variable that turns skips into failures.
const StrictEnv = "KG_STRICT"

// Strict reports whether missing material fails tests instead of skipping
// them.
func Strict() bool { return os.Getenv(StrictEnv) == "1" }

// Missing skips t, or fails it when [Strict], with the given reason.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if Strict() {
		t.Fatalf("%s=1 and "+format, append([]any{StrictEnv}, args...)...)
	}
	t.Skipf(format, args...)
}

// Root returns the module's root directory: the nearest ancestor of the
// test's working directory that holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// Path returns the path of rel inside the shared folder (../shared from the
// module root, or $KG_SHARED), skipping the test when it does not exist.
func Path(t testing.TB, rel string) string {
	t.Helper()
	dir := os.Getenv("KG_SHARED")
	if dir == "" {
		dir = filepath.Join(Root(t), "..", "shared")
	}
	p := filepath.Join(dir, rel)
	if _, err := os.Stat(p); err != nil {
		Missing(t, "shared material %s is absent (%v): put the shared folder beside the project or set KG_SHARED", rel, err)
	}
	return p
}

// Tool returns the path of the program name, skipping the test when it is
// not installed.
func Tool(t testing.TB, name, debianPackage string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, "%s is not installed (apt-get install %s)", name, debianPackage)
	}
	return p
}
