package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAmountsShown builds the sentence, whose object resolves to an
// actor, and checks that the object's words and its amount reach kg
// sources, kg path and one Gizmo query ("how many soldiers did North Korea
// send?").
func TestAmountsShown(t *testing.T) {
	dir := t.TempDir()
	text := "North Korean troops in Kursk\n\nNorth Korean troops are fighting in Kursk. " +
		"North Korea has dispatched approximately 3,000 soldiers to Russia.\n"
	if err := os.WriteFile(filepath.Join(dir, "nk.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := tempDB(t)
	mustKG(t, append([]string{"build", dir}, db...)...)

	const shown = `object "approximately 3,000 soldiers", amount approximately 3000 soldiers`
	out := mustKG(t, append([]string{"sources", "North Korea", "North Korean troops"}, db...)...)
	if want := `North Korea -dispatch-> North Korean troops  ("has dispatched", confidence 0.69, ` + shown + ")"; !strings.Contains(out, want) {
		t.Errorf("kg sources = %q, want a line %q", out, want)
	}
	out = mustKG(t, append([]string{"path", "North Korea", "North Korean troops"}, db...)...)
	if want := "[" + filepath.Join(dir, "nk.txt") + ", has dispatched, " + shown + "]"; !strings.Contains(out, want) {
		t.Errorf("kg path = %q, want %q", out, want)
	}

	q := `g.V("North Korea").in("<kg:name>").in("<kg:subject>").has("<kg:object>", "<kg:e/North_Korean_troops>").out("<kg:quantity>").has("<kg:unit>", "soldiers").tag("quantity").out("<kg:amount>").tag("amount").back("quantity").out("<kg:qualifier>").all()`
	got := queryLines(t, db, q)
	want := []any{map[string]any{"amount": float64(3000), "id": "approximately", "quantity": got0(got, "quantity")}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("how many soldiers: query %s mismatch (-want +got):\n%s", q, diff)
	}
}

// got0 returns the field of the first result, nil when there is none, so
// that a test can compare results whose node IRIs are hashes.
func got0(results []any, field string) any {
	if len(results) == 0 {
		return nil
	}
	m, _ := results[0].(map[string]any)
	return m[field]
}
