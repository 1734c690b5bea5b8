package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFirstBodyNoun checks that a body's noun opening a sentence before a
// role noun and a name names the body the document named before, not a
// body of its own called "Company" or "Party".
func TestFirstBodyNoun(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Halvik Motors recalled 20,000 cars on Monday.\n\nCompany spokesman Tom Wu said the fault was minor.",
			[]string{"Tom Wu -work_for-> Halvik Motors"}, []string{"Tom Wu -work_for-> Company"},
			"a company's spokesman"},
		{"The Halvik Labour Party lost the vote.\n\nParty leader Ann Lee resigned on Friday.",
			[]string{"Ann Lee -lead-> Halvik Labour Party"}, []string{"Ann Lee -lead-> Party"},
			"a party's leader"},
		{"Halvik Valley Police arrested two men.\n\nPolice spokesman Per Holt said they were held in Oslo.",
			[]string{"Per Holt -work_for-> Halvik Valley Police"}, nil,
			"Police keeps its own reading"},
		{"Halvik Motors recalled 20,000 cars on Monday.\n\nCompany founder Tom Wu said the fault was minor.",
			[]string{"Tom Wu -found-> Halvik Motors"}, []string{"Tom Wu -work_for-> Halvik Motors"},
			"a company's founder founded it"},
		{"Halvik Motors tested its new car by lending company founder Tom Wu's truck to a rally.",
			[]string{"Tom Wu -found-> Halvik Motors"}, nil,
			"a company's founder in a possessive, the company named before in the sentence"},
		{"Ann Lee appeared before the Marisco County Circuit Court on Monday. Court Commissioner Tom Wu set bail. Court clerk Sam Dale said the hearing was over.",
			[]string{"Tom Wu -work_for-> Marisco County Circuit Court", "Sam Dale -work_for-> Marisco County Circuit Court"}, nil,
			"a court's commissioner and clerk: the court named before"},
		{"Ann Lee was released from jail on Friday. Court Commissioner Tom Wu said he had set bail. Court clerk Sam Dale agreed.",
			nil, []string{"Tom Wu -work_for-> Court", "Sam Dale -work_for-> Court"},
			"no court named: no body called \"Court\""},
	})
}

// TestApposedBodyRole checks that an apposition of "the", a body's noun
// and a role after a person's name gives the role in the body the
// document named before, on documents written for this test.
func TestApposedBodyRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Velmor Green Party won four seats.\n\nAnn Lee, the party leader, thanked voters.",
			[]string{"Ann Lee -lead-> Velmor Green Party"}, nil,
			"a party's leader"},
		{"Halvik Motors cut 200 jobs.\n\nSales fell, said Tom Wu, the company spokesman.",
			[]string{"Tom Wu -work_for-> Halvik Motors"}, nil,
			"a company's spokesman at the sentence's end"},
		{"Halvik Motors cut 200 jobs.\n\nTom Wu, the company driver who lost his job, was angry.",
			nil, []string{"Tom Wu -work_for-> Halvik Motors", "Tom Wu -lead-> Halvik Motors"},
			"no role noun before the relative clause"},
		{"Halvik Police arrested two men.\n\nTom Wu, a police spokesman, said they were held. Halvik Fire Department sent four trucks. Ann Lee, a fire department spokeswoman, said the blaze was out.",
			[]string{"Tom Wu -work_for-> Halvik Police", "Ann Lee -work_for-> Halvik Fire Department"}, nil,
			"an indefinite apposition of a body's noun and a role, with a noun before the body's noun or none, names the body named before"},
		{"Halvik Motors cut 200 jobs.\n\nTom Wu, a company driver who lost his job, was angry. Ann Lee, a retired company, left.",
			nil, []string{"Tom Wu -work_for-> Halvik Motors", "Ann Lee -work_for-> Halvik Motors"},
			"no role noun after the body's noun"},
		{"Halvik Fire Brigade sent four trucks.\n\nTom Wu, a fire service spokesman, said the blaze was out. Fire service spokeswoman Ann Lee agreed.",
			[]string{"Tom Wu -work_for-> Halvik Fire Brigade", "Ann Lee -work_for-> Halvik Fire Brigade"}, nil,
			"the fire service is the fire brigade named before"},
		{"Halvik Secret Service arrested two men.\n\nTom Wu, a fire service spokesman, said the blaze was out.",
			nil, []string{"Tom Wu -work_for-> Halvik Secret Service"},
			"a fire service is no other service"},
	})
}

// TestGradedRoleAfterPossessive checks that a possessive pronoun, a
// department's adjective and a role noun before a name and a comma give
// the person work for the body, on documents written for this test.
func TestGradedRoleAfterPossessive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Velmor Health Agency cut jobs.\n\nIts regional director, Ann Lee, met Tom Wu.",
			[]string{"Ann Lee -work_for-> Velmor Health Agency"}, []string{"Ann Lee -lead-> Velmor Health Agency"},
			"a regional director works for the body"},
		{"The Velmor Health Agency cut jobs.\n\nIts director, Ann Lee, met Tom Wu.",
			[]string{"Ann Lee -lead-> Velmor Health Agency"}, nil,
			"its director leads it"},
	})
}

// TestBodyNounVerbTitle checks that a body's noun gives no role to a titled
// name it reaches only over a verb ("the government asked Judge Tom Wu"),
// while a noun right before the role noun still does.
func TestBodyNounVerbTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian government appealed the ruling.\n\nJudge Tom Wu struck down the ban. The government asked Judge Wu to delay his order, but he refused.",
			[]string{"Norwegian government -ask-> Tom Wu"}, []string{"Tom Wu -work_for-> Norwegian government"},
			"a verb between the noun and the judge's title"},
		{"The Norwegian government appealed the ruling.\n\nGovernment spokeswoman Ann Lee said it would win.",
			[]string{"Ann Lee -work_for-> Norwegian government"}, nil,
			"the noun right before the role noun"},
	})
}
