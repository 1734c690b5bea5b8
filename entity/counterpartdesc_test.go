package entity

import "testing"

// TestCounterpartDesc checks that "his Swedish counterpart" with no name
// after it takes up the one person of that state the document named
// before, and none when two fit or none does, on sentences written for
// this test.
func TestCounterpartDesc(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Foreign Minister Tom Berg met his Swedish counterpart Ann Lind in Oslo on Monday. Berg and his Swedish counterpart discussed trade between the two countries.",
			[]string{"Tom Berg -discuss_with-> Ann Lind"}, nil,
			"the counterpart named before"},
		{"Foreign Minister Tom Berg met his Swedish counterpart Ann Lind in Oslo on Monday. Berg and his Swedish counter-part discussed trade between the two countries.",
			[]string{"Tom Berg -discuss_with-> Ann Lind"}, nil,
			"the hyphenated spelling"},
		{"Norwegian Foreign Minister Tom Berg met Swedish Prime Minister Ola Lund and Swedish Foreign Minister Ann Lind in Oslo. Berg and his Swedish counterpart discussed trade between the two countries.",
			[]string{"Tom Berg -discuss_with-> Ann Lind"}, []string{"Tom Berg -discuss_with-> Ola Lund"},
			"of two people of the state, the one with the possessor's post"},
		{"Norwegian Foreign Minister Tom Berg met Swedish President Ola Lund and Swedish Prime Minister Ann Lind in Oslo. Berg and his Swedish counterpart discussed trade between the two countries.",
			nil, []string{"Tom Berg -discuss_with-> Ann Lind", "Tom Berg -discuss_with-> Ola Lund"},
			"two people of the state and neither with the post: no one"},
		{"Foreign Minister Tom Berg met Danish Foreign Minister Ann Lind in Oslo on Monday. Berg and his Swedish counterpart discussed trade between the two countries.",
			nil, []string{"Tom Berg -discuss_with-> Ann Lind"},
			"no one of that state named"},
	})
}

// TestHeldFact checks that a description made of a state's adjective and
// a post restates the post its holder was named with, in the sentence of
// the description, on sentences written for this test.
func TestHeldFact(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"On Monday, Tom Berg met Danish President Ole Hansen in Oslo. A meeting took place between Berg and the Danish president at the palace.",
			"Ole Hansen -lead-> Denmark", 1, "the Danish president leads Denmark"},
		{"Foreign Minister Tom Berg met his Swedish counterpart Ann Lind in Oslo on Monday. Berg and his Swedish counterpart discussed trade between the two countries.",
			"Ann Lind -work_for-> Sweden", 1, "the Swedish counterpart works for Sweden"},
		{"On Monday, Tom Berg met Danish President Ole Hansen in Oslo. A meeting took place between Berg and the president at the palace.",
			"", 1, "no state named with the post"},
	}, "lead", "work_for")
}

// TestHeldFactNoPost checks that a description made of a nationality and
// no post ("the Swede") restates no post, on sentences written for this
// test.
func TestHeldFactNoPost(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Swedish Foreign Minister Ann Lind arrived in Oslo on Monday. The Swede met students at the university.",
			"", 1, "a nationality is no post"},
	}, "lead", "work_for")
}
