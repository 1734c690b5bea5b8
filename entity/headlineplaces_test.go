package entity

import "testing"

// TestHeadlinePlaces checks that a headline's nationality or place before
// the description of a person the body names gives the person, in the
// headline, the body's tie to that place, on reports written for this test.
func TestHeadlinePlaces(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Norwegian woman claims Halvik Bank cheated her\n\nAnn Lee, a Norwegian woman and former clerk, has claimed that Halvik Bank cheated her of her savings.\n\nLee lives in Bergen.",
			"Ann Lee -from-> Norway", 0,
			"the nationality the body gives the woman it names"},
		{"Norwegian man says Halvik Bank cheated him\n\nTom Wu, a retired sailor, said on Monday that Halvik Bank cheated him. Wu fled Norway in May.",
			"", 0,
			"the body ties the man to the state by no origin"},
	}, "from", "live_in")
}

// TestHeadlineDescRole checks that a body's name before the role noun of a
// headline's description gives the person the body names the role in it.
func TestHeadlineDescRole(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Halvik Army sergeant charged with fraud\n\nTom Wu, 38, a sergeant, was charged with fraud in Oslo on Monday. He had served in Bergen.",
			"Tom Wu -work_for-> Halvik Army", 0,
			"the sergeant's army in the headline"},
		{"Halvik Army sergeant charged with fraud\n\nTom Wu, 38, a sergeant of the Lodi Guard, was charged with fraud in Oslo on Monday.",
			"", 0,
			"the body gives the sergeant another body"},
	}, "member_of", "work_for", "lead")
}

// TestHeadlinePlacesBody checks the same for an organisation the headline
// describes by its kind, with lower-case modifiers after the nationality.
func TestHeadlinePlacesBody(t *testing.T) {
	runSentenceCases(t, []sentenceCase{
		{"Norwegian state-owned company buys Lodi Motors\n\nOn Monday, Norwegian state-owned company Halvik Motors bought Lodi Motors for $2 million. The company was founded in 1990.",
			"Halvik Motors -part_of-> Norway", 0,
			"the state the body gives the company"},
	}, "part_of", "locate_in", "from")
}
