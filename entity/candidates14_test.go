package entity

import "testing"

// TestHeadlineCandidate covers a candidate named in apposition with the
// race she runs in ("Ann Lee, Green Party candidate for the 2019 Bath
// by-election"), in a headline, where the tagger reads "candidate" as a
// verb, and in the body, on invented stories.
func TestHeadlineCandidate(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Wikinews interviews Ann Lee, Green Party candidate for 2019 Bath by-election\n\nAnn Lee is a teacher in the Green Party.",
			[]string{"Ann Lee -member_of-> Green Party", "Wikinews -interview-> Ann Lee"}, nil,
			"a headline's apposition of a party's candidate makes her the party's member, the race after for or not"},
		{"Wikinews interviews Tom Wu, Liberal Democrat candidate for the 2019 Bath by-election\n\nTom Wu is a teacher.",
			[]string{"Tom Wu -member_of-> Liberal Democrats"}, []string{"Tom Wu -member_of-> Bath"},
			"a Liberal Democrat candidate runs for the Liberal Democrats; the place of the race is no body he belongs to"},
		{"Local news\n\nTom Wu, the Liberal Democrat candidate for Bath, agreed with Ann Lee.",
			[]string{"Tom Wu -member_of-> Liberal Democrats", "Tom Wu -agree_with-> Ann Lee"}, []string{"Tom Wu -member_of-> Bath"},
			"in the body too the race after for is where he runs, not whom he belongs to"},
	})
}

// TestStateForceTitle covers a title opened by "Police" in a report from
// one state, whose police the resolver names by the state ("the
// Norwegian police"), on an invented story.
func TestStateForceTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A fire killed two men in Bergen, Norway. A third man was hurt. Police press officer Anna Lis stated police believe him to be 30. Lis said police have been unable to question him.",
			[]string{"Anna Lis -work_for-> Norwegian police"}, nil,
			"the state's police, a group named by its noun, employs the officer its title names"},
	})
}

// TestStateRegionObject covers a state's region or land as the object of
// an act between actors, which falls on the state, on invented stories.
func TestStateRegionObject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Local news\n\nRussian troops attacked Ukraine's east. Russian forces attacked the east of Ukraine. Turkey invades Syria's northeast.",
			[]string{"Russian troops -attack-> Ukraine", "Turkey -invade-> Syria"}, nil,
			"a state's compass region, possessed or after of, stands for the state as its adjective does"},
		{"Local news\n\nRussian troops attacked Ukraine's territory. Halvik Motors bought Ukraine's east wing.",
			[]string{"Russian troops -attack-> Ukraine"}, []string{"Halvik Motors -buy-> Ukraine"},
			"a state's territory is the state; a compass word before another noun names no region"},
	})
}

// TestChiefMinisterRegion covers "Chief Minister" before a name with no
// place, who heads the one region the report names, as a governor does,
// on invented stories.
func TestChiefMinisterRegion(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Floods hit Kerala\n\nHeavy rain flooded towns across Kerala, India on Monday. Chief Minister Ann Lee declared an emergency.",
			[]string{"Ann Lee -lead-> Kerala"}, []string{"Ann Lee -lead-> India"},
			"a chief minister heads a state of India, the one region the report names, not India"},
		{"Floods hit India\n\nHeavy rain flooded towns across Kerala and Goa on Monday. Chief Minister Ann Lee declared an emergency.",
			nil, []string{"Ann Lee -lead-> Kerala", "Ann Lee -lead-> Goa"},
			"with two regions named, the chief minister's is unknown"},
	})
}

