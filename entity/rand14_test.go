package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestClergyTitles covers the clergy's titles before a name ("Cardinal
// Tom Wu", "Archbishop Ann Lee"): no word of the name, a member's title
// of the church named with it, and with a state's adjective it says where
// the churchman is from.
func TestClergyTitles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Cardinal Tom Wu met Sam Cole in Oslo on Monday.",
			[]string{"Tom Wu -meet-> Sam Cole"}, []string{"Cardinal Tom Wu -meet-> Sam Cole"}, "cardinal"},
		{"Archbishop Ann Lee of the Church of Norway praised Sam Cole.",
			[]string{"Ann Lee -member_of-> Church of Norway"}, []string{"Archbishop Ann Lee -member_of-> Church of Norway"}, "archbishop of a church"},
		{"The Rev. Ann Lee thanked Sam Cole.",
			[]string{"Ann Lee -thank-> Sam Cole"}, nil, "reverend"},
		{"Swedish archbishop Tom Wu said the rules were clear.",
			[]string{"Tom Wu -from-> Sweden"}, []string{"Tom Wu -member_of-> Sweden"}, "a state's churchman"},
		{"Cardinal Ann Lee of the Holy See met Sam Cole.",
			[]string{"Ann Lee -member_of-> Holy See"}, []string{"Ann Lee -member_of-> Vatican City"},
			"of the Holy See: the Church's government, a body of its own, not the state it governs"},
		{"Vatican archbishop Tom Wu said the rules were clear.",
			[]string{"Tom Wu -member_of-> Vatican City"}, nil, "the Vatican's"},
		{"Foreign Minister Julie Bishop met Sam Cole. Later, Bishop told Reuters the talks went well.",
			[]string{"Julie Bishop -meet-> Sam Cole", "Julie Bishop -tell-> Reuters"}, nil, "a surname stays"},
	})
}

// TestPersonOfDescribedBody covers a person "of" a body whose name follows
// its description ("of advocacy group Halvik Watch", ", of the charity
// Halvik Aid,"): the person belongs to the body as with "of" alone, and a
// firm's noun makes the person its staff.
func TestPersonOfDescribedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu of advocacy group Halvik Watch said the plan was bad.",
			[]string{"Tom Wu -member_of-> Halvik Watch"}, nil, "advocacy group"},
		{"Ann Lee, of anti-poverty organization The Halvik Fund, disagreed with the plan.",
			[]string{"Ann Lee -work_for-> Halvik Fund"}, nil, "comma, The"},
		{"Tom Wu of the oil company Globex met Ann Lee.",
			[]string{"Tom Wu -work_for-> Globex"}, []string{"Tom Wu -member_of-> Globex"}, "a firm's staff"},
		{"Tom Wu of the lawsuit against Globex spoke.",
			nil, []string{"Tom Wu -member_of-> Globex", "Tom Wu -work_for-> Globex"}, "no body's noun"},
	})
}

// TestGradedNationalityApposition covers an organisation's apposition whose
// nationality follows a grading word ("Halvik Holdings, a leading
// Norwegian shipping firm,"): the nationality still places the body.
func TestGradedNationalityApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Holdings, a leading Norwegian shipping firm, sued Initech.",
			[]string{"Halvik Holdings -locate_in-> Norway", "Halvik Holdings -sue-> Initech"}, nil, "leading"},
		{"Halvik Holdings, a privately owned Swedish shipping firm, sued Initech.",
			[]string{"Halvik Holdings -locate_in-> Sweden"}, nil, "privately owned"},
		{"Halvik Motors, a major German carmaker, sued Initech.",
			[]string{"Halvik Motors -locate_in-> Germany"}, nil, "major"},
		{"Halvik Holdings, a Norwegian shipping firm, sued Initech.",
			[]string{"Halvik Holdings -locate_in-> Norway"}, nil, "no grading word"},
	})
}

// TestToldAbout covers a verb of speech with an actor for its object and
// an actor after "to" ("Ann Lee described Tom Wu to the BBC"): the
// speaker spoke of the one and to the other.
func TestToldAbout(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee described Tom Wu to the BBC in 2002.",
			[]string{"Ann Lee -describe-> Tom Wu", "Ann Lee -describe_to-> BBC"}, nil, "described to"},
		{"Ann Lee introduced Tom Wu to Sam Cole on Monday.",
			[]string{"Ann Lee -introduce-> Tom Wu", "Ann Lee -introduce_to-> Sam Cole"}, nil, "introduced to"},
		{"Sam Cole said Ann Lee described Tom Wu to the BBC.",
			nil, []string{"Ann Lee -describe_to-> BBC"}, "reported"},
	})
}
