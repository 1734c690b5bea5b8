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
		{"Campaign news\n\nPresident Ann Lee of Norway met reporters. Ann Lee's former National Security Adviser Tom Wu released a memoir. Ann Lee's Press Secretary Mia Holm denied it. Ann Lee's brother Senator Bo Kim agreed.",
			[]string{"Tom Wu -work_for-> Ann Lee", "Mia Holm -work_for-> Ann Lee", "Ann Lee -sibling_of-> Bo Kim"},
			[]string{"Bo Kim -work_for-> Ann Lee"},
			"a person's capitalised title that ends in a staff noun, after a possessive and lower-case modifiers, is the person's staff; a kin noun before a title stays kin"},
		{"Campaign news\n\nAnn Lee served as campaign manager for Tom Wu in 1998. Mia Holm serves as senior adviser to Governor Bo Kim. Rita Voss worked as a spokeswoman for Ola Berg. Kari Dahl served as ambassador to Norway.",
			[]string{"Ann Lee -work_for-> Tom Wu", "Mia Holm -work_for-> Bo Kim", "Rita Voss -work_for-> Ola Berg"},
			[]string{"Mia Holm -serve_to-> Bo Kim", "Kari Dahl -work_for-> Norway"},
			"a post of a person's staff held with 'served as' or 'worked as', and a for- or an adviser's to-phrase naming the person"},
	})
}
