package entity

import "testing"

// TestAnnouncedArrest checks that a police force or a criminal police
// bureau that announces or confirms an arrest made it, and rules on no
// one, while a court's confirmation is still a ruling, on documents
// written for this test.
func TestAnnouncedArrest(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bergen Police announced the arrest of Tom Wu on Friday.",
			[]string{"Bergen Police -arrest-> Tom Wu"}, []string{"Bergen Police -announce-> Tom Wu"},
			"a town's force announces an arrest"},
		{"Norwegian police confirmed the arrest of opposition leader Ann Lee.",
			[]string{"Norwegian police -arrest-> Ann Lee"},
			[]string{"Norwegian police -announce-> Ann Lee", "Norwegian police -confirm-> Ann Lee"},
			"a state's police confirm an arrest"},
		{"The FBI announced the arrest of Mia Holt in Ohio.",
			[]string{"FBI -arrest-> Mia Holt"}, []string{"FBI -announce-> Mia Holt"},
			"a criminal police bureau"},
		{"Globex Corporation announced the arrest of Tom Wu.",
			[]string{"Globex Corporation -announce-> Tom Wu"}, []string{"Globex Corporation -arrest-> Tom Wu"},
			"a company arrests no one"},
		{"Bergen Police announced the release of Tom Wu after his arrest.",
			nil, []string{"Bergen Police -arrest-> Tom Wu"},
			"a release announced is no arrest"},
	})
}
