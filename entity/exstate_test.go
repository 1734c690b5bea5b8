package entity

import "testing"

// TestExStateTitle checks that "ex-" joined to a state's name or
// nationality before a title gives the state whose office the person
// held, as "former" before the state does.
func TestExStateTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{
			text: "Guests included regular visitor ex-UK Prime Minister Lena Marsh and actor Pell Varga.",
			want: []string{"Lena Marsh -lead-> United Kingdom"},
			why:  "ex- joined to a state's short name",
		},
		{
			text: "On Monday ex-Norwegian Prime Minister Tomas Erkin visited Oslo.",
			want: []string{"Tomas Erkin -lead-> Norway"},
			why:  "ex- joined to a nationality",
		},
	})
}
