package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSeatTitleBeforeName covers a seat noun and its place written as a
// title before a person's name ("Canadian Senator from Ontario Ann Lee
// praised Tom Wu"): the subject is the person, not the title.
func TestSeatTitleBeforeName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Friday, United States Senator from Ohio Ann Lee endorsed Governor Tom Wu for president.",
			[]string{"Ann Lee -endorse-> Tom Wu"}, nil, "senator from"},
		{"United States Representative from Texas Sam Cole criticised Ann Lee.",
			[]string{"Sam Cole -criticise-> Ann Lee"}, nil, "representative from"},
		{"Australian Senator for Tasmania Bo Kim met Tom Wu in Canberra.",
			[]string{"Bo Kim -meet-> Tom Wu"}, nil, "senator for"},
	})
}
