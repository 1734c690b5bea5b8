package entity

import "testing"

// TestFactsQuote1ClauseSpeaker: the first person (I, me, my) and "we" of
// a quotation that a clause leads into with a comma, a colon or its verb
// are the clause's subject, however far the verb stands from the
// quotation; a title or description between a reporting verb after the
// quotation and the name does not hide the speaker.
func TestFactsQuote1ClauseSpeaker(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Governor Ann Lee said at a news conference after the vote on Monday, \"I have asked Tom Wu to resign.\"",
			[]string{"Ann Lee -ask-> Tom Wu"}, nil,
			"a comma after a long reporting clause leads into the subject's words"},
		{"Tom Wu of the Halvik Group spoke to reporters in Oslo: \"I sued Acme Corp last year.\"",
			[]string{"Tom Wu -sue-> Acme Corp"}, nil,
			"the subject of \"X of Y spoke ...:\" is X"},
		{"Senator Ann Lee met Tom Wu in Oslo. Later, addressing the members of the press, Lee proposed: \"I thank Wu for his help.\"",
			[]string{"Ann Lee -thank-> Tom Wu"}, nil,
			"a fronted participle phrase holds no other subject"},
		{"The decree signed by Bishop Tom Wu read, \"I thank Ann Lee.\"",
			nil, []string{"Tom Wu -thank-> Ann Lee"},
			"the name after \"by\" is no subject"},
		{"Ann Lee said Tom Wu told the crowd: \"I thank Per Holm.\"",
			nil, []string{"Ann Lee -thank-> Per Holm"},
			"a second subject between the first and the quotation leaves the speaker unknown"},
		{"\"I will not resign and I blame Tom Wu,\" said senior party spokesman Ann Lee.",
			[]string{"Ann Lee -blame-> Tom Wu"}, nil,
			"a description between the verb and the name"},
		{"\"I thank Tom Wu for his help,\" tweeted Mayor of Oslo Ann Lee.",
			[]string{"Ann Lee -thank-> Tom Wu"}, nil,
			"\"of\" inside a capitalised title"},
		{"Senator Per Holm described the vote as a \"defeat for Acme Corp, which I sued last year\".",
			[]string{"Per Holm -sue-> Acme Corp"}, nil,
			"a fragment after a determiner runs the subject's words into the clause"},
		{"Senator Bo Kim left the hall, shouting \"I thank Halvik Holdings!\"",
			[]string{"Bo Kim -thank-> Halvik Holdings"}, nil,
			"a participle of saying leads into the subject's words"},
	})
}

// TestFactsQuote1LabelledInterview: in a transcript with speakers' labels
// the interviewee is "I" in his turns and "you" in the questions, so that
// a "she" right after another woman named is hers, however often the
// labels name the interviewee.
func TestFactsQuote1LabelledInterview(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Wikinews interviews chess player Anna Berg\n\nChess player Anna Berg spoke to Wikinews about her career.\n\n((WN))  When did you start playing?\n\n((Anna Berg))  I started when I was six. I played for Sweden in 2010.\n\n((WN))  Earlier this year, Maria Holm a Swedish player in a tournament in Oslo: she later sued the Swedish Chess Federation.\n\n((Anna Berg))  I think it was unfair.",
			[]string{"Maria Holm -sue-> Swedish Chess Federation"}, []string{"Anna Berg -sue-> Swedish Chess Federation"},
			"a \"she\" in a question is the woman just named, not the interviewee"},
	})
}

// TestFactsQuote1NamedInside: a quotation that names a person is not
// that person's, whoever its "he said" was taken for.
func TestFactsQuote1NamedInside(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bloomberg ends campaign\n\nMichael Bloomberg ended his campaign on Wednesday and endorsed his former rival, Tom Wu. \"Two months ago,\" he said, \"I entered the race to defeat Per Holm. It is clear that the candidate is my friend, Tom Wu. Today I am proud to endorse him.\"",
			nil, []string{"Tom Wu -endorse-> Per Holm", "Tom Wu -endorse-> Tom Wu"},
			"\"my friend, Tom Wu\": the speaker is not Wu"},
	})
}

// TestFactsQuote1Document: a statement, letter or press release whose
// owner is named before the noun speaks the quotation it reads.
func TestFactsQuote1Document(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Holdings lost the case. Halvik's official statement yesterday read \"We will appeal against Acme Corp.\"",
			[]string{"Halvik Holdings -appeal_against-> Acme Corp"}, nil,
			"an owner's statement read"},
		{"The Nordvik Bank letter reads \"we thank Per Holm for his work.\"",
			[]string{"Nordvik Bank -thank-> Per Holm"}, nil,
			"a name before the noun owns the letter"},
		{"The news was confirmed, reads a Fjord Airlines press release, \"We thank Tom Wu.\"",
			[]string{"Fjord Airlines -thank-> Tom Wu"}, nil,
			"a press release after the verb"},
	})
}
