package entity

import "testing"

// TestFactsCoref15Titles: a title written before "of" and the state or
// body in an apposition ("The president of France, Emmanuel Macron,")
// gives its holder a later "the president"; a two-word title given to
// two people names neither.
func TestFactsCoref15Titles(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Boris Johnson met Queen Elizabeth II on Tuesday. The Queen later suspended Parliament at his request.\n\nThe president of France, Emmanuel Macron, visited Berlin. The president praised Chancellor Angela Merkel. The chancellor thanked him.",
			[]string{"Emmanuel Macron -praise-> Angela Merkel", "Angela Merkel -thank-> Emmanuel Macron"}, []string{"Angela Merkel -thank-> Boris Johnson"},
			"\"the president\" is the president of France named in apposition, and \"him\" the subject of the paragraph"},
		{"The chancellor of Germany, Ann Lee, visited Paris. The chancellor criticised Tom Wu.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, nil,
			"\"the chancellor\" is the chancellor of Germany named in apposition"},
		{"The prime minister of Norway, Ann Lee, met the prime minister of Sweden, Tom Wu, in Oslo. The prime minister praised Bo Kim.",
			nil, []string{"Ann Lee -praise-> Bo Kim", "Tom Wu -praise-> Bo Kim"},
			"\"the prime minister\" of a document with two is neither"},
		{"President Bo Kim pardoned Ann Lee. Lee, formerly the president and chief executive officer of Halvik Corporation, had hacked Acme Corp.",
			nil, []string{"Bo Kim -hack-> Acme Corp"},
			"\"the president and chief executive officer of\" a body is an office, not the president named before"},
		{"President Bo Kim met Ann Lee. The president and his wife thanked Lee.",
			[]string{"Bo Kim -thank-> Ann Lee"}, nil,
			"\"the president and his wife\" is still the president"},
		{"President Tom Wu met Vice President Ann Lee. Lee praised Bo Kim. The president thanked Kim.",
			[]string{"Tom Wu -thank-> Bo Kim"}, []string{"Ann Lee -thank-> Bo Kim"},
			"a vice president is not \"the president\""},
		{"Judge Ann Lee sentenced Tom Wu on Monday. The judge criticised Wu.",
			[]string{"Ann Lee -criticise-> Tom Wu"}, nil,
			"\"the judge\" is the person titled Judge"},
	})
}

// TestFactsCoref15Paragraphs: a pronoun's antecedent is not outweighed by
// a person named more often in an earlier paragraph, nor, as a subject,
// by the document's most named person last named three sentences back;
// a life's subject still outweighs a name taken in passing.
func TestFactsCoref15Paragraphs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Prime Minister Tom Wu met Ann Lee. Wu later praised Lee. Wu thanked his staff.\n\nAnn Lee hosted Bo Kim in Oslo. Lee later praised Kim. Per Holm thanked him.",
			[]string{"Per Holm -thank-> Bo Kim"}, []string{"Per Holm -thank-> Tom Wu"},
			"a person named often in the paragraph before is not the focus of this one"},
		{"Tom Wu was born in Oslo. Wu studied law. Wu became a judge. Wu wrote books. Wu married Ann Lee. Wu sold his house.\n\nThe band was inducted into the Hall of Fame by Bo Kim in 1993. Afterwards he moved to Sweden.",
			[]string{"Tom Wu -move_to-> Sweden"}, []string{"Bo Kim -move_to-> Sweden"},
			"the subject of a life outweighs a name taken in passing in the next paragraph"},
		{"Tom Wu was born in Oslo. Wu studied law. Wu became a judge. Wu wrote books. Wu married Ann Lee. Wu sold his house. Wu moved to Bergen.\n\nDr. Per Holm taught him in Bergen. He later praised Bo Kim.",
			[]string{"Tom Wu -praise-> Bo Kim"}, []string{"Per Holm -praise-> Bo Kim"},
			"the subject of a life outweighs the subject of the sentence before, named there first"},
		{"President Tom Wu visited Oslo. Wu met Per Holm. Wu praised Holm. Wu thanked the police. Wu left Oslo. Wu flew to Bergen. Wu met voters in Bergen. Wu visited a school. Wu praised the teachers. Wu toured a factory. Wu thanked the workers. The next day, Wu held a rally in Bergen. That same day, rapper Bo Kim announced a bid for president. In an interview, Kim outlined a campaign. He named Ann Lee as a running mate.",
			[]string{"Bo Kim -name-> Ann Lee"}, []string{"Tom Wu -name-> Ann Lee"},
			"the subject of two sentences is not outweighed by a person named more often three sentences back"},
	})
}

// TestFactsCoref15ObjectIt: "it" after a reporting verb is the speaker
// only as the subject of the reported clause; an object "it" names a
// thing.
func TestFactsCoref15ObjectIt(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"On Tuesday, Norway President Tom Wu announced he had asked for national security adviser Bo Kim's resignation Monday night, and that Kim tendered it the next morning.",
			nil, []string{"Bo Kim -tender-> Norway"},
			"\"tendered it\" is the resignation, not the state"},
		{"Norway Health Minister Ann Lee said a curfew on bars might be \"necessary\" and that she was considering it.",
			nil, []string{"Ann Lee -consider-> Norway"},
			"\"considering it\" is the ban"},
		{"Halvik Holdings said on Monday that it had bought Acme Corp.",
			[]string{"Halvik Holdings -buy-> Acme Corp"}, nil,
			"\"it\" as the reported clause's subject is the speaker"},
	})
}
