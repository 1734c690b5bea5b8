package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPronounAfterAppositive covers a pronoun after a name and a
// description set off by commas or dashes: the description's names
// modify the name, which the pronoun takes up. On sentences written for
// this test.
func TestPronounAfterAppositive(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"UNMISS, the UN mission in South Sudan, said it was working with the South Sudanese army.",
			[]string{"UNMISS -work_with-> South Sudanese army"}, []string{"South Sudan -work_with-> South Sudanese army"},
			"commas"},
		{"UNMISS — the UN mission in South Sudan — said it was working with the South Sudanese army.",
			[]string{"UNMISS -work_with-> South Sudanese army"}, []string{"South Sudan -work_with-> South Sudanese army"},
			"dashes"},
	})
}
