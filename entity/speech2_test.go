package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLaudatoryComplement covers a naming or describing verb whose
// complement honours an actor or its act: praise, as a scornful
// complement is criticism ([TestScornfulComplement]).
func TestLaudatoryComplement(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Ann Lee called Tom Wu a \"decent man\" on Monday.",
			[]string{"Ann Lee -praise-> Tom Wu"}, nil,
			"a praise adjective before a person noun, quoted"},
		{"Mayor Per Lund described Ann Lee as \"a brave woman with a big heart\".",
			[]string{"Per Lund -praise-> Ann Lee"}, nil,
			"describe as, the head cut before its with-phrase"},
		{"Ola Berg called Tom Wu \"humble and soft-spoken\".",
			[]string{"Ola Berg -praise-> Tom Wu"}, nil,
			"praise adjectives in a coordination"},
		{"Ola Berg called Tom Wu \"an incomparable chemist, a kind host, and a loyal friend\".",
			[]string{"Ola Berg -praise-> Tom Wu"}, nil,
			"the first of a list of praise"},
		{"Ann Lee called Norway's response \"brilliant\".",
			[]string{"Ann Lee -praise-> Norway"}, nil,
			"an actor's act praised is the actor praised"},
		{"Ann Lee called Tom Wu \"no hero\". Per Lund called Tom Wu a so-called hero.",
			nil, []string{"Ann Lee -praise-> Tom Wu", "Per Lund -praise-> Tom Wu"},
			"a negation or a scornful mark is no praise"},
		{"Per Lund called Tom Wu's death a great loss.",
			nil, []string{"Per Lund -praise-> Tom Wu"},
			"an act named with praise before a noun of no person honours no one"},
	})
}

// TestRelativeIncludeList covers a relative clause "which include" or
// "who include" set off by commas after a plural group: it lists members
// who take part in the group's act, as "including" does.
func TestRelativeIncludeList(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu's critics, which include the Halvik Party, blamed Tom Wu for the delay.",
			[]string{"Halvik Party -blame-> Tom Wu"}, nil,
			"which include names a member of the critics"},
		{"Several rights groups, who include Amnesty International and Human Rights Watch, condemned Tom Wu.",
			[]string{"Amnesty International -condemn-> Tom Wu", "Human Rights Watch -condemn-> Tom Wu"}, nil,
			"who include with two members"},
	})
}

// TestReportedSubjectPhrase covers a reported clause without "that"
// whose subject has a by- or from-phrase: the clause is still the
// speaker's, so the judgement it holds is the speaker's.
func TestReportedSubjectPhrase(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee said the decision by the Halvik Party was reckless.",
			[]string{"Ann Lee -criticize-> Halvik Party"}, nil,
			"an act by an actor, judged in a reported copula"},
	})
}

// TestScornAdjectivesMore covers adjectives that condemn an actor's act
// in a reported copula: clumsy, unthinking, cruel, heartless.
func TestScornAdjectivesMore(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee said the Halvik Party's latest move was clumsy and unthinking.",
			[]string{"Ann Lee -criticize-> Halvik Party"}, nil,
			"clumsy and unthinking judge the party's move"},
		{"\"Norway's policy is cruel and heartless,\" said Ann Lee.",
			[]string{"Ann Lee -criticize-> Norway"}, nil,
			"cruel and heartless in a quotation"},
		{"Ann Lee said the weather in Norway was cruel.",
			nil, []string{"Ann Lee -criticize-> Norway"},
			"weather is no act of the country"},
	})
}
