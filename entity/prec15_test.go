package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGodsAreNoActors checks that a name the words beside it call a god is
// no actor, on documents written for this test.
func TestGodsAreNoActors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Temple found in Egypt\n\nThe Nubians prayed to the goddess Mandulis.",
			nil, []string{"Nubians -pray_to-> Mandulis"},
			"the goddess before the name"},
		{"Court allows worship\n\nToday, many Cretans worship the old gods, such as Velkanos, Britomaris and Diktynna.",
			nil, []string{"Cretans -worship-> Velkanos", "Cretans -worship-> Britomaris", "Cretans -worship-> Diktynna"},
			"a list of gods after such as"},
		{"Temple found in Italy\n\nThe Romans honoured Sobekor, the god of the river.",
			nil, []string{"Romans -honour-> Sobekor"},
			"the god as an apposition"},
		{"Poll in Greece\n\nMany leaders, such as Nikos Pappas and Eleni Kouri, met Kyriakos Mitsotakis in Athens.",
			[]string{"Nikos Pappas -meet-> Kyriakos Mitsotakis"}, nil,
			"a list of people after such as stays"},
	})
}
