package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadlessBodies checks that a body's name written again without its
// head word ("Hospital") names the body, not a person, and that a
// person's name opening like a body's stays a person's.
func TestHeadlessBodies(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	checkNames(t, a, r, "Ann Lee was taken to Velmor Memorial Hospital. Velmor Memorial said she was stable.",
		[]string{"Ann Lee", "Velmor Memorial Hospital"}, []string{"Velmor Memorial"})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Crash victims were taken to Saint Anna Hospital. Dr. Tom Wu at Saint Anna said, \"We received an alert.\"",
			[]string{"Tom Wu -work_for-> Saint Anna Hospital"}, nil,
			"a doctor at the hospital's short name"},
		{"Ann Lee founded the Tom Hale Foundation. Tom Hale said he was pleased.",
			[]string{"Ann Lee -found-> Tom Hale Foundation"}, []string{"Tom Hale Foundation -say-> Ann Lee"},
			"a person the body is named after"},
	})
}
