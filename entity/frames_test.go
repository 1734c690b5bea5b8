package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestVerbFrames checks who acts on whom when the verb's frame puts its
// agent away from the subject slot: passives, catenative and aspectual
// verbs, relative clauses and infinitives inside a subject. The sentences
// are written for this test.
func TestVerbFrames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The letter was sent by Ann Lee to Tom Wu. The paintings were all donated by the Nordic Institute to Halvik Holdings. The money was paid by Norway to Sweden.",
			[]string{"Ann Lee -send_to-> Tom Wu", "Nordic Institute -donate_to-> Halvik Holdings", "Norway -pay_to-> Sweden"}, nil,
			"a passive whose by-phrase is its object and whose subject is no actor: the agent acts toward the actor of its to-phrase"},
		{"Norway began attacking Sweden. Halvik Holdings has continued buying the Nordic Institute's shares. Denmark kept shelling Narvik.",
			[]string{"Norway -attack-> Sweden", "Denmark -shell-> Narvik"}, []string{"Norway -begin_attack-> Sweden"},
			"an aspectual verb gives way to the gerund after it"},
		{"Tom Wu admitted defrauding Halvik Holdings. Ola Berg confessed to killing Ann Lee. Per Lund denied attacking Sweden.",
			[]string{"Tom Wu -defraud-> Halvik Holdings", "Ola Berg -kill-> Ann Lee"},
			[]string{"Tom Wu -admit_defraud-> Halvik Holdings", "Ola Berg -confess_to_kill-> Ann Lee", "Per Lund -attack-> Sweden"},
			"an act admitted or confessed, with or without to, is stated; one denied is not"},
		{"Ann Lee remembers playing with Tom Wu in Oslo. Ola Berg recalled working with Halvik Holdings.",
			[]string{"Ann Lee -play_with-> Tom Wu", "Ola Berg -work_with-> Halvik Holdings"},
			[]string{"Ann Lee -remember_play_with-> Tom Wu", "Ola Berg -recall_work_with-> Halvik Holdings"},
			"a verb of memory gives way to the gerund after it: what one remembers doing was done"},
		{"Norway was reported to have attacked Sweden. Tom Wu is said to have hired Ann Lee.",
			[]string{"Norway -attack-> Sweden", "Tom Wu -hire-> Ann Lee"}, []string{"Norway -have_attack-> Sweden"},
			"a perfect infinitive is its participle's act"},
		{"Norway began to openly criticise Sweden. Tom Wu continued to publicly support Ann Lee. Ola Berg refused to formally recognise Halvik Holdings.",
			[]string{"Norway -criticise-> Sweden", "Tom Wu -support-> Ann Lee", "Ola Berg -not_recognise-> Halvik Holdings"},
			[]string{"Norway -begin_to_criticise-> Sweden", "Tom Wu -continue_to_support-> Ann Lee"},
			"an adverb that splits the infinitive leaves the infinitive the relation"},
		{"The leader of the Labour Party, Ann Lee, on Sunday criticised Tom Wu. Ola Berg, the mayor of Oslo, last week sued Halvik Holdings.",
			[]string{"Ann Lee -criticise-> Tom Wu", "Ola Berg -sue-> Halvik Holdings"},
			[]string{"Labour Party -criticise-> Tom Wu"},
			"a date between an apposition's closing comma and the verb is no subject"},
		{"Tom Wu, whom Ann Lee defeated in 2010, sued Halvik Holdings. Sweden, which Norway invaded in 1940, sued Denmark.",
			[]string{"Ann Lee -defeat-> Tom Wu", "Tom Wu -sue-> Halvik Holdings", "Norway -invade-> Sweden", "Sweden -sue-> Denmark"},
			[]string{"Ann Lee -sue-> Halvik Holdings", "Norway -sue-> Denmark"},
			"a past verb the tagger read as a participle, after a relative clause set off by commas, is the main verb of the name before the clause"},
		{"Halvik Holdings' decision to sue Tom Wu surprised Ann Lee. Norway's refusal to help Denmark angered Sweden.",
			nil, []string{"Tom Wu -surprise-> Ann Lee", "Denmark -anger-> Sweden"},
			"the object of an infinitive inside the subject is not the subject of the verb after it"},
		{"Tom Wu was, according to the court, fired by Halvik Holdings in May. Ann Lee was, police said, arrested by the Nordic Police Service.",
			[]string{"Halvik Holdings -fire-> Tom Wu", "Nordic Police Service -arrest-> Ann Lee"}, nil,
			"an aside set off by commas between \"was\" and its participle leaves the passive whole"},
		{"Ann Lee was forced to resign by Tom Wu. Ola Berg was asked to leave Initech by the Green Party. Tom Wu was forced to flee by boat.",
			[]string{"Tom Wu -force-> Ann Lee", "Green Party -ask-> Ola Berg"},
			[]string{"Ann Lee -resign_by-> Tom Wu", "Tom Wu -resign-> Ann Lee", "Green Party -leave-> Ola Berg", "Ola Berg -leave-> Initech"},
			"the by-phrase after a passive's infinitive names who forced or asked, not who acted in the infinitive"},
		{"Tom Wu was later attacked and robbed by Ola Berg. Sweden was invaded and occupied by Norway.",
			[]string{"Ola Berg -attack-> Tom Wu", "Ola Berg -rob-> Tom Wu", "Norway -invade-> Sweden", "Norway -occupy-> Sweden"}, nil,
			"participles joined by \"and\" share the by-phrase after the second"},
		{"Tom Wu was arrested and charged with fraud by the Nordic Police Service. Ann Lee was suspended and removed from the board by Halvik Holdings. Ola Berg was detained and questioned for hours by the Nordic Police Service.",
			[]string{"Nordic Police Service -arrest-> Tom Wu", "Nordic Police Service -charge-> Tom Wu", "Halvik Holdings -suspend-> Ann Lee",
				"Halvik Holdings -remove-> Ann Lee", "Nordic Police Service -detain-> Ola Berg", "Nordic Police Service -question-> Ola Berg"}, nil,
			"participles joined by \"and\" share the by-phrase that follows the second's own arguments"},
		{"Ann Lee sued Tom Wu for secretly hiring Ola Berg. Norway criticised Sweden for not helping Denmark.",
			[]string{"Tom Wu -hire-> Ola Berg"}, []string{"Sweden -help-> Denmark"},
			"an adverb may stand between the preposition and the gerund of the act; a negation denies it"},
		{"Ann Lee went on to found Halvik Holdings. Tom Wu found Ola Berg in Oslo.",
			[]string{"Ann Lee -found-> Halvik Holdings", "Tom Wu -find-> Ola Berg"}, []string{"Ann Lee -find-> Halvik Holdings"},
			"the base form found is found, not the past of find"},
		{"Ann Lee, now backed by Norway, attacked Sweden. Isfahan (Persian: Esfahan, also known as Ispahan) is the capital of Isfahan Province.",
			[]string{"Norway -back-> Ann Lee", "Ann Lee -attack-> Sweden", "Isfahan -capital_of-> Isfahan Province"}, nil,
			"an adverb may open the participial phrase set off by commas after the subject, but not one inside brackets"},
		{"Norway turned over the documents to Sweden. The Nordic Police Service handed over the prisoners to Denmark.",
			[]string{"Norway -turn_over_to-> Sweden", "Nordic Police Service -hand_over_to-> Denmark"}, []string{"Norway -turn_to-> Sweden"},
			"a phrasal verb keeps its particle when the actor after its object's preposition gets the relation"},
		{"Did Norway attack Sweden? Has Halvik Holdings sued Tom Wu? \"Did Denmark invade Finland?\" asked Ann Lee.",
			nil, []string{"Norway -attack-> Sweden", "Halvik Holdings -sue-> Tom Wu", "Denmark -invade-> Finland", "Finland -ask-> Ann Lee"},
			"a yes-no question states no act"},
		{"Was Ann Lee right? Norway attacked Sweden.",
			[]string{"Norway -attack-> Sweden"}, nil,
			"a statement after a question is one"},
		{"The firm that Tom Wu founded sued Ann Lee. The agency Ola Berg leads fired Halvik Holdings.",
			nil, []string{"Tom Wu -sue-> Ann Lee", "Ola Berg -fire-> Halvik Holdings"},
			"the verb after an object relative clause, with or without a pronoun, is the antecedent's, not the clause subject's"},
		{"The council acknowledged Tom Wu as the new Sultan of Brunei. Norway recognised Ann Lee as the president of Velmora. Halvik Holdings confirmed Ola Berg as its new chairman. Ann Lee, the Queen of Norway, visited Sweden. Sweden recognised the Nordic Institute as a charity.",
			[]string{"Tom Wu -lead-> Brunei", "Ann Lee -lead-> Velmora", "Ola Berg -lead-> Halvik Holdings", "Ann Lee -lead-> Norway"}, nil,
			"a verb of recognising puts its object in the office of its as-phrase, a monarch's title too, capitalised or not"},
		{"Ann Lee received her education in India. Tom Wu completed his studies at Halvik University. Ola Berg received a letter in Norway.",
			[]string{"Ann Lee -educate_in-> India", "Tom Wu -study_at-> Halvik University"}, []string{"Ola Berg -receive_in-> Norway"},
			"a verb of taking or finishing a schooling is schooling at the place or body of its in- or at-phrase"},
		{"Ann Lee took a job at the Nordic Institute. Tom Wu stayed in Bergen, taking a post with Halvik Holdings. Kari Dahl accepted a position at the University of Bergen. Ola Berg plans to take a job at the Green Party. Ivar Dahl took a job in Oslo. Mei Tanaka took a photo at the Nordic Institute.",
			[]string{"Ann Lee -work_for-> Nordic Institute", "Tom Wu -work_for-> Halvik Holdings", "Kari Dahl -work_for-> University of Bergen"},
			[]string{"Ola Berg -work_for-> Green Party", "Ivar Dahl -work_for-> Oslo", "Mei Tanaka -work_for-> Nordic Institute"},
			"taking up a job at or with a body, in a clause or a participle after it, is working for it; a job planned or in a place is not"},
		{"Founded in 2008 by Ann Lee, Halvik Holdings is a retailer. Initially started by Tom Wu, the Nordic Institute grew. Led by Ola Berg, the Green Party won.",
			[]string{"Ann Lee -found-> Halvik Holdings", "Tom Wu -start-> Nordic Institute", "Ola Berg -lead-> Green Party"}, nil,
			"a participial phrase fronted before its subject, with its by-phrase, is a passive whose agent acts on the subject"},
		{"Norway was condemned in a joint letter by Chile, Peru and Bolivia. Sweden was criticised in a report by the Green Party. Ann Lee was disappointed with Halvik Holdings's decision.",
			[]string{"Chile -condemn-> Norway", "Peru -condemn-> Norway", "Bolivia -condemn-> Norway", "Green Party -criticise-> Sweden", "Ann Lee -be_disappointed_with-> Halvik Holdings"},
			[]string{"Norway -condemn-> Chile", "Sweden -criticise-> Green Party"},
			"a passive's subject underwent the act: the act noun with a by-phrase between the participle and the agent is no act the subject judged"},
		{"Tom Wu said he owed $800,000 to the Tax Agency. Police said Ann Lee had given $5,000 to the Green Party. Ola Berg said Kari Dahl paid $90 for dinner in Oslo.",
			[]string{"Tom Wu -owe_to-> Tax Agency", "Ann Lee -give_to-> Green Party"}, []string{"Kari Dahl -pay_in-> Oslo", "Kari Dahl -pay_for-> Oslo"},
			"a reported gift or payment keeps the actor of its to-phrase, and only that"},
		{"The rocket strikes on Norway were carried out by supporters of the Harbor Militia. The attack on Sweden was launched on Monday by Denmark. The attack on Finland was condemned by Iceland.",
			[]string{"supporters of the Harbor Militia -strike-> Norway", "Denmark -attack-> Sweden"}, []string{"Iceland -attack-> Finland"},
			"the passive of a carrying or light verb whose subject is an act on an actor: the agent of the by-phrase did the act"},
		{"Norway did not say that Sweden had attacked Denmark. The inquiry did not find that Halvik Holdings had bribed Finland. The Senate did not find Ola Berg had bribed Iceland. Tom Wu said that Ann Lee had sued Kari Dahl.",
			[]string{"Ann Lee -sue-> Kari Dahl"},
			[]string{"Sweden -attack-> Denmark", "Halvik Holdings -bribe-> Finland", "Ola Berg -bribe-> Iceland", "United States Senate -not_find-> Ola Berg"},
			"the clause of a negated verb of saying or finding states no act"},
		{"Tom Wu denied he frequently met Ann Lee to discuss the deal. Kari Dahl rejected allegations she pressured Ola Berg to resign. Mia Berg denied claims that she had bribed Jon Dahl. Tom Wu said he met Jon Dahl.",
			[]string{"Tom Wu -meet-> Jon Dahl"},
			[]string{"Tom Wu -meet-> Ann Lee", "Kari Dahl -pressure-> Ola Berg", "Mia Berg -bribe-> Jon Dahl"},
			"what a denial rejects, its clause or the clause of the claim it rejects, states no act"},
		{"His claims were denied by Tom Wu, who accused Ann Lee of lying. Kari Dahl denied Ola Berg made that quote, and before he left for Oslo he met Mia Berg.",
			[]string{"Tom Wu -accuse-> Ann Lee", "Ola Berg -leave_for-> Oslo"}, nil,
			"a passive denial's agent acts in its own clause; a clause past the denied one stands"},
		{"Tom Wu played in the first match, only to be replaced by Ann Lee. Norway attacked Sweden, only to be defeated by Denmark.",
			[]string{"Ann Lee -replace-> Tom Wu", "Denmark -defeat-> Norway"}, []string{"Denmark -defeat-> Sweden"},
			"a passive infinitive of an outcome after a comma and only befalls the clause's subject"},
	})
}

