package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListedDocumentAuthors covers a document that several actors issue
// or sign together ("Norway and Sweden issued a statement condemning
// Denmark"): the extractor gives one reading per member, and each
// member is an author of what the document does.
func TestListedDocumentAuthors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Finland and Estonia issued a joint statement condemning Latvia.",
			[]string{"Finland -condemn-> Latvia", "Estonia -condemn-> Latvia"}, nil, "two states issue"},
		{"Tom Wu, Ann Lee and Bo Kim signed a letter urging Sam Cole to resign.",
			[]string{"Tom Wu -urge-> Sam Cole", "Ann Lee -urge-> Sam Cole", "Bo Kim -urge-> Sam Cole"}, nil, "three people sign"},
		{"Tom Wu and Ann Lee filed a lawsuit accusing Halvik Holdings of fraud.",
			[]string{"Tom Wu -accuse-> Halvik Holdings", "Ann Lee -accuse-> Halvik Holdings"}, nil, "two file a lawsuit"},
		{"Tom Wu filed a lawsuit accusing Halvik Holdings of fraud.",
			[]string{"Tom Wu -accuse-> Halvik Holdings"}, nil, "one author"},
	})
}

// TestAvoidedGerund covers "avoided" before a gerund: the act was not
// done, as after "declined to".
func TestAvoidedGerund(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Finland avoided criticising Latvia.",
			[]string{"Finland -not_criticise-> Latvia"}, []string{"Finland -avoid_criticise-> Latvia", "Finland -criticise-> Latvia"}, "avoided"},
		{"Tom Wu has avoided attacking Ann Lee since March.",
			[]string{"Tom Wu -not_attack-> Ann Lee"}, []string{"Tom Wu -attack-> Ann Lee"}, "has avoided"},
		{"Tom Wu began criticising Ann Lee.",
			[]string{"Tom Wu -criticise-> Ann Lee"}, nil, "aspectual stays"},
	})
}

// TestQuotedStanceAtPlace covers a voiced stance noun in quotation marks
// whose at-phrase the extractor labels a place ("voiced "deep
// frustration" at Latvia"): the phrase still names what the stance is
// about.
func TestQuotedStanceAtPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Finland voiced "deep frustration" at Latvia.`,
			[]string{"Finland -be_frustrated_with-> Latvia"}, nil, "quoted, at"},
		{`Tom Wu expressed "great anger" at Ann Lee.`,
			[]string{"Tom Wu -be_angry_with-> Ann Lee"}, nil, "quoted anger"},
	})
}

// TestTrailingSuchAs covers examples named after ", such as" at the end
// of a clause whose subject is a plural noun phrase: each example did
// what the clause says.
func TestTrailingSuchAs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Several senators have urged Tom Wu to resign, such as Ann Lee.",
			[]string{"Ann Lee -urge-> Tom Wu"}, nil, "one example"},
		{"Many countries condemned Latvia, such as Finland and Estonia.",
			[]string{"Finland -condemn-> Latvia", "Estonia -condemn-> Latvia"}, nil, "two examples"},
		{"Other Democrats have urged Tom Wu to resign, such as former Ohio governor Ann Lee, who spoke on Monday.",
			[]string{"Ann Lee -urge-> Tom Wu"}, []string{"Ohio -urge-> Tom Wu"}, "a party's members, a titled example"},
		{"Many countries condemned Latvia, which attacked states such as Finland and Estonia.",
			nil, []string{"Finland -condemn-> Latvia"}, "examples of another clause"},
	})
}

// TestRefrainedFrom covers "refrained from" and a gerund: the act was
// not done, as after "declined to".
func TestRefrainedFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Finland refrained from criticising Latvia.",
			[]string{"Finland -not_criticise-> Latvia"}, []string{"Finland -criticise-> Latvia"}, "refrained"},
		{"Tom Wu has abstained from attacking Ann Lee since March.",
			[]string{"Tom Wu -not_attack-> Ann Lee"}, []string{"Tom Wu -attack-> Ann Lee"}, "abstained"},
	})
}
