package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCriticOfTitled covers a relational noun whose of-phrase names a
// person after the titles written with the name ("a critic of Russian
// President Ann Lee"): the of stands before the titles, not the name.
func TestCriticOfTitled(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu is an outspoken critic of Swedish Prime Minister Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "a capitalised title"},
		{"Tom Wu is a fierce critic of Danish president Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "a lower-case title"},
		{"Tom Wu, a longtime rival of Senator Ann Lee, spoke on Monday.",
			[]string{"Tom Wu -compete_with-> Ann Lee"}, nil, "an apposition read as a copula"},
		{"Tom Wu is a critic of Ann Lee.",
			[]string{"Tom Wu -criticize-> Ann Lee"}, nil, "no title"},
	})
}

// TestPrepGerund covers a gerund after for, of or with whose actor
// follows a preposition ("banned for playing against Ann Lee"): the
// gerund's lemma joins the preposition, as the finite clause's does.
func TestPrepGerund(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was banned for playing against Ann Lee at the Oslo Open.",
			[]string{"Tom Wu -play_against-> Ann Lee"}, nil, "banned for playing against"},
		{"Tom Wu was accused of colluding with Ann Lee.",
			[]string{"Tom Wu -collude_with-> Ann Lee"}, nil, "accused of colluding with"},
		{"Tom Wu was charged with lying to Ann Lee.",
			[]string{"Tom Wu -lie_to-> Ann Lee"}, nil, "charged with lying to"},
		{"Ann Lee thanked Norway for working with Sweden.",
			[]string{"Norway -work_with-> Sweden"}, []string{"Ann Lee -work_with-> Sweden"}, "the object is the gerund's actor"},
		{"Tom Wu was praised for working with children in Norway.",
			nil, []string{"Tom Wu -work_with-> Norway", "Tom Wu -work_in-> Norway"}, "no actor after the preposition"},
		{"Tom Wu was fined for not playing against Ann Lee.",
			nil, []string{"Tom Wu -play_against-> Ann Lee"}, "negated"},
	})
}

// TestAnnouncedDeath covers a death announced or confirmed: what is
// announced is the death, no actor, so it gives no fact, whether active
// ("announced his death", "the death of Tom Wu") or passive ("His death
// was announced by his son"). A death mourned gives mourn.
func TestAnnouncedDeath(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu, the President of Norway, died on Monday. The government of Norway on Tuesday announced his death.",
			nil, []string{"government of Norway -announce-> Tom Wu"}, "announced his death"},
		{"Tom Wu, a singer, died on Monday. His death was announced by his son Ben Wu.",
			nil, []string{"Ben Wu -announce-> Tom Wu"}, "a passive with his"},
		{"The death of Tom Wu was confirmed by Halvik Records.",
			nil, []string{"Halvik Records -announce-> Tom Wu"}, "a passive with of"},
		{"Halvik Records announced the passing of its founder, Tom Wu.",
			nil, []string{"Halvik Records -announce-> Tom Wu"}, "the passing of"},
		{"Tom Wu, a singer, died on Monday. Ann Lee mourned his death.",
			[]string{"Ann Lee -mourn-> Tom Wu"}, nil, "mourned his death"},
		{"Tom Wu met Ann Lee. She announced her retirement.",
			nil, []string{"Ann Lee -announce-> Tom Wu", "Tom Wu -announce-> Ann Lee"}, "her own retirement"},
	})
}

// TestStoppedShortOf covers a gerund after "stopped (fell) short of": the
// act was not done, so it gives no fact.
func TestStoppedShortOf(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu stopped short of criticising Ann Lee.",
			nil, []string{"Tom Wu -criticise-> Ann Lee"}, "stopped short of"},
		{"Norway fell short of endorsing Ann Lee.",
			nil, []string{"Norway -endorse-> Ann Lee"}, "fell short of"},
		{"Tom Wu was accused of criticising Ann Lee.",
			[]string{"Tom Wu -criticise-> Ann Lee"}, nil, "an act that was done"},
	})
}

// TestQuotedExpressedStance covers a stance noun a verb of voicing takes
// with an adjective or in quotation marks ("expressed "deep
// disappointment" with Ann Lee"): read as the bare noun.
func TestQuotedExpressedStance(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Tom Wu expressed "deep disappointment" with Ann Lee.`,
			[]string{"Tom Wu -be_disappointed_with-> Ann Lee"}, nil, "quoted"},
		{"Tom Wu expressed deep disappointment with Ann Lee.",
			[]string{"Tom Wu -be_disappointed_with-> Ann Lee"}, nil, "an adjective"},
		{"Tom Wu expressed deep anger at Norway.",
			[]string{"Tom Wu -be_angry_with-> Norway"}, nil, "an adjective, at"},
		{"Tom Wu expressed anger at Norway.",
			[]string{"Tom Wu -be_angry_with-> Norway"}, nil, "the bare noun"},
	})
}

// TestTributesToPaidBy covers a passive whose subject is a tribute to an
// actor and whose by-phrase names who paid it.
func TestTributesToPaidBy(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tributes to Tom Wu were paid by Ann Lee.",
			[]string{"Ann Lee -pay_tribute_to-> Tom Wu"}, nil, "tributes to"},
		{"Warm tributes to Tom Wu were paid by the Halvik Party on Monday.",
			[]string{"Halvik Party -pay_tribute_to-> Tom Wu"}, nil, "an adjective, an organisation"},
		{"Bills to Tom Wu were paid by Ann Lee.",
			nil, []string{"Ann Lee -pay_tribute_to-> Tom Wu"}, "no tribute"},
	})
}