// TestActsOfPossessorsAndRequests checks acts stated by a possessor's noun
// and its clause, by a verb of asking with a that-clause, by a noun of
// giving, and by verbs that try or threaten an act. The sentences are
// written for this test.
func TestActsOfPossessorsAndRequests(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway sought Interpol's help. Tom Wu requested Sweden's assistance in the case. Halvik Holdings asked for Norway's support. Denmark sought help from the Nordic Institute. Finland sought Ann Lee's files.",
			[]string{"Norway -seek_help_from-> Interpol", "Tom Wu -request_assistance_from-> Sweden", "Halvik Holdings -ask_for_support_from-> Norway", "Denmark -seek_help_from-> Nordic Institute"},
			[]string{"Finland -seek_files_from-> Ann Lee", "Finland -seek-> Ann Lee"},
			"help asked of an actor, named by its possessive or after from"},
		{"Latvian forces recaptured the village from Estonian troops on Sunday. The Chilean army reclaimed the port from the Harbor Militia.",
			[]string{"Latvian forces -recapture_from-> Estonian troops", "Chilean army -reclaim_from-> Harbor Militia"}, nil,
			"a place retaken from an actor named after from"},
		{"The memoranda between Norway and Sweden were signed in May. Denmark's pact with Finland angered Estonia. The proposed treaty between Latvia and Poland failed.",
			[]string{"Norway -agree_with-> Sweden", "Denmark -agree_with-> Finland"}, []string{"Latvia -agree_with-> Poland"},
			"a treaty, pact or memorandum between or with actors is an agreement made with the other"},
		{"Norway's threat to invade Sweden alarmed Finland. Following Denmark's decision last week to expel Tom Wu, Sweden recalled its envoy. The decision by the Swedish government to deport Ann Lee was criticised.",
			[]string{"Norway -threaten-> Sweden", "Denmark -expel-> Tom Wu", "Swedish government -deport-> Ann Lee"},
			[]string{"Norway -invade-> Sweden", "Sweden -invade-> Finland"},
			"a threat is an act toward the infinitive's object; a decision may have a time phrase before its infinitive, or its agent after by"},
		{"Ann Lee's request that Tom Wu resign was rejected. Sweden's demand that Norway withdraw its troops was ignored. Sweden's call for Denmark to withdraw went unanswered. Halvik Holdings' request that the court dismiss the case failed.",
			[]string{"Ann Lee -ask-> Tom Wu", "Sweden -demand-> Norway", "Sweden -call_on-> Denmark"}, nil,
			"a possessor's request, demand or call asks the actor who is the subject of its clause"},
		{"Ann Lee demanded that Tom Wu resign. Norway asked that Sweden withdraw its troops. Denmark demanded that the talks resume. Tom Wu said that Ann Lee resigned.",
			[]string{"Ann Lee -demand-> Tom Wu", "Norway -ask-> Sweden"}, []string{"Tom Wu -say-> Ann Lee"},
			"a verb of asking with a that-clause addresses the clause's subject, before a bare verb"},
		{"Ola Berg urged Ann Lee to demand that Tom Wu resign. Denmark called on Norway to demand directly that Sweden withdraw its troops.",
			[]string{"Ola Berg -urge-> Ann Lee", "Denmark -call_on-> Norway"}, []string{"Ann Lee -demand-> Tom Wu", "Norway -demand-> Sweden"},
			"a demand that is itself urged or called for is not made: only the request to make it is stated"},
		{"The lawsuit filed by Ann Lee against Halvik Holdings was dismissed. The sanctions imposed by Norway on Sweden were lifted.",
			[]string{"Ann Lee -sue-> Halvik Holdings", "Norway -sanction-> Sweden"}, []string{"Norway -be_on-> Sweden"},
			"an event noun's participle and by-phrase name its agent, the noun's preposition its target"},
		{"A phone call between Ann Lee and Tom Wu took place on Tuesday. Norway gave Sweden a 48-hour ultimatum. Ann Lee blamed the attack on Tom Wu. Denmark blamed the crisis on inflation.",
			[]string{"Ann Lee -call-> Tom Wu", "Norway -threaten-> Sweden", "Ann Lee -blame-> Tom Wu"},
			[]string{"Norway -give-> Sweden", "Ann Lee -blame_on-> Tom Wu"},
			"a call between two actors; an ultimatum given threatens; what is blamed on an actor blames it"},
		{"Norway threatened to sanction Sweden. Denmark tried to stop Finland from joining the alliance. Halvik Holdings agreed to buy Polar Air. Tom Wu plans to visit Ann Lee. Ann Lee agreed to work for Halvik Holdings.",
			[]string{"Norway -threaten-> Sweden", "Denmark -stop-> Finland", "Halvik Holdings -buy-> Polar Air"},
			[]string{"Norway -sanction-> Sweden", "Tom Wu -visit-> Ann Lee", "Ann Lee -work_for-> Halvik Holdings"},
			"a threat and an attempt are acts toward the object, an agreement to buy is a deal; a plan and a promise of work are not"},
		{"Finland applied to join NATO in May. Tom Wu applied to join the Harbor Party.",
			[]string{"Finland -apply_to_join-> NATO", "Tom Wu -apply_to_join-> Harbor Party"},
			[]string{"Finland -join-> NATO", "Tom Wu -join-> Harbor Party"},
			"an application to join is made to the body, which is not yet joined"},
	})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Nordic Union imposed new sanctions on Russia on Monday. Ann Lee filed suit against Halvik Holdings in March. The Oslo Police opened an investigation into Tom Wu. Norway lodged a protest with Sweden. Norway's parliament approved sanctions against Denmark. Malta made no deal with Italy.",
			[]string{"Nordic Union -sanction-> Russia", "Ann Lee -sue-> Halvik Holdings", "Oslo Police -investigate-> Tom Wu", "Norway -protest-> Sweden", "Norwegian parliament -sanction-> Denmark"},
			[]string{"Ann Lee -file_suit_against-> Halvik Holdings", "Norway -lodge_with-> Sweden", "Malta -deal_with-> Italy"},
			"a light or carrying verb and its event noun, a modifier before the noun or not, give the noun's act toward the actor after its preposition; none of it gives none"},
		{"Ann Lee oversaw the council's inquiry into Tom Wu. The Oslo Police conducted an investigation into Halvik Holdings.",
			[]string{"Ann Lee -investigate-> Tom Wu", "Oslo Police -investigate-> Halvik Holdings"}, nil,
			"overseeing or conducting an inquiry into an actor investigates it, as opening one does"},
		{"Norway's request for Sweden to extradite Tom Wu was denied. Denmark's accusation that Finland had violated the treaty was rejected. The Supreme Court's ruling against Halvik Holdings was overturned. Ann Lee's allegation that Tom Wu's party lied was denied.",
			[]string{"Norway -ask-> Sweden", "Denmark -accuse-> Finland", "Supreme Court -rule_against-> Halvik Holdings"},
			[]string{"Norway -ask-> Tom Wu", "Ann Lee -accuse-> Tom Wu"},
			"a request for an actor to act asks it; an accusation that an actor did something accuses it; a ruling against an actor"},
		{"The Swedish government's decision to deport Tom Wu drew criticism from Ann Lee. Norway's plan faced opposition from Denmark.",
			[]string{"Ann Lee -criticise-> Swedish government", "Denmark -oppose-> Norway"}, nil,
			"an act that draws or faces another's act: its possessor undergoes it"},
		{"The lawsuit, filed by Ann Lee in March, accuses Halvik Holdings of fraud. Tom Wu filed a complaint accusing the Nordic Institute of theft. A statement from Norway condemned Sweden. Ola Berg's letter urged Denmark to act. The letter reached Finland on Monday.",
			[]string{"Ann Lee -accuse-> Halvik Holdings", "Tom Wu -accuse-> Nordic Institute", "Norway -condemn-> Sweden", "Ola Berg -urge-> Denmark"},
			[]string{"Ola Berg -reach-> Finland"},
			"a lawsuit, complaint, statement or letter that accuses, condemns or urges does so for its filer, sender or possessor"},
		{"The lawsuit brought by Halvik Holdings accused Velby Mart of fraud. A report by Amnesty International accused Norway of torture.",
			[]string{"Halvik Holdings -accuse-> Velby Mart", "Amnesty International -accuse-> Norway"}, nil,
			"a document's author after its participle and by, with no comma; a report speaks for its author"},
		{"Halvik Holdings' $1.65 billion purchase of Polar Air was approved. Norway's 2019 invasion of Sweden failed. The Oversight Committee issued subpoenas to Tom Wu and Ann Lee.",
			[]string{"Halvik Holdings -buy-> Polar Air", "Norway -invade-> Sweden", "Oversight Committee -subpoena-> Tom Wu", "Oversight Committee -subpoena-> Ann Lee"}, nil,
			"an amount or a year may stand between a possessor and its act; issued subpoenas to subpoenas"},
		{"Norway has been at war with Sweden since 2010. Ann Lee is in a dispute with Tom Wu over the land. Denmark is at odds with Finland. Halvik Holdings is in talks with Polar Air. Malta is in no talks with Italy. Ola Berg was in Oslo with Cyd Ho.",
			[]string{"Norway -fight-> Sweden", "Ann Lee -dispute_with-> Tom Wu", "Denmark -dispute_with-> Finland", "Halvik Holdings -meet-> Polar Air"},
			[]string{"Malta -meet-> Italy", "Ola Berg -fight-> Cyd Ho", "Ola Berg -meet-> Cyd Ho"},
			"being in or at an act done together, or a state of war, contact or odds, with an actor is that act with it; a place is not"},
		{"The Harbor Council is currently in conflict against the Halvik Party. Norway was at war against Sweden in 1810. Ann Lee is in contact against her will with Tom Wu.",
			[]string{"Harbor Council -in_conflict_with-> Halvik Party", "Norway -fight-> Sweden"},
			[]string{"Ann Lee -contact-> Tom Wu"},
			"a conflict or a war may be against an actor, as it is with one"},
		{"Norway arrested Tom Wu for the murder of Ann Lee. Denmark accused Sweden of the attack on Finland. Ola Berg was jailed for attacks against Norway. Norway called for the release of Cyd Ho. Halvik Holdings voted for the takeover of Polar Air.",
			[]string{"Tom Wu -murder-> Ann Lee", "Denmark -accuse-> Sweden", "Sweden -attack-> Finland", "Ola Berg -attack-> Norway"},
			[]string{"Denmark -attack-> Finland", "Norway -release-> Cyd Ho", "Halvik Holdings -take_over-> Polar Air"},
			"an act named by an event noun after for, of or with a verb that judges or punishes is the judged actor's; a call or a vote for an act is none"},
		{"Ann Lee was praised for pardoning Tom Wu. Denmark condemned Norway for extraditing Ola Berg.",
			[]string{"Ann Lee -pardon-> Tom Wu", "Norway -extradite-> Ola Berg"}, nil,
			"more gerunds of acts between actors after for"},
		{"Norway voted against Sweden's proposal. Ann Lee voted for Tom Wu's plan. Denmark gave Finland its full support. Ola Berg voted against the bill.",
			[]string{"Norway -vote_against-> Sweden", "Ann Lee -vote_for-> Tom Wu", "Denmark -support-> Finland"}, nil,
			"a vote on an actor's act is a vote on the actor; support given to an actor supports it"},
		{"Tom Wu helped with Ann Lee's investigation. Ola Berg cooperated with the Vestria Police's inquiry. Jim Bo helped with the inquiry.",
			[]string{"Tom Wu -help-> Ann Lee", "Ola Berg -cooperate_with-> Vestria Police"}, nil,
			"help or cooperation with an actor's act is help to the actor"},
		{"Fresh Russian air strikes on Aleppo killed 20 people. Norway condemned the latest Danish raids on Sweden.",
			[]string{"Russia -strike-> Aleppo", "Denmark -raid-> Sweden"}, nil,
			"an adjective may stand before a state's adjective that names the agent of an act"},
		{"Ann Lee criticised the Nordic Institute's consideration of Halvik Holdings.",
			[]string{"Nordic Institute -consider-> Halvik Holdings", "Ann Lee -criticise-> Nordic Institute"}, nil,
			"a consideration of an actor is an act of its possessor, and an act a stance is about"},
		{"Ann Lee was sharply critical of Tom Wu's decision. Sweden has refused to hand over Ola Berg.",
			[]string{"Ann Lee -criticize-> Tom Wu", "Sweden -not_hand_over-> Ola Berg"}, nil,
			"an adverb between be and a stance word; a phrasal verb after an infinitive's to"},
	})
	_, facts := pipelineFacts(a, x, r, "Norway's refusal to extradite Tom Wu angered Sweden.")
	found := false
	for _, f := range facts {
		if f.SubjectEntity == "Norway" && f.Lemma == "extradite" && f.ObjectEntity == "Tom Wu" {
			found = true
			if !f.Negated {
				t.Errorf("Norway -extradite-> Tom Wu is not negated: a refusal denies the act")
			}
		}
	}
	if !found {
		t.Errorf("Norway's refusal to extradite Tom Wu gave no Norway -extradite-> Tom Wu: %v", facts)
	}
}

