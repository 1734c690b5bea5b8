package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestChainsCollectiveThey covers a "they" that takes up a body the text
// has described by a noun of a few people ("rock band Kestrel", "the
// band"), on documents of our own.
func TestChainsCollectiveThey(t *testing.T) {
	runChainCases(t, []chainCase{
		{"band-described",
			"Ola Berg left Norwegian rock band Kestrel on Monday. The band later toured Japan. In 2009 they were inducted into a hall of fame.",
			map[string][]string{
				"Ola Berg": {"Ola Berg"},
				"Kestrel":  {"Norwegian rock band Kestrel", "The band", "they"},
				"Japan":    {"Japan"},
			},
			"a body described as a band is taken up by \"they\", as one whose name ends in Band is"},
		{"company-not",
			"Halvik Ltd cut prices on Monday. The company later closed two shops. In 2009 they were fined by regulators.",
			map[string][]string{
				"Halvik Ltd": {"Halvik Ltd", "The company"},
			},
			"a company is \"it\": the \"they\" after it is its people or others"},
	})
}

// TestChainsReflexiveSubject covers a subject named again by a reflexive
// after its verb ("Berg referred to himself as ..."): it stays the
// subject that a later "he" of the sentence takes up, rather than giving
// way to the actor the paragraph names most, on a document of our own.
func TestChainsReflexiveSubject(t *testing.T) {
	runChainCases(t, []chainCase{
		{"reflexive-object",
			"Tom Wu and Ola Berg debated in Oslo on Tuesday. Wu spoke first. Wu attacked the unions. Wu then praised the police. Wu mocked the press. Wu said Berg was weak. Berg referred to himself as a moderate and said he did not support the plans Wu mentioned.",
			map[string][]string{
				"Tom Wu":   {"Tom Wu", "Wu", "Wu", "Wu", "Wu", "Wu", "Wu"},
				"Ola Berg": {"Ola Berg", "Berg", "Berg", "himself", "he"},
				"Oslo":     {"Oslo"},
			},
			"the subject named again as its own verb's object is still the clause's subject"},
	})
}

// TestChainsSubjectAdverb covers a subject whose verb comes after an
// adverb ("The band eventually rose ..."): a people noun later in its
// sentence does not stop a "they" after it from taking it up, on a
// document of our own.
func TestChainsSubjectAdverb(t *testing.T) {
	runChainCases(t, []chainCase{
		{"adverb-before-verb",
			"Ola Berg left Norwegian rock band Kestrel on Monday. The band eventually became one of the best-selling artists in Europe. In 2009 they were inducted into a hall of fame.",
			map[string][]string{
				"Ola Berg": {"Ola Berg"},
				"Kestrel":  {"Norwegian rock band Kestrel", "The band", "they"},
				"Europe":   {"Europe"},
			},
			"\"The band eventually became\" names the band as its sentence's subject"},
	})
}

// TestTopicItBody covers an "It" that opens a sentence after one whose
// subject is a body: it takes the body up when that subject is a
// description ("The airline was ...") or when its verb judges or takes
// on an actor ("It also credited Berg with ...", "It hired Tom Wu"), on
// invented sentences. TestAddressingIt keeps "It carried Ann Lee" a
// thing's.
func TestTopicItBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Airline banned\n\nNorway banned Halvik Airlines on Monday. The airline was the first in private hands. It is still operating in Sweden.",
			[]string{"Halvik Airlines -operate_in-> Sweden"}, nil, "a description of the body as the subject before"},
		{"Agency mourns\n\nESA interrupted its coverage to mourn Ola Berg. It also credited Berg with making the flight possible. It hired Tom Wu in 2001.",
			[]string{"ESA -credit-> Ola Berg", "ESA -hire-> Tom Wu"}, nil, "a verb that judges an actor"},
		{"Crash report\n\nThe Oslo Herald reported the landing was a mistake. It cited the Norwegian Air Force as stating Halvik Airlines owned the plane.",
			[]string{"Oslo Herald -cite-> Norwegian Air Force"}, nil, "citing an actor, as quoting one"},
	})
}

// TestChainsQuoteAddressee covers an "it" inside a quotation whose frame
// names the body the speaker addresses ("he told Halvik Radio that
// "it can be tough ...""): the "it" is not that body, while a body the
// speaker speaks of stays the antecedent, on documents of our own.
func TestChainsQuoteAddressee(t *testing.T) {
	runChainCases(t, []chainCase{
		{"told-that",
			"Ola Berg was working on a helmet at the fair. After the fair, he told Halvik Radio that \"it can be tough to keep focus with so many people around.\"",
			map[string][]string{
				"Ola Berg":     {"Ola Berg", "he"},
				"Halvik Radio": {"Halvik Radio"},
			},
			"the body told is the addressee, not what the quotation is about"},
		{"named-body",
			"Ola Berg criticised Halvik Ltd, saying \"it has failed its workers.\"",
			map[string][]string{
				"Ola Berg":   {"Ola Berg"},
				"Halvik Ltd": {"Halvik Ltd", "its"},
			},
			"a body the speaker speaks of, not to, stays the antecedent"},
	})
}
