package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestStatementSpeaker checks the speaker of a quotation: a reporting verb
// next to it (stated, asserted), or an actor that issued a statement in
// the sentence before it, on sentences written for this test.
func TestStatementSpeaker(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Ann Lee, a Democrat from Ohio, issued a statement on the closure. \"I am disappointed with the Harbor Council's decision.\"",
			[]string{"Ann Lee -be_disappointed_with-> Harbor Council"}, nil,
			"the subject of issued a statement, past its apposition, says the quotation after it"},
		{"The Green Party released a short statement on Monday. \"We condemn the Harbor Council for its decision.\"",
			[]string{"Green Party -condemn-> Harbor Council"}, nil,
			"an organisation's statement says we"},
		{"Tom Wu met Ann Lee in Oslo. Wu stated, \"I condemn the Harbor Council for its decision.\" \"We reject the Green Party's plan,\" Ola Dahl asserted.",
			[]string{"Tom Wu -condemn-> Harbor Council"}, []string{"Ann Lee -condemn-> Harbor Council"},
			"stated and asserted report a quotation as said does"},
		{"Ann Lee met Tom Wu on Monday. \"I condemn the Harbor Council for its decision.\"",
			nil, []string{"Ann Lee -condemn-> Harbor Council", "Tom Wu -condemn-> Harbor Council"},
			"with no statement and no reporting verb the quotation has no speaker"},
		{"Ann Lee read Tom Wu's statement. \"I condemn the Harbor Council for its decision.\"",
			nil, []string{"Ann Lee -condemn-> Harbor Council"},
			"reading a statement is not issuing it"},
		{"Ann Lee gave a speech in Oslo. \"I thank Per Lund for his support.\"",
			[]string{"Ann Lee -thank-> Per Lund"}, nil,
			"a speech is a statement"},
		{"Ann Lee held a news conference in Oslo on Monday. \"I have fired Per Lund.\"",
			[]string{"Ann Lee -fire-> Per Lund"}, nil,
			"so is a news conference"},
		{"Ann Lee told reporters on Monday that she would appeal. \"I have fired Per Lund.\"",
			[]string{"Ann Lee -fire-> Per Lund"}, nil,
			"the subject of a reporting verb in the sentence before speaks the quotation that opens the next"},
		{"Ann Lee spoke to reporters in Oslo. \"I have fired Per Lund.\"",
			[]string{"Ann Lee -fire-> Per Lund"}, nil,
			"spoke to"},
		{"Police arrested Ann Lee in Oslo. \"I have fired Per Lund.\"",
			nil, []string{"Ann Lee -fire-> Per Lund", "Police -fire-> Per Lund"},
			"no speaking verb before, no speaker"},
	})
}

