package extract_test

import "testing"

// TestCompositionAfterComma checks that a phrase of composition set off by
// a comma after a noun ("a council, made up of Sweden and Denmark", "a
// coalition, consisting of the Labour Party") tells what that noun is made
// of, not an act of the clause's subject, while a gerund of another verb
// still acts for the subject, on sentences written for this test.
func TestCompositionAfterComma(t *testing.T) {
	tests := []actCase{
		{"Norway has a council, made up of Sweden and Denmark.", "Norway", "make_up_of", false},
		{"Norway has a council, made up of Sweden and Denmark.", "a council", "make_up_of", true},
		{"Tom Wu founded a coalition, consisting of the Labour Party and the Green Party.", "Tom Wu", "consist_of", false},
		{"Tom Wu founded a coalition, consisting of the Labour Party and the Green Party.", "a coalition", "consist_of", true},
		{"Ann Lee formed a group, comprising Tom Wu and Bob Smith.", "Ann Lee", "comprise", false},
		{"The alliance is largely made up of Swedish fighters.", "The alliance", "make_up_of", true},
		{"Norway attacked Sweden, killing Tom Wu.", "Norway", "kill", true},
	}
	checkActs(t, tests)
}
