package entity

import (
	"slices"
	"testing"
)

// TestResolveWrappedName covers a name that a hard-wrapped text breaks
// over two lines, or that holds two spaces: the entity is named with one
// space between its words ([spanText]).
func TestResolveWrappedName(t *testing.T) {
	a, r := newTest(t, Options{})
	for _, text := range []string{
		"Ann Lee, curator of exhibits at the University of\nArkansas, Fayetteville, met Tom Wu.",
		"Ann Lee, curator of prints at the University of  Arkansas, Fayetteville, met Tom Wu.",
		"Ann Lee, curator of exhibits at the University of\r\n\tArkansas, Fayetteville, met Tom Wu.",
	} {
		ents, _ := r.Resolve(a.Split(text), nil)
		var names []string
		for _, e := range ents {
			names = append(names, e.Name)
		}
		if !slices.Contains(names, "University of Arkansas, Fayetteville") {
			t.Errorf("Resolve(%q) names %q, want one \"University of Arkansas, Fayetteville\"", text, names)
		}
	}
}
