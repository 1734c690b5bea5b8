package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestScholarAt checks a scholar or a doctor named before "at" a
// university or a hospital. The sentences are written for this test.
func TestScholarAt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Professor Anna Berg at Halvik University said the data was clear. Dr. Omar Haddad at Oslo General Hospital said the patients were stable.",
			[]string{"Anna Berg -work_for-> Halvik University", "Omar Haddad -work_for-> Oslo General Hospital"}, nil,
			"a professor or a doctor at a university or a hospital works there"},
		{"President Tom Wu at Oslo General Hospital waved to reporters.",
			nil, []string{"Tom Wu -work_for-> Oslo General Hospital"},
			"a president at a hospital may be a patient"},
	})
}
