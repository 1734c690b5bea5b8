package entity

import "testing"

// TestStateRunBefore checks that a body named right after "state-run",
// "state-owned" or "state" and a body's noun ("state news agency Velta")
// is part of the state the report is about, as the apposition "Velta, a
// state-run agency," says, on sentences written for this test.
func TestStateRunBefore(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway votes\n\nNorway's election board declared Tom Wu the winner on Monday.\n\n" +
			"The result was broadcast on state-run Velta Television Authority early on Tuesday.",
			[]string{"Velta Television Authority -part_of-> Norway"}, nil,
			"state-run before the name"},
		{"Norway votes\n\nNorway's Prime Minister Tom Wu appointed a new finance minister, state news agency VELTA reported on Sunday.",
			[]string{"VELTA -part_of-> Norway"}, nil,
			"state and a body's noun before the name"},
		{"Norway votes\n\nNorway's Prime Minister Tom Wu met Swedish officials, Sweden's state news agency VELTA reported on Sunday.",
			nil, []string{"VELTA -part_of-> Norway"},
			"another state's possessive: that state's agency"},
	})
}
