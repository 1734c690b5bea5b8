package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
)

func TestExportImportCmd(t *testing.T) {
	db := exploreDB(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "first.nq")
	mustKG(t, append([]string{"export", "--format", "nquads", "-o", first}, db...)...)
	fresh := []string{"--db", filepath.Join(dir, "fresh.db")}
	out := mustKG(t, append([]string{"import", first}, fresh...)...)
	firstBytes, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	n := bytes.Count(firstBytes, []byte("\n"))
	if want := fmt.Sprintf("imported %s: %d quads read, %d added, 0 already stored or repeated\n", first, n, n); out != want {
		t.Errorf("kg import printed %q, want %q", out, want)
	}
	second := mustKG(t, append([]string{"export"}, fresh...)...)
	if diff := cmp.Diff(string(firstBytes), second); diff != "" {
		t.Errorf("export → import → export changed the quads (-first +second):\n%s", diff)
	}
	// The imported store answers exploration questions.
	if out := mustKG(t, append([]string{"path", "Kim Jong Un", "Kursk"}, fresh...)...); !strings.Contains(out, "path 1 (2 hops)") {
		t.Errorf("kg path on the imported store = %q", out)
	}
}

func TestExportCmdFormats(t *testing.T) {
	db := exploreDB(t)
	dir := t.TempDir()
	cases := []struct {
		format string
		want   string // a line or fragment the file must hold
	}{
		{"nquads", `<kg:e/Kim_Jong_Bok> <kg:r/oversee> <kg:e/North_Korean_troops>`},
		{"jsonld", `"@id":"kg:e/Kim_Jong_Bok"`},
		{"graphml", `<data key="name">Kim Jong Bok</data><data key="type">Person</data>`},
		{"gexf", `label="Kim Jong Bok"><attvalues><attvalue for="type" value="Person"/>`},
		{"dot", `"kg:e/Kim_Jong_Bok" -> "kg:e/North_Korean_troops" [label="oversee"`},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			path := filepath.Join(dir, "kg."+c.format)
			_, _, errs := kg(t, "", append([]string{"export", "--format", c.format, "-o", path}, db...)...)
			if !strings.Contains(errs, "wrote "+path) {
				t.Errorf("stderr %q does not report the file written", errs)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(b, []byte(c.want)) {
				t.Errorf("%s export lacks %q:\n%.600s", c.format, c.want, b)
			}
		})
	}
}

func TestExportCmdCSV(t *testing.T) {
	db := exploreDB(t)
	dir := t.TempDir()
	cases := []struct {
		out        string
		nodes, rel string
		why        string
	}{
		{dir + "/neo4j/", dir + "/neo4j/" + graph.CSVNodes, dir + "/neo4j/" + graph.CSVRelationships, "a path ending in / is a directory, created"},
		{dir, dir + "/" + graph.CSVNodes, dir + "/" + graph.CSVRelationships, "an existing directory"},
		{dir + "/kg", dir + "/kg-" + graph.CSVNodes, dir + "/kg-" + graph.CSVRelationships, "anything else is a prefix"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			mustKG(t, append([]string{"export", "--format", "csv", "-o", c.out, "--actor", "Kim", "--depth", "1"}, db...)...)
			nodes, err := os.ReadFile(c.nodes)
			if err != nil {
				t.Fatal(err)
			}
			wantNodes := "id:ID,name,:LABEL\nkg:e/Kim_Jong_Bok,Kim Jong Bok,Person\n" +
				"kg:e/North_Korean_troops,North Korean troops,Group\nkg:e/Vladimir_Putin,Vladimir Putin,Person\n"
			if diff := cmp.Diff(wantNodes, string(nodes)); diff != "" {
				t.Errorf("nodes.csv mismatch (-want +got):\n%s", diff)
			}
			rels, err := os.ReadFile(c.rel)
			if err != nil {
				t.Fatal(err)
			}
			wantRels := ":START_ID,:END_ID,:TYPE,sentence,confidence\n" +
				"kg:e/Kim_Jong_Bok,kg:e/North_Korean_troops,OVERSEE,General Kim Jong Bok oversees the troops in Kursk.,0.8\n" +
				"kg:e/Kim_Jong_Bok,kg:e/Vladimir_Putin,MEET,\"Kim met Vladimir Putin, who leads Russia.\",0.8\n"
			if diff := cmp.Diff(wantRels, string(rels)); diff != "" {
				t.Errorf("relationships.csv mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if code, _, errs := kg(t, "", append([]string{"export", "--format", "csv"}, db...)...); code != exitError || !strings.Contains(errs, "-o") {
		t.Errorf("csv without -o: exit %d, stderr %q; want an error asking for -o", code, errs)
	}
	if code, _, _ := kg(t, "", append([]string{"export", "--format", "xlsx"}, db...)...); code != exitError {
		t.Errorf("--format xlsx: exit %d, want %d", code, exitError)
	}
}

// TestExportBackgroundCmd checks kg export --background: the gazetteer's
// Kyiv —capital_of→ Ukraine, which no sentence states, is an edge of the
// actor graph only with it, while N-Quads hold the background fact
// either way.
func TestExportBackgroundCmd(t *testing.T) {
	db := tempDB(t)
	if code, _, errs := kg(t, "Talks opened in Kyiv on Monday. Ukraine sent a delegation to the talks.", append([]string{"build", "-"}, db...)...); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	const edge = `"kg:e/Kyiv" -> "kg:e/Ukraine" [label="capital_of", weight=0, style=dashed];`
	if out := mustKG(t, append([]string{"export", "--format", "dot"}, db...)...); strings.Contains(out, "capital_of") {
		t.Errorf("kg export --format dot holds capital_of without --background:\n%s", out)
	}
	if out := mustKG(t, append([]string{"export", "--format", "dot", "--background"}, db...)...); !strings.Contains(out, edge) {
		t.Errorf("kg export --format dot --background lacks %s:\n%s", edge, out)
	}
	for _, args := range [][]string{{"export"}, {"export", "--background"}} {
		if out := mustKG(t, append(args, db...)...); !strings.Contains(out, "<kg:background>") {
			t.Errorf("kg %s lacks the background fact's quads", strings.Join(args, " "))
		}
	}
	if out := mustKG(t, "export", "--help"); !strings.Contains(out, "nquads and jsonld write every\nquad, background facts included") {
		t.Errorf("kg export --help does not say what nquads does with background facts:\n%s", out)
	}
}
