package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPathCmdJSON(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"path", "Kim Jong Un", "russia", "--json"}, db...)...)
	var got struct {
		Paths [][]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output %q: %v", out, err)
	}
	want := [][]map[string]any{{
		{"from": "Kim Jong Un", "relation": "deploy", "to": "North Korean troops", "forward": true,
			"sentences": []any{"Kim Jong Un sent the troops."}},
		{"from": "North Korean troops", "relation": "oversee", "to": "Kim Jong Bok", "forward": false,
			"sentences": []any{"General Kim Jong Bok oversees the troops in Kursk."}},
		{"from": "Kim Jong Bok", "relation": "meet", "to": "Vladimir Putin", "forward": true,
			"sentences": []any{"Kim met Vladimir Putin, who leads Russia."}},
		{"from": "Vladimir Putin", "relation": "lead", "to": "Russia", "forward": true,
			"sentences": []any{"Kim met Vladimir Putin, who leads Russia."}},
	}}
	if diff := cmp.Diff(want, got.Paths); diff != "" {
		t.Errorf("kg path --json mismatch (-want +got):\n%s", diff)
	}
	out = mustKG(t, append([]string{"path", "Kim Jong Un", "russia", "--max-hops", "3", "--json"}, db...)...)
	if strings.TrimSpace(out) != "{\n  \"paths\": []\n}" {
		t.Errorf("no path within 3 hops printed %q, want an empty list", out)
	}
}

func TestPathCmdText(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"path", "Kursk", "Kim Jong Un", "-k", "2"}, db...)...)
	want := `path 1 (2 hops): Kursk <-locate_in- North Korean troops <-deploy- Kim Jong Un
  Kursk <-locate_in- North Korean troops
      "General Kim Jong Bok oversees the troops in Kursk."  [news.txt, in]
  North Korean troops <-deploy- Kim Jong Un
      "Kim Jong Un sent the troops."  [news.txt, sent]
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg path mismatch (-want +got):\n%s", diff)
	}
}

func TestPathRejectsZeroBounds(t *testing.T) {
	for _, args := range [][]string{{"--max-hops", "0"}, {"-k", "0"}, {"--max-hops", "-2"}} {
		code, _, errs := kg(t, "", append([]string{"path", "A", "B"}, args...)...)
		if code != exitError || !strings.Contains(errs, "at least 1") {
			t.Errorf("kg path %v: exit %d, stderr %q; want exit 1 naming the bound", args, code, errs)
		}
	}
}
