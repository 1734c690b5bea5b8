package entity

import "testing"

// TestAbbreviatedRank checks that an abbreviated rank before a name,
// alone or joined to another by a hyphen, is a title and ends no
// sentence, on invented reports: the spokesperson's name keeps its role.
func TestAbbreviatedRank(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"In a statement, Lund Front spokesperson Brig.-Gen. Tom Wu said the group had a direct hit.",
			[]string{"Tom Wu -work_for-> Lund Front"}, nil,
			"two abbreviated ranks joined by a hyphen"},
		{"Lund Front spokesman Brig. Gen. Ann Lee said the attack failed.",
			[]string{"Ann Lee -work_for-> Lund Front"}, nil,
			"an abbreviated rank the segmenter took for a stop"},
	})
}

// TestConflictBetween checks that the nouns of fighting between two
// actors name a fight between them, and that the month May before the
// noun is no modal, on invented reports.
func TestConflictBetween(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Fighting broke out in May when battles erupted between the Norwegian army and the Lund Front.",
			[]string{"Norwegian army -fight-> Lund Front"}, nil,
			"battles between, after the month May"},
		{"Velmora has been at war since 2020, when a power struggle between the NDF and the Lund Front exploded into conflict.",
			[]string{"NDF -struggle_with-> Lund Front"}, nil,
			"a power struggle between"},
		{"Skirmishes between the NDF and the Lund Front continued on Monday.",
			[]string{"NDF -clash_with-> Lund Front"}, nil,
			"skirmishes between"},
		{"Talks between Norway and Sweden may resume next week.",
			nil, []string{"Norway -talk_with-> Sweden"},
			"the modal may after the parties still foresees the talks"},
	})
}

// TestRepelledAttack checks that a subject that repels, repulses, thwarts
// or foils an attack by an actor repels the actor, on invented reports.
func TestRepelledAttack(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Swedish army said it thwarted an attack by the Lund Front on Malmo.",
			[]string{"Swedish army -thwart-> Lund Front", "Lund Front -attack-> Malmo"}, nil,
			"thwarted an attack by"},
		{"The Norwegian army repulsed an assault by the Lund Front.",
			[]string{"Norwegian army -repulse-> Lund Front"}, nil,
			"repulsed an assault by: the lemma keeps its e"},
		{"The Norwegian army did not repel an attack by the Lund Front.",
			nil, []string{"Norwegian army -repel-> Lund Front"},
			"a negated repelling repels no one"},
	})
}

// TestStrikesIn checks that attacks or strikes carried out, launched or
// conducted in a place strike the place, on invented reports.
func TestStrikesIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Velmor Front often carries out attacks in Oslo.",
			[]string{"Velmor Front -attack-> Oslo"}, nil,
			"attacks carried out in a town"},
		{"Norway carried out airstrikes in Syria on Monday. Sweden launched strikes in Finland.",
			[]string{"Norway -strike-> Syria", "Sweden -strike-> Finland"}, nil,
			"strikes carried out or launched in a state"},
		{"Norwegian police carried out raids in Bergen. Ann Lee gave a speech in Oslo.",
			nil, []string{"Norwegian police -raid-> Bergen", "Ann Lee -give-> Oslo", "Ann Lee -speak-> Oslo"},
			"a raid in a town is on people there, not the town; other acts in a place are no acts on it"},
	})
}

// TestClaimedAttack checks that the target after an attack's noun inside
// a verb's phrase is the attack's, not the verb's, on invented reports.
func TestClaimedAttack(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Velmor Front claimed responsibility for the attack on Oslo. Tom Wu apologised for the attack on Sweden.",
			[]string{"Velmor Front -attack-> Oslo"},
			[]string{"Velmor Front -claim_responsibility_on-> Oslo", "Tom Wu -apologise_on-> Sweden"},
			"the on-phrase after an attack's noun names the attack's target"},
	})
}

// TestArmedGroupName checks that a name between an article and a noun of
// an armed group is the group's, a code of a letter and digits too,
// which after "the" would else be a road's number, on invented reports.
func TestArmedGroupName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Kalo militia attacked Goma on Monday.",
			[]string{"Kalo -attack-> Goma"}, nil,
			"an unknown name before militia"},
		{"The K41 militia attacked Oslo. Norway condemned the attack.",
			[]string{"K41 -attack-> Oslo"}, nil,
			"a code the gazetteer lacks"},
		{"The M41 militia attacked Oslo on Monday.",
			[]string{"M41 -attack-> Oslo"}, nil,
			"a code spelled like a British road's before militia"},
		{"Traffic on the M41 was stopped after Ann Lee crashed near Oslo.",
			nil, []string{"M41 -crash-> Oslo"},
			"a road's number alone stays a road"},
	})
}

// TestCommandersGroup checks that an organisation's name and
// "commanders" name a group of its members that can be acted on, on an
// invented report.
func TestCommandersGroup(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norwegian army said it had killed Lund Front commanders near Oslo.",
			[]string{"Norwegian army -kill-> Lund Front commanders"}, nil,
			"commanders of a named body are a group"},
	})
}