// TestQuotationVoices checks who the pronouns of a quotation are: "I" the
// speaker named before a told verb's object, and in a second quotation
// after '"...," said X,'; he and him someone the speaker speaks of, on
// documents written for this test.
func TestQuotationVoices(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"\"I have never met Per Lund,\" Ann Lee told the Daily Courier.",
			[]string{"Ann Lee -not_meet-> Per Lund", "Ann Lee -tell-> Daily Courier"}, []string{"Daily Courier -meet-> Per Lund"},
			"the speaker of told is its subject, not the one told"},
		{"Ann Lee spoke to reporters in Oslo. \"I fired Per Lund on Monday,\" she told the Daily Courier.",
			[]string{"Ann Lee -fire-> Per Lund"}, []string{"Daily Courier -fire-> Per Lund"},
			"a pronoun before told speaks too"},
		{"\"The mayor lied to us,\" said Ann Lee, \"and I will sue Per Lund.\"",
			[]string{"Ann Lee -sue-> Per Lund"}, nil,
			"a quotation that goes on after said X, is X's"},
		{"Tom Wu met Ann Lee in Oslo last week.\n\n\"I approached him outside the hall. He then pushed me against the wall,\" said Ms. Lee.",
			[]string{"Ann Lee -approach-> Tom Wu", "Tom Wu -push-> Ann Lee"}, []string{"Ann Lee -push-> Ann Lee"},
			"he and him in a quotation are not its speaker"},
		{"Tom Wu met Ann Lee in Oslo last week. \"He praised me,\" Ms. Lee said.",
			[]string{"Tom Wu -praise-> Ann Lee"}, nil,
			"he in a quotation after the speaker was named takes the other actor"},
		{"Tom Wu met Per Lund in Oslo. \"I thanked him for his help,\" Tom Wu said.",
			[]string{"Tom Wu -thank-> Per Lund"}, nil,
			"him is not the speaker named after the quotation"},
		{"Per Lund met Tom Wu in Oslo. \"He lied to me,\" Mr. Wu said of Per Lund.",
			[]string{"Per Lund -lie_to-> Tom Wu"}, []string{"Tom Wu -lie_to-> Per Lund"},
			"the name after said of is spoken of, not the speaker"},
		{"Tom Wu criticised Per Lund on Monday. \"I had a quiet word with him. He set himself up for that,\" he told the Daily Courier.",
			[]string{"Tom Wu -tell-> Daily Courier"}, []string{"Per Lund -set-> Tom Wu"},
			"a reflexive in a quotation follows its clause's subject, not the speaker"},
		{"Ann Lee was asked about the deal. \"I never met Per Lund,\" she replied.",
			[]string{"Ann Lee -not_meet-> Per Lund"}, nil,
			"replied reports a quotation; its she is not a name inside it"},
		{"\"I never met Per Lund,\" Ann Lee explained.",
			[]string{"Ann Lee -not_meet-> Per Lund"}, nil,
			"explained reports a quotation"},
		{"\"I never met Per Lund,\" according to Ann Lee.",
			[]string{"Ann Lee -not_meet-> Per Lund"}, nil,
			"according to names the speaker"},
		{"\"I never met Per Lund,\" Ann Lee, the mayor of Oslo, told reporters.",
			[]string{"Ann Lee -not_meet-> Per Lund"}, nil,
			"the speaker before a long apposition"},
		{"Tom Wu said Ann Lee \"had met Per Lund and warned him\".",
			[]string{"Ann Lee -warn-> Per Lund"}, nil,
			"a quotation run into the reported clause is not the name before it speaking (see also TestCoreference reflexive-subject)"},
		{"Tom Wu and Ann Lee met in Oslo. Ann Lee warned that Russia could invade. Tom Wu warned Ann Lee that Sweden might leave.",
			[]string{"Tom Wu -warn-> Ann Lee"}, []string{"Ann Lee -warn-> Russia", "Tom Wu -warn-> Sweden"},
			"the subject of a clause after 'warned that' is not warned"},
		{"Ann Lee defended her decision, saying: \"I fired Per Lund because he lied.\"",
			[]string{"Ann Lee -fire-> Per Lund"}, nil,
			"saying after a comma reports for its clause's subject"},
		{"Health Secretary Ann Lee announced her departure and warned that the nation remains vulnerable, stating, \"I met Per Lund last week.\"",
			[]string{"Ann Lee -meet-> Per Lund"}, nil,
			"stating, past other verbs of the clause"},
		{"Ann Lee met Tom Wu in Oslo. The talks ended early, he said, adding: \"I met Per Lund last week.\"",
			[]string{"Tom Wu -meet-> Per Lund"}, nil,
			"a said before the participle names the speaker first"},
		{"\"The Red Front attacked us,\" said Norwegian Prime Minister Ann Lee.",
			[]string{"Red Front -attack-> Norway"}, nil,
			"the speaker after said past the words of a title; we of a state's leader is the state"},
		{"Ann Lee said: \"Per Lund called me on Monday. I told him to resign.\"",
			[]string{"Per Lund -call-> Ann Lee", "Ann Lee -tell-> Per Lund"}, nil,
			"a name inside the quotation after said: is not its speaker; the quotation runs over two sentences"},
		{"Halvik Holdings has fired Per Lund. \"We thank him for his work,\" a company spokesman said.",
			[]string{"Halvik Holdings -thank-> Per Lund"}, nil,
			"an unnamed company spokesman speaks for the company named before"},
		{"The Green Party won 12 seats. \"We thank Ann Lee for her support,\" a party spokeswoman told reporters.",
			[]string{"Green Party -thank-> Ann Lee"}, nil,
			"a party spokeswoman for the party"},
		{"Ann Lee met Tom Wu in Oslo. \"We thank Per Lund for his support,\" a company spokesman said.",
			nil, []string{"Ann Lee -thank-> Per Lund", "Tom Wu -thank-> Per Lund"},
			"no company named, no speaker"},
		{"\"The Red Front attacked our country,\" said Norwegian Prime Minister Ann Lee.",
			[]string{"Red Front -attack-> Norway"}, nil,
			"our country in a state's voice is that state"},
		{"Tom Wu met Ann Lee. \"I met Per Lund. He lied to me.\" Ann Lee said this on Monday.",
			[]string{"Ann Lee -meet-> Per Lund", "Per Lund -lie_to-> Ann Lee"}, nil,
			"a short reporting sentence right after a quotation that closes its sentence names its speaker"},
		{"Olav Rask beat Nils Berg and will take on Per Holm. The Dane reached the last four by beating compatriot Sven Lind. \"I felt fine,\" said Holm. \"I broke him four times and he only broke me once.\"",
			[]string{"Per Holm -break-> Sven Lind"}, []string{"Per Holm -break-> Dane"},
			"a person named only after the (a description taken for a name) takes no pronoun off the speaker"},
		{"Halvik Holdings is based in Oslo. \"Fjord Airlines cheated us,\" said the company's chief executive, Per Lund.",
			[]string{"Per Lund -lead-> Halvik Holdings", "Fjord Airlines -cheat-> Halvik Holdings"}, []string{"Per Lund -lead-> Fjord Airlines"},
			"the company after a quotation is the one named before it, not the one the quotation names"},
		{"Per Lund, Halvik Holdings' chief executive, told the BBC: \"We sued Fjord Airlines in May.\"",
			[]string{"Per Lund -lead-> Halvik Holdings", "Halvik Holdings -sue-> Fjord Airlines"}, []string{"BBC -sue-> Fjord Airlines"},
			"an organisation's possessive in the speaker's apposition is his side, whose we the quotation speaks"},
		{"\"We sued Fjord Airlines in May,\" said Per Lund, Halvik Holdings' spokesman.",
			[]string{"Per Lund -work_for-> Halvik Holdings", "Halvik Holdings -sue-> Fjord Airlines"}, nil,
			"the same after said"},
		{"Per Lund, Halvik Holdings' new building, was opened in May.",
			nil, []string{"Per Lund -lead-> Halvik Holdings", "Per Lund -work_for-> Halvik Holdings"},
			"no role noun after the possessive, no role"},
		{"Halvik Holdings is based in Oslo. \"We sued Fjord Airlines in May,\" the company's chief executive Per Lund said.",
			[]string{"Per Lund -lead-> Halvik Holdings", "Halvik Holdings -sue-> Fjord Airlines"}, nil,
			"the speaker before said past a possessive description and a role"},
		{"Per Lund is the chief executive of Halvik Holdings. \"We sued Fjord Airlines in May,\" Lund said.",
			[]string{"Halvik Holdings -sue-> Fjord Airlines"}, nil,
			"a role stated by a sentence's own extraction gives the speaker his side"},
		{"\"We sued Fjord Airlines in May,\" Per Lund told the Oslo Tribune. Lund is the chief executive of Halvik Holdings.",
			[]string{"Halvik Holdings -sue-> Fjord Airlines", "Per Lund -tell-> Oslo Tribune"}, []string{"Oslo Tribune -sue-> Fjord Airlines"},
			"or one stated after the quotation"},
		{"Per Lund is the chief executive of Halvik Holdings. \"I met Ann Lee in May,\" the Oslo Tribune quoted Lund as saying.",
			[]string{"Per Lund -meet-> Ann Lee"}, nil,
			"quoted ... as saying reports a quotation for the one quoted"},
		{"Per Lund is the chief executive of Halvik Holdings. \"When we lose I think of Fjord Airlines,\" Lund said.",
			nil, []string{"Halvik Holdings -lose-> Per Lund"},
			"no fact between the speaker and his own side"},
		{"Per Lund met Tom Wu in Oslo. \"We sued Fjord Airlines in May,\" Lund said.",
			nil, []string{"Per Lund -sue-> Fjord Airlines", "Tom Wu -sue-> Fjord Airlines"},
			"no side stated, no we"},
	})
}

