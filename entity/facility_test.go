package entity

import "testing"

// TestFacilityPlace checks that a hospital, an embassy or a factory is a
// thing where an act took place, as a stadium is: where it lies is no
// fact, nor is entering or fleeing to it; a job there or a letter to it
// still ties actors to the body, on sentences written for this test.
func TestFacilityPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was taken to Holy Cross Hospital in Bergen.",
			nil, []string{"Holy Cross Hospital -locate_in-> Bergen"},
			"a hospital after in"},
		{"Ann Lee met Tom Wu at the Swedish consulate in Oslo on Monday.",
			[]string{"Ann Lee -meet-> Tom Wu"}, []string{"Swedish Consulate -locate_in-> Oslo"},
			"a consulate after in, inside a verb's place phrase"},
		{"Tom Wu entered the Norwegian Embassy in Stockholm on Monday.",
			nil, []string{"Tom Wu -enter-> Norwegian Embassy", "Norwegian Embassy -locate_in-> Stockholm"},
			"an embassy one enters"},
		{"Ann Lee, a nurse at Holy Cross Hospital, criticised Tom Wu. Tom Wu wrote to the Norwegian Embassy.",
			[]string{"Ann Lee -work_for-> Holy Cross Hospital", "Ann Lee -criticise-> Tom Wu", "Tom Wu -write_to-> Norwegian Embassy"}, nil,
			"a job at a hospital and a letter to an embassy tie actors to the body that runs it"},
		{"Tom Wu recorded the album in his Lantern Studio, Bergen, Norway.",
			[]string{"Bergen -locate_in-> Norway"}, []string{"Lantern Studio -locate_in-> Bergen"},
			"a recording studio in apposition to its town"},
		{"Ann Lee died at the Bergen Scott Medical Center in Tromsø, Norway.",
			[]string{"Ann Lee -die-> in Tromsø"}, []string{"Bergen Scott Medical Center -locate_in-> Tromsø"},
			"a medical center after in"},
		{"Holy Cross Hospital returned to normal on Sunday, joining Bergen District Hospital.",
			nil, []string{"Holy Cross Hospital -join-> Bergen District Hospital"},
			"one hospital joining another ties no actors"},
		{"Tom Wu works for Marvel Studios. The National Hurricane Center warned Norway.",
			[]string{"Tom Wu -work_for-> Marvel Studios", "National Hurricane Center -warn-> Norway"}, nil,
			"a film company's studios and a body's center are actors"},
	})
}
