package nlp

import "testing"

// TestRelativeClosedPast checks that a verb after the dash or comma that
// closes a relative clause set off after the subject is the sentence's
// past tense when it takes an object, and that a participle with no
// object, or a sentence with a finite verb of its own, is left alone.
func TestRelativeClosedPast(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"The Harbor Army — whose commander is General Ola Berg al-Nasser — entered Bergen and Molde yesterday.", "entered", "VBD", "after a closing dash"},
		{"The Harbor Army — whose soldiers are tired — entered Bergen yesterday.", "entered", "VBD", "a clause with an adjective"},
		{"Tom Wu, who was a baker, injured in the blast, died on Monday.", "injured", "VBN", "no object, and a finite verb after"},
		{"The Norland Army — a large force — entered Tell Varo on Monday.", "entered", "VBD", "an apposition between em dashes"},
		{"The Norland Army – a large force – entered Tell Varo on Monday.", "entered", "VBD", "an apposition between en dashes"},
		{"Tom Wu — along with two aides — visited Oslo on Monday.", "visited", "VBD", "a prepositional aside"},
		{"The court — the highest in Norland — ruled in favour of Acme.", "ruled", "VBD", "a preposition after the verb"},
		{"The Mayor of Varo (MV) — the city's chief — visited Oslo on Monday.", "visited", "VBD", "a parenthesis before the dash"},
		{"Tom Wu, a baker, injured in the blast, died on Monday.", "injured", "VBN", "commas, and a finite verb after"},
	})
}

// TestInChiefTitle checks that an office written with "-in-chief" is a
// noun.
func TestInChiefTitle(t *testing.T) {
	checkWordTags(t, []wordTagCase{
		{"The Harbor Army, whose commander-in-chief is Tom Wu, entered Bergen.", "commander-in-chief", "NN", "commander"},
		{"Oslo Times editor-in-chief Ann Lee said the paper would close.", "editor-in-chief", "NN", "editor"},
	})
}
