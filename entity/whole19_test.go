package entity

import "testing"

// TestSecondRoleAfterAnd: a second role joined by "and" after the body of
// a person's first role ("a professor at Halvik University and a researcher
// at the Brenner Institute", "of Acme University and contributor to the
// Velmar Times") is held in the second body too; a description with "the"
// after "and" may be a second person's, and a noun after "to" that is no
// adviser's or writer's gives no role.
func TestSecondRoleAfterAnd(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tomas Weber, a professor at Halvik University and a researcher at the Brenner Institute, wrote a column.",
			[]string{"Tomas Weber -work_for-> Halvik University", "Tomas Weber -work_for-> Brenner Institute"},
			nil,
			"an indefinite apposition with two roles joined by and"},
		{"Tomas Weber, a lawyer for Acme Corp and an adviser to the Velmar Party, spoke.",
			[]string{"Tomas Weber -work_for-> Acme Corp", "Tomas Weber -work_for-> Velmar Party"},
			nil,
			"an adviser to a body works for it"},
		{"Jennifer Marsh of Acme University and contributor to the Velmar Times wrote, \"the plan failed.\"",
			[]string{"Jennifer Marsh -work_for-> Acme University", "Jennifer Marsh -work_for-> Velmar Times"},
			nil,
			"a bare role noun after an of-phrase; a contributor to a paper writes for it"},
		{"Tomas Weber, director of Halvik University and a threat to Acme Corp, spoke. Ola Berg of Halvik University and the chairman of Acme Corp met on Monday.",
			[]string{"Tomas Weber -lead-> Halvik University"},
			[]string{"Tomas Weber -work_for-> Acme Corp", "Tomas Weber -lead-> Acme Corp", "Ola Berg -lead-> Acme Corp"},
			"no role after 'a threat to'; 'the chairman of' after and may be another person"},
		{"Tomas Weber, special envoy of the Harbor Council for Somalia and head of the Velmar Mission, offered his condolences.",
			[]string{"Tomas Weber -work_for-> Harbor Council", "Tomas Weber -lead-> Velmar Mission"},
			nil,
			"the first role's place before and"},
	})
}

// TestPersonTradeInPlace: "Ann Lee, a lawyer in Oslo" and "a politician in
// Norway" place the person where the trade is plied, as "a company in
// Oslo" places a body; a state's office ("a minister in Norway") is no
// trade.
func TestPersonTradeInPlace(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Marta Kolb, a lawyer in Oslo, spoke.",
			[]string{"Marta Kolb -locate_in-> Oslo"}, nil, "a trade noun in an indefinite apposition"},
		{"The court ruled for the plaintiff, Marta Kolb, a politician in Norway, on Monday.",
			[]string{"Marta Kolb -locate_in-> Norway"}, nil, "a politician in a country"},
		{"Marta Kolb is a journalist in Velmar.",
			[]string{"Marta Kolb -locate_in-> Velmar"}, nil, "after is"},
		{"Marta Kolb, a minister in Norway, spoke.",
			nil, []string{"Marta Kolb -locate_in-> Norway"}, "a state's office is no trade"},
	})
}

// TestSpeechToAudience: a light verb and a speech's noun give "speak_to"
// the audience after "to" and "speak_at" the body after "at" ("gave an
// address at the United Nations"); an address given "to" someone may be
// where one lives, so it gives no speech.
func TestSpeechToAudience(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu gave a speech to the Velmar Parliament. Ann Lee delivered a lecture to the Velmar Academy.",
			[]string{"Tom Wu -speak_to-> Velmar Parliament", "Ann Lee -speak_to-> Velmar Academy"},
			[]string{"Tom Wu -give_to-> Velmar Parliament", "Ann Lee -deliver_to-> Velmar Academy"},
			"a speech or a lecture made to an audience"},
		{"Ola Berg gave an address at the Halvik Institute.",
			[]string{"Ola Berg -speak_at-> Halvik Institute"}, nil, "an address at a body"},
		{"Ola Berg gave his address to the Velmar Police.",
			nil, []string{"Ola Berg -speak_to-> Velmar Police"}, "an address to someone may be a home's"},
	})
}

// TestBasedDescription: a definite description with a "-based" compound
// ("The Oslo-based company said") places the body it refers to, as "the
// Oslo-based Halvik Motors" does.
func TestBasedDescription(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors cut 300 jobs on Monday. The Oslo-based company said sales fell.",
			[]string{"Halvik Motors -locate_in-> Oslo"}, nil, "the description as subject"},
		{"The Velmar Court of Justice ruled on Monday. The Oslo-based court praised Ann Lee.",
			[]string{"Velmar Court of Justice -locate_in-> Oslo", "Velmar Court of Justice -praise-> Ann Lee"}, nil,
			"a court named before"},
		{"Halvik Motors cut jobs. Ann Lee praised the Oslo-based company.",
			[]string{"Halvik Motors -locate_in-> Oslo"}, nil, "the description as object"},
	})
}

// TestBarePluralAfterPerson: a bare plural "from" a place after one
// person's name is the next member of a list, not the person's apposition;
// after a pair with "both" it is the pair's.
func TestBarePluralAfterPerson(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Norland Times praised Jan Olsen, students from Velmar, and Karl Berg.",
			[]string{"Norland Times -praise-> Jan Olsen"}, []string{"Jan Olsen -from-> Velmar"}, "a list member, no apposition"},
		{"Jan Olsen, a student from Velmar, met Karl Berg.",
			[]string{"Jan Olsen -from-> Velmar"}, nil, "a singular apposition"},
		{"Karl Berg and Jan Olsen, both students from Velmar, met Ann Lee.",
			[]string{"Jan Olsen -from-> Velmar", "Karl Berg -from-> Velmar"}, nil, "a pair's plural apposition"},
	})
}