// TestAddressingIt checks that a sentence-opening "It" before a verb that
// addresses an actor is the organisation that was the subject of the
// sentence before, and that the "it" reported after "told X" is the
// teller, on sentences written for this test.
func TestAddressingIt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Daily Post ran the story on Monday. It quoted critics like the lawyer Tom Wu and the campaigner Ann Lee.",
			[]string{"Daily Post -quote-> Tom Wu", "Daily Post -quote-> Ann Lee"}, nil,
			"a newspaper's It quotes"},
		{"The Green Party held a congress in Oslo. It urged the Harbor Council to resign.",
			[]string{"Green Party -urge-> Harbor Council"}, nil,
			"a party's It urges"},
		{"The Harbor Council built a new ferry. It carried Ann Lee to Oslo.",
			nil, []string{"Harbor Council -carry-> Ann Lee"},
			"any other verb leaves an organisation's It alone: it was a thing's as often"},
		{"On Monday the Green Party held a congress. It praised Tom Wu.",
			nil, []string{"Green Party -praise-> Tom Wu"},
			"only the subject that opens the sentence before"},
		{"Halvik Holdings told the Oslo Tribune it had sued Fjord Airlines.",
			[]string{"Halvik Holdings -sue-> Fjord Airlines", "Halvik Holdings -tell-> Oslo Tribune"}, []string{"Oslo Tribune -sue-> Fjord Airlines"},
			"the it reported after told X is the teller, not X"},
		{"Halvik Holdings told Reuters that it had sued Fjord Airlines.",
			[]string{"Halvik Holdings -sue-> Fjord Airlines"}, []string{"Reuters -sue-> Fjord Airlines"},
			"the same after that"},
		{"The Harbor Council warned Halvik Holdings that it had cheated Fjord Airlines.",
			nil, []string{"Harbor Council -cheat-> Fjord Airlines"},
			"warned X that it: X's, left to the ordinary rules"},
	})
}

