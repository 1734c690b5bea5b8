package entity

import "testing"

// TestResponsibleForModifiedAct covers an act after "responsible for" with
// a participle and a noun naming its kind before it ("a failed car
// bombing against"), and a firm's premises after an unknown name ("a
// Citibank office"): the firm is the act's target.
func TestResponsibleForModifiedAct(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik Front was responsible for a failed car bombing against a Citibank office.",
			[]string{"Halvik Front -bomb-> Citibank"}, nil,
			"a failed car bombing against a firm's office"},
		{"The Halvik Front claimed responsibility for a suicide attack on Norway.",
			[]string{"Halvik Front -attack-> Norway"}, nil,
			"a suicide attack"},
		{"Norway attacked a Citibank office.",
			[]string{"Norway -attack-> Citibank"}, nil,
			"an unknown name before office is a firm"},
		{"Tom Wu works in the Kelda office of Reuters.",
			nil, []string{"Tom Wu -work_for-> Kelda"},
			"before 'office of' the name is a place's"},
	})
}
