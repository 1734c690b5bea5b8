package entity

import "testing"

// TestHeardDeathNoAnnounce covers a reaction to a death that the speaker
// heard or learned of: "Sad news hearing that Tom Wu has died" announces
// nothing, while "Tom Wu has died," said as news, still does.
func TestHeardDeathNoAnnounce(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`Ann Lee reacted on Facebook, "Terrible news hearing that Tom Wu has died, I recall touring with him in Oslo."`,
			nil, []string{"Ann Lee -announce-> Tom Wu"}, "hearing that"},
		{`"I was sad to learn Tom Wu has died," Ann Lee said on Monday.`,
			nil, []string{"Ann Lee -announce-> Tom Wu"}, "learn without that"},
		{`"Tom Wu has died," Ann Lee said on Monday.`,
			[]string{"Ann Lee -announce-> Tom Wu"}, nil, "news given"},
	})
}

// TestContractedMissed covers a tribute with a contracted auxiliary:
// "He'll be missed" mourns as "He will be missed" does, with either
// apostrophe.
func TestContractedMissed(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{`"Tom Wu played the cello for forty years. He'll be sorely missed," wrote Ann Lee in a statement.`,
			[]string{"Ann Lee -mourn-> Tom Wu"}, nil, "straight apostrophe"},
		{"\"Tom Wu played the cello for forty years. He\u2019ll be missed,\" wrote Ann Lee in a statement.",
			[]string{"Ann Lee -mourn-> Tom Wu"}, nil, "curly apostrophe"},
	})
}

// TestVoicedGrief covers sorrow voiced at an actor's death: "expressed
// her sadness at Tom Wu's death", "offered condolences over the death of
// Tom Wu" mourn him; condolences for a fire mourn no one.
func TestVoicedGrief(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The mayor of Bergen, Ann Lee, expressed her sadness at Tom Wu's death.",
			[]string{"Ann Lee -mourn-> Tom Wu"}, nil, "possessor of the death"},
		{"Ann Lee offered her condolences over the death of Tom Wu on Friday.",
			[]string{"Ann Lee -mourn-> Tom Wu"}, nil, "death of"},
		{"Ann Lee expressed her sadness at the fire in Tom Wu's factory.",
			nil, []string{"Ann Lee -mourn-> Tom Wu"}, "no death"},
	})
}

// TestDashRelativeSubject covers a relative clause set off by dashes
// after the subject: the verb after the closing dash is the sentence's,
// and its subject is the name before the clause.
func TestDashRelativeSubject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Harbor Army — whose commander is General Ola Berg al-Nasser — entered Bergen and Molde yesterday.",
			[]string{"Harbor Army -enter-> Bergen", "Harbor Army -enter-> Molde"}, nil, "a title and a name in the clause"},
		{"The Harbor Army — whose soldiers are tired — entered Bergen yesterday.",
			[]string{"Harbor Army -enter-> Bergen"}, nil, "an adjective in the clause"},
	})
}

// TestInChiefHeads covers the offices written with "-in-chief": an
// editor-in-chief heads the paper, a commander-in-chief the forces.
func TestInChiefHeads(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee, the editor-in-chief of the Oslo Times, said the paper would close.",
			[]string{"Ann Lee -lead-> Oslo Times"}, nil, "apposition"},
		{"Oslo Times editor-in-chief Ann Lee said the paper would close.",
			[]string{"Ann Lee -lead-> Oslo Times"}, nil, "title before the name"},
		{"The Harbor Army, whose commander-in-chief is Tom Wu, entered Bergen.",
			[]string{"Tom Wu -lead-> Harbor Army"}, nil, "whose clause"},
	})
}

// TestYearDatedRole covers a role dated by a year between a body's
// possessive and the role noun: "the Green Party's 2020 presidential
// nominee" is its member as "the Green Party's presidential nominee" is,
// before or after the name.
func TestYearDatedRole(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Teacher Tom Wu of Ohio, the Harbor Party's 2020 presidential nominee, answered questions from the press.",
			[]string{"Tom Wu -member_of-> Harbor Party"}, nil, "after a name and its place"},
		{"The Harbor Party met in Oslo. At the convention, the party's 1992 vice presidential nominee, Ann Lee, won the vote.",
			[]string{"Ann Lee -member_of-> Harbor Party"}, nil, "before the name"},
	})
}

// TestJoinedRoleBefore covers two role nouns joined by "and" after a
// copula, the body after the second: the first role is held in the body
// too ("was the drummer and co-founder of Lumen": its member).
func TestJoinedRoleBefore(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Hale was the drummer and co-founder of the folk band Lumen.",
			[]string{"Tom Hale -member_of-> Lumen", "Tom Hale -found-> Lumen"}, nil, "a band's drummer and founder"},
		{"Ann Lee is widely known as the lead singer and co-founder of Vortex.",
			[]string{"Ann Lee -member_of-> Vortex"}, nil, "a modifier before the first noun"},
	})
}

// TestWhoseTitledHolder covers a whose-clause set off by dashes, and a
// holder whose own title stands between the copula and the name: "the
// Harbor Army — whose commander-in-chief is President Tom Wu —".
func TestWhoseTitledHolder(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Harbor Army, whose commander-in-chief is President Tom Wu, entered Bergen.",
			[]string{"Tom Wu -lead-> Harbor Army"}, nil, "a title after the copula"},
		{"The Green Party — whose leader is Sam Cole — won the vote.",
			[]string{"Sam Cole -lead-> Green Party"}, nil, "dashes"},
	})
}
