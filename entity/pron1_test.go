package entity

import "testing"

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
