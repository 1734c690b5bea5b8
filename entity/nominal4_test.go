package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNominalRelationsAndLists covers relations stated by noun phrases and
// acts over lists of parties, on invented sentences.
func TestNominalRelationsAndLists(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The trilateral meeting of Norway, Sweden and Finland took place in Oslo. A memorandum was signed between Denmark, Iceland, and Estonia on Tuesday. The agreement signed between Latvia and Libya expired in May. The meeting of the Halvik Council ended.",
			[]string{"Norway -meet_with-> Sweden", "Norway -meet_with-> Finland", "Sweden -meet_with-> Finland",
				"Denmark -agree_with-> Iceland", "Denmark -agree_with-> Estonia", "Iceland -agree_with-> Estonia", "Latvia -agree_with-> Libya"},
			nil,
			"a meeting of, or an agreement (signed) between, a list of actors: one fact per pair"},
		{"Planned talks between Norway, Sweden and Finland were cancelled. The talks between Denmark, Iceland and Estonia were postponed.",
			nil,
			[]string{"Norway -talk_with-> Sweden", "Sweden -talk_with-> Finland", "Denmark -talk_with-> Iceland", "Iceland -talk_with-> Estonia"},
			"a planned or called-off act between a list is none"},
		{"Thousands marched in Oslo, protesting the pending exit of Norway from the Nordic Union. Analysts weighed the impending withdrawal of Sweden from the Halvik Alliance. Crowds in Bergen marched, protesting the exit of Denmark from the Nordic Union.",
			[]string{"Denmark -leave-> Nordic Union"},
			[]string{"Norway -leave-> Nordic Union", "Sweden -withdraw_from-> Halvik Alliance"},
			"a pending or impending exit has not taken place; a bare one has"},
		{"Kim Ek's victory in the Texas primary surprised Ola Berg. Jan Moe's victory in the Texas market surprised Ola Berg.",
			[]string{"Kim Ek -win_in-> Texas"}, []string{"Jan Moe -win_in-> Texas"},
			"a victory in a place's contest is a win there; in a place's market it is none"},
		{"Ann Lee's victories in Ohio, Iowa, and Utah left her ahead. Tom Wu's victory over Joe Ng surprised Norway. Cyd Ho's win in the Halvik Cup pleased Sweden.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -win_in-> Iowa", "Ann Lee -win_in-> Utah", "Tom Wu -defeat-> Joe Ng"},
			[]string{"Cyd Ho -win_in-> Halvik Cup"},
			"a possessor's victories in places: one win_in per place; over an actor, a defeat; in no place, nothing"},
		{"Halvik's independence from Sweden was declared in 1905. Tom Wu was a key figure in the independence of Norway from Denmark. Norway submitted its application to the Nordic Council. In his speech at the Halvik Institute, Joe Ng criticised Finland.",
			[]string{"Halvik -independent_from-> Sweden", "Norway -independent_from-> Denmark", "Norway -apply_to-> Nordic Council", "Joe Ng -speak_at-> Halvik Institute"},
			[]string{"Norway -from-> Denmark"},
			"independence from, an application to, a speech at: the possessor's or of-phrase's act"},
		{"After winning the Liberal Party's primaries in Ohio and Iowa, Ann Lee thanked Joe Ng. Tom Wu won the election in Utah. Halvik News also called Nevada for Cyd Ho. The Oslo Times called the race in Texas for Kim Ek.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -win_in-> Iowa", "Ann Lee -member_of-> Liberal Party", "Tom Wu -win_in-> Utah",
				"Halvik News -call_for-> Cyd Ho", "Cyd Ho -win_in-> Nevada", "Oslo Times -call_for-> Kim Ek", "Kim Ek -win_in-> Texas"},
			[]string{"Halvik News -call-> Nevada", "Ann Lee -win_in-> Joe Ng"},
			"a contest won in places: win_in each place; a party's primaries won: its member; a place called for a candidate: the candidate won there"},
		{"Ann Lee hopes to win the primaries in Ohio. Tom Wu called Oslo for help. Joe Ng won the match in Bergen.",
			nil,
			[]string{"Ann Lee -win_in-> Ohio", "Tom Wu -call_for-> Oslo", "Joe Ng -win_in-> Bergen"},
			"a contest hoped for is not won; a call for help is no race called; a match is no contest in a place"},
		{"Norway is already under EU sanctions. Halden came under Swedish attack on Monday. Tom Wu is under investigation by the FBI. Denmark has been under harsh US sanctions since 2010. Ann Lee was placed under house arrest. Finland is under pressure.",
			[]string{"European Union -sanction-> Norway", "Sweden -attack-> Halden", "FBI -investigate-> Tom Wu", "United States -sanction-> Denmark"},
			nil,
			"a subject under an actor's act: the actor named before the act, or after by, does it to the subject"},
		{"Norway and Sweden signed a deal during a meeting between Halvik chairman Tom Wu, Ann Lee and Denmark's foreign minister Joe Ng. UKIP won 31% of the vote in Erewash.",
			nil,
			[]string{"Tom Wu -meet_with-> Denmark", "Ann Lee -meet_with-> Denmark", "UKIP -win_in-> Erewash"},
			"a possessive ends a list of parties; a share of the vote won is no contest won"},
		{"Halvik Front is a Norway-backed militia. The US-designated terrorist group Lund Front attacked Oslo. The Sweden-backed terrorist group Kalmar Front left. Tom Wu is a Norway-born singer.",
			[]string{"Norway -back-> Halvik Front", "United States -designate-> Lund Front", "Sweden -back-> Kalmar Front"},
			[]string{"Lund Front -locate_in-> United States", "Kalmar Front -locate_in-> Sweden", "Norway -back-> Tom Wu"},
			"a compound of -backed or -designated in a predicate or before descriptors: the actor before it did that; the compound places no one"},
		{"Ann Lee praised Tom Wu's life's work. Joe Ng threatened the Halvik Network's licence renewal. Cyd Ho condemned the act of the Halvik Commission. Kim Ek criticised the actions of the Lund Council. Ola Berg condemned the invasion of Sweden.",
			[]string{"Ann Lee -praise-> Tom Wu", "Joe Ng -threaten-> Halvik Network", "Cyd Ho -condemn-> Halvik Commission", "Kim Ek -criticise-> Lund Council"},
			[]string{"Ola Berg -condemn-> Sweden"},
			"an attitude toward an actor's own act (a possessive, through life's, or an agent's of-phrase) is toward the actor; a threat to what is an actor's threatens it; an invasion's of-phrase is its patient"},
		{"Tom Wu orchestrated attacks on Swedish bases. Ann Lee approved the strikes on Norway, Denmark and Finland. Joe Ng was responsible for the deaths of Kim Ek and Ola Berg. The Halvik Council voted for the expulsion of Cyd Ho. Jan Moe mourned the deaths of Lars Dahl.",
			[]string{"Tom Wu -attack-> Sweden", "Ann Lee -strike-> Norway", "Ann Lee -strike-> Denmark", "Ann Lee -strike-> Finland",
				"Joe Ng -kill-> Kim Ek", "Joe Ng -kill-> Ola Berg", "Halvik Council -expel-> Cyd Ho"},
			[]string{"Jan Moe -kill-> Lars Dahl"},
			"who orchestrated, approved, voted for or was responsible for a violent act did it, to each actor listed; mourning it is none"},
		{"Tom Wu hoped to approve attacks on Sweden. Ann Lee did not order strikes on Norway.",
			nil,
			[]string{"Tom Wu -attack-> Sweden", "Ann Lee -strike-> Norway"},
			"an act hoped for, or not ordered, is none"},
		{"Norway formed an alliance with Sweden and Finland. Denmark signed an agreement with Iceland, Estonia and Latvia. The alliance of Poland, Spain and Italy collapsed. Ann Lee signed a letter with Tom Wu.",
			[]string{"Norway -ally_with-> Sweden", "Norway -ally_with-> Finland", "Denmark -sign_with-> Iceland", "Denmark -sign_with-> Estonia", "Denmark -sign_with-> Latvia",
				"Poland -ally_of-> Spain", "Poland -ally_of-> Italy", "Spain -ally_of-> Italy"},
			[]string{"Ann Lee -write_to-> Tom Wu"},
			"an alliance formed or an agreement signed with a list: one fact per member; an alliance of a list: one per pair"},
		{"Ann Lee won the Ohio primary. Tom Wu won the Iowa caucuses. Joe Ng won the Norwegian election in 2019. Cyd Ho won the Labour primary. The talks among Norway, Sweden and Finland ended. The Lund Council voted in favour of the expulsion of Kim Ek.",
			[]string{"Ann Lee -win_in-> Ohio", "Tom Wu -win_in-> Iowa", "Joe Ng -win_in-> Norway", "Norway -talk_with-> Sweden", "Sweden -talk_with-> Finland", "Lund Council -expel-> Kim Ek"},
			[]string{"Cyd Ho -win_in-> Labour"},
			"a contest won named by its place; talks among a list; a vote in favour of a violent act"},
		{"A joint statement by Norway, Sweden and Finland condemned Russia. A joint letter from Ann Lee and Tom Wu urged Joe Ng to resign. A statement by Denmark praised Iceland.",
			[]string{"Norway -condemn-> Russia", "Sweden -condemn-> Russia", "Finland -condemn-> Russia", "Ann Lee -urge-> Joe Ng", "Tom Wu -urge-> Joe Ng", "Denmark -praise-> Iceland"},
			nil,
			"a (joint) document by a list of actors acts for each of them"},
		{"Halvik declared independence from Sweden in 1991. Latvia gained independence from Russia in 1991. Iceland seeks independence from Denmark.",
			[]string{"Halvik -independent_from-> Sweden", "Latvia -independent_from-> Russia"},
			[]string{"Russia -independent_from-> Latvia", "Iceland -independent_from-> Denmark"},
			"independence declared or gained from an actor is the subject's own; sought, it is none"},
		{"Norway is under EU and US sanctions. Tom Wu served under Ann Lee and Joe Ng as a minister.",
			[]string{"European Union -sanction-> Norway", "United States -sanction-> Norway", "Tom Wu -serve_under-> Ann Lee"},
			[]string{"Norway -be_under-> European Union"},
			"under the coordinated agents of one act: each does it; serving under a person stays as it was"},
	})
}
