package entity

import "testing"

// TestBroadcastHost checks that a broadcaster's host works for it.
func TestBroadcastHost(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Velmor Radio host Tom Wu was fired.",
			[]string{"Tom Wu -work_for-> Velmor Radio"}, nil,
			"the broadcaster before the noun"},
		{"Ann Lee, a Halvik TV host, was fired.",
			[]string{"Ann Lee -work_for-> Halvik TV"}, nil,
			"in an apposition"},
		{"Ann Lee spoke on television program Morning Velby. She said Morning Velby host Tom Wu was involved.",
			nil, []string{"Tom Wu -work_for-> Morning Velby"},
			"a show's host: the show is a thing, employing no one"},
		{"Norway, host of the Nordic Games, sent Tom Wu.",
			nil, []string{"Norway -work_for-> Nordic Games"},
			"a host state, no person"},
	})
}

// TestSecondApposition checks that a second description joined by "and"
// gives the role at the body after a first one that names no actor.
func TestSecondApposition(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, the lead author of the study and a professor at Halvik University, said costs rose.",
			[]string{"Tom Wu -work_for-> Halvik University"}, nil,
			"a long first description"},
		{"Ann Lee, the son of a farmer from the north and a teacher at Halvik School, said costs rose.",
			[]string{"Ann Lee -work_for-> Halvik School"}, nil,
			"a first description with two prepositions"},
		{"Tom Wu, who wrote the report last year and a professor at Halvik University, said costs rose.",
			nil, []string{"Tom Wu -work_for-> Halvik University"},
			"a verb in the first part: no apposition"},
	})
}
