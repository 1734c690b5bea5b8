package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNationalityAfterAge covers a person's apposition whose nationality
// follows an age or an adjective ("a three-year-old Syrian boy", "a young
// Danish student"), on invented sentences.
func TestNationalityAfterAge(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Boat sinks\n\nA charity named its new boat after Rami Haddad, a three-year-old Syrian boy who drowned off Lesbos.",
			[]string{"Rami Haddad -from-> Syria"}, nil, "an age before the nationality"},
		{"Police make arrest\n\nOskar Lund, a 24-year-old Danish man, was arrested in Hamburg on Friday.",
			[]string{"Oskar Lund -from-> Denmark"}, nil, "a number's age before the nationality"},
		{"Student wins prize\n\nMette Vik, a young Norwegian student, won the prize in Paris.",
			[]string{"Mette Vik -from-> Norway"}, nil, "an adjective before the nationality"},
	})
}

// TestLivedYearsIn covers a verb of living whose place follows a phrase
// of time ("lived for years in", "lived his last years in"): the person
// lives there, as with "lives in" (TestLivesIn), on invented sentences.
func TestLivedYearsIn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Painter dies\n\nArne Dahl lived his last years in Portugal, his son said.",
			[]string{"Arne Dahl -live_in-> Portugal"}, []string{"Arne Dahl -locate_in-> Portugal"}, "a possessive phrase of time"},
		{"Poet dies\n\nLise Berg lived for decades in Iceland before she returned.",
			[]string{"Lise Berg -live_in-> Iceland"}, nil, "a phrase of time with 'for'"},
	})
}

// TestDiedAtHome covers a person at his or her own dwelling, which a
// place before its noun locates ("died at his Ohio home"): the person
// lives in the place, on invented sentences.
func TestDiedAtHome(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Painter dies\n\nArne Dahl died on Monday at his New Jersey home, his son said.",
			[]string{"Arne Dahl -live_in-> New Jersey"}, nil, "an extra 'at' phrase"},
		{"Singer arrested\n\nPolice said Lise Berg was arrested at her Ohio apartment.",
			[]string{"Lise Berg -live_in-> Ohio"}, nil, "a passive verb's 'at' object"},
		{"Envoys meet\n\nAnn Lee met Tom Wu at Tom Wu's Oslo home.",
			nil, []string{"Ann Lee -live_in-> Oslo"}, "another person's home"},
		{"Envoys meet\n\nAnn Lee visited the Ohio home of her late father.",
			nil, []string{"Ann Lee -live_in-> Ohio"}, "a visit, no 'at' phrase"},
	})
}

// TestBackedAgainst covers a verb of taking a side whose object is an
// actor and whose against-phrase names another ("backed Velia against
// Norland"): the subject opposes the other, on invented sentences.
func TestBackedAgainst(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"War goes on\n\nIn 2015, France started supporting Mali against Russia.",
			[]string{"France -support-> Mali", "France -oppose-> Russia"}, nil, "a verb of starting before the backing"},
		{"War goes on\n\nNorway helped Sweden against Denmark in the war.",
			[]string{"Norway -help-> Sweden", "Norway -oppose-> Denmark"}, nil, "help"},
		{"War goes on\n\nSweden was backed by Norway against Denmark.",
			nil, []string{"Sweden -oppose-> Denmark"}, "a passive: the agent backs, not the subject"},
	})
}

// TestDeFactoRuler covers a title after "de facto", which reads as the
// title alone does ("the de facto Saudi ruler"), on invented sentences.
func TestDeFactoRuler(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Prince speaks\n\nAccording to Reuters, Khalid bin Fahd is the de facto Saudi ruler.",
			[]string{"Khalid bin Fahd -lead-> Saudi Arabia"}, nil, "a copula with a state's adjective"},
		{"Talks fail\n\nOla Vik, the de facto leader of Norway, left the talks.",
			[]string{"Ola Vik -lead-> Norway"}, nil, "an apposition with 'of' a state"},
	})
}

// TestSuitedInfinitive covers an infinitive after a noun that an adjective
// judges fit for the act ("the best person to lead Norway"): a judgement,
// not an act done, while "the first woman to lead" states one, on
// invented sentences.
func TestSuitedInfinitive(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Lee names deputy\n\nAnn Lee wrote that Tom Wu is the best person to lead Norway after her.",
			nil, []string{"Tom Wu -lead-> Norway"}, "an infinitive judged fit"},
		{"Lee names deputy\n\nAnn Lee said Tom Wu is the right man to help her win and then to lead Norway.",
			nil, []string{"Tom Wu -lead-> Norway"}, "a second infinitive joined to the judged one"},
		{"Lee sworn in\n\nAnn Lee became the first woman to lead Norway on Monday.",
			[]string{"Ann Lee -lead-> Norway"}, nil, "the first to lead: an act done"},
		{"Spy dies\n\nTom Wu was one of the best agents to ever serve at Halvik Bank, Ann Lee said.",
			[]string{"Tom Wu -serve_at-> Halvik Bank"}, nil, "a superlative among those who served"},
	})
}

// TestProgressiveAppointment covers an active progressive of a verb of
// appointing ("is naming a new Finance Minister"): its subject names
// someone else and takes no office, while "is being named" puts its
// subject in the office, on invented sentences.
func TestProgressiveAppointment(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegian president Ann Lee ousts finance minister\n\n\"I will be naming a new Finance Minister next week,\" wrote Lee.",
			nil, []string{"Ann Lee -work_for-> Norway"}, "a progressive after a modal"},
		{"Norwegian president Ann Lee ousts finance minister\n\nLee is naming a new Finance Minister today.",
			nil, []string{"Ann Lee -work_for-> Norway"}, "a present progressive"},
		{"Norwegian president Ann Lee ousts finance minister\n\nTom Wu is being named Finance Minister today.",
			[]string{"Tom Wu -work_for-> Norway"}, nil, "a progressive passive puts its subject in the office"},
	})
}
