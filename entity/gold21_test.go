package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGold21 checks action facts of constructions news repeats (gold21
// round): an organisation's members as the group that acts; an
// operation named after its agent that kills in a relative clause; an
// actor's name and "supporters" as the group that supports it; an actor's
// act called a breach, a violation or a maneuver as criticism of it; a
// stance toward an actor's position or campaigns as toward the actor; a
// party's ticket and a second nominee after the first one's office.
func TestGold21(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Labour Party members voted on Saturday to elect Tom Wu as the new leader. The members later criticised Ann Lee.",
			[]string{"Labour Party members -elect-> Tom Wu", "Labour Party members -criticise-> Ann Lee"}, nil,
			"a party's members are a group that acts, which a later \"the members\" names"},
		{"Ten Lund Front members attacked Ann Lee in Oslo. Tom Wu urged NATO members to raise spending.",
			[]string{"Lund Front members -attack-> Ann Lee", "Tom Wu -urge-> NATO members"}, nil,
			"an organisation's or an alliance's members are a group"},
		{"Norwegian members of the committee criticised Ann Lee. Tom Wu met family members in Oslo. The members criticised Kari Berg.",
			nil, []string{"Norwegian members -criticise-> Ann Lee", "Tom Wu -criticise-> Kari Berg"},
			"a nationality's members are a body's, named after them; a family's members are no group"},
		{"The talks followed the US airstrike that killed Tom Wu in Halden. The Israeli airstrike that killed Ann Lee drew condemnation.",
			[]string{"United States -kill-> Tom Wu", "Israel -kill-> Ann Lee"}, nil,
			"an operation named after its agent, with the relative pronoun alone the subject, is the agent's"},
		{"Tom Wu condemned the attack on the Norwegian embassy that killed Ann Lee. The strike on a Swedish base that killed Kari Berg was condemned.",
			nil, []string{"Norway -kill-> Ann Lee", "Sweden -kill-> Kari Berg"},
			"a target named before the relative pronoun is no agent"},
		{"Donald Trump spoke in Washington on Wednesday. Later, Trump supporters attacked Mike Pence. Hamas supporters criticised Tom Wu.",
			[]string{"supporters of Trump -attack-> Mike Pence", "supporters of Trump -support-> Donald Trump",
				"supporters of Hamas -criticise-> Tom Wu", "supporters of Hamas -support-> Hamas"}, nil,
			"a person's or an organisation's name before supporters names the group that supports it"},
		{"Tom Wu met Ann Lee's supporters in Oslo. Kari Berg supporters groups criticised Tom Wu.",
			nil, []string{"Tom Wu -meet-> supporters of Ann Lee", "supporters of Kari Berg -criticise-> Tom Wu"},
			"a possessive, or a noun after supporters, makes no group of the name's supporters"},
		{`Ann Lee called Tom Wu's conduct a "betrayal of his sworn duties," according to Halvik Radio. Kari Berg called Tom Wu's admission a "political maneuver." Norway called Sweden's plan a violation of international law.`,
			[]string{"Ann Lee -criticize-> Tom Wu", "Kari Berg -criticize-> Tom Wu", "Norway -criticize-> Sweden"}, nil,
			"an actor's act called a breach, a violation or a maneuver, quoted after its article or not, is criticism of the actor"},
		{`Ann Lee called Tom Wu's speech a "masterclass of diplomacy". Norway called Sweden's plan a "model of cooperation".`,
			nil, []string{"Ann Lee -criticize-> Tom Wu", "Norway -criticize-> Sweden"},
			"praise names no scorn"},
		{"Tom Wu opposed Ann Lee's pro-Norway position. Kari Berg supported the 2004 and 2008 presidential campaigns of Tom Wu.",
			[]string{"Tom Wu -oppose-> Ann Lee", "Kari Berg -support-> Tom Wu"}, nil,
			"an attitude toward an actor's position, or toward the campaigns of an actor with years before them, is toward the actor"},
		{"Tom Wu rejected Ann Lee's suggestion. Kari Berg welcomed Norway's initiative.",
			[]string{"Tom Wu -reject-> Ann Lee", "Kari Berg -welcome-> Norway"}, nil,
			"an attitude toward an actor's suggestion or initiative is toward the actor"},
		{"The Green Party nominated the ticket of union leader Tom Wu for president and truck driver Ann Lee for vice president. The Lund Party nominated Kari Berg for president and Jan Olsen for vice president.",
			[]string{"Green Party -nominate-> Tom Wu", "Green Party -nominate-> Ann Lee", "Lund Party -nominate-> Kari Berg", "Lund Party -nominate-> Jan Olsen"}, nil,
			"a ticket of two people, or a second person after the first one's office, is chosen too"},
		{"In March, the Lund Party nominated a new ticket of Tom Wu for president and Ann Lee for vice president.",
			[]string{"Lund Party -nominate-> Tom Wu", "Lund Party -nominate-> Ann Lee"}, nil,
			"an adjective may describe the ticket"},
		{"Tom Wu nominated a ticket of Ann Lee for president and Kari Berg for vice president. The Lund Party nominated Jan Olsen for president and Halvik Corp for the contract.",
			nil, []string{"Tom Wu -nominate-> Ann Lee", "Tom Wu -nominate-> Kari Berg", "Lund Party -nominate-> Halvik Corp"},
			"only an organisation nominates a ticket; only a person is a nominee"},
	})
}
