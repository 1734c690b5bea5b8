package extract_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// readDevSentences returns the lines of CaRB's dev sentences, skipping the
// test when the shared folder is absent.
func readDevSentences(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(sharedtest.Path(tb, "carb/dev/sentences.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			out = append(out, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}
