package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestImportCmdErrors(t *testing.T) {
	db := tempDB(t)
	cases := []struct {
		args    []string
		stdin   string
		wantErr string
		why     string
	}{
		{[]string{"import", filepath.Join(t.TempDir(), "missing.nq")}, "", "no such file", "a missing file"},
		{[]string{"import", "-"}, "<kg:e/A> <kg:name> \"A\" .\n\n<kg:e/B> <kg:name> \"B .\n", "line 3", "a syntax error names the line"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			code, _, errs := kg(t, c.stdin, append(c.args, db...)...)
			if code != exitError || !strings.Contains(errs, c.wantErr) {
				t.Errorf("kg %v: exit %d, stderr %q; want exit 1 and %q", c.args, code, errs, c.wantErr)
			}
		})
	}
	out := mustKG(t, append([]string{"query", `g.V().count()`}, db...)...)
	if strings.TrimSpace(out) != "0" {
		t.Errorf("a failed import stored quads: g.V().count() = %q, want 0", out)
	}
}

func TestImportCmdReports(t *testing.T) {
	db := tempDB(t)
	in := "<kg:e/A> <kg:name> \"A\" .\n<kg:e/B> <kg:name> \"B\" .\n<kg:e/A> <kg:name> \"A\" .\n"
	for _, want := range []string{
		"3 quads read, 2 added, 1 already stored or repeated",
		"3 quads read, 0 added, 3 already stored or repeated",
	} {
		code, out, errs := kg(t, in, append([]string{"import", "-"}, db...)...)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("kg import: exit %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
	}
}
