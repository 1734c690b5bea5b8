package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestLegalActions covers a lawsuit, complaint or charges that a verb
// sets going against an actor, on invented stories.
func TestLegalActions(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rita Voss brought a lawsuit against Microsoft in May.",
			[]string{"Rita Voss -sue-> Microsoft"}, []string{"Rita Voss -bring_against-> Microsoft"},
			"a lawsuit brought sues"},
		{"The FBI unsealed new charges against Joel Sand on Monday.",
			[]string{"FBI -charge-> Joel Sand"}, nil,
			"charges unsealed charge"},
		{"The FBI pressed charges against Mira Holt last week.",
			[]string{"FBI -charge-> Mira Holt"}, nil,
			"charges pressed charge"},
		{"Mira Holt brought a complaint against Intel.",
			[]string{"Mira Holt -complain_about-> Intel"}, nil,
			"a complaint brought"},
		{"The FBI may bring charges against Joel Sand.",
			nil, []string{"FBI -charge-> Joel Sand"},
			"charges that may come are none yet"},
	})
}

// TestUndergoneActs covers an act that another actor does to the subject
// of a verb of undergoing: its doer after "by", each doer of a list, and
// help enlisted or received, on invented stories.
func TestUndergoneActs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Ukrainian Army repelled an attack by the Taliban near the river on Tuesday.",
			[]string{"Taliban -attack-> Ukrainian Army"}, nil,
			"an attack repelled was the attacker's, after by"},
		{"Norwegian forces repulsed an assault by Swedish troops on Oslo. The Danish Army repelled an attack by the Velmor Front on Kjosen.",
			[]string{"Swedish troops -attack-> Oslo", "Norwegian forces -repulse-> Swedish troops", "Danish Army -repel-> Velmor Front"},
			[]string{"Swedish troops -attack-> Norwegian forces", "Velmor Front -attack-> Danish Army", "Velmor Front on Kjosen -attack-> Danish Army"},
			"an attack repelled on a named place fell on the place; on a name kg cannot type, on no one; the attacker's name ends before on"},
		{"Rita Voss survived an attack by Joel Sand in 2015.",
			[]string{"Joel Sand -attack-> Rita Voss"}, nil,
			"an attack survived"},
		{"Intel received support from Google, Oracle and Apple.",
			[]string{"Google -support-> Intel", "Oracle -support-> Intel", "Apple -support-> Intel"}, nil,
			"each member of the list after from"},
		{"Mira Holt prepared for the debate, enlisting help from Joel Sand and Tom Wu.",
			[]string{"Joel Sand -help-> Mira Holt", "Tom Wu -help-> Mira Holt"}, nil,
			"help enlisted"},
		{"The FBI is performing an investigation into Oracle.",
			[]string{"FBI -investigate-> Oracle"}, nil,
			"an investigation performed"},
		{"Mira Holt sought help from Joel Sand.",
			nil, []string{"Joel Sand -help-> Mira Holt"},
			"help sought is not yet given"},
	})
}

// TestStrikesOnPosts covers an armed actor's strikes or attacks on the
// targets, positions or bases of another, named by a modifier, on
// invented stories.
func TestStrikesOnPosts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Israel launched airstrikes on Hezbollah targets near the border.",
			[]string{"Israel -strike-> Hezbollah"}, nil,
			"strikes on a group's targets strike the group"},
		{"The Norwegian Army carried out raids on Swedish positions last night.",
			[]string{"Norwegian Army -raid-> Sweden"}, nil,
			"raids on a state's positions"},
		{"Russian forces attacked Georgian positions on Friday.",
			[]string{"Russian forces -attack-> Georgia"}, []string{"Russian forces -criticize-> Georgia"},
			"an army's attack on positions is no criticism"},
		{"Mira Holt attacked Danish positions on fishing.",
			[]string{"Mira Holt -criticize-> Denmark"}, []string{"Mira Holt -attack-> Denmark"},
			"a person's attack on positions is in words"},
	})
}

// TestWinWith covers a win or victory that a clause's subject gains "with"
// while doing something else, or records or secures, over the actor after
// over or against.
func TestWinWith(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Finland kept first place with a 2-1 win over Iceland on Sunday.",
			[]string{"Finland -defeat-> Iceland"}, nil,
			"a win over an actor after with"},
		{"Norway began the cup with a victory against Denmark.",
			[]string{"Norway -defeat-> Denmark"}, nil,
			"a victory against an actor"},
		{"Norway marked the victory over Denmark with a parade.",
			nil, []string{"Norway -defeat-> Denmark"},
			"the victory is the object, not after with; no possessor names it"},
		{"Halvik Rovers kept top spot on the ladder with a 31 points to 12 win over Dunmore at Brindle on Saturday.",
			[]string{"Halvik Rovers -defeat-> Dunmore"}, nil,
			"a score written N points to M, split at its to"},
		{"Finland kept first place with a 3 goals to 1 win over Iceland.",
			[]string{"Finland -defeat-> Iceland"}, nil,
			"the with-phrase as the verb's own"},
		{"Sweden recorded a 3-1 win over Norway in Oslo.",
			[]string{"Sweden -defeat-> Norway"}, nil,
			"a win gained, over the side beaten"},
		{"Halvik Rovers secured a victory over Kellwick United on Sunday.",
			[]string{"Halvik Rovers -defeat-> Kellwick United"}, nil,
			"a victory secured"},
	})
}

