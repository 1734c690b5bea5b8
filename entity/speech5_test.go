package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestQuotedAddress covers speech5's quoted addresses: thanks,
// congratulations and pleas that a quotation addresses to a named actor.
func TestQuotedAddress(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Senator Per Lund ended his campaign on Monday. \"Thank you @PerLund for making the harbour workers the center of your campaign. Let's keep fighting,\" wrote Ann Lee on Twitter.",
			[]string{"Ann Lee -thank-> Per Lund"}, nil,
			"a quotation that opens with thanks to a handle thanks the actor the handle spells, in the first sentence of a longer quotation"},
		{"Per Lund left the race. Governor Ann Lee wrote, \"Congratulations to Per Lund on running a strong campaign.\" \"Thank you, Per Lund, for your service,\" tweeted Mayor Ola Berg.",
			[]string{"Ann Lee -congratulate-> Per Lund", "Ola Berg -thank-> Per Lund"}, nil,
			"congratulations or thanks addressed by name"},
		{"\"Please, please Tom Wu, please don't let us suffer anymore,\" said Ann Lee. \"Per Lund, please listen to the farmers,\" Ola Berg said.",
			[]string{"Ann Lee -urge-> Tom Wu", "Ola Berg -urge-> Per Lund"}, nil,
			"a plea that names the actor it addresses urges it"},
		{"Halvik Holdings closed the plant. \"Shame on Halvik Holdings,\" tweeted Ann Lee. Tom Wu won the race. \"Well done, Tom Wu!\" wrote Per Lund. \"Kudos to Tom Wu and his team,\" said Ola Berg.",
			[]string{"Ann Lee -criticize-> Halvik Holdings", "Per Lund -praise-> Tom Wu", "Ola Berg -praise-> Tom Wu"}, []string{"Tom Wu -write-> Per Lund"},
			"shame on an actor criticises it; well done and kudos praise; the name after a quotation closed by ! is its writer"},
		{"\"It is a shame Tom Wu lost,\" said Ann Lee. \"Well, Tom Wu is right,\" said Per Lund.",
			nil, []string{"Ann Lee -criticize-> Tom Wu", "Per Lund -praise-> Tom Wu"},
			"a shame that, or well alone, is no address"},
		{"\"Thanks to Halvik Holdings' loans, we survived the winter,\" said Ann Lee. \"Thank God Tom Wu was there,\" said Per Lund.",
			nil, []string{"Ann Lee -thank-> Halvik Holdings", "Per Lund -thank-> Tom Wu"},
			"thanks to an actor's help, or thanking God, thanks no actor"},
		{"\"Thank you, Per Lund, for your work,\" wrote Ann Lee. Tom Wu wrote Harbour Nights in 1990.",
			[]string{"Ann Lee -thank-> Per Lund"}, []string{"Tom Wu -write-> Harbour Nights"},
			"a name right after a quotation and wrote is its writer, no work"},
		{"Ann Lee said the farmers would thank Tom Wu for his work. \"Please,\" said Per Lund.",
			nil, []string{"Ann Lee -thank-> Tom Wu"},
			"no address outside a quotation"},
	})
}

// TestQuotedScorn covers a naming verb whose scornful complement is
// quoted: the extractor drops it or keeps it in the object.
func TestQuotedScorn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee called Prime Minister Tom Wu's proposed deal \"a disaster\". Per Lund called Halvik Holdings \"a disgrace\".",
			[]string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Halvik Holdings"}, nil,
			"a quoted scornful complement of call, after an actor or an actor's act"},
		{"Ola Berg called Tom Wu \"the worst mayor in our history\".",
			[]string{"Ola Berg -criticize-> Tom Wu"}, nil,
			"the worst is scorn"},
		{"Ann Lee called Tom Wu's plan \"a good start\". Per Lund called Halvik Holdings \"a friend\".",
			nil, []string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Halvik Holdings"},
			"a quoted complement without scorn criticises no one"},
	})
}

