package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadlineFullNames checks that a title-case headline's given name
// and surname name the person the body calls by the surname alone.
func TestHeadlineFullNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Halvorsen Resigns as Finance Minister\n\nHalvorsen thanked Ann Lee on Monday. Halvorsen said he would leave office.",
			[]string{"Tom Halvorsen -thank-> Ann Lee"}, nil,
			"a headline's given name and surname are the person the body names by the surname"},
		{"Finance Minister Tom Brook resigns\n\nIn a letter, Brook thanked Ann Lee for her support.",
			[]string{"Tom Brook -thank-> Ann Lee"}, nil,
			"a headline of mostly capitalised words after a title names the body's surname in full"},
		{"Bill Harbor Plans Approved\n\nMayor Ann Lee visited the Harbor on Monday. Harbor officials met Tom Wu.",
			nil, []string{"Bill Harbor -meet-> Tom Wu"},
			"a word the body writes after the is a noun, no surname"},
		{"Fijian president rejects Tom Wu's resignation\n\nFijian President Joel Sand declined Tom Wu's offer to resign. Sand praised Ann Lee.",
			[]string{"Joel Sand -praise-> Ann Lee"}, nil,
			"a headline that opens with a state's adjective and a title (once a panic: the description began before the headline)"},
	})
}

// TestBodyTopicNames checks that "on" and a topic after a body's head noun
// stay in the body's name.
func TestBodyTopicNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Project on Fiscal Integrity criticised Halvik Steel on Monday.",
			[]string{"Project on Fiscal Integrity -criticise-> Halvik Steel"}, []string{"Project -be_on-> Fiscal Integrity"},
			"a body's topic after its head noun and on is part of its name"},
		{"The Norland Senate on Monday expelled Tom Wu.",
			[]string{"Norland Senate -expel-> Tom Wu"}, nil,
			"a day after on is no topic"},
		{"Ann Lee flew from the Halvik Space Center on STS-135 in May.",
			nil, []string{"Ann Lee -fly_from-> Halvik Space Center on STS-135"},
			"a code after on is no topic"},
	})
}

// TestTeamThenPerson checks that a team's plural name ends before a
// player's name written right after it.
func TestTeamThenPerson(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Detroit Pistons Ola Bergsen praised Tom Wu on Monday.",
			[]string{"Ola Bergsen -praise-> Tom Wu"}, []string{"Detroit Pistons Ola Bergsen -praise-> Tom Wu"},
			"a town's team plural and a person's name after it are two names"},
		{"The Seattle Hawks Foundation praised Tom Wu on Monday.",
			[]string{"Seattle Hawks Foundation -praise-> Tom Wu"}, nil,
			"a body's head noun after a team's name keeps the run one name"},
	})
}