// TestMessageAuthor checks that a message an actor issued, wrote or sent
// speaks for it when a participle follows it, on sentences written for
// this test.
func TestMessageAuthor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Green Party issued a statement urging Ann Lee to resign.",
			[]string{"Green Party -urge-> Ann Lee"}, []string{"Green Party -issue-> Ann Lee"},
			"the author of a statement urges; the statement is not issued to her"},
		{"Tom Wu wrote a letter thanking Norway for its support.",
			[]string{"Tom Wu -thank-> Norway"}, []string{"Tom Wu -write-> Norway"},
			"a letter thanking"},
		{"The Harbor Council published an open letter accusing Norway of fraud.",
			[]string{"Harbor Council -accuse-> Norway"}, nil,
			"an open letter accusing"},
		{"Ann Lee arrived in Oslo. Tom Wu told her the news.",
			[]string{"Tom Wu -tell-> Ann Lee"}, nil,
			"her before an article is the object, not a possessive"},
		{"Ann Lee said Tom Wu had written her a letter.",
			[]string{"Tom Wu -write-> Ann Lee"}, nil,
			"written her a letter: she got it"},
		{"Ola Berg said Tom Wu had written him a letter thanking the Danish people for their help. Cyd Ho read Ann Lee a statement urging Finland to act.",
			[]string{"Tom Wu -thank-> Danish people"}, []string{"Cyd Ho -urge-> Finland", "Ola Berg -thank-> Danish people"},
			"a letter written to someone, after its first object, still speaks for its writer; a reader is no author"},
		{"Tom Wu talked to Deputy Secretary of the Navy Ann Lee on Monday.",
			[]string{"Tom Wu -talk_to-> Ann Lee"}, nil,
			"a title chain with a rank word before it still ends in the person addressed"},
		{"In an email to the Daily Courier, the Green Party denied the report.",
			[]string{"Green Party -tell-> Daily Courier"}, nil,
			"the message nouns serve statementTo too: in an email to"},
		{"Tom Wu read a statement urging Ann Lee to resign.",
			nil, []string{"Tom Wu -urge-> Ann Lee"},
			"a reader is not the message's author"},
	})
}

