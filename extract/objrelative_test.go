package extract_test

import "testing"

// TestObjectRelativeInApposition checks that a relative clause with its own
// subject inside an apposition ("Tom Wu, a lawyer whom Ann Lee appointed to
// the board,") does not give the main verb that subject: its verb is the
// relative clause's, and the name before the apposition is the main
// clause's subject.
func TestObjectRelativeInApposition(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Tom Wu, a lawyer whom Ann Lee appointed to the board, changed the rules.",
			"Tom Wu", "changed", "the rules", "whom and a subject of its own"},
		{"Tom Wu, a judge whom Norway appointed in 2010, criticized Sweden.",
			"Tom Wu", "criticized", "Sweden", "a time after the relative verb"},
		{"Tom Wu, a judge whom Norway appointed, criticized Sweden.",
			"Tom Wu", "criticized", "Sweden", "the relative verb right before the comma, tagged a participle"},
		{"The plan, a deal which Ann Lee signed in May, angered Tom Wu.",
			"The plan", "angered", "Tom Wu", "which and a subject of its own"},
	})
	for _, text := range []string{
		"Tom Wu, a lawyer whom Ann Lee appointed to the board, changed the rules.",
		"The plan, a deal which Ann Lee signed in May, angered Tom Wu.",
	} {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Subject.Text == "Ann Lee" && (e.Relation == "changed" || e.Relation == "angered") {
				t.Errorf("Sentence(%q) gave %s | %s | %s; the relative clause's subject took the main verb", text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
}
