package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/golden"
)

// TestBuildAcrossDocuments builds small stores of several documents and
// compares their people and organisations (name, type, aliases, as kg
// actors lists them) with testdata/crossdoc/NAME.golden (go test
// ./cmd/kg -run TestBuildAcrossDocuments -update rewrites them). Each
// document is built in a run of its own when incremental is set, else all
// in one run, in order.
func TestBuildAcrossDocuments(t *testing.T) {
	cases := []struct {
		name        string
		docs        []string
		incremental bool
		why         string
	}{
		{"surname-clash", []string{
			"Kenneth Clarke met Gordon Brown in London. Clarke said the talks went well.",
			"Charles Clarke visited Tony Blair in Leeds. Clarke said the visit was useful.",
			"Mr Clarke said the economy was strong.",
		}, false, "two Clarkes stay apart, each with its own Clarke; a bare Mr Clarke is neither"},
		{"short-then-full", []string{
			"Mr Osborne said taxes would fall.",
			"George Osborne, the chancellor, said the budget was fair.",
			"Osborne said on Tuesday that the deficit would shrink.",
		}, true, "the stored Osborne becomes George Osborne when a later build names him in full; a still later Osborne joins him"},
		{"short-then-full-one-run", []string{
			"Mr Osborne said taxes would fall.",
			"George Osborne, the chancellor, said the budget was fair.",
			"Osborne said on Tuesday that the deficit would shrink.",
		}, false, "the same inside one build, where the documents share a transaction"},
		{"full-then-short", []string{
			"George Osborne, the chancellor, said the budget was fair.",
			"Mr Osborne said taxes would fall.",
		}, true, "a surname in a later build joins the full name stored"},
		{"initials", []string{
			"Defence Minister Mart Tamm met NATO officials in Tallinn.",
			"Mart K. Tamm, the defence minister, said the talks had failed.",
			"Mart Tamm flew to Riga on Friday.",
		}, true, "a full name with an initial is the longer name of the plain one, in either order"},
		{"mr-mrs", []string{
			"Michael Howard attacked the government on Monday.",
			"Mrs Howard opened the fete in Folkestone.",
			"Mr Howard said the party would win.",
		}, true, "Mrs Howard is not Michael Howard; Mr Howard is"},
		{"parties", []string{
			"The Tories won the vote in Kent.",
			"The Conservative Party held its conference in Bournemouth.",
			"The Lib Dems gained seats in Devon.",
			"The Liberal Democrats thanked their voters.",
		}, false, "party variants are one node each"},
		{"church", []string{
			"The Church of Scientology sued the newspaper.",
			"Scientology opened a centre in Leeds.",
		}, true, `the organisations "Church of X" and "X" are one, named X`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := tempDB(t)
			dir := t.TempDir()
			var files []string
			for i, text := range c.docs {
				f := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
				if err := os.WriteFile(f, []byte(text+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				files = append(files, f)
			}
			if c.incremental {
				for _, f := range files {
					mustKG(t, append([]string{"build", "--workers", "1", f}, db...)...)
				}
			} else {
				mustKG(t, append([]string{"build", "--workers", "1", dir}, db...)...)
			}
			out := mustKG(t, append([]string{"actors", "--top", "100"}, db...)...)
			got := fmt.Sprintf("# %s\n%s", c.why, actorRows(out))
			golden.Check(t, filepath.Join("testdata", "crossdoc", c.name+".golden"), []byte(got))
		})
	}
}

var columns = regexp.MustCompile(`\s{2,}`)

// actorRows returns the people and organisations of kg actors' table as
// "NAME | TYPE | ALIASES" lines, sorted by name.
func actorRows(table string) string {
	var rows []string
	for _, line := range strings.Split(strings.TrimSpace(table), "\n")[1:] {
		f := columns.Split(strings.TrimSpace(line), -1)
		if len(f) < 5 || (f[2] != "Person" && f[2] != "Organization") {
			continue
		}
		aliases := ""
		if len(f) > 5 {
			aliases = f[5]
		}
		rows = append(rows, f[1]+" | "+f[2]+" | "+aliases)
	}
	slices.Sort(rows)
	return strings.Join(rows, "\n") + "\n"
}
