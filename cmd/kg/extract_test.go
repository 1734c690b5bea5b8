package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestExtractFormats checks that --format json uses lower-case keys like
// every other --json, and that --format tsv starts with a header line.
func TestExtractFormats(t *testing.T) {
	const text = "Kim Jong Bok oversees North Korean troops in Kursk.\n"
	code, out, errs := kg(t, text, "extract", "--format", "json", "-")
	if code != exitOK {
		t.Fatalf("kg extract --format json: exit %d, %s", code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("kg extract --format json printed %q: %v", out, err)
	}
	var keys []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				keys = append(keys, k)
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
	for _, k := range keys {
		if k != strings.ToLower(k) {
			t.Errorf("kg extract --format json has the key %q; want lower case like kg's other JSON", k)
		}
	}
	facts, _ := doc["facts"].([]any)
	if len(facts) == 0 {
		t.Fatalf("kg extract --format json has no facts:\n%s", out)
	}
	var subjects []any
	for _, f := range facts {
		subjects = append(subjects, f.(map[string]any)["subject_entity"])
	}
	if !slices.Contains(subjects, "Kim Jong Bok") {
		t.Errorf("kg extract --format json: subject_entity of the facts = %v, want Kim Jong Bok among them", subjects)
	}

	code, out, errs = kg(t, text, "extract", "--format", "tsv", "-")
	if code != exitOK {
		t.Fatalf("kg extract --format tsv: exit %d, %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if want := "sentence\tconfidence\tsubject\trelation\tobject\textra"; lines[0] != want || len(lines) < 2 {
		t.Errorf("kg extract --format tsv printed\n%s\nwant the header %q and then the extractions", out, want)
	}
}
