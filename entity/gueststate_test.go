package entity

import "testing"

// TestStateWithoutDemonym checks that a sovereign state the gazetteer
// lists with no demonym of its own ("New Zealand") is a country all the
// same: the state a report about it is about.
func TestStateWithoutDemonym(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"New Zealand raised taxes on Monday. Prime Minister Ann Lee said New Zealand needed the money. Farmers in New Zealand disagreed.",
			[]string{"Ann Lee -lead-> New Zealand"}, nil,
			"a report about a state listed with no demonym"},
	})
}

// TestGuestState checks a bare title in a report on a visit between two
// states: the guest is no leader of the host ("arrived in Stockholm"),
// and the other state is the guest's.
func TestGuestState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Ann Lee arrived in Sweden on Monday. Lee met officials of Sweden. Prime Minister Lee said Norway wanted closer ties with Sweden.",
			[]string{"Ann Lee -lead-> Norway"}, []string{"Ann Lee -lead-> Sweden"},
			"a visit to the host, named most"},
		{"Prime Minister Tom Wu will visit Samoa this week. Wu said New Zealand and Samoa had long been friends.",
			[]string{"Tom Wu -lead-> New Zealand"}, []string{"Tom Wu -lead-> Samoa"},
			"a visit to the state, two states named as often"},
	})
}
