package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStatsCmd(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"stats", "--json"}, db...)...)
	var got struct {
		Documents, Sentences, Facts int
		Entities                    map[string]int
		Relations                   []struct {
			Relation string
			Count    int
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output %q: %v", out, err)
	}
	if got.Documents != 1 || got.Sentences != 3 || got.Facts != 5 {
		t.Errorf("documents, sentences, facts = %d, %d, %d; want 1, 3, 5", got.Documents, got.Sentences, got.Facts)
	}
	if diff := cmp.Diff(map[string]int{"Person": 3, "Group": 1, "GPE": 2}, got.Entities); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}
	if len(got.Relations) != 5 {
		t.Errorf("relations = %v, want 5 with one quad each", got.Relations)
	}
	text := mustKG(t, append([]string{"stats"}, db...)...)
	rows := make(map[string]string)
	for _, line := range strings.Split(text, "\n") {
		if f := strings.Fields(line); len(f) == 2 {
			rows[f[0]] = f[1]
		}
	}
	for name, want := range map[string]string{"documents": "1", "Person": "3", "oversee": "1", "entities": "6"} {
		if rows[name] != want {
			t.Errorf("kg stats row %s = %q, want %q:\n%s", name, rows[name], want, text)
		}
	}

	// --relations keeps the text short on a real store and says what it left out.
	short := mustKG(t, append([]string{"stats", "--relations", "2"}, db...)...)
	listed := 0
	for _, r := range got.Relations {
		if strings.Contains(short, "  "+r.Relation+" ") {
			listed++
		}
	}
	if listed != 2 || !strings.Contains(short, "(3 more: --relations 0 lists all)") {
		t.Errorf("kg stats --relations 2 lists %d of the 5 relations, want 2 and a line for the 3 more:\n%s", listed, short)
	}
	if code, _, errs := kg(t, "", append([]string{"stats", "--relations", "-1"}, db...)...); code == 0 || !strings.Contains(errs, "--relations -1") {
		t.Errorf("kg stats --relations -1: exit %d, stderr %q; want a failure naming the flag", code, errs)
	}
}
