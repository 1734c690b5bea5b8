package entity

import "testing"

// TestHeadlineSpeaker: a headline's "elected Speaker", with no auxiliary,
// is the passive of a body's text, and the Speaker chairs the one house
// the report names; a Speaker named after the title is no office given.
func TestHeadlineSpeaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Mia Berg elected Speaker as new Congress sworn in\n\nThe House of Representatives met on Monday. Mia Berg won 220 votes.",
			[]string{"Mia Berg -lead-> House of Representatives"},
			nil,
			"the headline's participle before the capitalised title"},
		{"Halvik Party backs Speaker Tom Wu in vote\n\nThe House of Representatives met on Monday. Mia Berg won 220 votes.",
			nil,
			[]string{"Mia Berg -lead-> House of Representatives", "Halvik Party -lead-> House of Representatives"},
			"a verb that puts no one in office gives no chair"},
	})
}
