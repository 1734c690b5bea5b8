package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNominalParties covers relations inside noun phrases, on invented
// sentences and stories: the parties of an act listed with asides between
// them ("a meeting between Bob Hale, representing Acme, and Joe
// Ng").
func TestNominalParties(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Kim Ross helped facilitate a meeting between Bob Hale, representing the State Department, and Joe Ng, one of Ann Lee's aides.",
			[]string{"Bob Hale -meet_with-> Joe Ng", "Bob Hale -represent-> State Department"},
			[]string{"Kim Ross -represent-> State Department", "Kim Ross -represent-> Joe Ng", "Bob Hale -represent-> Joe Ng"},
			"a participle's phrase set off between two members of a list of parties is the first member's, and the list goes on after it"},
		{"Talks between Tom Wu, the Fijian president, and Ann Lee ended on Friday. Kim Ek arranged a meeting between Ola Berg, a Halvik Holdings lawyer, and Cyd Ho.",
			[]string{"Tom Wu -talk_with-> Ann Lee", "Ola Berg -meet_with-> Cyd Ho"},
			nil,
			"an apposition after a party does not end the list"},
		{"Kim Ross met Bob Hale, representing the State Department, and left.",
			[]string{"Kim Ross -represent-> State Department"},
			[]string{"Bob Hale -represent-> State Department"},
			"a phrase after the object and before a verb is the subject's"},
		{"The phone call made by President Tom Wu late last July to President Ann Lee is at the centre of the inquiry. The attack carried out by Sweden on Sunday against Norway killed ten. A letter sent by Kim Ek last week to Joe Ng was published.",
			[]string{"Tom Wu -call-> Ann Lee", "Sweden -attack-> Norway", "Kim Ek -write_to-> Joe Ng"},
			nil,
			"an act's agent after by, with a title before the name or a time after it, and its patient after the noun's preposition"},
		{"The decision of Prime Minister Tom Wu to advise Queen Ann Lee to prorogue Parliament was unlawful. The decision by Kim Ek to expel Joe Ng angered Sweden.",
			[]string{"Tom Wu -advise-> Ann Lee", "Kim Ek -expel-> Joe Ng"},
			nil,
			"a decision of or by an actor to act on another, named with a title or not: the actor did it"},
		{"The attack carried out by Sweden on Sunday was condemned. The planned call by Tom Wu on Monday to Ann Lee was cancelled.",
			nil,
			[]string{"Sweden -attack-> Sunday", "Tom Wu -call-> Ann Lee"},
			"a time is no patient, and a planned act is none"},
		{"The Unity Movement launched an attack on Tom Wu's government. The Lund Front opposed the government of Ann Lee. The Sami Council posed a new threat to Joe Ng's rule. The Halvik Brigade fought Kim Ek's military regime.",
			[]string{"Unity Movement -attack-> Tom Wu", "Lund Front -oppose-> Ann Lee", "Sami Council -threaten-> Joe Ng", "Halvik Brigade -fight-> Kim Ek"},
			[]string{"Sami Council -pose_to-> Joe Ng"},
			"a person's government, regime or rule stands for the person who leads it; a threat posed is a threat"},
		{"The Unity Movement criticised the government of Norway. Ola Berg attacked Tom Wu's lawyer.",
			nil,
			[]string{"Unity Movement -criticise-> Tom Wu", "Ola Berg -attack-> Tom Wu"},
			"a state's government is not made a person, and a person's lawyer is no government"},
		{"Fiji, which is currently in a military conflict with Tonga, held elections on Sunday. Norway is engaged in an armed conflict with Sweden. Chile has long been embroiled in a row with Peru. Denmark remains in a dispute with Iceland. The conflict between Latvia and Estonia has killed thousands.",
			[]string{"Fiji -in_conflict_with-> Tonga", "Norway -in_conflict_with-> Sweden", "Chile -dispute_with-> Peru", "Denmark -dispute_with-> Iceland", "Latvia -in_conflict_with-> Estonia"},
			[]string{"Denmark -remain_with-> Iceland", "Norway -engage_with-> Sweden"},
			"a state one is in with another, after be or remain, an adverb, or a participle that puts one in it (engaged, embroiled, locked)"},
		{"The House of Representatives voted on Friday. The House issued a subpoena to Ann Lee. The House also issued a subpoena for records from Secretary of State Tom Wu. The Halvik Committee issued a request for records from Joe Ng.",
			[]string{"House of Representatives -subpoena-> Ann Lee", "House of Representatives -subpoena-> Tom Wu", "Halvik Committee -request-> Joe Ng"},
			nil,
			"the House is the chamber the document names in full; a subpoena or request for a thing from an actor is made of that actor"},
		{"The House of Commons met. The House of Lords met. The House criticised Tom Wu. Kim Ek received a request for documents from Joe Ng.",
			[]string{"Joe Ng -request-> Kim Ek"},
			[]string{"House of Commons -criticise-> Tom Wu", "House of Lords -criticise-> Tom Wu", "Kim Ek -request-> Joe Ng"},
			"two chambers named leave the House unresolved; a request received comes from the actor after from"},
		{"Despite Ann Lee's allegations of widespread fraud, Tom Wu was declared the winner. Despite accusations from Kim Ek, Joe Ng signed the bill. Despite the opposition of Sweden, Norway held the vote.",
			[]string{"Ann Lee -accuse-> Tom Wu", "Kim Ek -accuse-> Joe Ng", "Sweden -oppose-> Norway"},
			nil,
			"allegations or accusations a clause's subject acts despite accuse it, with an of-phrase saying of what"},
		{"Despite criticism of Ola Berg, Cyd Ho signed the bill. Despite Per Holm's claims that the vote was fair, Mia Dahl protested.",
			nil,
			[]string{"Ola Berg -criticise-> Cyd Ho", "Per Holm -accuse-> Mia Dahl"},
			"a noun whose of-phrase is its patient names no agent after of; a claim is no accusation"},
		{"The Senate, which has a Republican majority, rejected the bill. The Labour Party holds a slim majority in Parliament. The bill went to the House of Lords, where the Unity Party holds a majority.",
			[]string{"Republican Party -control-> United States Senate", "Labour Party -control-> Parliament", "Unity Party -control-> House of Lords"},
			nil,
			"a party's majority in a chamber: the party controls it, the chamber named before a relative clause or after in"},
		{"The Labour Party lost its majority in Parliament. The Unity Party has no majority in the Senate. A majority of voters backed the Labour Party. The bill passed the Senate by a two-thirds majority.",
			nil,
			[]string{"Labour Party -control-> Parliament", "Unity Party -control-> United States Senate"},
			"a majority lost or denied is none; a majority of voters or of a vote names no party's hold"},
		{"The Labour Party, which previously controlled a majority of the Norland Assembly, lost 20 seats. A majority of the Halvik Assembly voted against the Unity Party.",
			[]string{"Labour Party -control-> Norland Assembly"},
			[]string{"Unity Party -control-> Halvik Assembly"},
			"a party that controls a majority of a chamber controls it, the party before a relative clause; a majority of a chamber that votes is its members"},
	})
}
