package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNationalityNoun covers a definite description headed by a
// nationality's noun ("the Swede", "the 17-year-old Briton", "the
// Australian"), which takes up a person named before and says where the
// person is from, on invented sentences.
func TestNationalityNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Campaigner honoured\n\nOn Monday the city council honoured campaigner Lina Berg. The seventeen-year-old Swede thanked Mayor Tom Hale in a short speech.",
			[]string{"Lina Berg -from-> Sweden", "Lina Berg -thank-> Tom Hale"}, nil, "an age before the noun"},
		{"Runner wins\n\nMia Cole won the race in Oslo on Sunday. The Australian thanked Kari Dahl.",
			[]string{"Mia Cole -from-> Australia", "Mia Cole -thank-> Kari Dahl"}, nil, "an adjective used as a noun"},
		{"Skier wins\n\nNorwegian skier Ola Vik won the race in Oslo on Sunday. The Swede praised Kari Dahl.",
			nil, []string{"Ola Vik -praise-> Kari Dahl", "Ola Vik -from-> Sweden"}, "a person from another state is not taken up"},
		{"Talks begin\n\nTom Hale met Ann Lee in Oslo. The American people want peace, Hale said.",
			nil, []string{"Ann Lee -from-> United States", "Tom Hale -from-> United States"}, "a noun after the adjective names a group"},
		{"Talks begin\n\nTom Hale met Ann Lee in Oslo. Hale said the US would help, and the British agreed.",
			nil, []string{"Ann Lee -from-> United States", "Tom Hale -from-> United States", "Ann Lee -from-> United Kingdom", "Tom Hale -from-> United Kingdom"},
			"initials name the state, and the British its people"},
	})
}

// TestIndefiniteNationalityApposition covers "a" or "an" with a state's
// adjective used as a noun and a person's name set off after it ("An
// Australian, Tom Wu, appeared in court"), on invented sentences: the
// subject is the person named.
func TestIndefiniteNationalityApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"An Australian, Rolf Brandt, aged 41, appeared in Halvik District Court on Monday.",
			[]string{"Rolf Brandt -appear_in-> Halvik District Court", "Rolf Brandt -from-> Australia"}, nil, "an age after the name"},
		{"An Israeli, Dov Aran, sued the Halvik Bank.",
			[]string{"Dov Aran -sue-> Halvik Bank", "Dov Aran -from-> Israel"}, nil, "an adjective in -i"},
	})
}

// TestModifiedPersonDesc covers a definite description whose noun takes up
// people named before, with words of age, "married" or a state's
// adjective before it ("the young activist", "the Swedish activist", "the
// married couple"), on invented sentences.
func TestModifiedPersonDesc(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Award given\n\nOn Monday the magazine named climate change activist Lina Berg its person of the year. The young activist thanked Mayor Tom Hale.",
			[]string{"Lina Berg -thank-> Tom Hale"}, nil, "an adjective of age"},
		{"Killer sentenced\n\nSerial killer Bruce Dahl was sentenced on Monday. The 67-year-old killer had threatened Tom Hale.",
			[]string{"Bruce Dahl -threaten-> Tom Hale"}, nil, "a number's age"},
		{"Award given\n\nOn Monday the magazine named climate change activist Lina Berg its person of the year. The Swedish activist thanked Mayor Tom Hale.",
			[]string{"Lina Berg -thank-> Tom Hale", "Lina Berg -from-> Sweden"}, nil, "a state's adjective"},
		{"Award given\n\nOn Monday the magazine named Norwegian activist Lina Berg its person of the year. The Swedish activist thanked Mayor Tom Hale.",
			nil, []string{"Lina Berg -thank-> Tom Hale", "Lina Berg -from-> Sweden"}, "a person of another state"},
		{"Builders speak\n\nOn Saturday Ann Holm and Per Holm held a session on costumes. The married couple thanked Mayor Tom Hale.",
			[]string{"Ann Holm -thank-> Tom Hale", "Ann Holm -married_to-> Per Holm"}, nil, "a married couple"},
	})
}

// TestNationalPlaceDesc covers "the" with a state's adjective and a noun
// of a town or an area ("the Australian city"), which takes up the place
// in that state named before and says that it lies there, on invented
// sentences.
func TestNationalPlaceDesc(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Election held\n\nAnn Lee is the mayor of Perth. The election in the Australian city is on Sunday, Lee told Tom Hale.",
			[]string{"Perth -locate_in-> Australia"}, nil, "a town in the state"},
		{"Election held\n\nAnn Lee is the mayor of Oslo. The election in the Australian city is on Sunday, Lee told Tom Hale.",
			nil, []string{"Oslo -locate_in-> Australia"}, "a town in another state"},
	})
}

// TestCapitalDesc covers "the capital" and "the capital city" with no name
// after them, which take up the capital named before, on invented
// sentences.
func TestCapitalDesc(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mayor missing\n\nPolice in Oslo are searching for Ann Lee. Lee was elected mayor of the capital city in 2015.",
			[]string{"Ann Lee -lead-> Oslo"}, nil, "the capital city"},
		{"Mayor missing\n\nPolice in Bergen are searching for Ann Lee. Lee was elected mayor of the capital city in 2015.",
			nil, []string{"Ann Lee -lead-> Bergen"}, "a town that is no capital"},
	})
}
