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
		{[]string{"import", "-"}, "<kg:e/A> <kg:name> \"A\" .\n<kg:e/B> <kg:name> \"B .\n", "quad 2", "a syntax error names the quad"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			code, _, errs := kg(t, c.stdin, append(c.args, db...)...)
			if code != exitError || !strings.Contains(errs, c.wantErr) {
				t.Errorf("kg %v: exit %d, stderr %q; want exit 1 and %q", c.args, code, errs, c.wantErr)
			}
		})
	}
	out := mustKG(t, append([]string{"query", `g.V("<kg:e/A>").out("<kg:name>").all()`}, db...)...)
	if !strings.Contains(out, `"A"`) {
		t.Errorf("quads before the syntax error were not kept: %q", out)
	}
}
