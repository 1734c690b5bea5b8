package entity

import "testing"

// TestNationalForceStaff checks that a person titled as the official,
// spokesman or chief of a state's force named by the state's adjective
// ("Somali military official Tom Wu") works for or leads that force, not
// the state, on sentences written for this test.
func TestNationalForceStaff(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Raid\n\nSomali military official Tom Wu said the base was attacked on Sunday.",
			[]string{"Tom Wu -work_for-> Somali military"}, []string{"Tom Wu -work_for-> Somalia"},
			"an official of the state's military"},
		{"Raid\n\nKenyan army spokesman Tom Wu said the base was attacked on Sunday.",
			[]string{"Tom Wu -work_for-> Kenyan army"}, []string{"Tom Wu -work_for-> Kenya"},
			"a spokesman of the state's army"},
		{"Raid\n\nNigerian army chief Tom Wu said the base was attacked on Sunday.",
			[]string{"Tom Wu -lead-> Nigerian army"}, []string{"Tom Wu -work_for-> Nigeria"},
			"the chief of the state's army leads it"},
		{"Raid\n\nTom Wu, a Kenyan army spokesman, said the base was attacked on Sunday.",
			[]string{"Tom Wu -work_for-> Kenyan army"}, []string{"Tom Wu -work_for-> Kenya"},
			"the spokesman in an apposition"},
		{"Raid\n\nKenyan Prime Minister Tom Wu said the base was attacked on Sunday.",
			[]string{"Tom Wu -lead-> Kenya"}, nil,
			"no body's noun between: the state's"},
		{"Raid\n\nThe Israel Defense Forces raided Jenin on Sunday. Israeli army spokesman Tom Wu said the raid ended.",
			[]string{"Tom Wu -work_for-> Israel Defense Forces"}, []string{"Tom Wu -work_for-> Israeli army", "Tom Wu -work_for-> Israel"},
			"the state's army the report named"},
	})
}

// TestBareForceState checks that a bare "the army" or a force's noun before
// a title with no state ("army chief Tom Wu") is the force of the state
// whose force or officials the sentence named, else of the state the
// report is about, on sentences written for this test.
func TestBareForceState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway votes\n\nNorway held a vote on Sunday. Norway's parliament met in Oslo. Somali military official Tom Wu said the army attacked the Harbor Militia.",
			[]string{"Tom Wu -work_for-> Somali army", "Somali army -attack-> Harbor Militia"}, []string{"Norwegian army -attack-> Harbor Militia", "Tom Wu -work_for-> Somalia"},
			"the army of the state the sentence names"},
		{"Somalia attack\n\nThe Harbor Militia attacked a base in Somalia on Sunday. Speaking in Mogadishu, army chief Tom Wu confirmed the assault.",
			[]string{"Tom Wu -lead-> Somali army"}, nil,
			"a lower-case force's noun before the title: the army of the report's state"},
		{"Somalia attack\n\nThe Harbor Militia attacked a base in Somalia on Sunday. Army chief Tom Wu confirmed the assault.",
			[]string{"Tom Wu -lead-> Somali army"}, []string{"Tom Wu -lead-> Army"},
			"a force's noun opening the sentence: no body called Army"},
	})
}

// TestNationalServiceBody checks that a state's intelligence or security
// service named by the state's adjective or possessive is an actor of its
// own, whose officers work for it, on sentences written for this test.
func TestNationalServiceBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Raid\n\nTom Wu was an officer in the Palestinian intelligence service, the agency said.",
			[]string{"Tom Wu -work_for-> Palestinian intelligence service"}, nil,
			"an officer in the state's intelligence service"},
		{"Raid\n\nThe Egyptian security service arrested Tom Wu on Sunday. Kenya's intelligence agency questioned Ann Lee.",
			[]string{"Egyptian security service -arrest-> Tom Wu", "Kenyan intelligence agency -question-> Ann Lee"}, nil,
			"the state's service acts"},
	})
}

// TestCourtsOfStates checks that unnamed courts named by two states'
// adjectives are two courts, on sentences written for this test.
func TestCourtsOfStates(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Courts\n\nA French court convicted Tom Wu in March. A Spanish court later freed Ann Lee. The court said she was innocent.",
			[]string{"French court -convict-> Tom Wu", "Spanish court -free-> Ann Lee"}, []string{"French court -free-> Ann Lee"},
			"a court of another state is another court"},
	})
}

// TestBodyNounHead checks that the head of a body named by its noun before
// the title ("commission head Tom Wu") leads it, while a trade's "head"
// before another noun ("head chef") still works for it, on sentences
// written for this test.
func TestBodyNounHead(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway votes\n\nNorway held a vote in Oslo. The National Electoral Commission declared Ann Lee the winner, commission head Tom Wu told reporters.",
			[]string{"Tom Wu -lead-> National Electoral Commission"}, []string{"Tom Wu -work_for-> National Electoral Commission"},
			"the body's head"},
		{"Dinner\n\nThe Halvik Grill Company opened in Oslo. Company spokesman Tom Wu said it was full.",
			[]string{"Tom Wu -work_for-> Halvik Grill Company"}, nil,
			"a spokesman still works for the body"},
	})
}

// TestLedForceTroops checks that "his troops" of a force's head are the
// force he leads, while a person who leads no force keeps no troops, on
// sentences written for this test.
func TestLedForceTroops(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Somalia attack\n\nThe Harbor Militia attacked a base in Somalia on Sunday. Speaking in Mogadishu, army chief Tom Wu said his troops repelled the Harbor Militia.",
			[]string{"Somali army -repel-> Harbor Militia"}, []string{"Tom Wu -repel-> Harbor Militia"},
			"the troops of the army's head"},
		{"Raid\n\nTom Wu said his troops killed Ann Lee.",
			nil, []string{"Tom Wu -kill-> Ann Lee"},
			"a person who leads no force"},
	})
}
