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
	})
}
