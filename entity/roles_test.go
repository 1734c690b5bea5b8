package entity

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// pipelineFacts runs the whole pipeline on text: it splits, extracts and
// resolves, and returns the sentences and the facts.
func pipelineFacts(a *nlp.Analyzer, x *extract.Extractor, r *Resolver, text string) ([]nlp.Sentence, []schema.Fact) {
	sents := a.Split(text)
	exts := make([][]schema.Extraction, len(sents))
	for i, s := range sents {
		exts[i] = x.Sentence(s)
	}
	_, facts := r.Resolve(sents, exts)
	return sents, facts
}

// pipelineEdges runs the whole pipeline on text and returns its edges
// between entities as "SUBJECT -lemma-> OBJECT", background facts only
// when background is set.
func pipelineEdges(a *nlp.Analyzer, x *extract.Extractor, r *Resolver, text string, background bool) []string {
	_, facts := pipelineFacts(a, x, r, text)
	var got []string
	for _, f := range facts {
		if f.SubjectEntity != "" && f.ObjectEntity != "" && (background || !f.Background) {
			got = append(got, fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity))
		}
	}
	return got
}

// TestRoleFacts checks, through the whole pipeline, the roles and
// affiliations that titles, appositions, possessives, modifiers and of- or
// from-phrases state, on sentences written for this test.
func TestRoleFacts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	// want: edges that must be stored; not: edges that must not be stored
	// as stated (non-background).
	tests := []edgeCase{
		{"Norway held elections on Monday. Voters in Norway backed the Green Party. Prime Minister Ola Berg thanked Norway. President Tom Wu of Halvik Holdings spoke.",
			[]string{"Ola Berg -lead-> Norway"}, []string{"Tom Wu -lead-> Norway"},
			"a head of state's title with no state is the head of the state the report is about; a body's president is not"},
		{"Voters deserted the Harbor League, whose chairman, Ivar Dahl, had praised Tom Wu. Ann Lee visited Sweden, whose foreign minister Ola Berg met her. The Nordic Institute, whose director is Cyd Ho, closed.",
			[]string{"Ivar Dahl -lead-> Harbor League", "Ivar Dahl -praise-> Tom Wu", "Ola Berg -work_for-> Sweden", "Cyd Ho -lead-> Nordic Institute"},
			[]string{"Harbor League -praise-> Tom Wu"},
			"a whose-phrase names a role of the actor before it; a name set off after it is the role's holder and the subject of the verb after it"},
		{"Danish Prime Minister Ola Berg and his Swedish counterpart, Ann Lee, opened the bridge. Norwegian Foreign Minister Tom Wu phoned his Finnish counterpart Cyd Ho. Ivar Dahl met his Polish counterpart Joe Ng.",
			[]string{"Ann Lee -lead-> Sweden", "Cyd Ho -work_for-> Finland"},
			[]string{"Ann Lee -lead-> Denmark", "Cyd Ho -lead-> Finland", "Joe Ng -lead-> Poland", "Joe Ng -work_for-> Poland"},
			"a counterpart of another state holds the possessor's office there: a head's heads it, a minister's works for it; a possessor with no office gives nothing"},
		{"Norway and Sweden met on Monday. Prime Minister Ola Berg thanked Sweden.",
			nil, []string{"Ola Berg -lead-> Norway", "Ola Berg -lead-> Sweden"},
			"no state dominates the report: no guess"},
		{"Halvik Holdings fired Tom Wu. The company's chairman, Ann Lee, will replace him.",
			[]string{"Ann Lee -lead-> Halvik Holdings"}, nil,
			"a description's possessive before a role and a name in commas gives the role, as a pronoun's does"},
		{"The match was played at the Harbor Stadium in Bergen. A bag was found on Elm Road in Tromso, Norway. Students met at the Nordic Institute in Bergen.",
			[]string{"Nordic Institute -locate_in-> Bergen"},
			[]string{"Harbor Stadium -locate_in-> Bergen", "Elm Road -locate_in-> Tromso"},
			"a stadium or a road is a site, no actor: where it lies is no fact; an institution's is"},
		{"The plan was backed by the chairman of the Nordic Institute, Ann Lee. Also the governor of the Tigray region, Ivan Petrov, has reacted. Voters cheered the spokesman of the Green Party, Tom Wu, on Monday.",
			[]string{"Ann Lee -lead-> Nordic Institute", "Ivan Petrov -lead-> Tigray", "Tom Wu -work_for-> Green Party"}, nil,
			"a definite role of an organisation or a place, then its holder's name in commas"},
		{"The governor of the Velora region, Ivan Petrov, spoke. Fighting spread to Zabul province.",
			[]string{"Ivan Petrov -lead-> Velora"}, nil,
			"a lone unknown name before a lower-case word for a region names the region"},
		{"Omar Haddad, in remarks to al-Wadiya television, said the port was closed. Ann Lee told al-Jazeera that the talks failed.",
			[]string{"Omar Haddad -tell-> al-Wadiya", "Ann Lee -tell-> Al Jazeera"}, nil,
			"an Arabic article joined to a capitalised word opens a name"},
		{"Poland and Lithuania are members of the Harbor Alliance. Ann Lee and Tom Wu became directors of the Nordic Institute.",
			[]string{"Poland -member_of-> Harbor Alliance", "Lithuania -member_of-> Harbor Alliance",
				"Ann Lee -lead-> Nordic Institute", "Tom Wu -lead-> Nordic Institute"}, nil,
			"a plural role noun after a copula or become gives each subject the role"},
		{"If you were the CEO of Globex or Initech, would you sell?",
			nil, []string{"CEO -member_of-> Globex", "CEO -lead-> Globex"},
			"a capitalised role noun before of and a list of companies names no one"},
		{"It was backed by a former chairman of the Nordic Institute, Ann Lee. Tom Wu met the critics of the Green Party, Ann Lee and Mia Berg.",
			nil, []string{"Ann Lee -lead-> Nordic Institute", "Ann Lee -member_of-> Green Party", "Ann Lee -work_for-> Green Party"},
			"a former role, or no role noun, gives no role"},
		{"Marta Kowalski of the Green Party and Jan Nowak from the Labour Party won seats.",
			[]string{"Marta Kowalski -member_of-> Green Party", "Jan Nowak -member_of-> Labour Party"}, nil,
			"a person of or from a party is its member, once per list member"},
		{"Helen Price of The Daily Herald asked the minister about the plan.",
			[]string{"Helen Price -work_for-> Daily Herald"}, nil,
			"a person of a newspaper works for it"},
		{"Tom Reyes, a spokesman for the Fisheries Agency, declined to comment.",
			[]string{"Tom Reyes -work_for-> Fisheries Agency"}, nil,
			"an apposition with a role noun and for an organisation"},
		{"Ola Dahl, 42, a member of the Green Party, was arrested.",
			[]string{"Ola Dahl -member_of-> Green Party"}, nil,
			"an age in commas before the apposition"},
		{"Anna Berg, the director of the Nordic Institute, resigned.",
			[]string{"Anna Berg -lead-> Nordic Institute"}, nil,
			"a lead noun in an apposition gives lead"},
		{"The Green Party's Marta Kowalski spoke first.",
			[]string{"Marta Kowalski -member_of-> Green Party"}, nil,
			"an organisation's possessive before a person"},
		{"Yesterday a Globex Corporation lawyer, Pavel Dvorak, filed the motion.",
			[]string{"Pavel Dvorak -work_for-> Globex Corporation"}, nil,
			"an organisation, a role noun and the person in apposition"},
		{"Acme Corporation founder Lena Ortiz opened the plant.",
			[]string{"Lena Ortiz -found-> Acme Corporation"}, nil,
			"a founder noun gives found"},
		{"Peter Lund and his wife Karin Lund live in Bergen.",
			[]string{"Peter Lund -married_to-> Karin Lund"}, nil,
			"a possessive, a family noun and a name"},
		{"Maria Costa was there with her father Luis Costa.",
			[]string{"Luis Costa -parent_of-> Maria Costa"}, nil,
			"a parent noun runs the relation from the named person"},
		{"Ola Berg of the NFU and KLF's Mia Holm were elected.",
			[]string{"Ola Berg -member_of-> NFU", "Mia Holm -member_of-> KLF"}, nil,
			"an unknown acronym in an organisation's slot is an organisation"},
		{"On Monday the Space Agency Administrator Ian Moss spoke to reporters about the launch.",
			[]string{"Ian Moss -lead-> Space Agency"}, nil,
			"a name that swallowed an organisation and a title is split"},
		{"After the vote, the CEO of the Harbor Council Lea Park told reporters she was pleased.",
			[]string{"Lea Park -lead-> Harbor Council"}, nil,
			"a title of a holder right before a name"},
		{"In the final round Ann Lee defeated another young candidate, veteran politician Bo Chan of the Labour Party.",
			[]string{"Ann Lee -defeat-> Bo Chan", "Bo Chan -member_of-> Labour Party"}, nil,
			"an object described by a common noun is the actor named in apposition after it"},
		{"The Harbor Council was founded by Lena Ortiz in 1990.",
			[]string{"Lena Ortiz -found-> Harbor Council"}, []string{"Harbor Council -found_by-> Lena Ortiz"},
			"a passive with its agent is stored as the agent's act"},
		{"Lena Ortiz left the Church of Unity in May. She later sued the church and criticised the organization.",
			[]string{"Lena Ortiz -sue-> Church of Unity", "Lena Ortiz -criticise-> Church of Unity"}, nil,
			"the head noun of an organisation's name, or organization, describes it"},
		{"We asked Jan Ek, the Harbor Council spokesperson, and Ola Dahl, a Nordic University lecturer in law.",
			[]string{"Jan Ek -work_for-> Harbor Council", "Ola Dahl -work_for-> Nordic University"}, nil,
			"a person, a comma, an organisation and a role noun after it"},
		{"A team from the Polar Institute of the UK studied the ice.",
			[]string{"Polar Institute -locate_in-> United Kingdom"}, nil,
			"an organisation of a place is in it"},
		{"Michael Howard met Tony Blair on Monday. On Tuesday Mrs Howard thanked Tony Blair.",
			[]string{"Howard -thank-> Tony Blair"}, []string{"Michael Howard -thank-> Tony Blair"},
			"Mrs is no title of a man named Michael"},
		{"Candidates elected were Ola Berg of the NFU and Mia Holm of the Green Party.",
			[]string{"Ola Berg -member_of-> NFU", "Mia Holm -member_of-> Green Party"}, nil,
			"a run of names joined by of and and is split, not dropped"},
		{"Jan Ek, editor at large at the Saudi Gazette, said no.",
			[]string{"Jan Ek -work_for-> Saudi Gazette"}, nil,
			"a nationality inside an organisation's name is no mention of its own here"},
		{"After the vote, the CEO of the Harbor Council Lea Park told Sky News she was pleased.",
			[]string{"Lea Park -tell-> Sky News"}, nil,
			"a title of a holder before a name heads the subject: the person acts"},
		{"The co-founder of Globex, Lena Ortiz, opened the plant.",
			[]string{"Lena Ortiz -found-> Globex"}, nil,
			"a founder of a holder, then the name in commas"},
		{"Bo Chan was the Harbor Council CEO until May.",
			[]string{"Bo Chan -lead-> Harbor Council"}, nil,
			"a copula with a role noun after an organisation states the role"},
		{"Ana Ruiz, a 14-year-old student from Lodi, built a clock.",
			[]string{"Ana Ruiz -from-> Lodi"}, nil,
			"an apposition ending in from and a place"},
		{"On Monday Sweden defeated South Korea 1 – 0.",
			[]string{"Sweden -defeat-> South Korea"}, nil,
			"a score after a name leaves the name the object"},
		{"Ana Ruiz scored a late goal for Belgium.",
			[]string{"Ana Ruiz -score_for-> Belgium"}, nil,
			"an actor in a prepositional argument is the other end when the object is no actor"},
		{"Ana Ruiz said the result was good for Belgium.",
			nil, []string{"Ana Ruiz -say_for-> Belgium"},
			"not when the object is a clause"},
		{"In the second half English defender Kyle Walker was booked.",
			[]string{"Kyle Walker -member_of-> England"}, nil,
			"a nationality, a role noun no title list has, and a person"},
		{"On Monday Sweden's Ola Berg was shown a yellow card.",
			[]string{"Ola Berg -member_of-> Sweden"}, nil,
			"a state's possessive before a person without a title"},
		{"Ola Berg contacted Norway's foreign minister and sued an attorney for the Harbor Council.",
			[]string{"Ola Berg -contact-> Norway", "Ola Berg -sue-> Harbor Council"}, nil,
			"an unnamed official stands for the state or organisation the sentence ties them to"},
		{"General Ola Berg, spokesman for the Danish troops, said no.",
			[]string{"Ola Berg -work_for-> Danish troops"}, nil,
			"an apposition for a group named by a nationality"},
		{"He visited the Acme Corporation headquarters in Lodi and the Globex Corporation's offices located in Bergen.",
			[]string{"Acme Corporation -locate_in-> Lodi", "Globex Corporation -locate_in-> Bergen"}, nil,
			"an organisation's headquarters or offices in a place"},
		{"Ola Berg, the Secretary of the Harbor Council, met Lena Ortiz. Ola Berg is the council.",
			nil, []string{"Ola Berg -be-> Harbor Council"},
			"a copula between two actors is no edge"},
		{"Ola Berg left his job in Bergen. Lena Ortiz lives in Lodi.",
			[]string{"Lena Ortiz -locate_in-> Lodi"}, []string{"Ola Berg -locate_in-> Bergen"},
			"a person is placed by a verb of staying, not by where an act happened"},
		{"Ola Berg was helped by friends, including actor Lena Ortiz. Danish officials said no.",
			nil, []string{"Ola Berg -include-> Lena Ortiz", "Danish officials -from-> Denmark"},
			"including names a list's member; a nationality in a group's name is background"},
		{"The boy grew up in Lodi, California.",
			[]string{"Lodi -locate_in-> California"}, nil,
			"a place, a comma and a known place that contains it"},
		{"Delegates came from France, Italy, Spain and Portugal.",
			nil, []string{"France -locate_in-> Italy", "Italy -locate_in-> Spain"},
			"a list of places is no apposition"},
		{"The ship was seized by the Danish Navy.",
			nil, []string{"Danish Navy -part_of-> Denmark"},
			"a nationality inside a name states nothing: background"},
		{"The Green Party's Ann Lee, Tom Wu and Joe Ng were elected.",
			[]string{"Ann Lee -member_of-> Green Party", "Tom Wu -member_of-> Green Party", "Joe Ng -member_of-> Green Party"}, nil,
			"an organisation's possessive is shared by the names listed after it"},
		{"The Green Party's leader Ann Lee and Tom Wu of the Labour Party met.",
			[]string{"Ann Lee -lead-> Green Party", "Tom Wu -member_of-> Labour Party"},
			[]string{"Tom Wu -lead-> Green Party", "Tom Wu -member_of-> Green Party"},
			"a singular role noun or a member's own of-phrase ends the shared possessive"},
		{"Mia Holt, archivist and director of collections at the Nordic Institute, said so.",
			[]string{"Mia Holt -work_for-> Nordic Institute"}, []string{"Mia Holt -lead-> Nordic Institute"},
			"coordinated role nouns in an apposition; a director of a part works for the whole"},
		{"Ola Dahl, president and chief executive of the Nordic Institute, resigned.",
			[]string{"Ola Dahl -lead-> Nordic Institute"}, nil,
			"coordinated role nouns that all lead"},
		{"The exhibit opened at the Lund Art Museum at Halden College. The launch was watched from the Orbital Research Center (ORC) in Houston.",
			[]string{"Lund Art Museum -locate_in-> Halden College", "Orbital Research Center -locate_in-> Houston"}, nil,
			"an institution in or at a place or another organisation is located there"},
		{"Colonel Ola Dahl, spokesman for the Danish military, said so.",
			[]string{"Ola Dahl -work_for-> Danish military"}, nil,
			"a state's military is a group that people work for"},
		{"The United States and Russia held talks. President Trump thanked Foreign Minister Sergei Lavrov. Mr. Trump left.",
			[]string{"Donald Trump -lead-> United States", "Sergei Lavrov -work_for-> Russia"},
			[]string{"Donald Trump -member_of-> United States", "Donald Trump -work_for-> United States"},
			"a title with no holder is held of the state the gazetteer gives the person; an honorific states nothing"},
		{"President Trump thanked Foreign Minister Sergei Lavrov.",
			nil, []string{"Donald Trump -lead-> United States", "Sergei Lavrov -work_for-> Russia"},
			"a state the document does not name is no node to relate to"},
		{"In a statement to the Halden Weekly, the Nordic Institute denied the claims. Ola Dahl, in remarks to Norden Radio, said no.",
			[]string{"Nordic Institute -tell-> Halden Weekly", "Ola Dahl -tell-> Norden Radio"}, nil,
			"a statement or remarks to an actor: the clause's subject tells it"},
		{"In an exclusive interview with Norden Radio, Ola Dahl said he would stay. Ann Lee said in an interview with the Halden Weekly that she agreed.",
			[]string{"Ola Dahl -speak_with-> Norden Radio", "Ann Lee -speak_with-> Halden Weekly"}, nil,
			"an interview with an actor: the clause's subject speaks with it"},
		{"Officials of the Nordic Institute complained to Ann Lee. Ola Dahl said lawyers of the Harbor Council had written to Tom Wu.",
			[]string{"Nordic Institute -complain_to-> Ann Lee", "Harbor Council -write_to-> Tom Wu"}, nil,
			"officials or lawyers of an organisation stand for it, at a sentence's start too"},
		{"Ola Berg, Norway's ambassador to Denmark, met Ann Lee, a lawmaker from the Green Party. Tom Wu, Sweden's best hope, spoke.",
			[]string{"Ola Berg -work_for-> Norway", "Ann Lee -member_of-> Green Party"}, []string{"Ola Berg -work_for-> Denmark", "Tom Wu -member_of-> Sweden", "Tom Wu -work_for-> Sweden"},
			"a person, a comma, a state's possessive and a role noun; an apposition of a role and from an organisation"},
		{"Norland Steel chief executive Ann Lee spoke. Tom Wu is a Harbor Corporation executive.",
			[]string{"Ann Lee -lead-> Norland Steel", "Tom Wu -work_for-> Harbor Corporation"}, []string{"Ann Lee -work_for-> Norland Steel"},
			"a chief executive leads; an executive works for"},
		{"Norway, a Nordic Council member, spoke. Denmark, a NATO ally, agreed. Sweden and Finland are Nordic Council members. Iceland is a former Harbor Alliance member.",
			[]string{"Norway -member_of-> Nordic Council", "Denmark -ally_of-> NATO", "Sweden -member_of-> Nordic Council", "Finland -member_of-> Nordic Council"},
			[]string{"Iceland -member_of-> Harbor Alliance"},
			"an organisation before member or ally in a state's apposition or copula; a former member is none"},
		{"Norway is a member of the Nordic Council. Denmark became a member of the Harbor Alliance in 1999. Sweden is a supporter of the Harbor Alliance.",
			[]string{"Norway -member_of-> Nordic Council", "Denmark -member_of-> Harbor Alliance"}, []string{"Sweden -member_of-> Harbor Alliance"},
			"a state is or becomes a member of an organisation; a supporter is none"},
		{"In a letter to Norden Radio, the Nordic Institute's lawyers attacked Ola Dahl.",
			nil, []string{"Ola Dahl -tell-> Norden Radio"},
			"the object of the clause tells no one"},
		{"French writer Anne Roux met Danish academic and professor Tom Wu and Russian diplomat Ivan Petrov.",
			[]string{"Anne Roux -from-> France", "Tom Wu -from-> Denmark", "Ivan Petrov -work_for-> Russia"},
			[]string{"Anne Roux -work_for-> France", "Tom Wu -work_for-> Denmark"},
			"a nationality before a person: state staff work for the state, others are from it"},
		{"The show had portraits of publisher Ann Lee of Halden Weekly.",
			[]string{"Ann Lee -work_for-> Halden Weekly"}, nil,
			"a person's name after a common noun, then of an organisation, is two names"},
		{"Halden Steel, a small company based in Oslo, was sold. Ann Lee, a teacher in Bergen, left.",
			[]string{"Halden Steel -locate_in-> Oslo"}, []string{"Ann Lee -locate_in-> Bergen"},
			"an apposition describing an organisation in a place locates it; a person's does not"},
		{"Senior researcher Ana Ruiz, of the Nordic Institute, said so. Tom Wu, of the Green Party, agreed.",
			[]string{"Ana Ruiz -work_for-> Nordic Institute", "Tom Wu -member_of-> Green Party"}, nil,
			"an of-phrase in commas; a staff noun before the name says work_for"},
		{"The bill was backed by Tom Wu, Republican from Ohio, and Ann Lee, a Republican, but not by Jo Ng, a lawyer.",
			[]string{"Tom Wu -member_of-> Republican Party", "Ann Lee -member_of-> Republican Party"}, nil,
			"a party's adjective in apposition"},
		{"Ana Ruiz, an Australian woman and former nurse, said no. Ivan Petrov, a Russian diplomat, agreed.",
			[]string{"Ana Ruiz -from-> Australia", "Ivan Petrov -work_for-> Russia"}, nil,
			"a nationality and nouns in apposition, read as before a name"},
		{"Ann Lee and Tom Wu of respectively the Green Party and the Labour Party won. Jo Ng and Bo Chan, of the Unity Party and the Harbor Party respectively, lost.",
			[]string{"Ann Lee -member_of-> Green Party", "Tom Wu -member_of-> Labour Party",
				"Jo Ng -member_of-> Unity Party", "Bo Chan -member_of-> Harbor Party"},
			[]string{"Ann Lee -member_of-> Labour Party", "Tom Wu -member_of-> Green Party"},
			"respectively pairs the n-th person with the n-th organisation"},
		{"Ann Lee of Civic Passion won. Tom Wu of the Social Welfare constituency lost.",
			[]string{"Ann Lee -member_of-> Civic Passion"}, []string{"Tom Wu -member_of-> Social Welfare"},
			"an unknown name after a person's of is an organisation, unless it modifies a noun"},
		{"The book was The Case of Let Alone. The Royal Palace of Eight Paradises is old.",
			nil, []string{"Case -member_of-> Let Alone", "Royal Palace -member_of-> Eight Paradises"},
			"an unknown name after of makes an organisation only for a name that looks like a person's"},
		{"Ann Lee of Marble Falls won.",
			nil, []string{"Ann Lee -member_of-> Marble Falls"},
			"a name ending as places' names do is no organisation"},
		{"Norway's state broadcaster Norden Radio and Amnesty International campaigner Ana Ruiz said so.",
			[]string{"Norden Radio -part_of-> Norway", "Ana Ruiz -member_of-> Amnesty International"}, nil,
			"a state's possessive and a body's noun before its name; a campaigner is a member"},
		{"The show had photos of club owner Bo Chan of the Harbor Club.",
			[]string{"Bo Chan -lead-> Harbor Club"}, nil,
			"a lead noun before a person of an organisation"},
		{"According to the Halden Weekly, Professor Ann Lee, the chair of the panel, said no.",
			nil, []string{"Ann Lee -work_for-> Halden Weekly"},
			"an organisation, a comma and a titled name: the edge of a clause, no role"},
		{"Globex Corporation's chief executive, Lena Ortiz, said the firm would appeal.",
			[]string{"Lena Ortiz -lead-> Globex Corporation"}, nil,
			"an organisation's possessive, a role and the name in commas"},
		{"Karin Lund, Peter Lund's wife, said he was innocent. Ivo Lund, Karin Lund's son, agreed.",
			[]string{"Peter Lund -married_to-> Karin Lund", "Karin Lund -parent_of-> Ivo Lund"}, nil,
			"a person, then another's possessive and a family noun in apposition"},
		{"Ann Lee was appointed head of the Nordic Institute in 2019. Tom Wu became a member of the Green Party.",
			[]string{"Ann Lee -lead-> Nordic Institute", "Tom Wu -member_of-> Green Party"},
			[]string{"Ann Lee -appoint-> Nordic Institute"},
			"an office one is appointed to or becomes is a role"},
		{"The secretary general of NFU (Nordic Farmers Union), Ola Berg, spoke. The secretary general of the Harbor Council, Lea Holm, agreed.",
			[]string{"Ola Berg -work_for-> Nordic Farmers Union", "Lea Holm -work_for-> Harbor Council"}, nil,
			"a two-word role of a holder, its name in brackets after its acronym"},
		{"Tom Wu, who is a former member of the Green Party, spoke.",
			nil, []string{"Tom Wu -member_of-> Green Party"},
			"a former member is none now"},
		{"The Nordic Institute appointed Ann Lee as its director.",
			nil, []string{"Nordic Institute -lead-> Ann Lee"},
			"an active appointment puts its object, not its subject, into the office"},
		{"Ann Lee (Labour) and Tom Wu (Conservative) kept their seats.",
			[]string{"Ann Lee -member_of-> Labour Party", "Tom Wu -member_of-> Conservative Party"}, nil,
			"a party in brackets after a name"},
		{"Voters backed Ann Lee's Labour Party on Sunday. Tom Wu's People's Action Party lost.",
			[]string{"Ann Lee -member_of-> Labour Party", "Tom Wu -member_of-> People's Action Party"}, nil,
			"a person's possessive before a party's name"},
		{"Ann Lee's Tesla sold well. Tom Wu's party lost.",
			nil, []string{"Ann Lee -member_of-> Tesla"},
			"a person's possessive before a name that is no party's"},
		{"The Workers' Party and the Democratic People's Front won. Tom Wu's Republican People's Party lost.",
			[]string{"Tom Wu -member_of-> Republican People's Party"},
			[]string{"Republican People's Party -part_of-> Republican Party", "Tom Wu -member_of-> Republican Party"},
			"a plural's possessive inside a name; a party's adjective opening another party's name"},
		{"Lena Ortiz, who is the chief executive of Globex Corporation, resigned.",
			[]string{"Lena Ortiz -lead-> Globex Corporation"}, []string{"Lena Ortiz -be-> Globex Corporation"},
			"a copula with a role of an organisation states the role"},
		{"Ann Lee left the Harbor Party. The Nordic Herald attacked defectors from the party including Tom Wu and Ola Dahl.",
			[]string{"Tom Wu -defect_from-> Harbor Party", "Ola Dahl -defect_from-> Harbor Party"},
			[]string{"Tom Wu -defect_from-> Nordic Herald", "Ann Lee -defect_from-> Harbor Party"},
			"defectors from a body, then the people listed after including"},
		{"North Korean defector Kim Soo-ran spoke to reporters. Tom Wu, a former defector from the Green Party, spoke too.",
			[]string{"Kim Soo-ran -defect_from-> North Korea", "Tom Wu -defect_from-> Green Party"}, nil,
			"a state before the defector noun and its person after it; a person in apposition to a defector from a body"},
		{"A defector from the Green Party met Tom Wu in Oslo.",
			nil, []string{"Tom Wu -defect_from-> Green Party"},
			"an unnamed defector names no one"},
		{"Tom Wu, a former resident of Oslo, and Ann Lee, 42, a native of Norway, spoke.",
			[]string{"Tom Wu -live_in-> Oslo", "Ann Lee -from-> Norway"}, nil,
			"an apposition of a tie noun and of ties a person to a place"},
		{"Tom Wu, a friend of Norway, spoke.",
			nil, []string{"Tom Wu -live_in-> Norway", "Tom Wu -from-> Norway"},
			"a noun of no tie to a place ties nothing"},
		{"Ann Lee left the elite group within the Green Party called the Nordic Institute.",
			[]string{"Nordic Institute -part_of-> Green Party"}, nil,
			"a unit noun within an organisation, then called and the unit's name"},
		{"The Green Party said Tom Wu left its youth wing the Nordic Institute. The Harbor Council's research arm, the Nordic Herald, met.",
			[]string{"Nordic Institute -part_of-> Green Party", "Nordic Herald -part_of-> Harbor Council"}, nil,
			"an organisation's possessive, a unit noun and the unit's name"},
		{"The Green Party's partner, the Nordic Institute, met.",
			nil, []string{"Nordic Institute -part_of-> Green Party"},
			"a noun of no unit makes no part"},
		{"Ann Lee, director of the Nordic Institute, and chairman of the Harbor Council, said so.",
			[]string{"Ann Lee -lead-> Nordic Institute", "Ann Lee -lead-> Harbor Council"}, nil,
			"each part of a person's apposition gives its role"},
		{"Ann Lee, director of the Nordic Institute, met Tom Wu, and the Harbor Council agreed.",
			nil, []string{"Ann Lee -lead-> Harbor Council"},
			"a finite verb ends the apposition"},
		{"Google subsidiary YouTube said so. The Harbor Council newsletter Nordic Herald agreed.",
			[]string{"YouTube -part_of-> Google", "Nordic Herald -part_of-> Harbor Council"}, nil,
			"an organisation's name as a modifier of a unit or publication noun and the unit's name"},
		{"The winners were Ann Lee from the Green Party and Tom Wu of the Labour Party, both considered to be in the Harbor Council.",
			[]string{"Ann Lee -member_of-> Harbor Council", "Tom Wu -member_of-> Harbor Council"}, nil,
			"both after a list of people gives each the affiliation that follows"},
		{"Ann Lee met Tom Wu, Ola Dahl and Joe Ng, all employees of the Harbor Corporation.",
			[]string{"Tom Wu -work_for-> Harbor Corporation", "Ola Dahl -work_for-> Harbor Corporation", "Joe Ng -work_for-> Harbor Corporation"},
			[]string{"Ann Lee -work_for-> Harbor Corporation"},
			"all after a list: the list starts after the verb"},
		{"Ann Lee and Tom Wu, both critics of the Green Party, spoke.",
			nil, []string{"Ann Lee -member_of-> Green Party", "Tom Wu -member_of-> Green Party"},
			"a noun of no role ties no one"},
		{"According to Danish Ambassador to the United States Ola Berg, the talks went well.",
			[]string{"Ola Berg -work_for-> Denmark"}, []string{"Ola Berg -work_for-> United States"},
			"an envoy's title with the state he is sent to before the name"},
		{"Norwegian Ambassador to the UN Ola Berg told Reuters the talks went well.",
			[]string{"Ola Berg -work_for-> Norway", "Ola Berg -tell-> Reuters"}, nil,
			"the envoy's name after the body he is sent to is the speaker"},
		{"Norway's foreign minister, Ola Berg, told Reuters the talks went well.",
			[]string{"Ola Berg -work_for-> Norway", "Ola Berg -tell-> Reuters"}, []string{"Norway -tell-> Reuters"},
			"a state's possessive, a lower-case role and the name in commas: the name is the speaker"},
		{"Norway's prime minister, Ola Berg, spoke. Denmark's chief negotiator, Ann Lee, agreed.",
			[]string{"Ola Berg -lead-> Norway"}, []string{"Ann Lee -lead-> Denmark"},
			"a leading title leads the state; chief before a noun of no role heads nothing"},
		{"Ola Berg, a veteran Reuters correspondent, and Ann Lee, a second-year Harbor College student, spoke.",
			[]string{"Ola Berg -work_for-> Reuters", "Ann Lee -member_of-> Harbor College"}, nil,
			"lower-case modifiers between the article and the organisation before a role noun"},
		{"The Green Party expelled Ann Lee from the Harbor Council. The firm asked Reuters to remove a video showing Tom Wu from its website, and Ola Berg from the Labour Party won.",
			[]string{"Ola Berg -member_of-> Labour Party"}, []string{"Ann Lee -member_of-> Harbor Council", "Tom Wu -member_of-> Reuters"},
			"from after a verb of separation and a name goes with the verb"},
		{"The team met at the Lund Space Center (LSC) in Kvarnby, Sweden, and at Norden College, Bergen.",
			[]string{"Lund Space Center -locate_in-> Kvarnby", "Kvarnby -locate_in-> Sweden", "Norden College -locate_in-> Bergen"}, nil,
			"an institution, its acronym in brackets and in an unknown place before a known one; an institution, a comma and a place"},
		{"Ann Lee, a lecturer at the University of Kvarnby, Sweden, said so.",
			[]string{"University of Kvarnby -locate_in-> Sweden"}, nil,
			"an institution's head noun may lead its name"},
		{"A spokesman for the Harbor Council, Ola Berg, told Reuters the talks went well.",
			[]string{"Ola Berg -work_for-> Harbor Council", "Ola Berg -tell-> Reuters"}, []string{"Harbor Council -tell-> Reuters"},
			"a role noun, for and a body, then the name in commas: the name holds the role and is the speaker"},
		{"The president of the Green Party, Ann Lee, resigned. Fighters of al-Harakat, the group, attacked the Harbor Council.",
			[]string{"Ann Lee -lead-> Green Party"}, []string{"al-Harakat -member_of-> Harbor Council"},
			"a leading role of a body before the name; a body after the name is no person"},
		{"Ola Berg, who now serves as governor of Norway's Kvarnby region, criticised the plan.",
			[]string{"Ola Berg -lead-> Kvarnby"}, []string{"Ola Berg -lead-> Norway"},
			"an office of a state's named region is the region's, not the state's"},
		{"United States Secretary of State Ola Berg congratulated Sweden. Secretary of State Ann Lee thanked Denmark.",
			[]string{"Ola Berg -congratulate-> Sweden", "Ann Lee -thank-> Denmark"}, nil,
			"a title of several words joined by of before the name: the name is the subject"},
		{"Ann Berg's lawyer, Tom Wu, said she would appeal. Ola Dahl's former aide Ann Lee spoke.",
			[]string{"Tom Wu -work_for-> Ann Berg"}, []string{"Ann Lee -work_for-> Ola Dahl"},
			"a person's possessive, a noun of staff and a name: the name works for the person, but no longer when former"},
		{"The Nordic Council suspended Estonia from the Baltic Assembly. Kelton manager Ola Berg said Kelton signed Tom Wu from the Dunmore Rovers in May.",
			[]string{"Nordic Council -suspend-> Estonia"},
			[]string{"Estonia -from-> Baltic Assembly", "Tom Wu -from-> Dunmore Rovers", "Tom Wu -member_of-> Dunmore Rovers"},
			"from after a verb that takes or transfers its object goes with the verb, whatever the actors"},
		{"Students from Norden College, Bergen and Oslo met.",
			nil, []string{"Norden College -locate_in-> Bergen"},
			"a place in a list is no apposition"},
		{"Ann Lee for the Nordic Institute, says the camps are full. Tom Wu for the Acme Corporation said the deal was off.",
			[]string{"Ann Lee -work_for-> Nordic Institute", "Tom Wu -work_for-> Acme Corporation"}, nil,
			"a name, for and a body, then a reporting verb: the body's spokesperson"},
		{"Ann Lee for Tourism New Zealand, says the numbers are up. Figures from Statistics Norway showed a rise, and Tom Wu moved to Lodi Italy.",
			[]string{"Ann Lee -work_for-> Tourism New Zealand"}, []string{"Tom Wu -member_of-> Lodi Italy"},
			"an agency named by its field and its state is one organisation; an unknown town before its country stays a place"},
		{"Health Canada said the drug was safe. Tom Wu, a spokesman for Health Canada, agreed.",
			[]string{"Tom Wu -work_for-> Health Canada"}, []string{"Tom Wu -work_for-> Canada"},
			"an agency named by its state, also at a sentence's start, is no person's name"},
		{"Yesterday, Ann Lee of Statistics Canada said prices rose. Tom Wu of Cricket Australia agreed.",
			[]string{"Ann Lee -member_of-> Statistics Canada", "Tom Wu -member_of-> Cricket Australia"}, nil,
			"a name, of and an agency named by its state: the state is inside the agency's name"},
		{"The council picked Ann Lee for the Green Party leadership. They backed Tom Wu for the Nordic Institute, said Ola Berg.",
			nil, []string{"Ann Lee -work_for-> Green Party", "Tom Wu -work_for-> Nordic Institute"},
			"for after a verb's object goes with the verb"},
		{"The Church of Scientology sued the site. A video featured Scientologist Ann Lee. The Ministry of Economy cut rates and Economist Tom Wu criticised the move.",
			[]string{"Ann Lee -member_of-> Church of Scientology"}, []string{"Tom Wu -member_of-> Ministry of Economy"},
			"an adherent's noun before a name, from a body the document names by its stem alone; a profession's stem in a ministry's name is no such body"},
		{"Minister of Culture Ann Lee opened the hall. Deputy Minister for Foreign Affairs and Trade Mr. Tom Wu spoke. Tom Wu met Sweden's Minister of Health Ola Berg.",
			[]string{"Ann Lee -work_for-> Ministry of Culture", "Tom Wu -work_for-> Ministry of Foreign Affairs and Trade",
				"Ola Berg -work_for-> Ministry of Health", "Ministry of Health -part_of-> Sweden", "Tom Wu -meet-> Ola Berg"},
			[]string{"Tom Wu -member_of-> Ministry of Foreign Affairs and Trade"},
			"a minister's title, of or for and a portfolio before the name: the name works for the ministry of the portfolio; an honorific after the title changes no role"},
		{"The Department of Health said no. Deputy Secretary of Health Ola Berg resigned. Undersecretary for Transport Mr. Tom Wu stayed.",
			[]string{"Ola Berg -work_for-> Department of Health"},
			[]string{"Tom Wu -work_for-> Ministry of Transport", "Tom Wu -work_for-> Department of Health"},
			"a secretary's portfolio before the name: the name works for the ministry or department of it only when the document names that body"},
		{"The Home Office rejected the plan. On Wednesday, Home Secretary Ann Lee defended it. The Health Ministry said no. Health Minister Ola Berg resigned. Labour's Shadow Home Secretary Tom Wu objected.",
			[]string{"Ann Lee -work_for-> Home Office", "Ola Berg -work_for-> Health Ministry"},
			[]string{"Tom Wu -work_for-> Home Office"},
			"a title of a portfolio and Secretary or Minister: its holder works for the office or ministry of that portfolio the document names; a shadow minister does not"},
		{"A report of Transport Norway was lost. Transport Minister Ann Lee asked officials to look.",
			[]string{"Ann Lee -work_for-> Transport Norway"}, []string{"Ann Lee -work_for-> Norway"},
			"a portfolio written before a minister's title, and an agency named by that portfolio and its state"},
		{"Home Secretary Ann Lee spoke. Defence Minister Tom Wu agreed.",
			nil, []string{"Ann Lee -work_for-> Home Office", "Tom Wu -work_for-> Defence Ministry", "Tom Wu -work_for-> Ministry of Defence"},
			"no body is made up for a title's portfolio"},
		{"The Minister of Culture said no. Minister of Sweden Ann Lee spoke.",
			nil, []string{"Ann Lee -work_for-> Ministry of Sweden"},
			"a portfolio needs a name after it, and a state is no portfolio"},
		{"Ann Lee of the Rural Women's Federation spoke. Tom Wu of the Free Citizens' Party agreed. Tom Wu's Party won.",
			[]string{"Ann Lee -member_of-> Rural Women's Federation", "Tom Wu -member_of-> Free Citizens' Party"},
			[]string{"Tom Wu -member_of-> Party"},
			"a plural's possessive is inside a body's name; a person's possessive before a body is no name"},
		{"The winners were Ola Dahl of Harbor Alliance and Mei Tanaka of Free Citizens' Party. Members of the Knights of Columbus Council met.",
			[]string{"Ola Dahl -member_of-> Harbor Alliance", "Mei Tanaka -member_of-> Free Citizens' Party"},
			[]string{"Knights -member_of-> Columbus Council"},
			"a plain name, of and a body's name ending in its head word are two names; plural words before of are no person"},
		{"Ann Lee of the Young Democrats lost her seat, and Tom Wu of the Neo Socialists won.",
			[]string{"Ann Lee -member_of-> Young Democrats", "Tom Wu -member_of-> Neo Socialists"}, nil,
			"a name of several words ending in a party's members in the plural names the party"},
		{"Tom Wu, a spokesman for the Kelton County Sheriff's Office, said the man was held. Ann Lee of the District Attorney's office declined to comment.",
			[]string{"Tom Wu -work_for-> Kelton County Sheriff's Office", "Ann Lee -work_for-> District Attorney's office"}, nil,
			"an office holder's title, its possessive and office or department name the office as one body"},
		{"The model went to Texas A&M's Aerospace Engineering Department. Tom Wu of Procter & Gamble said sales fell. Boats & Mr. Tom Wu won.",
			[]string{"Aerospace Engineering Department -part_of-> Texas A&M", "Tom Wu -member_of-> Procter & Gamble"},
			[]string{"Tom Wu -member_of-> Boats &"},
			"an ampersand joins capitalised words into one name, which is no person's; a title after it starts a name"},
		{"The Harbor Museum opened a new wing. Ann Lee, director of the museum, said it cost millions. The Acme Corporation cut jobs. Tom Wu, a spokesman for the company, said so.",
			[]string{"Ann Lee -lead-> Harbor Museum", "Tom Wu -work_for-> Acme Corporation"}, nil,
			"a person's apposition of a role and a description of an organisation named before"},
		{"The Acme Corporation cut jobs. Tom Wu, a former director of the company, said so. Ann Lee, a former spokeswoman for the Nordic Institute, agreed.",
			nil, []string{"Tom Wu -lead-> Acme Corporation", "Ann Lee -work_for-> Nordic Institute"},
			"a former role in an apposition is no longer held"},
		{"According to Ola Berg, a detective for the Nordic Institute was paid.",
			nil, []string{"Ola Berg -work_for-> Nordic Institute"},
			"a role phrase after a comma that a verb follows is its clause's subject, no apposition"},
	}
	runEdgeCases(t, a, x, r, tests)
}

