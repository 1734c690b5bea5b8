package extract_test

import "testing"

// TestConfessedToGerund checks that a gerund after "confessed to" or
// "admitted to" joins the relation, as one right after "admitted" does,
// so that the gerund's object is the clause's ("confessed to killing Ann
// Lee"), while "confessed to" a noun keeps its plain reading.
func TestConfessedToGerund(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Tom Wu confessed to killing Ann Lee in 2016.", "Tom Wu", "confessed to killing", "Ann Lee", "confessed to and a gerund"},
		{"Tom Wu admitted to bribing Kari Dahl.", "Tom Wu", "admitted to bribing", "Kari Dahl", "admitted to and a gerund"},
		{"Tom Wu admitted bribing Kari Dahl.", "Tom Wu", "admitted bribing", "Kari Dahl", "a gerund right after the verb, as before"},
		{"Tom Wu confessed to the theft on Monday.", "Tom Wu", "confessed to", "the theft", "confessed to a noun"},
	})
}

// TestTimeNounModifier checks that a time noun modifying another noun
// ("morning show", "evening news") makes no time phrase of a prepositional
// phrase, which stays the verb's own, while a time noun as the head still
// dates the clause.
func TestTimeNounModifier(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Ann Lee spoke on Halvik TV's morning show.", "Ann Lee", "spoke on", "Halvik TV's morning show", "a show named by its time of day"},
		{"Tom Wu appeared on the evening news programme.", "Tom Wu", "appeared on", "the evening news programme", "two nouns after the time noun"},
		{"Kari Dahl spoke on Halvik TV's talk show Morning Harbour.", "Kari Dahl", "spoke on", "Halvik TV's talk show Morning Harbour", "a capitalised time word opening the show's name"},
	})
}
