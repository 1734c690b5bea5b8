package entity

import "testing"

// TestFactsCoref17Modified: a definite description whose lower-case
// modifiers are words of a body's name takes up that body ("the fire
// service" after Halvik Fire and Rescue Service), and so does one whose
// modifier says where the body is based or ranks it among its kind.
func TestFactsCoref17Modified(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Halvik Fire and Rescue Service was called on Monday. The fire service thanked Tom Wu.",
			[]string{"Halvik Fire and Rescue Service -thank-> Tom Wu"}, nil,
			"\"fire\" and \"service\" are words of the name"},
		{"The Halvik Fire and Rescue Service was called on Monday. The police service thanked Tom Wu.",
			nil, []string{"Halvik Fire and Rescue Service -thank-> Tom Wu"},
			"\"police\" is no word of the name: another service"},
		{"The European Court of Justice ruled on Monday. The Luxembourg-based court criticised Tom Wu.",
			[]string{"European Court of Justice -criticise-> Tom Wu"}, nil,
			"where the court is based needs no word of its name"},
		{"Velmar Oil said profits fell. The Oslo-based company also said it had hired Goldman Sachs.",
			[]string{"Velmar Oil -hire-> Goldman Sachs"}, []string{"Oslo -hire-> Goldman Sachs"},
			"the speaker's \"it\" is the company the description names, not the place inside it"},
		{"Dorsk Bank said profits fell. Norway's largest bank said it had bought Velmar Foods.",
			[]string{"Dorsk Bank -buy-> Velmar Foods"}, []string{"Norway -buy-> Velmar Foods"},
			"a superlative needs no word of the name, after a state's possessive"},
		{"Dorsk Bank said profits fell. Tom Wu criticised the second-largest bank.",
			[]string{"Tom Wu -criticise-> Dorsk Bank"}, nil,
			"a hyphened superlative after \"the\""},
		{"The Second Circuit Court of Appeals ruled on Monday. Tom Wu criticised the appeals court.",
			[]string{"Tom Wu -criticise-> Second Circuit Court of Appeals"}, nil,
			"a plural modifier of the name"},
		{"The Second Circuit Court of Appeals ruled on Monday. Tom Wu criticised the district court.",
			nil, []string{"Tom Wu -criticise-> Second Circuit Court of Appeals"},
			"a district court is not the appeals court"},
		{"The Harbor Court heard Tom Wu's appeal. The unanimous court fined Halvik Bank. The Oslo Court met. The divided court fined Ola Berg.",
			[]string{"Harbor Court -fine-> Halvik Bank", "Oslo Court -fine-> Ola Berg"}, nil,
			"how a body voted is no word of its name, and names no other body"},
		{"UNICEF warned that children in Gaza faced famine. The UN agency urged Israel to open the crossings.",
			[]string{"UNICEF -urge-> Israel"}, []string{"United Nations -urge-> Israel"},
			"the UN before the noun names the body's parent: the UN agency is the agency named before"},
		{"The World Health Organization declared an emergency. The UN health agency urged China to share data.",
			[]string{"World Health Organization -urge-> China"}, []string{"United Nations -urge-> China"},
			"the parent, then a word of the name and the descriptor"},
	})
}

// TestFactsCoref17StatePossessive: a state's possessive stands for "the"
// before such a description.
func TestFactsCoref17StatePossessive(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Iranian Chess Federation banned Ann Lee. Tom Wu, the president of the country's chess federation, criticised her.",
			[]string{"Tom Wu -lead-> Iranian Chess Federation"}, nil,
			"\"the country's chess federation\" is the Iranian Chess Federation"},
		{"The Iranian Chess Federation banned Ann Lee. Tom Wu, the president of Iran's chess federation, criticised her.",
			[]string{"Tom Wu -lead-> Iranian Chess Federation"}, nil,
			"a state's name before the possessive"},
	})
}

// TestFactsCoref17Opener: a word that opens the sentence and is no name's
// ("Longtime", "Afterwards") before a person's name of the document is no
// word of a new person's name.
func TestFactsCoref17Opener(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu met Ann Lee on Monday. Longtime Lee criticised Wu on Tuesday.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, []string{"Longtime Lee -criticise-> Tom Wu"},
			"an adjective opening the sentence"},
		{"Tom Wu met Ann Lee on Monday. Afterwards Wu visited Oslo.",
			[]string{"Tom Wu -visit-> Oslo"}, []string{"Afterwards Wu -visit-> Oslo"},
			"an adverb opening the sentence"},
		{"Yingluck Shinawatra met Tom Wu on Monday. Thaksin Shinawatra criticised Wu.",
			[]string{"Thaksin Shinawatra -criticise-> Tom Wu"}, []string{"Yingluck Shinawatra -criticise-> Tom Wu"},
			"a given name the tagger takes for a proper noun opens another person's name"},
		{"Ann Lee met Tom Wu on Monday. Christian Lee criticised Wu.",
			[]string{"Christian Lee -criticise-> Tom Wu"}, []string{"Ann Lee -criticise-> Tom Wu"},
			"a given name opens another person's name"},
	})
}

// TestFactsCoref17SaidThey: a body that reports in the plural what it has
// done ("Police said they had arrested") is the "they" of its clause.
func TestFactsCoref17SaidThey(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"On Monday, Thames Valley Police said they had arrested Tom Wu.",
			[]string{"Thames Valley Police -arrest-> Tom Wu"}, nil,
			"the force reports its arrest"},
		{"On Monday, Halvik Corp said that they had sued Tom Wu.",
			[]string{"Halvik Corp -sue-> Tom Wu"}, nil,
			"\"that\" between the verb and the pronoun"},
		{"Halvik Corp, Norden Bank and Acme said they had sued Tom Wu.",
			nil, []string{"Acme -sue-> Tom Wu"},
			"a list of speakers: \"they\" are all of them"},
		{"Halvik Corp's chief Ann Lee said they had sued Tom Wu.",
			nil, []string{"Ann Lee -sue-> Tom Wu"},
			"a person's report: not her"},
	})
}

// TestFactsCoref17Nickname: a quoted nickname with the surname
// ("Jeremy \"Spike\" Cohen") names the same person as the nickname and
// surname alone, before it or after it, and the person keeps the given
// name.
func TestFactsCoref17Nickname(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Jeremy \"Spike\" Cohen met Tom Wu on Monday. Spike Cohen praised Wu.",
			[]string{"Jeremy Cohen -meet-> Tom Wu", "Jeremy Cohen -praise-> Tom Wu"}, []string{"Spike Cohen -praise-> Tom Wu"},
			"the nickname's name after the full one"},
		{"Spike Cohen praised Tom Wu on Monday. Jeremy \"Spike\" Cohen met Wu on Tuesday.",
			[]string{"Jeremy Cohen -praise-> Tom Wu", "Jeremy Cohen -meet-> Tom Wu"}, []string{"Spike Cohen -praise-> Tom Wu"},
			"the nickname's name before the full one, as a headline gives it"},
	})
}
