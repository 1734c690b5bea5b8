package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSoughtOfficeAndProducts checks cases found on the pool's headlines:
// a capitalised Candidate between a title and a name seeks the office and
// holds none (a party before it still has the member); a town's head named
// with "city" leads the town with no work_for beside; and a body that reports an outbreak in a place is not placed there, on
// sentences written for this test.
func TestSoughtOfficeAndProducts(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	const intro = "Tom Wu and Ann Lee met in Oslo on Monday. "
	runEdgeCases(t, a, x, r, []edgeCase{
		{intro + "Wikinews interviewed 2020 Bergen Mayor Candidate Ola Berg.",
			[]string{"Wikinews -interview-> Ola Berg"}, []string{"Ola Berg -work_for-> Bergen", "Ola Berg -lead-> Bergen"},
			"a candidate for an office"},
		{intro + "Green Party Candidate Ann Lee visited Bergen.",
			[]string{"Ann Lee -member_of-> Green Party"}, nil,
			"a party's candidate is its member"},
		{intro + "The body of Bergen city Mayor Ola Berg was found on Friday.",
			[]string{"Ola Berg -lead-> Bergen"}, []string{"Ola Berg -work_for-> Bergen"},
			"a city's mayor"},
		{intro + "Chilean authorities reported an outbreak in Antarctica.",
			nil, []string{"Chilean authorities -locate_in-> Antarctica"},
			"the outbreak is in the place, not the reporters"},
	})
}
