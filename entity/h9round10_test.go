package entity

import "testing"

// TestWeekdayAfterObjectName covers a weekday's name right after the
// name an object argument ends in ("condemned the Halvik Coast Guard
// Sunday"): the day is the act's time, and the name stays the object.
func TestWeekdayAfterObjectName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway condemned the Halvik Coast Guard Sunday for firing at its boats.",
			[]string{"Norway -condemn-> Halvik Coast Guard"}, nil,
			"a weekday after an organisation's name"},
		{"Sweden accused Tom Wu Monday of lying.",
			[]string{"Sweden -accuse-> Tom Wu"}, nil,
			"a weekday after a person's name"},
	})
}

// TestStatePossessiveGuard covers a state's possessive before a guard or
// an air force ("Norway's coast guard", "Norway's border guards"): the
// force is the state's own, as "Norway's army" is.
func TestStatePossessiveGuard(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's coast guard attacked Sweden.",
			[]string{"Norwegian coast guard -part_of-> Norway", "Norwegian coast guard -attack-> Sweden"}, nil,
			"a coast guard"},
		{"Norway's border guards attacked Sweden.",
			[]string{"Norwegian border guards -part_of-> Norway"}, nil,
			"border guards"},
		{"Norway's air force attacked Sweden.",
			[]string{"Norwegian air force -part_of-> Norway"}, nil,
			"an air force"},
	})
}

// TestConfidantAlly covers "confidant" as a relational noun: "Tom Wu, a
// confidant of Ann Lee" makes him her ally, as "an ally of" does.
func TestConfidantAlly(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, a businessman and confidant of Ann Lee, spoke.",
			[]string{"Tom Wu -ally_of-> Ann Lee"}, nil,
			"after a description and and"},
		{"Tom Wu, a close confidant of Ann Lee, spoke.",
			[]string{"Tom Wu -ally_of-> Ann Lee"}, nil,
			"an apposition"},
	})
}

// TestVesselOwner covers craft that stand for their owner in a hostile
// act at sea: "blocked two Swedish supply boats" blocks Sweden, "Halvik
// Coast Guard ships blocked" is the coast guard's act; "bought Swedish
// boats" buys things.
func TestVesselOwner(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Coast Guard ships blocked two Swedish supply boats.",
			[]string{"Halvik Coast Guard -block-> Sweden"}, nil,
			"an organisation's ships, a state's boats"},
		{"Norway fired at Swedish vessels.",
			[]string{"Norway -fire_at-> Sweden"}, nil,
			"a state's adjective before vessels"},
		{"Tom Wu bought Swedish boats.",
			nil, []string{"Tom Wu -buy-> Sweden"},
			"no hostile act"},
	})
}

// TestStateJunta covers a state's junta, its military rulers, as a body
// of the state: "Norway's junta" is part of Norway, as "Norway's
// parliament" is; the adjective ("the Norwegian junta") gives no part_of.
func TestStateJunta(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's junta launched airstrikes in Bergen.",
			[]string{"Norwegian junta -part_of-> Norway", "Norwegian junta -strike-> Bergen"}, nil,
			"a state's possessive"},
		{"The Norwegian junta attacked Sweden.",
			[]string{"Norwegian junta -attack-> Sweden"}, []string{"Norwegian junta -part_of-> Norway"},
			"a state's adjective"},
	})
}

// TestNameBeforeVillage covers an unknown name of two words before a
// lower-case "village" or "township" ("Kyaw Lin village"): a place, as
// "Kandahar province" is, so no later "he" stands for it.
func TestNameBeforeVillage(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Jets bombed Kyaw Lin village near Halden. “We lost,” he told The Oslo Times.",
			nil, []string{"Kyaw Lin -tell-> Oslo Times"},
			"a village is no speaker"},
		{"Tom Wu visited Kyaw Lin village on Monday.",
			[]string{"Tom Wu -visit-> Kyaw Lin"}, nil,
			"the village is still the place visited"},
	})
}
