package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPossessed covers an owner's words, stance or act standing for the
// owner as the subject of a verb of emotion or conflict, and the other
// possessed rules, on invented sentences.
func TestPossessed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, a senator from Ohio, spoke in Seoul on Monday. His comments angered China. Tom Wu's policies have alienated Norway. Ann Lee's visit angered Iceland.",
			[]string{"Tom Wu -anger-> China", "Tom Wu -alienate-> Norway", "Ann Lee -anger-> Iceland"},
			nil,
			"an owner's words, policies or visit that anger or alienate an actor are the owner's act"},
		{"Ann Lee is the prime minister of Norway. Her moderate politics have clashed with the stances of Tom Wu and Bob Hale. Lee's remarks delighted Bo Kim.",
			[]string{"Ann Lee -clash_with-> Tom Wu", "Ann Lee -clash_with-> Bob Hale", "Ann Lee -delight-> Bo Kim"},
			nil,
			"a stance that clashes with the stances of listed actors clashes with each of them"},
		{"Ann Lee is the prime minister of Norway. Lee's comments did not anger Sweden. Her plan could anger Denmark. Lee's son angered Finland. The floods upset Iceland. Lee's remarks angered her.",
			nil,
			[]string{"Ann Lee -anger-> Sweden", "Ann Lee -anger-> Denmark", "Ann Lee -anger-> Finland", "Ann Lee -upset-> Iceland", "Ann Lee -anger-> Ann Lee"},
			"a denied or possible act, a relative, or an act of no one stands for no owner"},
		{"Tom Wu is a senator from Ohio. Wu's plan was attacked by the Labour Party. Wu's car was attacked by Ann Lee.",
			[]string{"Labour Party -criticize-> Tom Wu"},
			[]string{"Ann Lee -attack-> Tom Wu", "Ann Lee -criticize-> Tom Wu"},
			"an owner's plan attacked in the passive is the owner criticised, as in the active; a car is no act"},
		{"The Republican-controlled Senate criticised Tom Wu. The Labour-run Halvik Borough Council sued Bo Kim. The Conservative-dominated Halvik Regional Assembly praised Ann Lee.",
			[]string{"Republican Party -control-> United States Senate", "Labour Party -control-> Halvik Borough Council", "Conservative Party -control-> Halvik Regional Assembly", "United States Senate -criticise-> Tom Wu"},
			[]string{"Republican Party -criticise-> Tom Wu"},
			"a party's adjective before -controlled, -run or -dominated names the party in control of the body after it"},
		{"The state-run Halvik Broadcasting Company sued Bo Kim. The Republican-controlled media attacked Ann Lee. The Tory-run Halvik Council praised Tom Wu.",
			[]string{"Conservative Party -control-> Halvik Council"},
			[]string{"Republican Party -control-> Ann Lee", "Republican Party -criticize-> Ann Lee"},
			"a lower-case word before -run names no actor; a party in control of no named body controls no one"},
		{"A man drowned off Halvik Point on Sunday. The victim was identified as Tom Wu by Halvik Police. The gunman was named as Bo Kim by Sweden. The body was identified as that of Ed Moss by the Halvik Police Department.",
			[]string{"Halvik Police -identify-> Tom Wu", "Sweden -name-> Bo Kim", "Halvik Police Department -identify-> Ed Moss"},
			nil,
			"a passive with as between participle and by: the agent acts on the person the subject is named as"},
		{"The ship was identified as the Halvik Star by Halvik Police. Ola Berg was described as a hero by Sweden. The plan was described as Tom Wu's by Ann Lee.",
			[]string{"Sweden -describe-> Ola Berg"},
			[]string{"Halvik Police -identify-> Halvik Star", "Ann Lee -describe-> Tom Wu"},
			"a thing named as a thing, or as a possessive, gives the agent no act on a person"},
		{"Tom Wu is the president of Halvia. Wu's comments sparked anger in Vietnam. His remarks drew fury from Cambodia. Wu's plan has caused outrage among Malaysians. The decision by Wu to close the border infuriated Thailand. The comments by Wu angered Laos.",
			[]string{"Tom Wu -anger-> Vietnam", "Tom Wu -anger-> Cambodia", "Tom Wu -outrage-> Malaysians", "Tom Wu -infuriate-> Thailand", "Tom Wu -anger-> Laos"},
			nil,
			"an owner's act that sparks anger in or draws fury from an actor angers it; an act by an actor is its act"},
		{"Tom Wu is the president of Halvia. The floods sparked anger in Laos. Wu's remarks drew anger in Oslo. Wu's son caused outrage in Japan. The plan by Monday angered Ed Moss.",
			nil,
			[]string{"Tom Wu -anger-> Oslo", "Tom Wu -outrage-> Japan", "Halvia -anger-> Ed Moss"},
			"anger of no owner, in a city, or caused by a relative, is no owner's act"},
		{"Ann Lee is the prime minister of Norway. Her tweet criticised Tom Wu. Lee's speech attacked Bo Kim. Her comments have irked Denmark. A joint statement by Finland and Sweden attacked Russia.",
			[]string{"Ann Lee -criticise-> Tom Wu", "Ann Lee -criticize-> Bo Kim", "Ann Lee -irk-> Denmark", "Finland -criticize-> Russia", "Sweden -criticize-> Russia"},
			[]string{"Ann Lee -attack-> Bo Kim", "Sweden -attack-> Russia"},
			"a tweet, speech or statement that attacks or criticises an actor is its author's words"},
		{"Ann Lee is the prime minister of Norway. The post mocked Tom Wu. Lee's car hit Bo Kim. A speech attacked Ed Moss.",
			nil,
			[]string{"Ann Lee -mock-> Tom Wu", "Ann Lee -hit-> Bo Kim", "Ann Lee -criticize-> Ed Moss"},
			"words of no named author, or a thing owned, speak for no one"},
		{"Ann Lee is the prime minister of Norway. Tom Wu criticised Lee's latest decision. Lee's earlier remarks angered Sweden. Her latest visit to Moscow caused outrage in Denmark.",
			[]string{"Tom Wu -criticise-> Ann Lee", "Ann Lee -anger-> Sweden", "Ann Lee -outrage-> Denmark"},
			nil,
			"a comparative or superlative adjective may stand between the possessive and the act"},
		{"Ann Lee is the prime minister of Norway. Sweden has clashed with Lee's policies. Tom Wu clashed with the stances of Ann Lee. Denmark was angered by Lee's remarks. Iceland has been alienated by her policies.",
			[]string{"Sweden -clash_with-> Ann Lee", "Tom Wu -clash_with-> Ann Lee", "Ann Lee -anger-> Denmark", "Ann Lee -alienate-> Iceland"},
			nil,
			"an actor that clashes with an owner's act clashes with the owner; the passive stirs the subject"},
		{"Ann Lee is the prime minister of Norway. Latvia was angered by the floods. Bo Kim angered Lee's son. Estonia was not angered by Lee's remarks.",
			nil,
			[]string{"Bo Kim -anger-> Ann Lee", "Ann Lee -anger-> Estonia"},
			"an owned person, an act of no one, or a denied passive stir no owner"},
		{"A request from Sweden angered Denmark. The move from Oslo angered Finland. The latest statement from the Halvik Party angered Ann Lee.",
			[]string{"Sweden -anger-> Denmark", "Halvik Party -anger-> Ann Lee"},
			[]string{"Oslo -anger-> Finland"},
			"an act from an actor is its act; a move from a city is no city's act"},
		{"Ann Lee is the prime minister of Norway. Her comments put her at odds with Iceland. The vote has left Denmark at loggerheads with Sweden and Finland. The decision put Tom Wu in conflict with Estonia.",
			[]string{"Ann Lee -dispute_with-> Iceland", "Denmark -dispute_with-> Sweden", "Denmark -dispute_with-> Finland", "Tom Wu -in_conflict_with-> Estonia"},
			nil,
			"what puts or leaves an actor at odds or in conflict with another puts the two in that state"},
		{"Ann Lee put Bo Kim at the centre of the talks with Latvia. The deal left Norway at odds. Lee put the plan at odds with Sweden.",
			nil,
			[]string{"Bo Kim -dispute_with-> Latvia", "Bo Kim -in_conflict_with-> Latvia", "Norway -dispute_with-> Sweden"},
			"a place that is no state, a state with no one, or a thing at odds make no dispute"},
		{"Ann Lee is the prime minister of Norway. Estonia objected to Lee's plan. Latvia objected to the plan. Iceland objected to the deal's cost.",
			[]string{"Estonia -object-> Ann Lee"},
			[]string{"Latvia -object-> Ann Lee", "Iceland -object-> Ann Lee"},
			"objecting to an owner's words or plan is a stance toward the owner, as responding is"},
		{"Ann Lee is the prime minister of Norway. Lee's plan was met with criticism from Sweden. Her remarks have been met with anger in Lithuania. Ann Lee was met with protests from Finland.",
			[]string{"Sweden -criticise-> Ann Lee", "Ann Lee -anger-> Lithuania", "Finland -protest-> Ann Lee"},
			nil,
			"an act met with criticism from an actor undergoes it, as one that drew criticism"},
		{"Ann Lee is the prime minister of Norway. Tom Wu met with Bo Kim. Ann Lee was met by Ed Moss. Tom Wu met with criticism from Sweden.",
			[]string{"Tom Wu -meet_with-> Bo Kim", "Ed Moss -meet-> Ann Lee"},
			[]string{"Bo Kim -meet-> Tom Wu", "Ann Lee -meet-> Ed Moss"},
			"only the passive 'was met with' undergoes; meeting with a person stays a meeting"},
	})
}
