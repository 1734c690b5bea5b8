package entity

import "testing"

// TestHelpedBy covers a with-phrase that names another actor's help in an
// act: the helper helps the act's doer, the by-agent of a passive.
func TestHelpedBy(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Oslo Police arrested two men with help from the Bergen Police.",
			[]string{"Bergen Police -help-> Oslo Police"}, nil,
			"'with help from'"},
		{"Norway rebuilt the town with the help of Sweden.",
			[]string{"Sweden -help-> Norway"}, nil,
			"'with the help of'"},
		{"The raids were conducted by the Oslo Police with help from the Bergen Police and the Halden Police.",
			[]string{"Bergen Police -help-> Oslo Police", "Halden Police -help-> Oslo Police"}, nil,
			"a passive's agent, two helpers"},
		{"Norway plans to rebuild the town with help from Sweden.",
			nil, []string{"Sweden -help-> Norway"},
			"an act only planned"},
	})
}
