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
		{"The Velby Rowing Club dropped Ann Lee. Ann Lee had decided and informed the club she would leave.",
			[]string{"Ann Lee -inform-> Velby Rowing Club"}, []string{"Ann Lee -decide-> Velby Rowing Club"},
			"decide takes no actor as object: the object is the informing verb's alone"},
		{"Tom Wu resigned and joined Halvik Bank. Ann Lee spoke and thanked Tom Wu.",
			[]string{"Tom Wu -join-> Halvik Bank", "Ann Lee -thank-> Tom Wu"},
			[]string{"Tom Wu -resign-> Halvik Bank", "Ann Lee -speak-> Tom Wu"},
			"resign and speak take no actor as object"},
		{"Police arrested and questioned Tom Wu.",
			[]string{"Police -arrest-> Tom Wu", "Police -question-> Tom Wu"}, nil,
			"two transitive verbs share their object still"},
		{"Omar Hadid praised Tom Wu and said he had met Ann Lee.",
			[]string{"Omar Hadid -meet-> Ann Lee"}, []string{"Tom Wu -meet-> Ann Lee"},
			"the he reported after a coordinated say is the sayer, not the nearer object"},
		{"Omar Hadid met Tom Wu, who praised Bo Chan and said he had met Ann Lee.",
			nil, []string{"Omar Hadid -meet-> Ann Lee"},
			"a relative clause's say has its own subject"},
		{"Tom Wu was released from jail on Friday after his lawyers posted bond. His lawyers had set up a drive for the defendant. " +
			"His sister raised funds for her brother's bail. Wu turned himself in, and his lawyers said the defendant acted in self defense. " +
			"Court Commissioner Sam Dale said he considered Wu a flight risk.",
			[]string{"Sam Dale -consider-> Tom Wu"}, nil,
			"a he whose own clause names the much-named person as its object is not that person"},
		{"Journalist Tom Wu was killed in Halden. Tom Wu had written for the Velby Post. Tom Wu lived in Oslo. Ann Berg met Tom Wu. " +
			"Crown Prince Omar Hadid of Norway accepted responsibility for the murder of Tom Wu but did not say he had ordered it. " +
			"Speaking to Ann Lee of Halvik TV, he said it happened under his watch.",
			[]string{"Omar Hadid -speak_to-> Ann Lee"}, []string{"Tom Wu -speak_to-> Ann Lee"},
			"a subject with 'of' and its state, taken up by the he of the next sentence, not the much-named victim"},
		{"Omar Hadid arrived in Oslo. Speaking to Tom Wu of Halvik TV, he said the trip went well.",
			[]string{"Omar Hadid -speak_to-> Tom Wu"}, []string{"Halvik TV -speak_to-> Tom Wu"},
			"the he after a fronted participle's phrase is not the one it names"},
		{"Bergen Police came within minutes and detained the man, later identified as Tom Wu.",
			[]string{"Bergen Police -detain-> Tom Wu"}, nil,
			"a description in apposition to a naming participle and \"as\" is the person named"},
		{"A 30-year-old man was arrested by Oslo Police on Friday. Reports named him on Saturday as local teacher Tom Wu.",
			[]string{"Oslo Police -arrest-> Tom Wu"}, nil,
			"a pronoun a naming verb names is that person, and so is the indefinite description of the sentence before, which names no one"},
		{"On Wednesday, a federal judge sentenced a doctor based in Bergen to prison. Dr. Tom Wu was found guilty in May. Judge Ann Lee handed down the sentence.",
			[]string{"Ann Lee -sentence-> Tom Wu", "Tom Wu -locate_in-> Bergen"}, nil,
			"a lede's indefinite description of a judge or a doctor is the one person the report later titles so"},
		{"On Wednesday, a judge fined Halvik Motors. Judge Ann Lee heard the case. Judge Tom Wu heard the appeal. A doctor treated Cyd Ho. Dr. Ed Moss praised Dr. Bo Chan.",
			nil, []string{"Ann Lee -fine-> Halvik Motors", "Tom Wu -fine-> Halvik Motors", "Ed Moss -treat-> Cyd Ho", "Bo Chan -treat-> Cyd Ho"},
			"a title two persons hold names no one the lede describes"},
		{"Witnesses said the gunman, identified as Tom Wu, attacked Ann Lee in Oslo.",
			[]string{"Tom Wu -attack-> Ann Lee"}, nil,
			"\"identified as\" without \"later\" names the description too"},
		{"Witnesses said the gunman, identified by police as Tom Wu, attacked Ann Lee in Oslo.",
			[]string{"Tom Wu -attack-> Ann Lee"}, nil,
			"an agent phrase between the naming verb and \"as\""},
		{"A boy, identified only as Ivan, was flown to Velby.",
			[]string{"Ivan -fly_to-> Velby"}, nil,
			"an adverb between, and a given name alone"},
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
		{"A gunman, Tom Wu, shot ten people in Halden on Saturday. The gunman later met Ann Lee.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"a named attacker in apposition, and a number word before the plural"},
		{"On Monday police arrested gunman Tom Wu in Halden. The gunman later met Ann Lee. Singer Mia Berg, a lawyer from Oslo, arrived. The lawyer met Per Lind.",
			[]string{"Tom Wu -meet-> Ann Lee", "Mia Berg -meet-> Per Lind"}, nil,
			"a noun before a name that the tagger reads as an adjective; an apposition's noun before from"},
		{"An Australian, Rolf Brandt, aged 41, appeared in Halvik District Court on Monday. Judge Ann Lee questioned the accused.",
			[]string{"Ann Lee -question-> Rolf Brandt"}, nil,
			"the accused is the one person the document says appeared in court, an apposition between"},
		{"Oslo Police arrested Rolf Brandt on Friday. Judge Ann Lee heard the defendant on Monday.",
			[]string{"Ann Lee -hear-> Rolf Brandt"}, nil,
			"the defendant is the one person the document says was arrested"},
		{"Oslo Police arrested Rolf Brandt on Friday. The suspect told Reuters he was innocent.",
			[]string{"Rolf Brandt -tell-> Reuters"}, nil,
			"so is the suspect"},
		{"Police are searching for a gunman. The suspect fled in a car. Rolf Brandt and Tom Wu were charged on Friday. Judge Ann Lee questioned the suspect.",
			nil, []string{"Ann Lee -question-> Tom Wu", "Ann Lee -question-> Rolf Brandt"},
			"a suspect with no one or two people charged is left alone"},
		{"Rolf Brandt and Tom Wu were charged on Friday. Judge Ann Lee questioned the accused.",
			nil, []string{"Ann Lee -question-> Tom Wu", "Ann Lee -question-> Rolf Brandt"},
			"two people charged together leave the accused alone"},
		{"Rolf Brandt appeared on television on Friday. Judge Ann Lee questioned the accused.",
			nil, []string{"Ann Lee -question-> Rolf Brandt"},
			"appearing anywhere but in court accuses no one"},
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
