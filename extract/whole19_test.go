package extract_test

import "testing"

// TestListAfterTitledOfName checks that a list whose first member is a
// title with its of-phrase and a name ("the Speaker of the House Jan
// Olsen, President Petra Lind and Karl Berg") is the verb's list, each
// member an object, while a list inside an of-phrase stays one object.
func TestListAfterTitledOfName(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"The Norland Times also considered Secretary of State Jan Olsen, Finance Minister Petra Lind and Karl Berg.",
			"The Norland Times", "considered", "Finance Minister Petra Lind", "a titled name after the title's of-phrase heads the list"},
		{"The Norland Times also considered Secretary of State Jan Olsen, Finance Minister Petra Lind and Karl Berg.",
			"The Norland Times", "considered", "Karl Berg", "the list's last member"},
		{"The Norland Times praised the Speaker of the House Jan Olsen and President Petra Lind.",
			"The Norland Times", "praised", "President Petra Lind", "two members joined by and"},
		{"The Norland Times praised the Speaker of the House Jan Olsen and President Petra Lind.",
			"The Norland Times", "praised", "the Speaker of the House Jan Olsen", "the first member keeps its title"},
		{"Tom Wu praised a combination of courage, patience and luck.",
			"Tom Wu", "praised", "a combination of courage, patience and luck", "no name: the list is the of-phrase's"},
		{"Tom Wu met the Minister of Trade and Industry Jan Olsen.",
			"Tom Wu", "met", "the Minister of Trade and Industry Jan Olsen", "the and inside the title's field"},
	})
}

// TestListMemberWithPlace checks that a list goes on past a member placed
// by its own phrases ("protesters in Velmar over the dam").
func TestListMemberWithPlace(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"The Norland Times praised Jan Olsen, Petra Lind, protesters in Velmar over the dam, and Karl Berg.",
			"The Norland Times", "praised", "Petra Lind", "the member before the placed one"},
		{"The Norland Times also considered the Speaker of the House Jan Olsen, President Petra Lind, protesters in Velmar over the dam, and a whistleblower.",
			"The Norland Times", "considered", "President Petra Lind", "a titled list with a placed member"},
	})
}
