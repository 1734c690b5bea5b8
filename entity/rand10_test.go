package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestQuotedListDisagreed covers a speaker who says that another and
// "I" disagreed: the tagger read "disagreed" after "I" as a present tense
// and kept it unlemmatised; and a relative on "many times" is a count,
// not what they disagreed on.
func TestQuotedListDisagreed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`"Tom Wu and I disagreed about the budget," Ann Lee said.`,
			[]string{"Tom Wu -disagree_with-> Ann Lee"}, nil, "quoted I in a list"},
		{`"There were many times that Senator Tom Wu and I disagreed," Ann Lee told reporters.`,
			[]string{"Tom Wu -disagree_with-> Ann Lee"}, nil, "a relative on many times"},
		{"Tom Wu and Ann Lee agreed several times.",
			[]string{"Tom Wu -agree_with-> Ann Lee"}, nil, "several times"},
		{"Tom Wu and Ann Lee agreed many things.",
			nil, []string{"Tom Wu -agree_with-> Ann Lee"}, "an object that is no count"},
	})
}

// TestTakenPlace covers one who steps into, takes over, fills or inherits
// a person's post or place, who succeeds or replaces that person, and a
// passive of naming whose object is a person's successor.
func TestTakenPlace(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Ann Lee has stepped into Tom Wu's role as the committee's acting chair.",
			[]string{"Ann Lee -succeed-> Tom Wu"}, nil, "stepped into a role"},
		{"Ann Lee will fill Tom Wu's seat in the Senate.",
			[]string{"Ann Lee -succeed-> Tom Wu"}, nil, "fill a seat"},
		{"Ann Lee was appointed to fill Tom Wu's seat in the Senate.",
			[]string{"Ann Lee -succeed-> Tom Wu"}, nil, "appointed to fill"},
		{"Ann Lee inherited Tom Wu's former post.",
			[]string{"Ann Lee -succeed-> Tom Wu"}, nil, "an adjective before the post"},
		{"Ann Lee took Tom Wu's place on the board.",
			[]string{"Ann Lee -replace-> Tom Wu"}, nil, "took a place"},
		{"Ann Lee stepped into the shoes of Tom Wu.",
			[]string{"Ann Lee -replace-> Tom Wu"}, nil, "the shoes of"},
		{"Ann Lee was named Tom Wu's successor.",
			[]string{"Ann Lee -succeed-> Tom Wu"}, nil, "named a successor"},
		{"Ann Lee did not fill Tom Wu's seat.",
			nil, []string{"Ann Lee -succeed-> Tom Wu"}, "negated"},
		{"Ann Lee took Tom Wu's role in the film.",
			nil, []string{"Ann Lee -succeed-> Tom Wu"}, "a part played"},
		{"Under the constitution, Democrat Ann Lee, the governor, has until June 3 to announce a date for a special election to fill Tom Wu's seat.",
			nil, []string{"Ann Lee -succeed-> Tom Wu"}, "an infinitive another does"},
		{"Ann Lee took over Norway's seat on the council.",
			nil, []string{"Ann Lee -succeed-> Norway"}, "no person's post"},
		{"Ann Lee took Tom Wu's car.",
			nil, []string{"Ann Lee -replace-> Tom Wu", "Ann Lee -succeed-> Tom Wu"}, "no post"},
	})
}

// TestEachOtherTogether covers a list whose act is mutual by its words:
// "each other" or "one another" as the object of any verb (both ways for
// a transitive one), and "together" after a verb of doing with another.
func TestEachOtherTogether(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway and Sweden criticized each other.",
			[]string{"Norway -criticize-> Sweden", "Sweden -criticize-> Norway"}, nil, "a transitive verb, both ways"},
		{"Tom Wu and Ann Lee spoke with each other on Monday.",
			[]string{"Tom Wu -speak_with-> Ann Lee"}, nil, "with each other"},
		{"Tom Wu and Ann Lee did not attack one another.",
			nil, []string{"Tom Wu -attack-> Ann Lee"}, "negated"},
		{"Tom Wu and Ann Lee have worked closely together for years.",
			[]string{"Tom Wu -work_with-> Ann Lee"}, nil, "worked together"},
		{`"Senator Tom Wu and I are working intensely together on this," Ann Lee said.`,
			[]string{"Tom Wu -work_with-> Ann Lee"}, nil, "quoted I, together"},
		{"Tom Wu and Ann Lee wrote the report together.",
			nil, []string{"Tom Wu -write_with-> Ann Lee"}, "a joint act on a third"},
	})
}

// TestDistancedFrom covers a verb of dissociation whose from-phrase names
// the actor the subject draws away from: "distanced himself from Ann Lee".
func TestDistancedFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu has distanced himself from Ann Lee.",
			[]string{"Tom Wu -distance_from-> Ann Lee"}, nil, "distanced himself"},
		{"The Halvik Party dissociated itself from Tom Wu.",
			[]string{"Halvik Party -dissociate_from-> Tom Wu"}, nil, "dissociated itself"},
		{"Norway wants to distance itself from Sweden.",
			nil, []string{"Norway -distance_from-> Sweden"}, "a wish"},
	})
}

// TestQuotedStance covers a stance word that the writer quotes from the
// speaker ("was "deeply disappointed" with", "is "very critical" of") and
// a stance graded by a degree adverb ("very angry with").
func TestQuotedStance(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Tom Wu was "deeply disappointed" with the Halvik Party.`,
			[]string{"Tom Wu -be_disappointed_with-> Halvik Party"}, nil, "quoted adverb and adjective"},
		{`Ann Lee said she was "disappointed" with Tom Wu.`,
			[]string{"Ann Lee -be_disappointed_with-> Tom Wu"}, nil, "quoted adjective in a report"},
		{`Norway is "very critical" of Sweden.`,
			[]string{"Norway -criticize-> Sweden"}, nil, "quoted, a copula's object"},
		{"Tom Wu was very angry with Ann Lee.",
			[]string{"Tom Wu -be_angry_with-> Ann Lee"}, nil, "very before the stance word"},
	})
}