// TestLaterHintedWord covers a lone unknown word, guessed a name, that
// the document names a place or a side with only in a later sentence.
func TestLaterHintedWord(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Dunmore Rovers kept top spot with a 31-12 win over Kelbrook at Brindle on Saturday. \"To Kelbrook's credit, they have made big improvements since last season,\" Tom Wu said.",
			[]string{"Dunmore Rovers -defeat-> Kelbrook"}, nil,
			"the possessive later makes the word a side"},
		{"Dunmore Rovers kept top spot with a 31-12 win over Tallowby at Brindle on Saturday. \"To Tallowby's credit, they played well,\" Tom Wu said.",
			[]string{"Dunmore Rovers -defeat-> Tallowby"}, nil,
			"another"},
		{"Dunmore Rovers kept top spot with a 31-12 win over Kelbrook at Brindle on Saturday. Tom Wu said the side played well.",
			nil, []string{"Dunmore Rovers -defeat-> Kelbrook"},
			"nothing later names the word: no actor"},
	})
}

// TestPluralGeneralEnvoys covers unnamed officials whose office is
// written apart from its "general", from a list of states they act for.
func TestPluralGeneralEnvoys(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Marten was joined by attorneys general from Ostrava and Varnhold.",
			[]string{"Ostrava -join-> Marten", "Varnhold -join-> Marten"}, nil,
			"each state's attorney general joined"},
		{"Attorneys general from Ostrava and Varnhold sued Tom Wu on Monday.",
			[]string{"Ostrava -sue-> Tom Wu", "Varnhold -sue-> Tom Wu"}, nil,
			"as the subject"},
	})
}

// TestBackedApposition covers "X-backed" in an apposition after an
// acronym in brackets, and a backed act whose patient is no subject of
// the copula, on invented stories.
func TestBackedApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Joel Sand led the Halvik Liberation Front (HLF), an Iranian-backed militia, until 2010.",
			[]string{"Iran -back-> Halvik Liberation Front"}, nil,
			"the acronym in brackets before the apposition"},
		{"The 1958 overthrow of Tom Wu was a French-backed coup.",
			nil, []string{"France -back-> Tom Wu"},
			"the coup was backed, not the man it overthrew"},
	})
}

// TestInquiryIntoPractices covers an investigation into an actor's
// practices or operations, which investigates the actor.
func TestInquiryIntoPractices(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The FBI opened a criminal investigation of Intel's hiring practices.",
			[]string{"FBI -investigate-> Intel"}, nil,
			"an inquiry into an actor's practices"},
		{"The FBI launched a probe into Intel's operations in Ireland.",
			[]string{"FBI -investigate-> Intel"}, nil,
			"an inquiry into an actor's operations"},
	})
}

// TestComplaintAgainst covers a complaint filed against an actor, which
// is about the actor, beside one made to a body.
func TestComplaintAgainst(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Danish government filed a complaint against Finland with the WTO.",
			[]string{"Danish government -complain_about-> Finland"}, []string{"Danish government -complain_to-> Finland"},
			"against names whom the complaint is about"},
		{"The Danish government made a complaint to the WTO.",
			[]string{"Danish government -complain_to-> World Trade Organization"}, nil,
			"to names whom it was made to"},
	})
}

// TestInflictedActs covers a passive subject "hit" or "slapped" with a
// lawsuit, charges or sanctions by an actor, who sued, charged or
// sanctioned it.
func TestInflictedActs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mira Holt was hit with a lawsuit by Intel in June.",
			[]string{"Intel -sue-> Mira Holt"}, []string{"Intel -hit-> Mira Holt"},
			"a lawsuit laid on the subject"},
		{"Belarus was slapped with new sanctions by the European Union.",
			[]string{"European Union -sanction-> Belarus"}, nil,
			"sanctions laid on the subject"},
		{"Joel Sand was hit with a bottle by Tom Wu.",
			[]string{"Tom Wu -hit-> Joel Sand"}, nil,
			"a blow is still a blow"},
	})
}
