package main

import (
	"strings"
	"testing"
)

// TestBackgroundFlag checks that gazetteer knowledge no sentence states
// (Kyiv is Ukraine's capital) is no path or neighbour unless --background.
func TestBackgroundFlag(t *testing.T) {
	db := tempDB(t)
	if code, _, errs := kg(t, "Talks opened in Kyiv on Monday. Ukraine sent a delegation to the talks.", append([]string{"build", "-"}, db...)...); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	tests := []struct {
		args []string
		want string
		why  string
	}{
		{[]string{"path", "Kyiv", "Ukraine"}, "no path", "background is no edge"},
		{[]string{"path", "Kyiv", "Ukraine", "--background"}, "Kyiv -capital_of-> Ukraine\n      (background knowledge",
			"--background follows it and says no sentence states it"},
		{[]string{"neighbors", "Ukraine", "--background"}, "Kyiv     -capital_of->  Ukraine", "--background shows the edge"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out := mustKG(t, append(tt.args, db...)...)
			if !strings.Contains(out, tt.want) {
				t.Errorf("kg %s printed\n%s\nwant %q (%s)", strings.Join(tt.args, " "), out, tt.want, tt.why)
			}
		})
	}
	if out := mustKG(t, append([]string{"neighbors", "Ukraine"}, db...)...); strings.Contains(out, "Kyiv") {
		t.Errorf("kg neighbors Ukraine printed\n%s\nwant no Kyiv without --background", out)
	}
}
