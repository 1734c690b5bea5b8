package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

// TestFactsCoref12 covers the coref12 rules on documents of our own: which
// actor a description or pronoun gives a fact.
func TestFactsCoref12(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Oslo Police soon arrived and detained Tom Wu on Monday.",
			[]string{"Oslo Police -detain-> Tom Wu"}, []string{"Oslo Police -arrive-> Tom Wu"},
			"a verb that takes no object shares none with the next verb of its coordination"},
		{"Bergen Police came within minutes and detained the man, later identified as Tom Wu.",
			[]string{"Bergen Police -detain-> Tom Wu"}, nil,
			"a description in apposition to a naming participle and \"as\" is the person named"},
		{"A 30-year-old man was arrested by Oslo Police on Friday. Reports named him on Saturday as local teacher Tom Wu.",
			[]string{"Oslo Police -arrest-> Tom Wu"}, nil,
			"a pronoun a naming verb names is that person, and so is the indefinite description of the sentence before, which names no one"},
		{"Witnesses said the gunman, identified as Tom Wu, attacked Ann Lee in Oslo.",
			[]string{"Tom Wu -attack-> Ann Lee"}, nil,
			"\"identified as\" without \"later\" names the description too"},
		{"The suspect was named as Tom Wu. Oslo Police arrested him on Friday.",
			[]string{"Oslo Police -arrest-> Tom Wu"}, nil,
			"a passive naming verb names its subject"},
		{"Ann Lee met Cyd Ho. Ann Lee was named as Tom Wu's successor. Police identified the victim as Joe Ng, a teacher.",
			[]string{}, []string{"Ann Lee -meet-> Joe Ng", "Ann Lee -meet-> Tom Wu", "Cyd Ho -meet-> Joe Ng"},
			"a possessive name after \"as\" names what the subject becomes, no one else; a description of the sentence before that names people takes no later name"},
		{"Governor Tom Wu appointed Joe Ng as secretary of state. Earlier on Friday, the Oslo City Council confirmed him. Ola Berg spoke to reporters on Monday. The Oslo City Council praised him.",
			[]string{"Oslo City Council -confirm-> Joe Ng", "Oslo City Council -praise-> Ola Berg"}, []string{"Oslo City Council -confirm-> Tom Wu"},
			"a direct object pronoun takes up the person the subject of the sentence before acted on; with no such person, the subject"},
		{"On Friday, the Oslo Harbour Authority released a statement saying the port was closed. A spokesperson told the Nordic Times the closure would last a week. \"We thank the Oslo Police for their help,\" read the statement.",
			[]string{"Oslo Harbour Authority -tell-> Nordic Times", "Oslo Harbour Authority -thank-> Oslo Police"}, nil,
			"an unnamed spokesperson after an actor released a statement, and the we of the statement's words, are that actor"},
		{"On Friday, the Oslo Harbour Authority released a statement. A spokesperson for the Oslo Police told the Nordic Times the port was closed.",
			nil, []string{"Oslo Harbour Authority -tell-> Nordic Times"},
			"a spokesperson for someone named is that someone's"},
		{"On Friday, Tom Wu stabbed two people in Oslo. Oslo Police later surrounded the attacker.",
			[]string{"Oslo Police -surround-> Tom Wu"}, nil,
			"the attacker is the one person the document says stabbed, shot or attacked"},
		{"On Friday, Ann Lee was stabbed in Oslo. Oslo Police later surrounded the attacker.",
			nil, []string{"Oslo Police -surround-> Ann Lee"},
			"the victim of a stabbing is no attacker"},
	})
}

// TestChainsCoref12 covers the coref12 rules' chains on documents of our
// own.
func TestChainsCoref12(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string][]string
		why        string
	}{
		{"named-passive",
			"The suspect has been named as Tom Wu.",
			map[string][]string{"Tom Wu": {"The suspect", "Tom Wu"}},
			"a passive naming verb and \"as\" name its subject"},
		{"named-successor",
			"Ann Lee was named as Tom Wu's successor.",
			map[string][]string{"Ann Lee": {"Ann Lee"}, "Tom Wu": {"Tom Wu"}},
			"a possessive after \"as\" names what the subject becomes"},
		{"named-cataphor",
			"A 30-year-old woman was arrested in Oslo. Reports identified her as Ann Lee.",
			map[string][]string{"Ann Lee": {"A 30-year-old woman", "her", "Ann Lee"}, "Oslo": {"Oslo"}},
			"the indefinite description of the sentence before, which names no one, is the person a pronoun is named as"},
		{"operation",
			"The Nordic Joint Task Force Operation Silver Shield released a report. Ann Lee led Operation Peace Spring.",
			map[string][]string{"Nordic Joint Task Force Operation Silver Shield": {"Nordic Joint Task Force Operation Silver Shield"}, "Ann Lee": {"Ann Lee"}},
			"a name that opens with \"Operation\" after a body's name ends that name, and alone is no actor"},
		{"speaker-goes-on",
			"Tom Wu was arrested in Oslo. Officers said Tom Wu had a knife. Tom Wu was charged on Monday. The head of the Oslo Police, Ola Berg, on Sunday said the man acted alone. He also said there was no threat.",
			map[string][]string{"Tom Wu": {"Tom Wu", "Tom Wu", "Tom Wu", "the man"}, "Oslo": {"Oslo"}, "Oslo Police": {"Oslo Police"}, "Ola Berg": {"Ola Berg", "He"}},
			"a he that speaks right after a sentence whose subject spoke is that speaker, though another man is named more often"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chainWords(t, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("chains of %q mismatch (-want +got):\n%s\n%s", tt.text, diff, tt.why)
			}
		})
	}
}
