package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBothPair covers the phrases of two people ("both" as a subject or
// an object, "both of them", "both men", "the two women"): they take up
// a coordination before them, or the only two people the sentence before
// names apart, and their facts are each person's, on sentences written
// for this test.
func TestBothPair(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Bo Kim was impeached in 2004, and Ed Park in 2010. The Senate acquitted both of them.",
			[]string{"United States Senate -acquit-> Bo Kim", "United States Senate -acquit-> Ed Park"}, nil,
			"\"both of them\" after a gapped coordination takes up its two people"},
		{"Tom Wu met Ann Lee in Oslo. The Oslo Police later arrested both men.",
			[]string{"Oslo Police -arrest-> Tom Wu", "Oslo Police -arrest-> Ann Lee"}, nil,
			"\"both men\" takes up the two people the sentence before names, subject and object"},
		{"Tom Wu met Ann Lee in Oslo. The Oslo Police arrested both on Friday.",
			[]string{"Oslo Police -arrest-> Tom Wu", "Oslo Police -arrest-> Ann Lee"}, nil,
			"\"both\" as a verb's object"},
		{"Eva Berg and Ann Lee were charged on Monday. The two women were released by the Oslo Police on Tuesday.",
			[]string{"Oslo Police -release-> Eva Berg", "Oslo Police -release-> Ann Lee"}, nil,
			"\"the two women\" takes up a coordination"},
		{"Tom Wu visited Ann Lee, his daughter, in Oslo. The Oslo Police arrested the parents.",
			nil, []string{"Oslo Police -arrest-> Ann Lee", "Oslo Police -arrest-> Tom Wu"},
			"\"the parents\" is no two people the sentence before names apart: one may be the child"},
	})
}

// TestJointBodiesThey covers "they" after two organisations joined by
// "and" as the subject of the sentence before: it takes up both, not
// only the second, on sentences written for this test.
func TestJointBodiesThey(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Holdings and Berg Group signed a deal on Monday. They later sued Tom Wu.",
			[]string{"Halvik Holdings -sue-> Tom Wu", "Berg Group -sue-> Tom Wu"}, nil,
			"\"they\" after two bodies that were the subject before takes up both"},
		{"Tom Wu met Halvik Holdings and Berg Group on Monday. They later sued Ann Lee.",
			nil, []string{"Halvik Holdings -sue-> Ann Lee"},
			"two bodies that were the object before are not taken up this way"},
	})
}

// TestPoliceThey covers "they" opening the sentence after one whose
// subject is a police force: it is the force, unless people in the plural
// follow the force there, on sentences written for this test.
func TestPoliceThey(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Oslo Police said on Monday that Tom Wu had fled. They arrested him on Friday.",
			[]string{"Oslo Police -arrest-> Tom Wu"}, nil,
			"\"they\" after a force that was the subject before is the force"},
		{"Police questioned Tom Wu on Monday. They later charged him with fraud.",
			[]string{"Police -charge-> Tom Wu"}, nil,
			"\"they\" after an adverb, for a force named by the word police"},
		{"The Oslo Police found two men near the station. They had visited Tom Wu.",
			nil, []string{"Oslo Police -visit-> Tom Wu"},
			"people in the plural after the force are the \"they\""},
	})
}
