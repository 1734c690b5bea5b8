package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStaffOfFoundation: a person "of" a foundation, a fund, a centre or
// an institute works for it (GUIDE: work_for, an employee), as a person
// of a firm does; a political institute's or a society's people are its
// members; invented stories.
func TestStaffOfFoundation(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Water study\n\nLena Cole of the Harwick Water Foundation said the wells were dry.",
			[]string{"Lena Cole -work_for-> Harwick Water Foundation"}, []string{"Lena Cole -member_of-> Harwick Water Foundation"},
			"a foundation's last word"},
		{"Water study\n\nHarold Fenwick of the Center for Rural Water said the wells were dry.",
			[]string{"Harold Fenwick -work_for-> Center for Rural Water"}, []string{"Harold Fenwick -member_of-> Center for Rural Water"},
			"a centre's head before its of-phrase"},
		{"Water study\n\nMarta Ruiz of the Dalton Soil Institute said the wells were dry.",
			[]string{"Marta Ruiz -work_for-> Dalton Soil Institute"}, nil,
			"an institute"},
		{"Water study\n\nBill Orme of NASA said the wells were dry.",
			[]string{"Bill Orme -work_for-> NASA"}, []string{"Bill Orme -member_of-> NASA"},
			"a space agency the gazetteer lists"},
		{"Vote count\n\nTomas Vey of the Workers Political Institute said the count was fair.",
			[]string{"Tomas Vey -member_of-> Workers Political Institute"}, nil,
			"a political institute: a member"},
		{"Vote count\n\nTomas Vey of the Harwick Chess Society said the count was fair.",
			[]string{"Tomas Vey -member_of-> Harwick Chess Society"}, nil,
			"a society: a member"},
	})
}

// TestRegionalGovernorOfNamedRegion: a regional governor named with no
// place heads the one region the report writes before "regional" or a
// governor's title, though the gazetteer does not list it; a land's
// "region" is none; invented stories.
func TestRegionalGovernorOfNamedRegion(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Floods in Varnsk\n\nFloods hit Dolinsk, a town in the Kama region, and the city of Orsk in Varnsk. Varnsk regional spokesman Ivan Kolar said nine were missing. Regional governor Lena Sidor said the roads were closed.",
			[]string{"Lena Sidor -lead-> Varnsk"}, []string{"Lena Sidor -lead-> Kama"},
			"a place before regional"},
		{"Floods in Varnsk\n\nFloods hit the city of Dolinsk in Varnsk. Varnsk's governor promised aid. Regional governor Lena Sidor said the roads were closed.",
			[]string{"Lena Sidor -lead-> Varnsk"}, nil,
			"a place before 's governor"},
		{"Floods in Kama\n\nFloods hit the town of Dolinsk in the Kama region. Regional governor Lena Sidor said the roads were closed.",
			nil, []string{"Lena Sidor -lead-> Kama"},
			"a land's region only"},
	})
}

// TestScholarAtOrg: a science's scholar named by the noun's ending (a
// biologist, a physicist, an epidemiologist) at or of a university, a
// hospital or a lab works for it, as "a researcher at" does; "-ist" alone
// says nothing of work; invented stories.
func TestScholarAtOrg(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Fish study\n\nLena Cole, a marine biologist at the University of Varn, said the fish were dying.",
			[]string{"Lena Cole -work_for-> University of Varn"}, nil,
			"a biologist at a university"},
		{"Fish study\n\nHarold Fenwick, an epidemiologist at Dalton General Hospital, said the fish were dying.",
			[]string{"Harold Fenwick -work_for-> Dalton General Hospital"}, nil,
			"an epidemiologist at a hospital"},
		{"Fish study\n\nThe study was questioned by Marta Ruiz, a physicist at Varn's Harwick College.",
			[]string{"Marta Ruiz -work_for-> Harwick College"}, nil,
			"a physicist at a possessive place's college"},
		{"Vote count\n\nTomas Vey, a socialist of the Harbor Party, said the count was fair.",
			nil, []string{"Tomas Vey -work_for-> Harbor Party"},
			"a socialist: no staff"},
	})
}

// TestFounderAndRoleApposition: an apposition joining a founder's noun and
// another role noun by "and" before "of" gives both facts; invented
// stories.
func TestFounderAndRoleApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Firm sold\n\nLena Cole, the founder and chief executive of Harwick Motors, said the firm was sold.",
			[]string{"Lena Cole -found-> Harwick Motors", "Lena Cole -lead-> Harwick Motors"}, nil,
			"founder and chief executive"},
		{"Club sold\n\nHarold Fenwick, co-founder and president of the Dalton Chess Society, said the club was sold.",
			[]string{"Harold Fenwick -found-> Dalton Chess Society", "Harold Fenwick -lead-> Dalton Chess Society"}, nil,
			"co-founder and president"},
	})
}

// TestHomeToLocates: a place that "is home to" a body or another place
// holds it: the body lies in the place; a body home to people is no
// place; invented stories.
func TestHomeToLocates(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Lab opens\n\nBergen is home to the Harwick Marine Institute, which opened a lab on Monday.",
			[]string{"Harwick Marine Institute -locate_in-> Bergen"}, []string{"Bergen -home_to-> Harwick Marine Institute"},
			"a place home to an institute"},
	})
}
