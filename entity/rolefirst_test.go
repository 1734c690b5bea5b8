package entity

import "testing"

// TestRoleBeforePersonOfOrg checks a capitalised role noun and a person's
// name before "of" and a body's name: a person of the body, not one
// body's name ("Professor Michael Siegel of Boston University").
func TestRoleBeforePersonOfOrg(t *testing.T) {
	tests := []struct {
		text string
		want []string
		why  string
	}{
		{"Professor Ann Lee of Lodi University wrote the study.", []string{"Ann Lee", "Lodi University"}, "a professor of a university"},
		{"Professor Tom C. Wu of Halvik College School of Law writes that it is legal.", []string{"Tom C. Wu", "Halvik College School of Law"},
			"a middle initial, and a school whose name holds of"},
		{"Director Ann Lee of the Halvik Institute of Physics said so.", []string{"Ann Lee", "Halvik Institute of Physics"}, "a director of an institute"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, nil) })
	}
}
