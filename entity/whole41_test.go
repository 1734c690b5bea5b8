package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNationalityDescriptionNamed covers "a", a state's adjective, a
// person's description and a naming word before the name ("a Danish
// farmer named Jesper Lund"), on invented sentences: the nationality is
// where the person is from, as in "a Jordanian named", and a trade noun
// before "named" leads to the person named, who acts.
func TestNationalityDescriptionNamed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A Danish farmer named Jesper Lund attacked Tom Harlow.",
			[]string{"Jesper Lund -from-> Denmark", "Jesper Lund -attack-> Tom Harlow"}, nil, "a trade noun before named"},
		{"Later a Swedish nurse named Ingrid Holm treated Tom Harlow.",
			[]string{"Ingrid Holm -from-> Sweden", "Ingrid Holm -treat-> Tom Harlow"}, nil, "a role noun before named"},
		{"The Swedish nurse Ingrid Holm treated Tom Harlow. The Norwegian chef, named in court, met Tom Harlow.",
			[]string{"Ingrid Holm -from-> Sweden"}, []string{"Tom Harlow -from-> Norway"}, "no naming word before a name: no from for anyone else"},
	})
}

// TestInitialsThenWordAlias covers a short form in brackets made of
// initials and the long name's last word ("the University of Halvik at
// Tarn (UH Tarn)"), on invented stories: the short form names the body
// there and later, so its possessive gives the body's parts.
func TestInitialsThenWordAlias(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The University of Halvik at Tarn (UH Tarn) hired Tom Harlow. Later UH Tarn fired Tom Harlow.",
			[]string{"University of Halvik at Tarn -hire-> Tom Harlow", "University of Halvik at Tarn -fire-> Tom Harlow"},
			[]string{"UH Tarn -fire-> Tom Harlow"},
			"the short form later names the body"},
		{"The University of Halvik at Ostby (UH Ostby) hired Tom Harlow. Researcher Ana Ruiz of UH Ostby's Center for Marine Studies said the data was new.",
			[]string{"Center for Marine Studies -part_of-> University of Halvik at Ostby", "Ana Ruiz -work_for-> Center for Marine Studies"},
			[]string{"UH Ostby -member_of-> Center for Marine Studies"},
			"the short form's possessive is the body's, no person's"},
	})
}

// TestNamedApposition covers an apposition that introduces a name with a
// naming word ("another man, a Polish chef named Tomasz Wolny,"), on
// invented sentences: the person named acts, after a common noun or a
// lone "another".
func TestNamedApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Another man, a Polish chef named Tomasz Wolny, hit Ana Ruiz.",
			[]string{"Tomasz Wolny -hit-> Ana Ruiz", "Tomasz Wolny -from-> Poland"}, nil, "a nationality, a trade noun and named"},
		{"One man sprayed Ana Ruiz with water, and another, a chef named Tom Harlow, hit Ana Ruiz with a stick.",
			[]string{"Tom Harlow -hit-> Ana Ruiz"}, nil, "a lone another before the apposition"},
		{"The second guard, a man called Tom Harlow, chased Ana Ruiz.",
			[]string{"Tom Harlow -chase-> Ana Ruiz"}, nil, "called"},
	})
}

// TestChosenToBeRunningMate covers a finite verb of choosing, its object
// and "to be" with the chooser's post ("selected Ann Lee to be his
// running mate"), on invented sentences; a choice only planned or asked
// for gives nothing.
func TestChosenToBeRunningMate(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu selected Ann Lee to be his running mate.",
			[]string{"Ann Lee -running_mate_of-> Tom Wu"}, nil, "the object of a choice"},
		{"Tom Wu picked 2016 Green Party nominee Ann Lee to be his running mate.",
			[]string{"Ann Lee -running_mate_of-> Tom Wu", "Ann Lee -member_of-> Green Party"}, nil, "past the object's titles"},
		{"Tom Wu plans to ask Ann Lee to be his running mate.",
			nil, []string{"Ann Lee -running_mate_of-> Tom Wu"}, "no choice made"},
	})
}
