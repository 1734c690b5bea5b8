package extract_test

import "testing"

// TestCompositionAfterComma checks that a phrase of composition set off by
// a comma after a noun ("a council, made up of Sweden and Denmark", "a
// coalition, consisting of the Labour Party") tells what that noun is made
// of, not an act of the clause's subject, while a gerund of another verb
// still acts for the subject, on sentences written for this test.
func TestCompositionAfterComma(t *testing.T) {
	tests := []actCase{
		{"Norway has a council, made up of Sweden and Denmark.", "Norway", "make_up_of", false},
		{"Norway has a council, made up of Sweden and Denmark.", "a council", "make_up_of", true},
		{"Tom Wu founded a coalition, consisting of the Labour Party and the Green Party.", "Tom Wu", "consist_of", false},
		{"Tom Wu founded a coalition, consisting of the Labour Party and the Green Party.", "a coalition", "consist_of", true},
		{"Ann Lee formed a group, comprising Tom Wu and Bob Smith.", "Ann Lee", "comprise", false},
		{"The alliance is largely made up of Swedish fighters.", "The alliance", "make_up_of", true},
		{"Norway attacked Sweden, killing Tom Wu.", "Norway", "kill", true},
	}
	checkActs(t, tests)
}

// TestSourceAsideIsNoApposition checks that the phrase after an aside
// "according to X" that interrupts a clause after a copula or "and"
// completes that clause and is no apposition to the source, while a
// source's own apposition stays one, on sentences written for this test.
func TestSourceAsideIsNoApposition(t *testing.T) {
	tests := []actCase{
		{"The Halvik Front was, according to Sweden, supportive of the Varden Party.", "Sweden", "be", false},
		{"Halvik is the main force of the alliance, largely Norwegian and, according to Sweden, supportive of the Varden Party.", "Sweden", "be", false},
		{"The Halvik Front is, according to Sweden, a supporter of the Varden Party.", "Sweden", "be", false},
		{"According to Tom Wu, the leader of the Varden Party, the vote failed.", "Tom Wu", "be", true},
		{"The vote failed, according to Tom Wu, the leader of the Varden Party.", "Tom Wu", "be", true},
	}
	checkActs(t, tests)
}

// TestNewlyElectedTitle checks that "newly elected" before a title and a
// name modifies the name: it is no act of the clause's subject, and the
// name stays the object of the verb before it, on sentences written for
// this test.
func TestNewlyElectedTitle(t *testing.T) {
	tests := []actCase{
		{"The council subpoenaed a transcript of a call between Tom Wu and then-newly elected President Ann Lee.", "The council", "elect", false},
		{"The council met newly elected President Ann Lee.", "The council", "elect", false},
		{"Ann Lee was newly elected President of the council.", "Ann Lee", "elect", true},
	}
	checkActs(t, tests)
}

// TestAgreedPactAntecedent checks that a passive relative clause of making
// a pact after "a treaty with X" is about the treaty, not X, while other
// relative clauses after the name stay about it, on sentences written for
// this test.
func TestAgreedPactAntecedent(t *testing.T) {
	tests := []actCase{
		{"Tom Wu withdrew Norway from a treaty with Sweden, which had been agreed under Ann Lee.", "Sweden", "agree_under", false},
		{"Tom Wu withdrew Norway from a treaty with Sweden, which had been agreed under Ann Lee.", "a treaty", "agree_under", true},
		{"Norway left a pact with Sweden, which was signed under President Ann Lee.", "Sweden", "sign_under", false},
		{"Norway signed a deal with Sweden, which was accused of fraud by Ann Lee.", "Sweden", "accuse_of", true},
	}
	checkActs(t, tests)
}
