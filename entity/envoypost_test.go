package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestEnvoyPostAndHeads checks posts stated with a copula or an
// appointment: a special envoy for a state is sent to it (envoy_to), not
// its staff, while an ambassador of the state after "US" still works for
// it; a campaign manager for a person works for the person; and a
// paramount or supreme leader leads the state, with no work_for beside,
// on sentences written for this test.
func TestEnvoyPostAndHeads(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x}) // as kg build runs: the campaign manager is read off the parse
	const intro = "Tom Wu and Ann Lee met in Oslo on Monday. "
	runEdgeCases(t, a, x, r, []edgeCase{
		{intro + "Tom Wu is the special envoy for Syria.",
			[]string{"Tom Wu -envoy_to-> Syria"}, []string{"Tom Wu -work_for-> Syria"},
			"a copula's envoy"},
		{intro + "Tom Wu was named special envoy for Syria.",
			[]string{"Tom Wu -envoy_to-> Syria"}, []string{"Tom Wu -work_for-> Syria", "Tom Wu -name-> Syria"},
			"an appointment's envoy; the for-phrase is the post's"},
		{intro + "Ann Lee previously served as the US ambassador to the United Nations.",
			[]string{"Ann Lee -work_for-> United States"}, []string{"Ann Lee -envoy_to-> United States"},
			"the sender's ambassador"},
		{intro + "Tom Wu was campaign manager for Ann Lee.",
			[]string{"Tom Wu -work_for-> Ann Lee"}, nil,
			"a candidate's campaign manager"},
		{intro + "Chinese paramount leader Xi Jinping visited Moscow.",
			[]string{"Xi Jinping -lead-> China"}, []string{"Xi Jinping -work_for-> China"},
			"paramount is no part of the state"},
	})
}

// TestStationedPost checks the place an envoy or a correspondent is
// stationed in ("the UNICEF Representative in Norway"): a representative
// or a correspondent works in the state, an ambassador is sent to it, and
// a seat in a body is no post in a state, on sentences written for this
// test.
func TestStationedPost(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`"Time is short," said Ann Lee, the UNICEF Representative in Norway.`,
			[]string{"Ann Lee -work_for-> UNICEF", "Ann Lee -work_in-> Norway"}, nil,
			"a body's representative in a state"},
		{"Tom Wu, the BBC correspondent in Sweden, reported the arrests.",
			[]string{"Tom Wu -work_for-> BBC", "Tom Wu -work_in-> Sweden"}, nil,
			"a correspondent in a state"},
		{"Sweden's ambassador in Norway, Tom Wu, said the talks had ended.",
			[]string{"Tom Wu -work_for-> Sweden", "Tom Wu -ambassador_to-> Norway"}, []string{"Tom Wu -work_in-> Norway"},
			"an ambassador is sent to the state he is stationed in"},
		{"Tom Wu met the US ambassador in Oslo on Monday.",
			nil, []string{"Tom Wu -ambassador_to-> Oslo", "Tom Wu -work_in-> Oslo"},
			"the place of a meeting is no post"},
		{"Tom Wu said he was an honorary ambassador in Norway.",
			nil, []string{"Tom Wu -ambassador_to-> Norway"},
			"an honorary title is no post"},
	})
}
