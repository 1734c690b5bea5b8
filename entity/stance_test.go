package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStance checks the stance facts of attitude verbs toward an actor's
// act and of stance words, on sentences written for this test.
func TestStance(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Ann Lee criticised the Harbor Council's decision to close the school.",
			[]string{"Ann Lee -criticise-> Harbor Council"}, nil,
			"an attitude verb toward an actor's act is toward the actor"},
		{"The Green Party welcomed its final decision. The Nordic Institute had closed the school.",
			nil, []string{"Green Party -welcome-> Green Party"},
			"no stance of an actor toward itself"},
		{"The Green Party denied Ann Lee's claims. Norway rejected Denmark's accusations and welcomed Sweden's offer. Tom Wu responded to the Harbor Council's criticism.",
			[]string{"Green Party -deny-> Ann Lee", "Norway -reject-> Denmark", "Norway -welcome-> Sweden", "Tom Wu -respond-> Harbor Council"}, nil,
			"denying, rejecting or answering an actor's claims, accusations, offer or criticism is toward the actor"},
		{"Ann Lee praised Tom Wu's work. Denmark welcomed Sweden's efforts to end the war. The Green Party criticised the Labour Party's leadership.",
			[]string{"Ann Lee -praise-> Tom Wu", "Denmark -welcome-> Sweden", "Green Party -criticise-> Labour Party"}, nil,
			"praise or criticism of an actor's work, efforts or leadership is of the actor"},
		{"Ann Lee condemned the ban by Norway. Tom Wu criticised the decision by the Harbor Council to close the school.",
			[]string{"Ann Lee -condemn-> Norway", "Tom Wu -criticise-> Harbor Council"}, nil,
			"an act named with its doer after by is the doer's"},
		{"Tom Wu responded to the ruling via Twitter, attacking the subpoena by the Oslo District Court. Ann Lee slammed Norway's ban on fishing.",
			[]string{"Tom Wu -criticize-> Oslo District Court", "Ann Lee -criticize-> Norway"}, []string{"Tom Wu -attack-> Oslo District Court"},
			"attacking or slamming an actor's act criticises the actor"},
		{"Norway attacked the convoy by night. Sweden attacked the base by the river.",
			nil, []string{"Norway -criticize-> convoy", "Sweden -criticize-> river"},
			"attacking a thing is no criticism"},
		{"\"Tom Wu wants to cancel the referendum and argue for years,\" said Ann Lee. Per Lund said Halvik Holdings was trying to silence its critics.",
			[]string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Halvik Holdings"}, nil,
			"a speaker who has an actor will to do harm criticises it"},
		{"Ann Lee said Halvik Holdings had refused to apologise. Per Lund said Norway had refused to attack Sweden.",
			[]string{"Ann Lee -criticize-> Halvik Holdings"}, []string{"Per Lund -criticize-> Norway"},
			"so does one who says an actor refused a duty; refusing an attack is no fault"},
		{"\"Tom Wu does not want to cancel the referendum,\" said Ann Lee. \"Tom Wu wants to help the poor,\" said Per Lund. Ann Lee leads the Green Party. \"We want to scrap the tax,\" Ann Lee said.",
			nil, []string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Tom Wu", "Ann Lee -criticize-> Green Party"},
			"no harm wanted, or the speaker's own side, is no criticism"},
		{"Ann Lee criticised the Harbor Council's comprehensiveness. Tom Wu praised Norway's generosity.",
			[]string{"Ann Lee -criticise-> Harbor Council", "Tom Wu -praise-> Norway"}, nil,
			"a quality, by its ending, is its possessor's"},
		{"Ann Lee praised Tom Wu's wife. Per Lund criticised Norway's authorities. Ola Berg's sentence was criticised by Amnesty International.",
			nil, []string{"Ann Lee -praise-> Tom Wu", "Per Lund -criticise-> Norway", "Amnesty International -criticise-> Ola Berg"},
			"someone of the possessor, or a body of its own, is no quality"},
		{"Ann Lee called Tom Wu a liar. Per Lund described Norway's plan as a betrayal.",
			[]string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Norway"}, nil,
			"naming an actor or its act by a word of scorn criticises the actor"},
		{"Halvik Holdings apologised on Monday. Calling it just another apology, Ann Lee demanded more.",
			[]string{"Ann Lee -criticize-> Halvik Holdings"}, nil,
			"it names the act of the sentence before, whose doer is scorned"},
		{"Ann Lee called Tom Wu a friend. Per Lund did not call Ola Berg a liar. Norway sued Sweden. Tom Wu called it a day.",
			nil, []string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Ola Berg", "Tom Wu -criticize-> Norway"},
			"no scorn, or a denied one, is no criticism"},
		{"Ann Lee was disappointed with the Nordic Institute.",
			[]string{"Ann Lee -be_disappointed_with-> Nordic Institute"}, []string{"Ann Lee -disappoint_with-> Nordic Institute"},
			"a stance word with an actor replaces the participle's lemma"},
		{"Tom Wu said, \"I'm disappointed that the Nordic Institute did not choose us.\"",
			[]string{"Tom Wu -be_disappointed_with-> Nordic Institute"}, nil,
			"a stance word before a clause is about the clause's subject"},
		{"Ann Lee was extremely critical of the Green Party's new policy.",
			[]string{"Ann Lee -criticize-> Green Party"}, nil,
			"a copula's object may hold the stance word"},
		{"Ann Lee said it was damning that the Harbor Council isn't doing this already.",
			[]string{"Ann Lee -criticize-> Harbor Council"}, nil,
			"a speaker's judgement of what a that-clause's subject does"},
		{"Shadow home secretary Ann Lee said it was damning that the Harbor Council isn't doing this already.",
			[]string{"Ann Lee -criticize-> Harbor Council"}, nil,
			"the speaker named with a title before the name"},
		{"Ann Lee said it was clear that the Harbor Council isn't doing this.",
			nil, []string{"Ann Lee -criticize-> Harbor Council"},
			"a word of no judgement condemns nothing"},
		{"Ann Lee criticised the Harbor Council's decision to fine the Green Party. Tom Wu said, \"I am angry about Denmark's plan to expel Ola Dahl.\"",
			[]string{"Ann Lee -criticise-> Harbor Council"}, []string{"Ann Lee -fine-> Green Party", "Tom Wu -expel-> Ola Dahl"},
			"the infinitive after a possessed decision or plan is the possessor's, not the critic's"},
		{"Tom Wu, the chief executive of the Nordic Institute, said Ann Lee was welcome to visit the institute.",
			[]string{"Tom Wu -invite-> Ann Lee"}, nil,
			"a speaker who says an actor is welcome to come invites the actor"},
		{"Ann Lee met Tom Wu in Oslo. \"She is always welcome to join us,\" Wu said.",
			[]string{"Tom Wu -invite-> Ann Lee"}, nil,
			"a quoted welcome, the speaker after the quotation"},
		{"Tom Wu said Ann Lee was not welcome to visit the institute. Ann Lee is welcome to visit the institute.",
			nil, []string{"Tom Wu -invite-> Ann Lee"},
			"no welcome that is denied or that no one says"},
		{"Ann Lee claims that the Green Party forced her to work for years. She also claims that her passport was taken. She left the party in 2007. In a statement, the Green Party denied these allegations.",
			[]string{"Green Party -deny-> Ann Lee"}, nil,
			"denying these allegations answers the one who last claimed"},
		{"Tom Wu met Ann Lee in Oslo. The Green Party rejected the claims.",
			nil, []string{"Green Party -reject-> Ann Lee", "Green Party -reject-> Tom Wu"},
			"with no claimant before, the claims are no one's"},
		{"The Green Party claimed that the council had lied. The Green Party later dismissed the accusations.",
			nil, []string{"Green Party -dismiss-> Green Party"},
			"the answerer is not its own claimant"},
		{"The Green Party alleged that Tom Wu stole the hard drives. The Harbor Council claimed Ann Lee allegedly left the party with the files.",
			[]string{"Green Party -accuse-> Tom Wu", "Harbor Council -accuse-> Ann Lee"}, nil,
			"alleging what an actor did, or claiming what he allegedly did, accuses him"},
		{"The Green Party claimed Tom Wu left the party. Ann Lee alleged that Tom Wu's car was stolen.",
			nil, []string{"Green Party -accuse-> Tom Wu", "Ann Lee -accuse-> Tom Wu"},
			"a plain claim, or an allegation about an actor's thing, accuses no one"},
		{"Ann Lee was happy with the Green Party's decision.",
			nil, []string{"Ann Lee -be_happy_with-> Green Party", "Ann Lee -be_disappointed_with-> Green Party"},
			"only stance words against an actor count"},
		{"Ann Lee was not disappointed with the Green Party's decision.",
			nil, []string{"Ann Lee -be_disappointed_with-> Green Party"},
			"a negated stance is no stance"},
	})
}

