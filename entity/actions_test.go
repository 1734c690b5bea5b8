package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestActionArguments checks which actor, if any, fills the slots of an
// act, on sentences written for this test.
func TestActionArguments(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was defeated by 300 votes by Ann Lee.",
			[]string{"Ann Lee -defeat-> Tom Wu"}, nil,
			"a passive with a margin before its agent"},
		{"Ann Lee won the Harbor Council Player of the Year award.",
			nil, []string{"Ann Lee -win-> Harbor Council Player"},
			"a name's of-phrase closed by a common noun names a thing"},
		{"Ann Lee joined the Nordic Institute team in May.",
			[]string{"Ann Lee -join-> Nordic Institute"}, nil,
			"a body's name and a noun saying what kind of body it is"},
		{"The Nordic Institute tweeted support of Ann Lee. The Harbor Council made two donations to the Green Party.",
			[]string{"Nordic Institute -support-> Ann Lee", "Harbor Council -donate_to-> Green Party"}, nil,
			"a light verb and an event noun about an actor name the event"},
		{"Ann Lee received support from the Green Party.",
			nil, []string{"Ann Lee -support-> Green Party"},
			"a verb of receiving is no light verb: the support is not hers"},
		{"The Nordic Institute said Ann Lee, the director, contacted the Green Party.",
			[]string{"Ann Lee -contact-> Green Party"}, []string{"Nordic Institute -say-> Ann Lee"},
			"a reported clause's subject is no object of the reporting verb"},
		{"Ann Lee told Tom Wu the plan had failed.",
			[]string{"Ann Lee -tell-> Tom Wu"}, nil,
			"tell has an addressee before its clause"},
		{"Norway and Sweden have kept a policy of closing the border which, according to Reuters, the Green Party and the Labour Party have both criticised.",
			[]string{"Green Party -criticise-> Norway", "Green Party -criticise-> Sweden",
				"Labour Party -criticise-> Norway", "Labour Party -criticise-> Sweden"},
			[]string{"Reuters -criticise-> Norway"},
			"the actors of an object relative take its stance toward the holders of the policy it is about"},
		{"Ann Lee met the Bank of England governor.",
			nil, []string{"Ann Lee -meet-> Bank"},
			"not an official: the role noun's rule reads it"},
		{"The Nordic Institute signed a deal with the Harbor Council on Monday.",
			[]string{"Nordic Institute -sign_with-> Harbor Council"}, nil,
			"with names the other party when the object is no actor"},
		{"France declared war on Sweden. The Green Party increased pressure on Tom Wu.",
			[]string{"France -declare_war_on-> Sweden", "Green Party -increase_pressure_on-> Tom Wu"}, nil,
			"on names the actor after a bare noun, which joins the relation"},
		{"Ann Lee hosted a show on the Harbor Council.",
			nil, []string{"Ann Lee -host_on-> Harbor Council"},
			"on after a noun with a determiner names a channel or a place, no actor"},
		{"Norway began the match with Tom Wu scoring twice.",
			nil, []string{"Norway -begin_with-> Tom Wu"},
			"with, a noun and a participle is a clause of its own"},
		{"The Green Party criticised and sued the Labour Party.",
			[]string{"Green Party -criticise-> Labour Party", "Green Party -sue-> Labour Party"}, nil,
			"coordinated verbs share their object"},
		{"Norway's attack on Sweden was condemned. Ann Lee's surprise meeting with Tom Wu lasted an hour.",
			[]string{"Norway -attack-> Sweden", "Ann Lee -meet_with-> Tom Wu"}, nil,
			"a possessive nominalisation: the possessor acts on the actor after the noun's preposition"},
		{"The Green Party said its deals with Norway and Sweden had worked.",
			[]string{"Green Party -deal_with-> Norway", "Green Party -deal_with-> Sweden"}, nil,
			"a possessive pronoun and a list after the nominalisation"},
		{"Norway's defeat by Sweden surprised Ann Lee. Tom Wu's trip with Ann Lee was long.",
			nil, []string{"Norway -defeat-> Sweden", "Tom Wu -travel_to-> Ann Lee"},
			"a noun whose possessor may be its patient, and a preposition the noun does not take, give nothing"},
		{"Ann Lee received an award from the Nordic Institute. Tom Wu took two hard drives from the Green Party.",
			[]string{"Ann Lee -receive_from-> Nordic Institute", "Tom Wu -take_from-> Green Party"}, nil,
			"from names the giver after a verb of receiving or taking"},
		{"Ann Lee saw the fleet from Norway. From the Nordic Institute, Tom Wu took a bus to the coast.",
			nil, []string{"Ann Lee -see_from-> Norway", "Tom Wu -take_from-> Nordic Institute"},
			"from after other verbs, or before the verb, names an origin"},
		{"Lee Cheuk-yan of the Green Party lost, with Ann Lee defeating Lee Cheuk-yan by five votes.",
			[]string{"Ann Lee -defeat-> Lee Cheuk-yan"}, nil,
			"an absolute with-clause is a clause, and a restated full name is its entity where no mention was found"},
		{"Tom Wu criticised the Nordic Institute's decision to expel Ann Lee. The Green Party's plan to sue the Labour Party failed.",
			[]string{"Nordic Institute -expel-> Ann Lee"}, []string{"Green Party -sue-> Labour Party"},
			"a possessor's decision to act is the act; a plan is not carried out"},
		{"Tom Wu returned and cooperated with Ann Lee. Tom Wu died, naming Ann Lee as his successor.",
			[]string{"Tom Wu -cooperate_with-> Ann Lee"}, []string{"Tom Wu -return-> Ann Lee", "Tom Wu -die-> Ann Lee"},
			"a preposition's object and a participle clause's object are not shared"},
		{"The letter was sent to Ann Lee by Tom Wu. The paintings donated to the Nordic Institute by the Harbor Council were sold. Ann Lee was introduced to Tom Wu by the Green Party.",
			[]string{"Tom Wu -send_to-> Ann Lee", "Harbor Council -donate_to-> Nordic Institute", "Green Party -introduce_to-> Tom Wu"},
			[]string{"Ann Lee -introduce_to-> Tom Wu"},
			"a passive's by-phrase names who acts toward the preposition's object"},
		{"Ann Lee was sent to the Nordic Institute by train. Tom Wu walked to the Harbor Council by the river.",
			[]string{"Ann Lee -send_to-> Nordic Institute", "Tom Wu -walk_to-> Harbor Council"}, nil,
			"a by-phrase that names no actor leaves the subject's edge alone"},
	})
}
