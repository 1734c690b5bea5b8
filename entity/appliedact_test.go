package entity

import "testing"

// TestAppliedAct covers an act noun with its agent after a participle and
// by, applied to the actors of the verb's object.
func TestAppliedAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The red warning issued by the Norwegian Meteorological Institute applied to Oslo, Bergen and Tromso and starts at noon.",
			[]string{"Norwegian Meteorological Institute -warn-> Oslo", "Norwegian Meteorological Institute -warn-> Bergen", "Norwegian Meteorological Institute -warn-> Tromso"},
			nil,
			"a warning issued by an agency and applied to places: the agency warned each"},
	})
}
