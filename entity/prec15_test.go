package entity

import "testing"

// TestGodsAreNoActors checks that a name the words beside it call a god is
// no actor, on documents written for this test.
func TestGodsAreNoActors(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
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

// TestRanksAreNoActors checks that a rank of masters in a game is no
// actor, while a person named Masters stays one, on documents written for
// this test.
func TestRanksAreNoActors(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Chess player wins in Oslo\n\nLena Varga, 20, holds the International Master (IM) and Woman Grand Master (WGM) titles.",
			nil, []string{"Lena Varga -hold-> International Master", "Lena Varga -hold-> Woman Grand Master"},
			"ranks held as titles"},
		{"Chess player wins in Oslo\n\nLena Varga won in Oslo. She was drawing higher-rated Grand Masters.",
			nil, []string{"Lena Varga -draw-> Grand Masters"},
			"a plural rank"},
		{"Court rules in Oslo\n\nAnn Masters sued Halvik Bank in Oslo.",
			[]string{"Ann Masters -sue-> Halvik Bank"}, nil,
			"a surname Masters after a given name"},
	})
}

// TestMemoirsAreNoActors checks that a name after a noun for a kind of
// life story is a work, no actor, on documents written for this test.
func TestMemoirsAreNoActors(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Singer dies at 90\n\nAnn Lee also wrote several books, including the memoir Halvern Nights and the novel Cold Sea.",
			nil, []string{"Ann Lee -write-> Halvern Nights"},
			"a memoir in a list of books"},
		{"Singer dies at 90\n\nTom Wu praised the autobiography Harbor Days in an interview.",
			nil, []string{"Tom Wu -praise-> Harbor Days"},
			"an autobiography"},
	})
}
