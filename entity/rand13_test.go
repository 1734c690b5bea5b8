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

// TestLongTitleOfHolderBeforeName covers a title of several words with
// its holder after "of" before a person's name ("former Vice President
// of Ruritania Ann Lee met Tom Wu"): the argument is the person.
func TestLongTitleOfHolderBeforeName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Monday, former Vice President of the United States Ann Lee endorsed Tom Wu.",
			[]string{"Ann Lee -endorse-> Tom Wu"}, nil, "former vice president of"},
		{"Deputy Prime Minister of Italy Ann Lee met Tom Wu in Rome.",
			[]string{"Ann Lee -meet-> Tom Wu"}, nil, "deputy prime minister of"},
		{"Tom Wu praised incumbent President of France Ann Lee.",
			[]string{"Tom Wu -praise-> Ann Lee"}, nil, "object, incumbent president of"},
		{"President of France Ann Lee met Tom Wu.",
			[]string{"Ann Lee -meet-> Tom Wu"}, nil, "one word, as before"},
	})
}

// TestPrimaryElectionPlace covers a contest written "primary election"
// with its place before it ("won the Liberal Party's Ohio primary
// election"): the winner wins in the place, as with "Ohio primary".
func TestPrimaryElectionPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Tuesday, Ann Lee won the Liberal Party's Ohio primary election.",
			[]string{"Ann Lee -win_in-> Ohio"}, nil, "primary election"},
		{"Tom Wu won the Iowa caucus election.",
			[]string{"Tom Wu -win_in-> Iowa"}, nil, "caucus election"},
		{"Tom Wu won the Ohio primary.",
			[]string{"Tom Wu -win_in-> Ohio"}, nil, "primary, as before"},
	})
}

// TestAvoidedGerundObject covers "avoided" before a gerund the tagger
// reads as a noun, which the extractor puts in the object ("has avoided
// meeting Ann Lee"): the act is denied, as "avoided criticising" is.
func TestAvoidedGerundObject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu has avoided meeting Ann Lee.",
			[]string{"Tom Wu -not_meet-> Ann Lee"}, []string{"Tom Wu -avoid-> Ann Lee", "Tom Wu -meet-> Ann Lee"}, "object gerund"},
		{"Tom Wu avoided meeting with Ann Lee.",
			[]string{"Tom Wu -not_meet_with-> Ann Lee"}, []string{"Tom Wu -meet-> Ann Lee", "Tom Wu -avoid_meeting_with-> Ann Lee"}, "with extra"},
		{"Tom Wu avoided Ann Lee at the summit.",
			[]string{"Tom Wu -avoid-> Ann Lee"}, nil, "plain avoid stays"},
	})
}