// TestPersonOfPlace covers a person's full name, "of" and a place, which
// says where the person is from, and the offices, states and nicknames
// so written, on invented stories.
func TestPersonOfPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Yesterday, Karl Dahl of Bergen won the 400 metres race. Ann Lee of Kenya came second.",
			[]string{"Karl Dahl -from-> Bergen", "Ann Lee -from-> Kenya"}, nil,
			"a named person of a town or a state is from it"},
		{"Governor Ann Lee of Ohio met the Earl of Wessex. Tom Wu of Oslo police said the road was closed.",
			[]string{"Ann Lee -lead-> Ohio"}, []string{"Ann Lee -from-> Ohio", "Tom Wu -from-> Oslo"},
			"a titled person of a place holds its office; a place before a noun names a body"},
		{"Sheriff Ann Lee of Marin County said deputies found the car. District Attorney Tom Wu of Denver said the charges would stand.",
			[]string{"Ann Lee -work_for-> Marin County", "Tom Wu -work_for-> Denver"}, []string{"Ann Lee -from-> Marin County"},
			"a county's sheriff works for it; a district attorney of a town works for it"},
		{"Attorney Tom Wu of Denver said his client was innocent. Sheriff Jo Park of Ohio said the road was closed.",
			nil, []string{"Tom Wu -work_for-> Denver", "Jo Park -work_for-> Ohio"},
			"a lawyer of a town is no office of it; a state's first division has no sheriff of its own"},
	})
}

// TestStateOwnedBody covers a state's possessive and a word of state
// ownership before a body's name, on invented stories.
func TestStateOwnedBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Local news\n\nDrones hit oil plants of Norway's state-owned Halvik Energy. Sweden's state-run Lund Radio reported the strike.",
			[]string{"Halvik Energy -part_of-> Norway", "Lund Radio -part_of-> Sweden"}, nil,
			"a body the state owns or runs is part of the state"},
		{"Local news\n\nAnn Lee ran for a seat in Ohio's state Senate.",
			nil, []string{"United States Senate -part_of-> Ohio"},
			"a state's own level of government is no ownership of a body by a state"},
	})
}

// TestTargetedBy covers an actor said to be the target of an attack whose
// attacker is named before the attack's noun, on invented stories.
func TestTargetedBy(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Local news\n\nBergen was the target of a Halvik Front attack in 2006. Oslo was targeted by a Hamas suicide attack. Norway was the target of Russian airstrikes.",
			[]string{"Halvik Front -attack-> Bergen", "Hamas -attack-> Oslo", "Russia -strike-> Norway"}, nil,
			"the target of an attacker's attack is attacked by it, a lower-case word between or not"},
		{"Local news\n\nBergen was the target of a Halvik Front campaign. Oslo was the target of Hamas.",
			nil, []string{"Halvik Front -attack-> Bergen", "Hamas -attack-> Oslo"},
			"a campaign is no attack, and an attacker needs the attack's noun"},
	})
}

// TestLeaderGovernment covers a government named by its well-known
// leader's possessive, on invented stories about real leaders.
func TestLeaderGovernment(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Local news\n\nThe Kurds announced a deal with Assad's government. Norway criticised Putin's government.",
			[]string{"Kurds -deal_with-> Syrian government", "Bashar al-Assad -lead-> Syrian government", "Norway -criticise-> Russian government", "Vladimir Putin -lead-> Russian government"},
			[]string{"Kurds -deal_with-> Bashar al-Assad", "Norway -criticise-> Vladimir Putin"},
			"a leader's government is the government of the state he holds office in, which he leads"},
		{"Local news\n\nNorway criticised Tom Wu's government.",
			nil, []string{"Tom Wu -lead-> Norwegian government"},
			"a person the gazetteer holds in no office names no state's government"},
	})
}

// TestOfficeInAppositionBeforeNote checks that an office named without a
// holder, in apposition to the name before it, is that person's when a
// bracketed note or "from" follows it, on sentences written for this test.
func TestOfficeInAppositionBeforeNote(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Vote\n\nThe bill passed on Monday. Tom Wu, US Senator from Ohio, voted against it.",
			[]string{"Tom Wu -member_of-> United States Senate"}, []string{"Senator of United States -from-> Ohio"},
			"an office before \"from\""},
		{"Vote\n\nThe bill passed on Monday. It was signed: Ann Lee, U.S. Senator (D-Ohio)",
			[]string{"Ann Lee -member_of-> United States Senate"}, []string{"Senator of United States -member_of-> Democratic Party"},
			"an office before a bracketed note, the sentence not cut after the initialism"},
	})
}