// TestCulprit covers a speaker who names the doer of an attack.
func TestCulprit(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A car bomb killed nine people in Halden. Colonel Per Lund of the Norwegian Army said the Harbor Brigade are the suspected perpetrators. Governor Ann Lee agreed, saying only this organisation could have carried out the attack.",
			[]string{"Per Lund -blame-> Harbor Brigade", "Ann Lee -blame-> Harbor Brigade", "Ann Lee -agree_with-> Per Lund"}, nil,
			"naming the perpetrators, or who alone could have done the attack, blames them; agreeing right after is with the speaker"},
		{"Colonel Tom Wu said the talks had failed. Governor Ann Lee agreed to resign. \"We will win,\" said Per Lund. Ola Berg agreed on a new budget. Per Lund said the plan was good. The Harbor Council agreed unanimously to sell the port.",
			nil, []string{"Ann Lee -agree_with-> Tom Wu", "Ola Berg -agree_with-> Per Lund", "Harbor Council -agree_with-> Per Lund"},
			"agreeing to act or on a thing is no agreement with the speaker before"},
		{"\"The Harbor Brigade did this,\" said Colonel Tom Wu. Governor Ann Lee disagreed.",
			[]string{"Ann Lee -disagree_with-> Tom Wu"}, nil,
			"disagreeing after a quotation is with its speaker"},
		{"Tom Wu said the Harbor Brigade was behind the bombing. \"The Green Front is responsible for these killings,\" Ola Berg said.",
			[]string{"Tom Wu -blame-> Harbor Brigade", "Ola Berg -blame-> Green Front"}, nil,
			"behind or responsible for an attack"},
		{"Tom Wu said the Harbor Brigade was not behind the bombing. Ola Berg said the Green Front was responsible for security. Per Lund said the Norwegian Army carried out the attack.",
			nil, []string{"Tom Wu -blame-> Harbor Brigade", "Ola Berg -blame-> Green Front", "Per Lund -blame-> Norwegian Army"},
			"a denial, a duty, or a plain report of the attack blames no one"},
	})
}

// TestTribute covers death announcements and tributes.
func TestTribute(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, former president of Norway, has died, according to President Ann Lee. \"It is with deep sorrow that I announce the passing of our first president, Tom Wu,\" Lee said.",
			[]string{"Ann Lee -announce-> Tom Wu"}, nil,
			"a death reported by a speaker, or the passing of an actor announced, is announced"},
		{"The Harbor Council announced the resignation of Per Lund. Ann Lee confirmed Ola Berg's appointment. The Green Party mourned the death of Tom Wu.",
			[]string{"Harbor Council -announce-> Per Lund", "Ann Lee -announce-> Ola Berg", "Green Party -mourn-> Tom Wu"}, nil,
			"an event of an actor's life announced, confirmed or mourned"},
		{"Tom Wu died on Friday. \"Tom Wu was a hero of our struggle. What he did for this country will always be remembered. May his soul rest in peace,\" wrote President Ann Lee.",
			[]string{"Ann Lee -praise-> Tom Wu", "Ann Lee -mourn-> Tom Wu"}, nil,
			"a tribute in a quotation praises and mourns"},
		{"Tom Wu died on Friday. Per Lund said in a statement: \"He made a large personal contribution to the fight for our reform.\" Ola Berg said Tom Wu was a great leader and would be sorely missed.",
			[]string{"Per Lund -praise-> Tom Wu", "Ola Berg -praise-> Tom Wu", "Ola Berg -mourn-> Tom Wu"}, nil,
			"a contribution made, a great leader, one who will be missed"},
		{"Ann Lee said Norway was a great power. Per Lund said Tom Wu was the champion. Ola Berg said Halvik Holdings made no contribution. Ann Lee announced the death of the project. \"Rest in peace,\" said Tom Wu.",
			nil, []string{"Ann Lee -praise-> Norway", "Per Lund -praise-> Tom Wu", "Ola Berg -praise-> Halvik Holdings"},
			"a great power, a sports champion, no contribution praise no one"},
		{"Tom Wu died on Friday. \"Tom Wu was the most brilliant scientist we have ever had,\" said Halvik University's chancellor, Ann Lee. Institute director Per Lund said \"Wu has been a world treasure for marine biology.\"",
			[]string{"Ann Lee -praise-> Tom Wu", "Per Lund -praise-> Tom Wu"}, nil,
			"a praised calling, a superlative before a relative clause, a world treasure"},
		{"Ann Lee said Tom Wu was a great distance away. Per Lund said Tom Wu was the most senior officer.",
			nil, []string{"Ann Lee -praise-> Tom Wu", "Per Lund -praise-> Tom Wu"},
			"a distance, a rank: no praise"},
		{"Tom Wu died on Friday. \"He was a man of extraordinary grace and kindness,\" said Ann Lee. Per Lund said Tom Wu was a talented drummer. \"Wu was a man of few words,\" said Ola Berg.",
			[]string{"Ann Lee -praise-> Tom Wu", "Per Lund -praise-> Tom Wu"}, []string{"Ola Berg -praise-> Tom Wu"},
			"a man of virtues, a talented calling; a man of few words is no praise"},
	})
}