// TestNoLonger checks that "no longer", "never" and "has yet to" negate
// the state or act they come with, whether before the verb or after a
// copula, and that
// a negated light verb denies the act of its event noun. The sentences are
// written for this test.
func TestNoLonger(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	_, facts := pipelineFacts(a, x, r, "Ann Lee no longer works for Halvik Holdings. Tom Wu is no longer involved with the Nordic Institute. Ola Berg is no longer a member of the Green Party. Ann Lee still works for Norway. Denmark did not immediately offer a full endorsement of Tom Wu. Sweden never paid a visit to Finland. Ola Berg offered an endorsement of Tom Wu. Tom Wu has yet to concede to Ann Lee. Norway is yet to pay Sweden. Denmark has yet to recognise Iceland. Sweden is to meet Finland. Ola Berg has not yet conceded the race to Kari Dahl.")
	var got []string
	for _, e := range storedEdges(facts) {
		got = append(got, e.subj+" -"+e.pred+"-> "+e.obj)
	}
	for _, w := range []string{"Ann Lee -not_work_for-> Halvik Holdings", "Tom Wu -not_involve_with-> Nordic Institute", "Ola Berg -not_member_of-> Green Party", "Ann Lee -work_for-> Norway",
		"Denmark -not_endorse-> Tom Wu", "Sweden -not_visit-> Finland", "Ola Berg -endorse-> Tom Wu",
		"Tom Wu -not_concede_to-> Ann Lee", "Norway -not_pay-> Sweden", "Denmark -not_recognise-> Iceland", "Ola Berg -not_concede_to-> Kari Dahl"} {
		if !slices.Contains(got, w) {
			t.Errorf("edges %q lack %q", got, w)
		}
	}
	for _, w := range []string{"Ann Lee -work_for-> Halvik Holdings", "Tom Wu -involve_with-> Nordic Institute", "Ola Berg -member_of-> Green Party", "Denmark -endorse-> Tom Wu", "Sweden -visit-> Finland",
		"Tom Wu -concede_to-> Ann Lee", "Norway -pay-> Sweden", "Denmark -recognise-> Iceland", "Sweden -meet-> Finland", "Sweden -not_meet-> Finland", "Ola Berg -concede_to-> Kari Dahl"} {
		if slices.Contains(got, w) {
			t.Errorf("edges %q hold %q", got, w)
		}
	}
}
