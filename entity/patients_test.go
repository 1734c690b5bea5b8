package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestActsOnPossessors checks the acts whose patient is the possessor of
// their object (a ruling on an actor's filing, an inquiry into an actor's
// affairs) and the frames and nouns around them. The sentences are written
// for this test.
func TestActsOnPossessors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Tom Wu sued Halvik Holdings. Judge Ann Lee dismissed the president's lawsuit. Ola Berg wrote a bill. President Tom Wu signed Berg's bill into law. The Nordic Council blocked Ann Lee's nomination.",
			[]string{"Ann Lee -dismiss-> Tom Wu", "Tom Wu -sign-> Ola Berg", "Nordic Council -block-> Ann Lee"}, nil,
			"a ruling, a signature or a block on an actor's filing acts on the actor"},
		{"Judge Ann Lee struck down Tom Wu's executive order. The Oslo District Court threw out Halvik Holdings' appeal. Ann Lee's lawsuit was dismissed by Judge Tom Wu.",
			[]string{"Ann Lee -strike_down-> Tom Wu", "Oslo District Court -throw_out-> Halvik Holdings", "Tom Wu -dismiss-> Ann Lee"}, nil,
			"a phrasal verb of blocking keeps its particle; a passive turns the filing's author into the patient"},
		{"The Oslo Police Service investigated Tom Wu's finances. Norway opposed Sweden's bill.",
			[]string{"Oslo Police Service -investigate-> Tom Wu", "Norway -oppose-> Sweden"}, nil,
			"an inquiry into an actor's affairs looks into the actor; opposing a filing opposes its author"},
		{"Ann Lee bought Tom Wu's house. Ola Berg signed Tom Wu's book. Tom Wu stayed at Ann Lee's house. Ann Lee struck Tom Wu's car.",
			nil, []string{"Ann Lee -buy-> Tom Wu", "Ola Berg -sign-> Tom Wu", "Tom Wu -stay-> Ann Lee", "Ann Lee -strike-> Tom Wu", "Ann Lee -strike_down-> Tom Wu"},
			"a thing an actor owns is no act or filing of the actor"},
		{"The Oslo District Court issued a stay of Ann Lee's order. The Oslo Police Service opened a probe into Tom Wu's finances. Norway's inquiry into Halvik Holdings ended.",
			[]string{"Oslo District Court -block-> Ann Lee", "Oslo Police Service -investigate-> Tom Wu", "Norway -investigate-> Halvik Holdings"}, nil,
			"a light verb's event noun acts on the possessor of its phrase; a probe or an inquiry investigates"},
		{"The border between Norway and Sweden was closed. Finland's border with Denmark is short. Tom Wu's stay in Oslo ended. Police patrolled the Norway-Finland border.",
			[]string{"Norway -border-> Sweden", "Finland -border-> Denmark"}, []string{"Tom Wu -block-> Oslo", "Norway -border-> Finland"},
			"a border lies between two places; a stay in a place blocks nothing; a pair before border names a place"},
		{"Ann Lee resigned in protest at Tom Wu's deal. Ola Berg quit in protest against Halvik Holdings. Tom Wu resigned in protest.",
			[]string{"Ann Lee -protest-> Tom Wu", "Ola Berg -protest-> Halvik Holdings"}, []string{"Ola Berg -resign_in_protest_against-> Halvik Holdings"},
			"an act done in protest at an actor or its act protests the actor"},
		{"Ann Lee was defeated by a Harbor Party candidate. Ola Berg stood as a Green Party candidate in the election. Tom Wu is ineligible to stand as a Labour Party candidate.",
			[]string{"Harbor Party -defeat-> Ann Lee", "Ola Berg -member_of-> Green Party"}, []string{"Tom Wu -member_of-> Labour Party", "Tom Wu -stand_as-> Labour Party"},
			"an unnamed candidate or MP after a party's name stands for the party; standing as its candidate is membership, unless the candidate may not stand"},
		{"Tom Wu was killed in a Norwegian counter-terrorism operation. Ann Lee was arrested on Monday in a Swedish police raid in Oslo. Ola Berg was arrested in a raid on a Danish base.",
			[]string{"Norway -kill-> Tom Wu", "Sweden -arrest-> Ann Lee"}, []string{"Denmark -arrest-> Ola Berg"},
			"a passive harm done in an operation named after an actor was done by that actor, not by the target of the operation"},
		{"A Norwegian airstrike killed Tom Wu on Monday. The Swedish drone strike that killed Ann Lee angered Oslo. Danish missiles hit Bergen. An attack on a Norwegian base killed Ola Berg. A Swedish strike could kill Cyd Ho.",
			[]string{"Norway -kill-> Tom Wu", "Sweden -kill-> Ann Lee", "Denmark -hit-> Bergen"},
			[]string{"Norway -kill-> Ola Berg", "Sweden -kill-> Cyd Ho"},
			"an active verb of harm whose subject is an operation, or what it fired, named after its agent: the agent did it; a target's name after on is none, nor is a possibility"},
		{"A Norway bomb killed Tom Wu on Monday. The Bergen bomb killed Ann Lee. Ola Berg was killed in an Oslo attack. US bombs killed Cyd Ho.",
			[]string{"United States -kill-> Cyd Ho"},
			[]string{"Norway -kill-> Tom Wu", "Bergen -kill-> Ann Lee", "Oslo -kill-> Ola Berg"},
			"a place by its name says where the bomb or the attack was, not who did it; a state's initials say whose bombs they were"},
		{"Tom Wu runs Halvik Holdings. Ann Lee worked for his Oslo office for 23 years. Ola Berg worked on Tom Wu's campaign. Kari Dahl worked at Tom Wu's house.",
			[]string{"Ann Lee -work_for-> Tom Wu", "Ola Berg -work_for-> Tom Wu"}, []string{"Kari Dahl -work_for-> Tom Wu"},
			"working for an actor's office or campaign is working for the actor; working at its house is not"},
		{"President Tom Wu's legal team appealed the decision to the Oslo District Court. Halvik Holdings' lawyers sued Norway. Ann Lee's lawyers, Ola Berg and Kari Dahl, sued Sweden.",
			[]string{"Tom Wu -appeal_to-> Oslo District Court", "Halvik Holdings -sue-> Norway", "Ola Berg -sue-> Sweden"}, []string{"Ann Lee -sue-> Sweden"},
			"an actor's lawyers or legal team act for it, unless the lawyers are named"},
		{"Tom Wu said his client Ann Lee was innocent. Ola Berg, Kari Dahl's client, was freed. Per Lund's client, Halvik Holdings, sued Norway.",
			[]string{"Tom Wu -represent-> Ann Lee", "Kari Dahl -represent-> Ola Berg", "Per Lund -represent-> Halvik Holdings"},
			[]string{"Ann Lee -represent-> Tom Wu", "Ola Berg -represent-> Kari Dahl", "Ann Lee -work_for-> Tom Wu"},
			"a person's client, before the client's name or in apposition to it, is represented by the person"},
		{"The Harbor Party netted 66 seats in the Nordic Council. The Green Party won a seat on the Oslo City Council. The Harbor Party won 12 seats in the election. Norway won five medals in Sweden.",
			[]string{"Harbor Party -win_seat_in-> Nordic Council", "Green Party -win_seat_in-> Oslo City Council"}, []string{"Norway -win_seat_in-> Sweden"},
			"seats won in or on a body are seats in it; medals are no seats"},
		{"Judge Ann Lee ordered the release of Tom Wu's tax records. The Oslo District Court overturned the conviction of Ola Berg. Norway condemned the arrest of Kari Dahl. Denmark criticised the invasion of Sweden.",
			[]string{"Ann Lee -order-> Tom Wu", "Oslo District Court -overturn-> Ola Berg"}, []string{"Norway -condemn-> Kari Dahl", "Denmark -criticise-> Sweden"},
			"a ruling on the case of an actor named after of rules on the actor; an attitude toward an act on an actor is none toward the actor"},
		{"The Oslo District Court overturned the convictions of Ola Berg and Kari Dahl. The Harbor Court upheld the 2019 sentences of Per Lund, Cyd Ho and Tom Wu for fraud. Norway condemned the arrests of Ann Lee and Ole Brun.",
			[]string{"Oslo District Court -overturn-> Ola Berg", "Oslo District Court -overturn-> Kari Dahl", "Harbor Court -uphold-> Per Lund", "Harbor Court -uphold-> Cyd Ho", "Harbor Court -uphold-> Tom Wu"},
			[]string{"Norway -condemn-> Ann Lee", "Norway -condemn-> Ole Brun"},
			"a ruling on the cases of a list of actors named after of rules on each of them"},
		{"Norway joined Sweden in condemning Denmark. Ann Lee joined Halvik Holdings in suing Tom Wu. Finland joined the Nordic Council in 2001.",
			[]string{"Norway -condemn-> Denmark", "Sweden -condemn-> Denmark", "Ann Lee -sue-> Tom Wu", "Halvik Holdings -sue-> Tom Wu"}, nil,
			"joining an actor in an act is doing it with the actor"},
		{"Norwegian Prime Minister Ann Lee spoke after talks with visiting Swedish Prime Minister Tom Wu. Ola Berg met with visiting President Kari Dahl of Finland. Police charged Per Lund with visiting Cyd Ho in prison.",
			[]string{"Tom Wu -visit-> Norway", "Ann Lee -meet-> Tom Wu", "Ola Berg -meet-> Kari Dahl", "Per Lund -visit-> Cyd Ho"},
			[]string{"Ann Lee -visit-> Tom Wu", "Ola Berg -visit-> Kari Dahl"},
			"\"visiting\" before a state's adjective or a title names the visitor, who visits the state the host leads; before a bare name it tells an act"},
		{"Norway was more forceful in blaming Sweden for the attack. Latvia remained quick in criticising Lithuania. Spain was interested in buying Halvik Bank. Poland was in talks with Germany.",
			[]string{"Norway -blame-> Sweden", "Latvia -criticise-> Lithuania"}, []string{"Spain -buy-> Halvik Bank"},
			"a gerund after a predicative adjective and \"in\" is the subject's act; an interest is none"},
		{"In 1971, Ann Lee co-founded the Harbor Caucus. Norway has co-operated with Sweden.",
			[]string{"Ann Lee -found-> Harbor Caucus", "Norway -cooperate_with-> Sweden"}, []string{"Ann Lee -co-found-> Harbor Caucus", "Ann Lee -co_found-> Harbor Caucus"},
			"who co-founds founds (the guide's base-form verb); co-operating is cooperating"},
		{"Ann Lee was defeated in Oslo East by a Harbor Party candidate. Tom Wu was elected in Oslo West.",
			[]string{"Harbor Party -defeat-> Ann Lee", "Ann Lee -lose_in-> Oslo East", "Tom Wu -elected_in-> Oslo West"},
			[]string{"Ann Lee -defeat_in-> Oslo East", "Tom Wu -elect_in-> Oslo West"},
			"a candidate defeated or elected in a place lost or won a seat there"},
		{"Oslo East always elected a Labour MP.",
			[]string{"Oslo East -elect-> Labour Party"}, nil,
			"an indefinite MP of a party is one of its many, and stands for the party"},
		{"Norway froze Tom Wu's assets. The Nordic Council suspended Denmark's membership. Sweden revoked Ann Lee's visa. Ola Berg questioned Kari Dahl's leadership. Finland promised to hail Sweden's decision.",
			[]string{"Norway -freeze-> Tom Wu", "Nordic Council -suspend-> Denmark", "Sweden -revoke-> Ann Lee", "Ola Berg -question-> Kari Dahl"},
			[]string{"Finland -hail-> Sweden"},
			"suspending or revoking what an actor holds acts on the actor; a stance promised is none taken"},
		{"The Aviation Office of Norway has suspended Halvik Air's permit. Sweden revoked the Velby Bank's licences. Denmark cancelled the Harbor Group's contracts.",
			[]string{"Aviation Office -suspend-> Halvik Air", "Sweden -revoke-> Velby Bank", "Denmark -cancel-> Harbor Group"}, nil,
			"a permit, licences or contracts held are what an authority suspends, revokes or cancels on their holder"},
	})
}

