package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSourcesAndMembersShown builds the sentences and checks that
// reported facts keep their source chain in kg sources, kg path and one
// Gizmo query ("says who"), and that the members of an "including" list
// take part in the group's fact, below the group's confidence, and link to
// the group ("who else").
func TestSourcesAndMembersShown(t *testing.T) {
	dir := t.TempDir()
	text := "Kim Jong Bok in Russia\n\n" +
		"Kim Jong Bok visits Russia. " +
		"According to Japanese news agency Kyodo, citing Ukrainian intelligence sources, Kim Jong Bok has arrived in Vladivostok. " +
		"Ukrainian officials told Kyodo that North Korea had moved troops to Kursk. " +
		"North Korea attacked Kharkiv, the Russian Defence Ministry said. " +
		"Western intelligence agencies, including those from the United States, Poland and the Netherlands, have corroborated these findings.\n"
	db, file := buildText(t, dir, "kim.txt", text)

	for _, tt := range []struct{ a, b, want, why string }{
		{"Kim Jong Bok", "Vladivostok", `Kim Jong Bok -arrive_in-> Vladivostok  ("has arrived in", confidence 0.96, according to Kyodo, citing Ukrainian intelligence sources)`,
			"According to X, citing Y: the citing belongs to Kyodo"},
		{"North Korea", "Kharkiv", `North Korea -attack-> Kharkiv  ("attacked", confidence 0.94, according to Russian Defence Ministry)`,
			"..., X said"},
		{"Kyodo", "", `Kyodo -cite-> "Ukrainian intelligence sources"  ("citing", confidence 0.94)`,
			"the citation is a fact of its own"},
		{"Poland", "", `Poland -corroborate-> findings  ("have corroborated", confidence 0.77, object "these findings")`,
			"a member takes part in the group's fact, below its confidence (0.96)"},
		{"Poland", "", `Poland -member_of-> "Western intelligence agencies"  ("including", confidence 0.70)`,
			"a member links to its group"},
	} {
		args := []string{"sources", tt.a}
		if tt.b != "" {
			args = append(args, tt.b)
		}
		if out := mustKG(t, append(args, db...)...); !strings.Contains(out, tt.want) {
			t.Errorf("kg %s = %q, want a line %q (%s)", strings.Join(args, " "), out, tt.want, tt.why)
		}
	}
	out := mustKG(t, append([]string{"path", "Kim Jong Bok", "Vladivostok"}, db...)...)
	if want := "[" + file + ", has arrived in, according to Kyodo, citing Ukrainian intelligence sources]"; !strings.Contains(out, want) {
		t.Errorf("kg path = %q, want %q", out, want)
	}

	q := `g.V("North Korea").in("<kg:name>").in("<kg:subject>").tag("fact").out("<kg:predicate>").tag("relation").back("fact").saveOpt("<kg:citing>", "citing").out("<kg:attributedTo>").out("<kg:name>").all()`
	got := queryLines(t, db, q)
	want := []any{
		map[string]any{"citing": "<kg:e/Ukrainian_officials>", "fact": got0(got, "fact"), "id": "Kyodo", "relation": "<kg:r/move>"},
		map[string]any{"fact": field(got, 1, "fact"), "id": "Russian Defence Ministry", "relation": "<kg:r/attack>"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("says who: query %s mismatch (-want +got):\n%s", q, diff)
	}
	q = `g.V("Poland").in("<kg:name>").out("<kg:r/member_of>").tag("group").in("<kg:r/member_of>").out("<kg:name>").except(g.V("Poland")).all()`
	got = queryLines(t, db, q)
	want = []any{
		map[string]any{"group": "Western intelligence agencies", "id": "United States"},
		map[string]any{"group": "Western intelligence agencies", "id": "Netherlands"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("who else: query %s mismatch (-want +got):\n%s", q, diff)
	}
}

// buildText writes text to the file name in dir, builds dir into a new
// store and returns the store's flags and the file's path.
func buildText(t *testing.T, dir, name, text string) (db []string, file string) {
	t.Helper()
	file = filepath.Join(dir, name)
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db = tempDB(t)
	mustKG(t, append([]string{"build", dir}, db...)...)
	return db, file
}

// field returns the field of result i, nil when there is none.
func field(results []any, i int, name string) any {
	if i >= len(results) {
		return nil
	}
	return got0(results[i:], name)
}