// TestJibe covers a jibe taken or poked at an actor.
func TestJibe(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee took a parting shot at Tom Wu on Twitter. Per Lund took a swipe at Norway's budget. Ola Berg poked fun at Halvik Holdings.",
			[]string{"Ann Lee -criticize-> Tom Wu", "Per Lund -criticize-> Norway", "Ola Berg -mock-> Halvik Holdings"}, nil,
			"a shot, a swipe or fun at an actor or its act"},
		{"Ann Lee took a shot at goal against Norway. Per Lund took part in the Halvik Cup.",
			nil, []string{"Ann Lee -criticize-> Norway", "Per Lund -criticize-> Halvik Cup"},
			"a shot at goal against a team, or taking part, is no jibe"},
	})
}

// TestJudgedAct covers a reported judgement of an actor's act, said with
// the where or how of the report before "that".
func TestJudgedAct(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee said in a press conference that the Harbor Council's behaviour was disgraceful. \"Halvik Holdings' conduct is a disgrace,\" Per Lund said.",
			[]string{"Ann Lee -criticize-> Harbor Council", "Per Lund -criticize-> Halvik Holdings"}, nil,
			"scorn for an actor's act is scorn for the actor"},
		{"Ann Lee said on Twitter that Halvik Holdings had lied to its customers. Tom Wu wrote in a letter that Norway must withdraw its troops.",
			[]string{"Ann Lee -accuse-> Halvik Holdings", "Tom Wu -urge-> Norway"}, nil,
			"a clause after 'said on Twitter that' or 'wrote in a letter that' is the speaker's"},
		{"Ann Lee said Tom Wu's house was disgraceful.",
			nil, []string{"Ann Lee -criticize-> Tom Wu"},
			"a thing owned is no act"},
	})
}

// TestVindicated covers a speaker who stands by an actor's conduct.
func TestVindicated(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee said Tom Wu did nothing wrong. Per Lund said Karen Lau had done her best. \"Halvik Holdings has done a great job,\" Ola Berg said.",
			[]string{"Ann Lee -defend-> Tom Wu", "Per Lund -defend-> Karen Lau", "Ola Berg -praise-> Halvik Holdings"}, nil,
			"nothing wrong or one's best defends; a great job praises"},
		{"Ann Lee said Tom Wu did not do his best. Per Lund said the Harbor Council's plan had done its best.",
			nil, []string{"Ann Lee -defend-> Tom Wu", "Per Lund -defend-> Harbor Council"},
			"a negation, or an act's doer, is not defended"},
	})
}
