package entity

import "testing"

// TestChainsSpokesmanBody covers an "it" or "they" that opens what a
// named spokesperson of a body reports ([docState.spokesmanBody]): the
// pronoun is the body he speaks for, not the body named last.
func TestChainsSpokesmanBody(t *testing.T) {
	runChainCases(t, []chainCase{
		{"name-before",
			"Greenway Motors recalled cars in March. Acme Corp spokeswoman Ann Lee said they had paid Tom Hale.",
			map[string][]string{"Greenway Motors": {"Greenway Motors"}, "Acme Corp": {"Acme Corp", "they"}, "Ann Lee": {"Ann Lee"}, "Tom Hale": {"Tom Hale"}},
			"the body named before the spokeswoman"},
		{"one-word-between",
			"The Halvik Front attacked a depot. Greenway Motors sold trucks to the army. Halvik Front military spokesman Tom Wu said it had attacked Greenway Motors.",
			map[string][]string{"Halvik Front": {"Halvik Front", "Halvik Front", "it"}, "Greenway Motors": {"Greenway Motors", "Greenway Motors"}, "Tom Wu": {"Tom Wu"}},
			"a lower-case word between the body and the noun"},
		{"present-they",
			"Greenway Motors recalled cars in March. Acme Corp spokeswoman Ann Lee said they apply to trucks sold by Tom Hale.",
			map[string][]string{"Greenway Motors": {"Greenway Motors", "they"}, "Acme Corp": {"Acme Corp"}, "Ann Lee": {"Ann Lee"}, "Tom Hale": {"Tom Hale"}},
			"a they in the present may be things the spokeswoman speaks of: left to the old rules"},
		{"apposition",
			"Greenway Motors recalled cars in March. Ann Lee, a spokeswoman for Acme Corp, said it had paid Tom Hale.",
			map[string][]string{"Greenway Motors": {"Greenway Motors"}, "Acme Corp": {"Acme Corp", "it"}, "Ann Lee": {"Ann Lee", "a spokeswoman"}, "Tom Hale": {"Tom Hale"}},
			"the body the spokeswoman is said to speak for"},
		{"possessive",
			"Greenway Motors recalled cars in March. Tom Hale's spokeswoman Ann Lee said it had paid Peter Vance.",
			map[string][]string{"Greenway Motors": {"Greenway Motors", "it"}, "Tom Hale": {"Tom Hale"}, "Ann Lee": {"spokeswoman", "Ann Lee"}, "Peter Vance": {"Peter Vance"}},
			"a person's spokeswoman speaks for no body"},
	})
}

// TestChainsTheirStateSubject covers a "their" before a noun only states
// have, after a state that is the subject of its clause: a state's own
// government is "its", so "their" is not the state's.
func TestChainsTheirStateSubject(t *testing.T) {
	runChainCases(t, []chainCase{
		{"subject",
			"Thousands of students marched on Friday. The students claimed Iran is influencing their government.",
			map[string][]string{"Iran": {"Iran"}},
			"a state that is the subject is not their"},
		{"place",
			"Students in Iran have criticized their government.",
			map[string][]string{"Iran": {"Iran", "their"}, "Iranian government": {"their government"}},
			"a state named in a place phrase still is"},
	})
}

// TestChainsLeaderGovDesc covers "the administration" alone, which takes
// up a government named before by its leader.
func TestChainsLeaderGovDesc(t *testing.T) {
	runChainCases(t, []chainCase{
		{"administration",
			"A committee sent a subpoena to the Trump administration. Later the administration sued Tom Wu.",
			map[string][]string{"Trump administration": {"Trump administration", "the administration"}, "Donald Trump": {"Trump"}, "Tom Wu": {"Tom Wu"}},
			"the administration named before"},
	})
}
