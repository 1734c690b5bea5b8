package entity

import "testing"

// TestPossessedParticiple checks that a past participle between a
// possessive pronoun and a common noun ("his proposed budget") modifies
// the noun: the pronoun's owner is not the verb's object, on documents
// written for this test.
func TestPossessedParticiple(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ola Berg is the president of Sweden. The Riksdag has not passed his proposed budget.",
			nil, []string{"Riksdag -not_pass-> Ola Berg", "Riksdag -pass-> Ola Berg"},
			"a participle before the possessed noun"},
		{"Tom Wu founded Halvik Radio. Ann Lee bought its planned tower in 2019.",
			[]string{"Tom Wu -found-> Halvik Radio"}, []string{"Ann Lee -buy-> Halvik Radio"},
			"a body's possessive"},
		{"Ola Berg is the president of Sweden. Ann Lee met him in Oslo.",
			[]string{"Ann Lee -meet-> Ola Berg"}, nil,
			"a pronoun alone is still the object"},
	})
}

// TestPossessedEventNoun checks that an event noun the tagger reads as an
// adjective after a possessive ("Tom Wu's funeral") is the head of the
// object, so the person is not what the verb acts on, on documents
// written for this test.
func TestPossessedEventNoun(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ola Berg posted the video to distract from Tom Wu's funeral.",
			nil, []string{"Ola Berg -distract_from-> Tom Wu"},
			"a possessor's funeral"},
	})
}
