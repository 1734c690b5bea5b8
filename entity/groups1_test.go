package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHomeTownPolice checks that "the police" of a report that names no
// force but one town most are that town's police, as a capitalised
// "Police" opening a sentence is, while a region's many forces and police
// placed in another town are not; police placed in a town or a state
// ("police in Gothenburg") are its force, on sentences written for this
// test.
func TestHomeTownPolice(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Stabbing in Bergen\n\nTom Wu stabbed two people at a market in Bergen on Friday. The police shot Tom Wu on Saturday.",
			[]string{"Bergen Police -shoot-> Tom Wu"}, nil,
			"the police of a report about one town"},
		{"Stabbing in Bergen\n\nTom Wu stabbed two people at a market in Bergen on Friday. Witnesses said the police detained Ann Lee.",
			[]string{"Bergen Police -detain-> Ann Lee"}, nil,
			"the police inside a reported clause"},
		{"Shooting in Texas\n\nTom Wu shot two people at a market in Texas on Friday. The police later arrested Tom Wu.",
			nil, []string{"Texas Police -arrest-> Tom Wu"},
			"a region has many forces: its name names none"},
		{"Stabbing in Bergen\n\nTom Wu stabbed two people at a market in Bergen on Friday. Earlier, police in Gothenburg had questioned Ann Lee.",
			[]string{"Gothenburg Police -question-> Ann Lee"}, []string{"Bergen Police -question-> Ann Lee"},
			"police placed in another town are that town's, not the home town's"},
		{"Tom Wu and Ann Lee met in Bergen on Monday. Tom Wu was arrested by police in Gothenburg on Friday.",
			[]string{"Gothenburg Police -arrest-> Tom Wu"}, nil,
			"a passive's police placed in a town, in a report with no home town"},
		{"Tom Wu was arrested by police in Sweden on Friday.",
			[]string{"Swedish police -arrest-> Tom Wu"}, nil,
			"police placed in a sovereign state are its police"},
		{"Tom Wu and Ann Lee met in Bergen on Monday. Tom Wu was arrested by police in Houston, Texas on Friday.",
			[]string{"Houston Police -arrest-> Tom Wu"}, nil,
			"a town placed with its region after a comma"},
		{"Police in Norway, Sweden and Finland arrested Tom Wu.",
			nil, []string{"Norwegian police -arrest-> Tom Wu"},
			"a list of places names no one force"},
		{"Tom Wu was arrested by police in Texas on Friday.",
			nil, []string{"Texas Police -arrest-> Tom Wu"},
			"a region placed after them names no one force"},
	})
}

// TestStateBodyPossessive checks that a state's body a pronoun names with
// a possessive after it ("their government's response") is named and
// owns what follows, as "their government" is, while a title after the
// possessive is still a person's, on sentences written for this test.
func TestStateBodyPossessive(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegian activists condemned their government's response to the floods.",
			[]string{"Norwegian activists -condemn-> Norwegian government"}, nil,
			"a pronoun's state body before a possessive"},
		{"Tom Wu visited Norway. He praised the country's military's chief.",
			nil, []string{"Tom Wu -praise-> Norwegian military"},
			"a title after the body's possessive: a person, not the body"},
	})
}

// TestGroupWrittenName checks that a group named by a state's adjective
// or a body's name is named as the report first writes it ("Ukrainian
// forces", "Labour MPs"), not by its canonical noun, unless the report
// writes that noun too, on sentences written for this test.
func TestGroupWrittenName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegian forces shelled Halden on Monday. Norwegian soldiers later captured Narvik.",
			[]string{"Norwegian forces -shell-> Halden", "Norwegian forces -capture-> Narvik"}, []string{"Norwegian troops -shell-> Halden"},
			"the first form the report writes names the group"},
		{"Norwegian soldiers shelled Halden on Monday. Norwegian troops later captured Narvik.",
			[]string{"Norwegian troops -shell-> Halden", "Norwegian troops -capture-> Narvik"}, nil,
			"a report that writes the canonical form keeps it"},
		{"Russian border guards detained Tom Wu at the airport. Israeli settlers attacked Ann Lee near Halden.",
			[]string{"Russian border guards -detain-> Tom Wu", "Israeli settlers -attack-> Ann Lee"}, nil,
			"a state's border guards and settlers are groups"},
		{"Danish security forces arrested Tom Wu. Green Party MPs criticised Ann Lee.",
			[]string{"Danish security forces -arrest-> Tom Wu", "Green Party MPs -criticise-> Ann Lee"}, nil,
			"a word between the adjective and the noun, and a body's group, as written"},
		{"\"We will not leave,\" Tom Wu said. British Soldiers fought in Basra.",
			[]string{"British soldiers -fight-> in Basra"}, nil,
			"a capitalised group noun is written in lower case"},
	})
}

