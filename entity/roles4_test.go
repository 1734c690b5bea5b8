package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBodyChiefOfStaff: a chief of staff after an organisation's or a
// campaign's possessive works for it, as one after a person's possessive
// works for the person; invented stories.
func TestBodyChiefOfStaff(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Strike talks\n\nThe Harbor Party's chief of staff, Lina Moss, said the talks would resume.",
			[]string{"Lina Moss -work_for-> Harbor Party"}, nil,
			"a party's chief of staff in apposition"},
		{"Strike talks\n\nGoogle's deputy chief of staff Lina Moss said the talks would resume.",
			[]string{"Lina Moss -work_for-> Google"}, nil,
			"a company's deputy chief of staff before the name"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. The Abbot campaign's chief of staff, Lina Moss, said the rally would go on.",
			[]string{"Lina Moss -work_for-> Abbot campaign"}, nil,
			"a campaign's chief of staff"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. The Abbot campaign's press secretary Lina Moss said the rally would go on.",
			[]string{"Lina Moss -work_for-> Abbot campaign"}, nil,
			"a campaign's press secretary"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. The Abbot campaign's rally drew Lina Moss and Bo Kim.",
			nil, []string{"Lina Moss -work_for-> Abbot campaign"},
			"a campaign's event is no employer"},
	})
}

// TestIndefiniteTitleApposed: a title in an indefinite phrase set off
// before a name ("One senator, Ann Lee, said") is the name's, as in
// "Ann Lee, a senator, said"; invented stories.
func TestIndefiniteTitleApposed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senate passes bill\n\nThe US Senate voted on the budget on Monday. One senator, Lina Moss, said the vote was rushed.",
			[]string{"Lina Moss -member_of-> United States Senate"}, nil,
			"one senator, NAME, said"},
		{"Senate passes bill\n\nThe US Senate voted on the budget on Monday. The budget was opposed by another senator, Lina Moss, who left.",
			[]string{"Lina Moss -member_of-> United States Senate"}, nil,
			"by another senator, NAME, who"},
		{"Norway votes\n\nNorway held elections on Monday. Voters in Norway chose a new parliament. A former prime minister, Ola Strand, said the vote was fair.",
			[]string{"Ola Strand -lead-> Norway"}, nil,
			"a former prime minister, NAME,"},
		{"Norway votes\n\nNorway held elections on Monday. Voters in Norway chose a new parliament. A Swedish minister, Ola Strand, said the vote was fair.",
			[]string{"Ola Strand -work_for-> Sweden"}, []string{"Ola Strand -work_for-> Norway"},
			"a nationality before the title"},
		{"Senate passes bill\n\nThe US Senate voted on the budget on Monday. A senator, Lina Moss and Bo Kim met the press.",
			nil, []string{"Lina Moss -member_of-> United States Senate", "Bo Kim -member_of-> United States Senate"},
			"a list after the title is no apposition"},
	})
}

// TestPersonalCoach: one who coaches, trains or preps a person, named
// after the person's possessive, works for the person; invented stories.
func TestPersonalCoach(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. Abbot's debate coach Lina Moss said he was ready.",
			[]string{"Lina Moss -work_for-> Ken Abbot"}, nil,
			"a debate coach after a person's possessive"},
		{"Open final\n\nThe tennis player Ana Ruiz won on Sunday. Lina Moss, Ruiz's coach, said she was tired.",
			[]string{"Lina Moss -work_for-> Ana Ruiz"}, nil,
			"a coach in apposition"},
		{"Race in Ohio\n\nKen Abbot is running for governor of Ohio. Abbot's personal trainer Lina Moss said he was ready.",
			[]string{"Lina Moss -work_for-> Ken Abbot"}, nil,
			"a personal trainer"},
	})
}

// TestLocalHeadAndTitle: a place's head joined by "and" to a second
// title before a name ("former Ohio governor and US Senator Tom Wu")
// still heads the place; invented stories.
func TestLocalHeadAndTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Race in Ohio\n\nThe race began on Monday. Former Ohio governor and US Senator Dale Pruitt said he would run.",
			[]string{"Dale Pruitt -lead-> Ohio", "Dale Pruitt -member_of-> United States Senate"}, nil,
			"a governor and a senator"},
		{"Oslo vote\n\nThe vote began on Monday. Oslo mayor and Labour MP Ann Lee said she would run.",
			[]string{"Ann Lee -lead-> Oslo"}, nil,
			"a mayor and an MP"},
		{"Race in Ohio\n\nThe race began on Monday. Ohio governor and the Senate's Dale Pruitt said he would run.",
			nil, []string{"Dale Pruitt -lead-> Ohio"},
			"no title in capitals after the 'and'"},
		{"Veto in Ohio\n\nThe Ohio governor, Dale Pruitt, vetoed the bill. The Velby mayor, Ann Lee, said she would sue.",
			[]string{"Dale Pruitt -lead-> Ohio", "Ann Lee -lead-> Velby"}, nil,
			"the place's head noun after \"the\" and the holder's name after the comma"},
		{"Talks in Oslo\n\nThe talks began on Monday. The Oslo mayor, Ann Lee, and Tom Wu met in the city hall.",
			nil, []string{"Tom Wu -lead-> Oslo"},
			"the holder is the one name after the comma, not the next of a list"},
		{"Row in Ohio\n\nA farmer is at the centre of a row between Velby Mayor Ann Lee, and Ohio Governor, Dale Pruitt. Ohio Governor, Dale Pruitt, vetoed the bill.",
			[]string{"Dale Pruitt -lead-> Ohio", "Ann Lee -lead-> Velby"}, nil,
			"a capitalised head noun after the place, with no \"the\", before a comma and the holder's name"},
		{"Row in Ohio\n\nA farmer has become the centre of a row between Velby Mayor Ann Lee, and Ohio Governor, Dale Pruitt.",
			[]string{"Ann Lee -dispute_with-> Dale Pruitt"}, []string{"Ann Lee -dispute_with-> Ohio"},
			"a row between two holders, the second named after the place's head and a comma"},
		{"Talks in Ohio\n\nHe met his Ohio Governor, Dale Pruitt said.",
			nil, []string{"Dale Pruitt -lead-> Ohio"},
			"a possessive before the place: not a phrase of the place's head"},
	})
}

