package entity

import "testing"

// TestDescribedOffice checks that a bare title's holder holds the office
// that the sentence before describes without a name, even when the report
// names another region more often, on documents written for this test.
func TestDescribedOffice(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Storms hit Ohio, Iowa and Kansas. Iowa's governor has ordered an evacuation. Gov. Tom Wu said the order starts today. " +
			"The governor of Kansas declared an emergency. Gov. Ann Lee made the announcement. Kansas officials met. Kansas schools closed.",
			[]string{"Tom Wu -lead-> Iowa", "Ann Lee -lead-> Kansas"},
			[]string{"Tom Wu -lead-> Kansas"},
			"the governor described before the bare title"},
	})
}