// TestSaidNoActor checks that a verb of saying takes no actor as its
// object (the subject of the clause said, cut off by a quotation mark or
// an apposition) and that a platform something is said on is no actor,
// on sentences written for this test.
func TestSaidNoActor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu died on Monday. Ann Lee, his wife, said Tom Wu \"worked until his last breath\".",
			nil, []string{"Ann Lee -say-> Tom Wu"},
			"a quotation mark cuts the clause said from its subject"},
		{"Per Lund met Ann Lee in Oslo. President Tom Wu said Ann Lee, the daughter of Per Lund, has been killed.",
			nil, []string{"Tom Wu -say-> Ann Lee"},
			"so does an apposition"},
		{"Per Lund met Ann Lee in Oslo. President Tom Wu said Ann Lee, a leading member of the opposition who had fled, was killed.",
			nil, []string{"Tom Wu -say-> Ann Lee"},
			"and a long one"},
		{"Tom Wu met Ann Lee. Ann Lee said to Tom Wu that she would resign.",
			[]string{"Ann Lee -say_to-> Tom Wu"}, nil,
			"said to names whom she spoke to"},
		{"Ann Lee wrote on Twitter that the plan had failed.",
			nil, []string{"Ann Lee -write_on-> Twitter"},
			"a platform written on is no actor"},
		{"\"The plan failed,\" wrote student activist Ann Lee on Twitter.",
			nil, []string{"Ann Lee -be_on-> Twitter"},
			"nor is it where the writer is"},
		{"Ann Lee met Tom Wu. Ann Lee claimed Tom Wu \"lied to voters\". Per Lund noted Tom Wu \"had lied\".",
			nil, []string{"Ann Lee -claim-> Tom Wu", "Per Lund -note-> Tom Wu"},
			"nor does any reporting verb before a name and a quotation"},
		{"Ann Lee met Tom Wu. Ann Lee recalled Tom Wu \"was kind\". Per Lund warned Norway, a close ally, would suffer. Ann Lee wrote Tom Wu a letter.",
			[]string{"Ann Lee -write-> Tom Wu"}, []string{"Ann Lee -recall-> Tom Wu", "Per Lund -warn-> Norway"},
			"recalled, warned: the name is the subject of the clause; wrote Tom Wu a letter addresses him"},
		{"Ann Lee met Tom Wu. Ann Lee told reporters Tom Wu \"lied to voters\". Per Lund told MSNBC Tom Wu \"had lied\".",
			[]string{"Per Lund -tell-> MSNBC"}, []string{"Ann Lee -tell-> Tom Wu", "Per Lund -tell-> Tom Wu"},
			"the name after whom one told opens the quoted clause"},
		{"Tom Wu said via Facebook that he had sued Halvik Holdings.",
			[]string{"Tom Wu -sue-> Halvik Holdings"}, []string{"Tom Wu -say_via-> Facebook"},
			"via a platform"},
		{"Twitter banned Tom Wu on Monday.",
			[]string{"Twitter -ban-> Tom Wu"}, nil,
			"a platform that acts is an actor"},
	})
}