// TestHeadlineTownState: a report whose headline names a town and whose
// text names one country twice, and no other, is about that country: a
// minister with no country named works for it; invented stories.
func TestHeadlineTownState(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Omsk factory fire kills five\n\nA fire broke out on Monday at a factory in Omsk, a city in the south of Russia. Such fires are frequent in Russia. Transport Minister Pavel Orlov said the roads were closed.",
			[]string{"Pavel Orlov -work_for-> Russia"}, nil,
			"a town in the headline, its country twice in the text"},
		{"Ohio factory fire kills five\n\nA fire broke out on Monday at a factory in Ohio. Two of the victims came from Mexico. Mexico sent condolences. Secretary of State Pavel Orlov said the roads were closed.",
			nil, []string{"Pavel Orlov -work_for-> Mexico"},
			"a state's division in the headline is no town"},
	})
}

// TestApposedOfficeAfterAnd: "Tom Wu, a former Ohio governor and US
// Senator," gives the office after "and" to the person, not to an actor
// of its own named by the title; invented stories.
func TestApposedOfficeAfterAnd(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Race in Ohio\n\nThe race began in Ohio, United States, on Monday. The United States votes in November. Dale Pruitt, a former Ohio governor and US Senator, said he would run.",
			[]string{"Dale Pruitt -lead-> Ohio", "Dale Pruitt -member_of-> United States Senate"},
			[]string{"Senator of United States -lead-> Ohio", "Dale Pruitt -lead-> United States", "Dale Pruitt -lead-> United States Senate"},
			"a governor and a senator in apposition"},
		{"Race in Ohio\n\nThe race began in Ohio, United States, on Monday. The United States votes in November. Dale Pruitt, a former Norwegian minister and US Senator, said he would run.",
			[]string{"Dale Pruitt -work_for-> Norway", "Dale Pruitt -member_of-> United States Senate"}, nil,
			"a minister and a senator in apposition"},
	})
}

// TestCopulaChiefOfStaff: "was (served as) Ann Lee's chief of staff"
// works for her, as "was her spokeswoman" does; invented stories.
func TestCopulaChiefOfStaff(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Race in Ohio\n\nKen Abbot is the Governor of Ohio. Lina Moss served as Abbot's chief of staff.",
			[]string{"Lina Moss -work_for-> Ken Abbot"}, nil,
			"served as a person's chief of staff"},
		{"Race in Ohio\n\nKen Abbot is the Governor of Ohio. Lina Moss, who was Abbot's deputy chief of staff, said he would win.",
			[]string{"Lina Moss -work_for-> Ken Abbot"}, nil,
			"a relative clause's copula and a deputy chief of staff"},
	})
}

// TestCataphoricStaffClause: "After his aide Jill Moss fell ill,
// Governor Ken Abbot cancelled": the pronoun in an opening clause whose
// subject is the pronoun's staff looks forward to the main clause's
// subject, unless the sentence before names another person; invented
// stories.
func TestCataphoricStaffClause(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Race in Ohio\n\nThe race began in Ohio on Monday. After his aide Jill Moss fell ill, Governor Ken Abbot cancelled the rally.",
			[]string{"Jill Moss -work_for-> Ken Abbot"}, nil,
			"a titled subject after the clause"},
		{"Race in Ohio\n\nThe race began in Ohio on Monday. When his spokesman Tom Reyes resigned, Ken Abbot hired a new one.",
			[]string{"Tom Reyes -work_for-> Ken Abbot"}, nil,
			"a spokesman in a when-clause"},
		{"Race in Ohio\n\nFrank Miles spoke in Ohio on Monday. After his aide Jill Moss fell ill, Governor Ken Abbot cancelled the rally.",
			nil, []string{"Jill Moss -work_for-> Ken Abbot"},
			"another person named just before keeps the pronoun's"},
	})
}
