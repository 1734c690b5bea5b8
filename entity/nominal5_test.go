package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNominalStanceAndControl covers relations that nouns carry, on
// invented sentences: a hold on a place ("under Taliban control"), a
// stance toward an act whose agent a modifier names ("condemned the
// Norwegian invasion"), and an act alleged ("alleged Norwegian
// involvement").
func TestNominalStanceAndControl(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Kandahar fell under Taliban control in 1994. Crimea came under Russian control in 2014. Tom Wu led the Lund Front. Halden remains under the control of the Lund Front. Oslo was under the rule of Denmark until 1814.",
			[]string{"Taliban -control-> Kandahar", "Russia -control-> Crimea", "Lund Front -control-> Halden", "Denmark -rule-> Oslo"},
			nil,
			"a place under an actor's control or rule: the actor named before the noun, or after of, controls it"},
		{"Norway is not under Swedish control. The factory is under quality control. Pachomius gave Theodorus complete control over Tabennese.",
			nil,
			[]string{"Sweden -control-> Norway", "Pachomius -control-> Tabennese", "Theodorus -control-> Tabennese"},
			"a negated hold, a hold with no actor, and control given to someone are no control by the subject"},
		{"Sweden condemned the Norwegian invasion of Halden. The Sami Council staged protests against Swedish encroachment on Kiruna. Ann Lee criticised the Norwegian decision to close the border. Tom Wu praised the FBI investigation into Joe Ng.",
			[]string{"Norway -invade-> Halden", "Sweden -condemn-> Norway", "Sweden -encroach_on-> Kiruna", "Sami Council -protest-> Sweden",
				"Ann Lee -criticise-> Norway", "FBI -investigate-> Joe Ng", "Tom Wu -praise-> FBI"},
			[]string{"Sami Council -stage_protests_on-> Kiruna"},
			"a stance toward an act is a stance toward its agent, which a state's adjective or a name before the act noun names"},
		{"Ann Lee condemned the Oslo attack. Tom Wu condemned the Kurdish persecution. Joe Ng mourned the Syrian deaths. Kim Ek condemned the planned Danish invasion of Halden.",
			nil,
			[]string{"Ann Lee -condemn-> Oslo", "Tom Wu -condemn-> Kurds", "Joe Ng -mourn-> Syria", "Kim Ek -condemn-> Denmark"},
			"a city before the act is where it happened; a modifier of an act undergone names its patient; a planned act is none"},
		{"Sweden and Finland have alleged Norwegian involvement in the attack. Tom Wu alleged Russian interference in the election. Ann Lee alleged Halvik's meddling.",
			[]string{"Sweden -accuse-> Norway", "Finland -accuse-> Norway", "Tom Wu -accuse-> Russia", "Ann Lee -accuse-> Halvik"},
			nil,
			"an act alleged accuses its agent, named by a modifier or a possessive"},
		{"King Harald suspended the Storting at the request of Prime Minister Ann Lee. Tom Wu resigned at the urging of Joe Ng. King Olav dissolved the Storting on the advice of Kim Ek. Cyd Ho arrived at the invitation of Ola Berg. Per Holm acted at Mia Dahl's request.",
			[]string{"Ann Lee -ask-> Harald", "Joe Ng -urge-> Tom Wu", "Kim Ek -advise-> Olav", "Ola Berg -invite-> Cyd Ho", "Mia Dahl -ask-> Per Holm"},
			nil,
			"an act done at an actor's request, urging, advice or invitation: that actor asked, urged, advised or invited the one who acted"},
		{"The court ruled on the suspension of the Storting by King Harald at the request of Ann Lee. The court found Tom Wu's advice to King Olav unlawful.",
			[]string{"Ann Lee -ask-> Harald", "Tom Wu -advise-> Olav"},
			[]string{"Ann Lee -ask-> court"},
			"at a request after an act's agent named by by: that agent was asked; an actor's advice to another: advise"},
		{"In response to a statement from the Kremlin, the Labour Party withdrew its motion. In response to Sweden's criticism, Norway recalled its envoy. Denmark closed its border in response to Finland.",
			[]string{"Labour Party -respond_to-> Kremlin", "Norway -respond_to-> Sweden", "Denmark -respond_to-> Finland"},
			nil,
			"in response to an actor's act, or to the actor: the clause's subject responds to it"},
		{"Ann Lee spoke at the request of the audience. Tom Wu met Joe Ng at the Halvik Hotel.",
			nil,
			[]string{"Ann Lee -ask-> Tom Wu", "Halvik Hotel -ask-> Tom Wu"},
			"a request by no actor, or a place after at, asks nothing"},
		{"Norway has increased cooperation with the navies of Chile, Peru and Spain. Denmark signed an agreement with the army of Estonia. Finland deepened ties with Latvia. Iceland resumed talks with Ireland.",
			[]string{"Norway -cooperate_with-> Chile", "Norway -cooperate_with-> Peru", "Norway -cooperate_with-> Spain",
				"Denmark -sign_with-> Estonia", "Finland -have_ties_with-> Latvia", "Iceland -talk_with-> Ireland"},
			[]string{"Norway -increase_cooperation_with-> Chile", "Finland -deepen_ties_with-> Latvia"},
			"an act done together that a verb grows or resumes is that act; a state's navy or army after of stands for the state, one fact per state listed"},
		{"Norway has not increased cooperation with Sweden. Tom Wu praised the forces of Halvik Holdings.",
			[]string{"Norway -not_cooperate_with-> Sweden"},
			[]string{"Norway -cooperate_with-> Sweden", "Tom Wu -praise-> Halvik Holdings"},
			"a negated act stays negated; the forces of a company are no state's"},
		{"Ann Lee accused Tom Wu of obstruction of Halvik Holdings. Kim Ek accused Joe Ng of the murder of Cyd Ho. Sweden accused Norway of aggression against Finland. Ola Berg was convicted of defamation of Mia Dahl.",
			[]string{"Ann Lee -accuse-> Tom Wu", "Tom Wu -obstruct-> Halvik Holdings", "Joe Ng -murder-> Cyd Ho", "Norway -attack-> Finland", "Ola Berg -defame-> Mia Dahl"},
			[]string{"Ann Lee -obstruct-> Halvik Holdings", "Kim Ek -murder-> Cyd Ho"},
			"a wrong one is accused or convicted of, read into the object after the accused: the accused did it to the actor after its preposition"},
		{"Ann Lee accused Tom Wu of attacking Joe Ng. Kim Ek condemned the obstruction of justice.",
			[]string{"Tom Wu -attack-> Joe Ng"},
			[]string{"Ann Lee -attack-> Joe Ng"},
			"a gerund of the wrong still reads as before; a wrong done to no actor gives nothing"},
		{"The Sami Council stayed in Halden in the face of threats from the Norwegian army. Denmark signed the treaty despite opposition from Sweden. Despite strong criticism by Tom Wu, Finland signed the treaty. Iceland signed the treaty despite Estonian objections. Latvia imposed tariffs in response to Swedish sanctions.",
			[]string{"Norwegian army -threaten-> Sami Council", "Sweden -oppose-> Denmark", "Tom Wu -criticise-> Finland", "Estonia -oppose-> Iceland", "Latvia -respond_to-> Sweden"},
			nil,
			"an act against an actor that it acted despite, or in the face of: the act's agent, after from, by or of or as a modifier, does it to the actor"},
		{"Norway signed the treaty despite the rain. Denmark signed the treaty despite Sweden. Finland signed the treaty despite possible sanctions from Sweden.",
			nil,
			[]string{"Sweden -oppose-> Denmark", "Sweden -sanction-> Finland"},
			"no act, a bare actor, or a possible act, gives nothing"},
		{"Ann Lee announced her candidacy for prime minister under the Unity Party. Tom Wu ran for mayor as the candidate of the Green Party. Joe Ng ran for governor as the Labour Party's nominee. Kim Ek ran for mayor on the Centre Party ticket.",
			[]string{"Ann Lee -member_of-> Unity Party", "Tom Wu -member_of-> Green Party", "Joe Ng -member_of-> Labour Party", "Kim Ek -member_of-> Centre Party"},
			nil,
			"a candidacy under or with a party, or running as its candidate or on its ticket: the candidate belongs to the party"},
		{"Tom Wu backed Ann Lee's candidacy for the Unity Party leadership. Joe Ng hopes to run as the candidate of the Green Party.",
			nil,
			[]string{"Ann Lee -member_of-> Unity Party", "Tom Wu -member_of-> Unity Party", "Joe Ng -member_of-> Green Party"},
			"a candidacy for a party's post, or a hoped-for candidacy, gives no membership"},
		{"Sweden condemned Norwegian aggression against Finland. Denmark condemned Swedish attacks on Iceland. Tom Wu protested violence against Ann Lee.",
			[]string{"Sweden -condemn-> Norway", "Norway -attack-> Finland", "Denmark -condemn-> Sweden"},
			[]string{"Sweden -condemn_against-> Finland", "Denmark -condemn_on-> Iceland", "Tom Wu -protest_violence_against-> Ann Lee", "Tom Wu -protest-> Ann Lee"},
			"an attitude toward an act is not toward the act's patient, named by the noun's own preposition"},
		{"The Halvik Party complied with Ann Lee's orders. King Harald met Tom Wu on Monday. Tom Wu complied with the royal command.",
			[]string{"Ann Lee -order-> Halvik Party", "Halvik Party -comply_with-> Ann Lee", "Harald -order-> Tom Wu", "Tom Wu -comply_with-> Harald"},
			nil,
			"an order complied with: its giver ordered; a royal one is the named monarch's"},
		{"The Lund Party complied with the royal command.",
			nil,
			[]string{"Lund Party -comply_with-> Lund Party"},
			"a royal command with no monarch named gives nothing"},
		{"The Halvik Union demanded an investigation into Norwegian misconduct. Ann Lee called for an inquiry into the Lund Party's corruption. Tom Wu called for an inquiry into the fire. Joe Ng demanded an investigation into the death of Kim Ek.",
			[]string{"Halvik Union -accuse-> Norway", "Ann Lee -accuse-> Lund Party"},
			[]string{"Joe Ng -accuse-> Kim Ek"},
			"a demand for an inquiry into an actor's wrong accuses the actor; one into an event accuses no one"},
		{"Tom Wu said the documents were released at the request of Ann Lee. Kim Ek met Joe Ng, who resigned at the urging of Cyd Ho.",
			[]string{"Cyd Ho -urge-> Joe Ng"},
			[]string{"Ann Lee -ask-> Tom Wu", "Cyd Ho -urge-> Kim Ek"},
			"the one who acted at a request is the subject of the clause the phrase ends, not an earlier speaker or the main clause's subject"},
	})
}