// TestPlannedActs checks that an act planned, sought or asked for is no
// act: a gerund after a word of a plan, an absolute clause after a planned
// one, an infinitive of purpose after what is sought, and the infinitive
// of a request. The sentences are written for this test.
func TestPlannedActs(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway plans on leaving the Nordic Council. Denmark is intent on punishing Sweden. Finland sued Sweden after leaving the Nordic Council.",
			[]string{"Finland -sue-> Sweden"}, []string{"Norway -leave-> Nordic Council", "Denmark -punish-> Sweden"},
			"a gerund after on or of and a word of a plan is planned"},
		{"Ann Lee is to step down today, with Tom Wu succeeding her. Ola Berg stepped down in May, with Kari Dahl succeeding him.",
			[]string{"Kari Dahl -succeed-> Ola Berg"}, []string{"Tom Wu -succeed-> Ann Lee"},
			"an absolute clause after a planned act is planned too"},
		{"Ann Lee sought an injunction to stop Halvik Holdings from publishing the book. Norway sought help to defeat Sweden. Denmark sought to block Finland.",
			[]string{"Denmark -block-> Finland"}, []string{"Ann Lee -stop-> Halvik Holdings", "Norway -defeat-> Sweden"},
			"an infinitive of purpose after what is sought is not done; an attempt to block still acts"},
		{"Norway announced a naval coalition to patrol the Baltic Sea. Sweden formed a task force to investigate Halvik Bank. Denmark blamed Finland for the attack, pledging to send more troops to Estonia. Norway sent troops to Estonia.",
			[]string{"Denmark -blame-> Finland", "Norway -send_troops_to-> Estonia"}, []string{"Norway -patrol-> Baltic Sea", "Sweden -investigate-> Halvik Bank", "Denmark -send_to-> Estonia"},
			"a body announced or formed for a purpose has not yet served it; a commitment to send troops sent none"},
		{"Queen Ann Lee announced she will comply with the request to suspend the Storting. Queen Kari Dahl complied with the request of Prime Minister Tom Wu to dissolve the Nordic Council.",
			[]string{"Tom Wu -ask-> Kari Dahl"}, []string{"Ann Lee -suspend-> Storting", "Kari Dahl -dissolve-> Nordic Council"},
			"the infinitive of a request is asked, not done; the one who made the request after of asked the one who complied"},
		{"Halvik Holdings gained the right to sell its stores to Polar Group. The Senate has the power to impeach Tom Wu. Norway was right to criticise Sweden.",
			[]string{"Norway -criticise-> Sweden"}, []string{"Halvik Holdings -sell_to-> Polar Group", "Senate -impeach-> Tom Wu"},
			"a right or power to act is no act; an adjective \"right to\" is"},
		{"Tom Wu lacks the ability to govern Norway. Ann Lee has no determination to lead the Green Party. Sweden has the capacity to defend Finland. Ann Lee led the Green Party.",
			[]string{"Ann Lee -lead-> Green Party"}, []string{"Tom Wu -govern-> Norway", "Sweden -defend-> Finland"},
			"an ability, a capacity or a resolve to act is no act"},
		{"More than 50 Democratic foreign policy experts signed an open letter urging Democratic officials to push the senator to concede the vote. Over 40 Labour experts signed a public letter urging Labour officials to ask the leader to quit.",
			[]string{"Labour experts -urge-> Labour officials"},
			[]string{"Democratic Party experts -sign-> Democratic Party officials", "Labour Party experts -sign-> Labour Party officials"},
			"a participle after a thing's noun opens a phrase of its own: the actor in it is no object of the verb"},
		{"Tom Wu wants to meet Ann Lee. Halvik Holdings said it wants to buy Norsk Energi. Ola Berg met Kari Dahl.",
			[]string{"Ola Berg -meet-> Kari Dahl"}, []string{"Tom Wu -meet-> Ann Lee", "Halvik Holdings -buy-> Norsk Energi"},
			"what one wants to do now is a wish, no act"},
		{"At 5:30 a.m. EST, a bird collided with Ann Lee. The talks start at 9 a.m. PST in Oslo.",
			nil, []string{"EST -collide_with-> Ann Lee", "PST -locate_in-> Oslo"},
			"a time zone is no actor"},
		{"Prosecutors accused Tom Wu of trying to extort Norway. Ann Lee tried to blackmail Ola Berg. Kari Dahl extorted $10 million from Halvik Holdings. Per Lund tried to call Sweden.",
			[]string{"Tom Wu -extort-> Norway", "Ann Lee -blackmail-> Ola Berg", "Kari Dahl -extort_from-> Halvik Holdings"}, []string{"Per Lund -call-> Sweden"},
			"an attempt to extort or blackmail an actor acts on it, as an attempt to block does; one extorts from an actor"},
	})
}