// TestToldOutlet checks that a news outlet told something is the one told,
// also when the clause told follows with no "that" and opens with a name
// ("told MSNBC Tom Wu was"), and that an interview with an outlet tells
// it, on sentences written for this test.
func TestToldOutlet(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee told MSNBC Tom Wu was a liar.",
			[]string{"Ann Lee -tell-> MSNBC"}, []string{"Ann Lee -tell-> MSNBC Tom Wu"},
			"an acronym and a person's name are two names"},
		{"Tom Wu told Fox News Ann Lee had attacked Halvik Holdings.",
			[]string{"Tom Wu -tell-> Fox News", "Ann Lee -attack-> Halvik Holdings"}, nil,
			"an outlet's name ending in News, then the subject of what was told"},
		{"Ann Lee told BBC News Tom Wu had resigned.",
			[]string{"Ann Lee -tell-> BBC"}, nil,
			"BBC News stays one name"},
		{"Ann Lee told the Halvik Times Tom Wu would resign.",
			[]string{"Ann Lee -tell-> Halvik Times"}, []string{"Tom Wu -member_of-> Halvik Times"},
			"a newspaper told is no team of the person after it"},
		{"Ann Lee said in an interview with the Halvik Times that Norway had attacked Sweden.",
			[]string{"Ann Lee -tell-> Halvik Times", "Norway -attack-> Sweden"}, nil,
			"an interview with an outlet tells it"},
		{"Ann Lee said in an interview with MSNBC that Norway had lied.",
			[]string{"Ann Lee -tell-> MSNBC"}, []string{"Norway -lie-> MSNBC"},
			"that after the outlet opens what she said"},
		{"Tom Wu told the Interfax news agency that the plan was flawed. Ann Lee told the Halvik Post newspaper the same.",
			[]string{"Tom Wu -tell-> Interfax", "Ann Lee -tell-> Halvik Post"}, nil,
			"an outlet's name and the kind of outlet it is name the outlet"},
		{"Ann Lee uploads a new video to her YouTube channel every week.",
			nil, []string{"Ann Lee -upload_to-> YouTube"},
			"her channel on a platform is no platform"},
		{"Tom Wu was quoted in the Oslo Tribune saying: \"I feel fine.\"",
			[]string{"Oslo Tribune -quote-> Tom Wu"}, []string{"Tom Wu -quote_in-> Oslo Tribune"},
			"the paper one is quoted in quotes one"},
		{"Tom Wu was inducted into the Rock and Roll Hall of Fame in 1995.",
			[]string{"Rock and Roll Hall of Fame -induct-> Tom Wu"}, []string{"Tom Wu -induct_into-> Rock and Roll Hall of Fame"},
			"the hall one is inducted into inducts one"},
		{"Tom Wu urged Norway and Sweden to sign the treaty. Ann Lee asked Denmark and Finland to meet in Oslo.",
			[]string{"Tom Wu -urge-> Norway", "Ann Lee -ask-> Finland"}, []string{"Norway -sign_with-> Sweden", "Denmark -meet-> Finland"},
			"what two actors are asked or urged to do together is not done"},
		{"Ann Lee told a Halvik Post reporter that the plan was flawed. Tom Wu told Reuters reporters the same.",
			[]string{"Ann Lee -tell-> Halvik Post", "Tom Wu -tell-> Reuters"}, nil,
			"an outlet's reporter hears for the outlet"},
		{"NRK reporter and former Labour Party Press Secretary Ola Berg criticised Tom Wu. A Halvik Post reporter and Ann Lee criticised Tom Wu.",
			[]string{"Ola Berg -criticise-> Tom Wu", "Halvik Post -criticise-> Tom Wu", "Ann Lee -criticise-> Tom Wu"},
			[]string{"NRK -criticise-> Tom Wu"},
			"a bare title and 'and' before a second title and a name are one person's titles; with an article the reporter is another"},
		{"Ann Lee of Safe Kids, a charity, told Reuters that the plan was flawed.",
			[]string{"Ann Lee -tell-> Reuters", "Ann Lee -member_of-> Safe Kids"}, nil,
			"the speaker's apposition does not hide whom she told"},
	})
}

// TestOfPhraseSpeaker checks that the speaker of a quotation after a name,
// an of-phrase and an apposition set off by commas is the name, not the
// body of the of-phrase.
func TestOfPhraseSpeaker(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee died on Monday in Oslo.\n\nTom Wu, of Halvik Radio, one of her four sons, stated, \"Ann Lee was an extraordinary woman.\"",
			[]string{"Tom Wu -praise-> Ann Lee"}, []string{"Halvik Radio -praise-> Ann Lee"},
			"the speaker is the name before the of-phrase"},
	})
}

// TestQuotedAdverbVerb checks that a quotation whose verb follows "I" and
// an adverb ("I really urge", "I truly admire") gives the speaker's fact,
// as the same quotation without the adverb does.
func TestQuotedAdverbVerb(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee said: \"I really urge Tom Wu to step down.\"",
			[]string{"Ann Lee -urge-> Tom Wu"}, nil,
			"an adverb between the pronoun and the verb"},
		{"Ann Lee spoke after the vote: \"I truly admire Tom Wu.\"",
			[]string{"Ann Lee -admire-> Tom Wu"}, nil,
			"an adverb in -ly that the tagger read as the verb"},
		{"Tom Wu spoke on Monday.\n\nAnn Lee spoke to the press: \"I really urge [Wu], if he fails, to step down.\"",
			[]string{"Ann Lee -urge-> Tom Wu"}, nil,
			"the object in an editor's square bracket"},
	})
}