func TestLongerOrgName(t *testing.T) {
	a, r := newTest(t, Options{})
	ents, _ := r.Resolve(a.Split("The president asked the United States National Security Council to act."), nil)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	if !slices.Contains(names, "United States National Security Council") || slices.Contains(names, "UN Security Council") {
		t.Errorf("Resolve entities = %q, want United States National Security Council and no UN Security Council (a known name ending a longer organisation's name is part of it)", names)
	}
}

// TestRoleRestated checks that a role restated in a later sentence is that
// sentence's fact too, while background knowledge stays once per document.
func TestRoleRestated(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Green Party leader Ann Lee met North Korean troops. Later, Green Party leader Ann Lee thanked North Korean troops."
	_, facts := pipelineFacts(a, x, r, text)
	var lead, from []int
	for _, f := range facts {
		switch {
		case f.SubjectEntity == "Ann Lee" && f.Lemma == schema.Lead && f.ObjectEntity == "Green Party":
			lead = append(lead, f.Sentence)
		case f.Lemma == schema.From && f.ObjectEntity == "North Korea":
			from = append(from, f.Sentence)
		}
	}
	if !slices.Equal(lead, []int{0, 1}) {
		t.Errorf("Resolve(%q): Ann Lee -lead-> Green Party in sentences %v, want [0 1]", text, lead)
	}
	if len(from) != 1 {
		t.Errorf("Resolve(%q): background from North Korea in sentences %v, want one", text, from)
	}
}

// TestTitleRestated checks that a title alone restates the role it was
// first given with its holder, in the later sentence.
func TestTitleRestated(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Green Party Chairman Ann Lee met reporters. Later, Chairman Lee said the party would win. Mrs. Lee left."
	sents := a.Split(text)
	_, facts := r.Resolve(sents, make([][]schema.Extraction, len(sents)))
	var in []int
	for _, f := range facts {
		if f.SubjectEntity == "Ann Lee" && f.Lemma == schema.Lead && f.ObjectEntity == "Green Party" {
			in = append(in, f.Sentence)
		}
	}
	if !slices.Equal(in, []int{0, 1}) {
		t.Errorf("Resolve(%q): Ann Lee -lead-> Green Party in sentences %v, want [0 1] (an honorific restates nothing)", text, in)
	}
}
