package entity

import "testing"

// TestChainsUnnamedPerson checks that a he or she after a person the text
// does not name ("the male victim", "there was a girl") is not the person
// named before, and that a noun that says what a named person is, or
// the subject of an object pronoun's own clause, leaves the pronoun to
// the named one.
func TestChainsUnnamedPerson(t *testing.T) {
	tests := []chainCase{
		{"victim",
			"Tom Berg, a fire service spokesman, told reporters the male victim is in hospital. Police believe him to be aged 25. Officers have been unable to question him.",
			map[string][]string{"Tom Berg": {"Tom Berg", "a fire service spokesman"}, "Police": {"Police"}},
			"\"him\" after \"the male victim\" is the victim, and so is the \"him\" after it"},
		{"existential",
			"Ann Lee ran a shop in Oslo. There was a girl in the shop, she was from Bergen.",
			map[string][]string{"Ann Lee": {"Ann Lee"}, "Oslo": {"Oslo"}, "Bergen": {"Bergen"}},
			"\"there was a girl\" brings in the \"she\""},
		{"after-preposition",
			"Tom Wu said officers spoke to a man at the scene and he told them the car was red.",
			map[string][]string{"Tom Wu": {"Tom Wu"}},
			"a person after a preposition in the pronoun's own sentence still comes between"},
		{"predicate",
			"Tom Wu was a man of few words. He never sought the spotlight.",
			map[string][]string{"Tom Wu": {"Tom Wu", "a man", "He"}},
			"\"a man\" after \"was\" says what Wu is"},
		{"coordinated-predicate",
			"Tom Wu was honest and a brilliant person who gave his life to the party.",
			map[string][]string{"Tom Wu": {"Tom Wu", "his"}},
			"a predicate noun coordinated with an adjective says what Wu is"},
		{"own-clause",
			"Tom Wu said a man attacked him.",
			map[string][]string{"Tom Wu": {"Tom Wu", "him"}},
			"an object pronoun is not the subject of its own clause"},
		{"named-after",
			"Police arrested Ann Lee on Monday. A man, identified as Tom Wu, was also held. He was released on bail.",
			map[string][]string{"Ann Lee": {"Ann Lee"}, "Police": {"Police"}, "Tom Wu": {"A man", "Tom Wu", "He"}},
			"a man named at once is no unnamed person"},
		{"unnamed-man-described",
			"The attacker, a man, reached the yard before he was shot by an officer. Local prosecutor Tom Berg said the suspect's wife was arrested. Officials said the man was born in Bergen. He lived in Oslo.",
			map[string][]string{"Tom Berg": {"Local prosecutor Tom Berg"}, "Bergen": {"Bergen"}, "Oslo": {"Oslo"}},
			"\"the man\" after an unnamed \"a man\" is that man, not a person named since, and so is the \"he\" after it"},
		{"named-man-described",
			"Tom Berg, a man from Leeds, joined the Green Party. Ann Lee praised the man.",
			map[string][]string{"Tom Berg": {"Tom Berg", "a man", "the man"}, "Ann Lee": {"Ann Lee"}, "Leeds": {"Leeds"}, "Green Party": {"Green Party"}},
			"\"a man\" in apposition to a name is that person's"},
	}
	runChainCases(t, tests)
}

// TestUnnamedManFarBack covers "the man" taking up "a 34-year-old man"
// the report arrested five sentences before, with a named man between, on
// an invented story: the arrested man, no one named.
func TestUnnamedManFarBack(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Police in Velby arrested a 34-year-old man on Tuesday. Commissioner Ann Lee said officers had raided a house. " +
			"Mayor Mia Berg condemned the attack. The imam of the mosque, Tom Wu, thanked police. Lee later met Wu at the mosque. " +
			"The man will appear in Velby District Court on Wednesday.",
			nil, []string{"Tom Wu -appear_in-> Velby District Court"}, "the arrested man, not the imam"},
	})
}