// TestSingularGroupIt checks that "it" takes up a state's military or
// army, which English names in the singular, as it does a government,
// while a plural group stays out of its reach, on sentences written for
// this test.
func TestSingularGroupIt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Danish military said it had detained Tom Wu.",
			[]string{"Danish military -detain-> Tom Wu"}, nil,
			"a state's military speaking of itself"},
		{"Norwegian troops entered Halden. The Swedish army said it had captured Per Holt.",
			[]string{"Swedish army -capture-> Per Holt"}, []string{"Norwegian troops -capture-> Per Holt"},
			"a state's army, not a plural group named before"},
	})
}

// TestQuotedDeterminer checks that a quantifier or determiner opening a
// quotation inside a sentence is no word of the name after it, as at the
// sentence's start, on sentences written for this test.
func TestQuotedDeterminer(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee said on Monday \"Many Halvik Alliance officials met Tom Wu.\"",
			[]string{"Halvik Alliance officials -meet-> Tom Wu"}, []string{"Many Halvik Alliance officials -meet-> Tom Wu"},
			"a quantifier opening a quotation"},
		{"Ann Lee told reporters \"Both Halvik Alliance officials thanked Tom Wu.\"",
			[]string{"Halvik Alliance officials -thank-> Tom Wu"}, []string{"Both Halvik Alliance officials -thank-> Tom Wu"},
			"a determiner opening a quotation"},
	})
}

// TestHeldHostage checks that a name with the state an act keeps it in
// after it ("is holding Tom Wu hostage") is the act's object, on
// sentences written for this test.
func TestHeldHostage(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu and Ann Lee met in Oslo. Hamas is holding Ann Lee hostage.",
			[]string{"Hamas -hold-> Ann Lee"}, nil,
			"a name and then hostage"},
		{"Tom Wu and Ann Lee met in Oslo. Hamas kept Tom Wu prisoner for a year.",
			[]string{"Hamas -keep-> Tom Wu"}, nil,
			"a name and then prisoner"},
	})
}

// TestOperationByDoer checks that a passive act done through an operation
// or a weapon names as its agent the actor that a participle of doing and
// "by" name after it ("killed by a bomb planted by Hamas"), but not one
// that only judged it, on sentences written for this test.
func TestOperationByDoer(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu and Ann Lee met in Oslo. Tom Wu was killed by a bomb planted by Hamas.",
			[]string{"Hamas -kill-> Tom Wu"}, nil,
			"a weapon planted by the doer"},
		{"Tom Wu and Ann Lee met in Oslo. Ann Lee was wounded in an attack carried out by the Taliban.",
			[]string{"Taliban -wound-> Ann Lee"}, nil,
			"an operation carried out by the doer"},
		{"Tom Wu and Ann Lee met in Oslo. Tom Wu was killed in an attack condemned by Norway.",
			nil, []string{"Norway -kill-> Tom Wu"},
			"one who condemned the attack did not do it"},
	})
}

// TestTruceAgreed checks that the members of a coordinated subject that
// agree to a ceasefire or a truce agree with each other, while agreeing
// to another act is a joint one, on sentences written for this test.
func TestTruceAgreed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway and Sweden agreed to a ceasefire on Friday.",
			[]string{"Norway -agree_with-> Sweden"}, nil,
			"agreed to a ceasefire"},
		{"Norway and Sweden agreed a truce.",
			[]string{"Norway -agree_with-> Sweden"}, nil,
			"agreed a truce"},
		{"Norway and Sweden agreed to share flights.",
			nil, []string{"Norway -agree_with-> Sweden"},
			"a joint act, not an agreement between them"},
	})
}
