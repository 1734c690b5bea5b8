package server_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrowserAmounts clicks the edge of a fact whose object resolved to an
// actor and checks that the edge panel shows the object's own words and
// its amount: "North Korea has dispatched approximately 3,000 soldiers"
// gives North Korea -dispatch-> North Korean troops.
func TestBrowserAmounts(t *testing.T) {
	ctx := browser(t)
	file := filepath.Join(t.TempDir(), "nk.txt")
	text := "North Korean troops in Kursk\n\nNorth Korean troops are fighting in Kursk. " +
		"North Korea has dispatched approximately 3,000 soldiers to Russia.\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	openExplorer(t, ctx, storeOf(t, file), 1400, 900)
	clickEdge(t, ctx, "North Korea", "dispatch", "North Korean troops")
	waitFor(t, ctx, "the edge's sources", `document.querySelectorAll("#details .fact .amount").length > 0`)
	if got := eval[string](t, ctx, `document.querySelector("#details .fact .amount").textContent`); got != "approximately 3000 soldiers" {
		t.Errorf("amount shown = %q, want %q", got, "approximately 3000 soldiers")
	}
	if got := eval[string](t, ctx, `document.querySelector("#details .fact").textContent`); !strings.Contains(got, "object “approximately 3,000 soldiers”") {
		t.Errorf("fact shown = %q, want the object's words “approximately 3,000 soldiers”", got)
	}
}
