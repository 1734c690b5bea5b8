package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStateSet covers a phrase of a number of states ("both countries",
// "the two nations", "all three nations"): it takes up that many states
// named before, and its facts are each state's; when the states named
// are more or fewer, it takes up none. On sentences written for this
// test.
func TestStateSet(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway and Sweden signed a border treaty on Monday. Both countries later criticised the United Nations.",
			[]string{"Norway -criticise-> United Nations", "Sweden -criticise-> United Nations"}, nil,
			"\"both countries\" after a coordination of two states"},
		{"Norway signed a border treaty with Sweden on Monday. The two nations later criticised the United Nations.",
			[]string{"Norway -criticise-> United Nations", "Sweden -criticise-> United Nations"}, nil,
			"\"the two nations\" after two states named apart"},
		{"Denmark, Norway, and Sweden held talks on Monday. All three nations later criticised the United Nations.",
			[]string{"Denmark -criticise-> United Nations", "Norway -criticise-> United Nations", "Sweden -criticise-> United Nations"}, nil,
			"\"all three nations\" after a list of three states"},
		{"Denmark, Norway, and Sweden held talks on Monday. Both countries later criticised the United Nations.",
			nil, []string{"Norway -criticise-> United Nations", "Sweden -criticise-> United Nations", "Denmark -criticise-> United Nations"},
			"three states named before \"both countries\": which two is not clear"},
		{"The Norwegian minister met Sweden's envoy on Monday. Both countries later criticised the United Nations.",
			nil, []string{"Sweden -criticise-> United Nations", "Norway -criticise-> United Nations"},
			"a state's adjective names no state of the set, and one state is too few"},
	})
}

// TestPronounGroupRoles covers a pronoun or phrase of two as the subject
// of a role ("They are professors at", "Both are members of"): each
// member holds the role, as when the names are the subject. On sentences
// written for this test.
func TestPronounGroupRoles(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee and Tom Wu won the prize on Monday. They are professors at the University of Oslo.",
			[]string{"Ann Lee -work_for-> University of Oslo", "Tom Wu -work_for-> University of Oslo"}, nil,
			"\"they\" after a coordination of two people"},
		{"Ann Lee and Tom Wu won the prize on Monday. Both are members of the Labour Party.",
			[]string{"Ann Lee -member_of-> Labour Party", "Tom Wu -member_of-> Labour Party"}, nil,
			"\"both\" as the subject of a copula and a role noun"},
		{"Ann Lee and Tom Wu won the prize on Monday. Both are now professors at the University of Oslo.",
			[]string{"Ann Lee -work_for-> University of Oslo", "Tom Wu -work_for-> University of Oslo"}, nil,
			"\"both\", an adverb and a role"},
	})
}

// TestBothComparativeAdverb covers "both" as a subject before an adverb
// the tagger reads as a comparative ("Both later", "Both earlier") and a
// finite verb. On sentences written for this test.
func TestBothComparativeAdverb(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu and Ann Lee met in Oslo on Monday. Both later praised the United Nations.",
			[]string{"Tom Wu -praise-> United Nations", "Ann Lee -praise-> United Nations"}, nil,
			"\"both later\" before a verb takes up the two people"},
	})
}

// TestFirmSet covers a phrase of a number of firms ("both companies",
// "the two firms"): it takes up that many organisations named before
// that are no public bodies, and its facts are each firm's. On sentences
// written for this test.
func TestFirmSet(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The boat was owned by Halvik Holdings and chartered by Berg Group. Both companies later hired Tom Wu.",
			[]string{"Halvik Holdings -hire-> Tom Wu", "Berg Group -hire-> Tom Wu"}, nil,
			"\"both companies\" after two firms named apart"},
		{"Microsoft sued Google on Monday. The two firms later criticised the European Commission.",
			[]string{"Microsoft -criticise-> European Commission", "Google -criticise-> European Commission"}, nil,
			"\"the two firms\" after two firms the gazetteer knows"},
		{"Halvik Holdings sued the Oslo City Council on Monday. Both companies later hired Tom Wu.",
			nil, []string{"Halvik Holdings -hire-> Tom Wu", "Oslo City Council -hire-> Tom Wu"},
			"a council is no company: one firm is too few"},
	})
}

// TestGroupEachOther covers "each other" as the object of a pronoun or a
// description that takes up a group ("They praised each other", "Both
// countries criticised each other", "The parents ... each other"): each
// member acts on each other member, as for a list of names. On sentences
// written for this test.
func TestGroupEachOther(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu and Ann Lee met in Oslo. They later praised each other.",
			[]string{"Tom Wu -praise-> Ann Lee", "Ann Lee -praise-> Tom Wu"}, nil,
			"\"they\" after a coordination"},
		{"Norway and Sweden signed a treaty on Monday. Both countries later praised each other.",
			[]string{"Norway -praise-> Sweden", "Sweden -praise-> Norway"}, nil,
			"a phrase of a set of states"},
		{"Tom Wu and Ann Wu were charged over the death of their daughter Eva Wu. The parents had praised each other.",
			[]string{"Tom Wu -praise-> Ann Wu", "Ann Wu -praise-> Tom Wu"}, nil,
			"\"the parents\", a description of a pair"},
	})
}

// TestFirmsKind covers a description of firms in the plural ("the
// airlines", "the banks"): a kind of firm, which no one firm whose name
// ends in the word is. On sentences written for this test.
func TestFirmsKind(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Nordic Airlines and JetBlue are among the airlines hit.",
			nil, []string{"JetBlue -be_among-> Nordic Airlines"},
			"\"the airlines\" is no one airline named before"},
		{"Halvik Banks and Berg Group are among the banks affected by the ruling.",
			nil, []string{"Berg Group -be_among-> Halvik Banks"},
			"\"the banks\" is no one bank named before"},
	})
}

// TestTitledPair covers "the two leaders", "both presidents": they take
// up two people named before, as "both men" does, only when each was
// named with a title the noun fits. On sentences written for this test.
func TestTitledPair(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Tom Wu met Prime Minister Ann Lee in Oslo on Monday. The two leaders later criticised the United Nations.",
			[]string{"Tom Wu -criticise-> United Nations", "Ann Lee -criticise-> United Nations"}, nil,
			"\"the two leaders\" after a president and a prime minister"},
		{"President Tom Wu of Norway and President Ann Lee of Sweden met on Monday. Both presidents later criticised the United Nations.",
			[]string{"Tom Wu -criticise-> United Nations", "Ann Lee -criticise-> United Nations"}, nil,
			"\"both presidents\" after two presidents"},
		{"President Tom Wu met the singer Ann Lee in Oslo on Monday. The two leaders later criticised the United Nations.",
			nil, []string{"Tom Wu -criticise-> United Nations", "Ann Lee -criticise-> United Nations"},
			"a singer is no leader: the pair is not the two leaders"},
	})
}
