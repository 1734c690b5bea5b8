package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestForeignBodyRecalled: a bare "Congress" or "Senate" after the report
// has named another state's body of that noun is that body, not the
// United States'; invented stories.
func TestForeignBodyRecalled(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Manila network loses licence\n\nA licence needs a vote of the Congress of the Philippines. Halvik Radio applied to the Congress in May, and Congress summoned Lina Moss on Monday.",
			[]string{"Halvik Radio -apply_to-> Filipino Congress", "Filipino Congress -summon-> Lina Moss"}, []string{"United States Congress -summon-> Lina Moss", "United States Congress -summon-> Lina Moss"},
			"a bare Congress after the Congress of the Philippines"},
		{"Budget vote in Rome\n\nItaly's Senate met on Monday. Senator Lina Moss said the Senate would vote on the budget.",
			[]string{"Lina Moss -member_of-> Italian Senate"}, []string{"Lina Moss -member_of-> United States Senate"},
			"a bare Senate after Italy's Senate"},
		{"Court rules on lawsuit\n\nThe court ruled for a lawsuit filed by the Puerto Rico Senate against Tom Wu. Senate President Lina Moss welcomed the ruling.",
			[]string{"Lina Moss -lead-> Puerto Rico Senate"}, []string{"Lina Moss -lead-> United States Senate"},
			"a territory's Senate, the territory named only in the body's name"},
		{"Budget vote\n\nThe budget passed the US Senate on Monday. Senator Lina Moss said the Senate would vote again.",
			[]string{"Lina Moss -member_of-> United States Senate"}, nil,
			"the US Senate named: a bare Senate stays the US one"},
	})
}

// TestLocalTitleAndLowerTitle: a place's governor (or the United States'
// senator) joined by "and" to a lower-case title before a name heads the
// place (or sits in the Senate); invented stories.
func TestLocalTitleAndLowerTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Race opens\n\nFormer Ohio governor and presidential candidate Lena Cole spoke in Dayton on Monday.",
			[]string{"Lena Cole -lead-> Ohio"}, nil,
			"a governor and a lower-case title"},
		{"Race opens\n\nThe bill was backed by United States senator and presidential candidate Harold Fenwick.",
			[]string{"Harold Fenwick -member_of-> United States Senate"}, nil,
			"a US senator and a lower-case title"},
		{"Race opens\n\nThe plan was praised by the Ohio governor and the party's Harold Fenwick.",
			nil, []string{"Harold Fenwick -lead-> Ohio"},
			"a possessive after the and: another person"},
	})
}

// TestSportPlayerFrom: a state or nationality before a sport's word and
// "player" says where the player is from, where a bare "player" or a
// place on the field says the player plays for the state's side;
// invented stories.
func TestSportPlayerFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Crash in Nevada\n\nOn Sunday, United States basketball player Dan Frye died in a crash.",
			[]string{"Dan Frye -from-> United States"}, []string{"Dan Frye -member_of-> United States"},
			"a state's name before a sport and player"},
		{"Crash in Nevada\n\nOn Sunday, American volleyball player Dan Frye died in a crash.",
			[]string{"Dan Frye -from-> United States"}, []string{"Dan Frye -member_of-> United States"},
			"a nationality before a sport and player"},
		{"Cup match\n\nBrazil midfielder Tom Berry scored twice on Sunday.",
			[]string{"Tom Berry -member_of-> Brazil"}, nil,
			"a place on the field: the state's side"},
	})
}

// TestPairSharesOfPhrase: two names joined by "and" after a plural noun
// or after "were" share the second one's of-phrase; after a verb they
// do not; invented stories.
func TestPairSharesOfPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Gene found\n\nThe gene was found by the researchers Ivan Kolar and Lena Sidor of Halvik State University.",
			[]string{"Ivan Kolar -work_for-> Halvik State University", "Lena Sidor -work_for-> Halvik State University"}, nil,
			"after a plural noun"},
		{"Prize awarded\n\nThe winners were Ivan Kolar and Lena Sidor from the Halvik Institute.",
			[]string{"Ivan Kolar -work_for-> Halvik Institute", "Lena Sidor -work_for-> Halvik Institute"}, nil,
			"after were"},
		{"Prize awarded\n\nThe mayor met Ivan Kolar and Lena Sidor of the Halvik Institute.",
			nil, []string{"Ivan Kolar -member_of-> Halvik Institute", "Ivan Kolar -work_for-> Halvik Institute"},
			"after a verb: the first may be of no body"},
	})
}

// TestPresidentOfNamedBody: "President Ann Lee" after "led by" and a
// body named before it is that body's president, not the head of the
// report's state; invented stories.
func TestPresidentOfNamedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"UK court rules on Parliament\n\nThe UK Supreme Court ruled on Tuesday that the suspension of the UK Parliament was unlawful. The United Kingdom has no written constitution. The court sits in London, United Kingdom. The Supreme Court is led by President Lena Hale.",
			[]string{"Lena Hale -lead-> UK Supreme Court"}, []string{"Lena Hale -lead-> United Kingdom"},
			"a named body led by its president"},
		{"UK leaders meet\n\nThe United Kingdom hosted talks on Tuesday. The United Kingdom has no written constitution. Talks were held in London, United Kingdom. Prime Minister Lena Hale opened the talks.",
			[]string{"Lena Hale -lead-> United Kingdom"}, nil,
			"no led-by: the report's state"},
	})
}
