package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonalStaffNouns covers a person's campaign manager and
// counselor, after a possessive pronoun or as a counselor "to" the
// person: they work for the person, on invented stories.
func TestPersonalStaffNouns(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Campaign news\n\nSenator Ann Lee met reporters on Monday. Lee praised her campaign manager, Tom Wu.",
			[]string{"Tom Wu -work_for-> Ann Lee"}, nil,
			"a possessive pronoun and a campaign manager in apposition"},
		{"Campaign news\n\nSenator Ann Lee met reporters on Monday. Bo Kim, a counselor to Ann Lee, declined to comment.",
			[]string{"Bo Kim -work_for-> Ann Lee"}, nil,
			"a counselor to a person"},
	})
}