// TestGerundAdjunct checks the acts of time clauses of a gerund, on
// sentences written for this test.
func TestGerundAdjunct(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was arrested on Monday after leaving the Nordic Institute in Oslo.",
			[]string{"Tom Wu -leave-> Nordic Institute"}, nil,
			"the gerund's subject is the main clause's"},
		{"Ann Lee was charged with taking files and a laptop from the Harbor Council after leaving the Green Party.",
			[]string{"Ann Lee -leave-> Green Party", "Ann Lee -take_from-> Harbor Council"}, []string{"Green Party -take_from-> Harbor Council"},
			"a time clause the extractor dropped from the arguments; what was taken, then whom from; a later clause's object takes nothing"},
		{"Tom Wu was accused of stealing cash from the Nordic Institute. Joe Ng was jailed for buying guns from Oslo.",
			[]string{"Tom Wu -steal_from-> Nordic Institute"}, []string{"Joe Ng -buy_from-> Oslo"},
			"a gerund of taking takes from the actor of its from-phrase, but a place is where, not whom"},
		{"The Green Party took such drastic steps as suing Tom Wu. Denmark committed such acts as firing shells at Swedish army posts. Ann Lee described Tom Wu as supporting the Labour Party.",
			[]string{"Green Party -sue-> Tom Wu", "Denmark -fire_at-> Sweden"}, []string{"Ann Lee -support-> Labour Party"},
			"a gerund after such acts as says what the subject did; as alone does not"},
		{"Ann Lee resigned after having met Tom Wu.",
			[]string{"Ann Lee -meet-> Tom Wu"}, nil,
			"having and a participle are a gerund too"},
		{"Ann Lee said Tom Wu resigned after meeting Ola Dahl.",
			[]string{"Tom Wu -meet-> Ola Dahl"}, []string{"Ann Lee -meet-> Ola Dahl"},
			"the clause of the nearest subject holds the time clause"},
	})
}
