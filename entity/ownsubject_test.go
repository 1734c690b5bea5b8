package entity

import "testing"

// TestOwnSubjectPastApposition covers a he or she in the clause of a
// subject named with an apposition or a participle's aside set off by
// commas ("Peter Dahl, a friend, said he knew"): the aside is part of the
// subject, no clause boundary, so the subject keeps the pronoun against
// the person the report names most ([pastAside]). A boundary after the
// aside ("said that he") leaves the choice to salience as before.
func TestOwnSubjectPastApposition(t *testing.T) {
	const life = "Tom Berg won the race in 2010. Berg later wrote a book. Berg said the book was about Oslo. " +
		"Berg moved to Oslo in 2012. Berg sold his house. Berg met Ann Lee. Berg left. "
	tests := []struct {
		name, text, want string // want: the chain that holds the last "he"
		why              string
	}{
		{"no-aside", life + "Peter Dahl said he knew the cause of the move.", "Peter Dahl",
			"a subject with no boundary keeps its pronoun (as before)"},
		{"apposition", life + "Peter Dahl, a friend, said he knew the cause of the move.", "Peter Dahl",
			"an apposition is part of the subject"},
		{"age", life + "Peter Dahl, 54, said he knew the cause of the move.", "Peter Dahl",
			"an age set off by commas"},
		{"participle", life + "Peter Dahl, when asked, said he knew the cause of the move.", "Peter Dahl",
			"a participle's aside with no finite verb"},
		{"that-clause", life + "Peter Dahl, a friend, said that he knew the cause of the move.", "Tom Berg",
			"a boundary after the aside: salience decides, as before"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			chains := chainWords(t, tc.text)
			got := ""
			for name, ms := range chains {
				if len(ms) > 0 && ms[len(ms)-1] == "he" && (name == "Peter Dahl" || name == "Tom Berg") {
					got = name
				}
			}
			if got != tc.want {
				t.Errorf("the last he of %q is %q's, want %q's (%s)", tc.text, got, tc.want, tc.why)
			}
		})
	}
}
