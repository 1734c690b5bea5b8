package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCoref7 covers named days that are no antecedents, pronouns inside
// relative clauses, the head of state's description and "the African
// nation", on invented sentences.
func TestCoref7(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Heading into Super Tuesday, Senator Kato Imre from Ohio had the most delegates. He defeated Governor Bob Hart in Texas. \"I am glad to endorse him,\" Mayor Kim Oda told reporters.",
			[]string{"Kato Imre -defeat-> Bob Hart", "Kim Oda -endorse-> Kato Imre"},
			[]string{"Super -defeat-> Bob Hart", "Kim Oda -endorse-> Super"},
			"a weekday's name after an unknown capitalised word names a day, no actor nor antecedent"},
		{"Entering Super Tuesday, Ola Varga led the race. He thanked Governor Bob Hart. Shoppers on Black Friday praised Halvik Stores.",
			[]string{"Ola Varga -thank-> Bob Hart"},
			[]string{"Entering Super -thank-> Bob Hart", "Black Friday -praise-> Halvik Stores"},
			"a participle opening the sentence and a day's name are no person"},
		{"Ann Lee met Aner Volsky Wednesday, May 9, and thanked him.",
			[]string{"Ann Lee -thank-> Aner Volsky"},
			nil,
			"a weekday before a date is a date"},
		{"Ann Lee met Senator Aner Volsky Tuesday, and thanked him.",
			[]string{"Ann Lee -thank-> Aner Volsky"},
			nil,
			"a weekday after a person's name is a date"},
		{"Senator Bob Hart led the race. Hart thanked Ola Berg. Voters backed Ola Berg, who said he defeated Hart. Hart praised Ed Moss, who said he had beaten Norway.",
			[]string{"Ola Berg -defeat-> Bob Hart", "Ed Moss -beat-> Norway"},
			[]string{"Bob Hart -beat-> Norway"},
			"a pronoun in a relative clause after a name is that name, however often the document names another"},
		{"Bob Hart was Norway's foreign minister until May. Tom Wu, who succeeded him as foreign minister, met Sweden.",
			[]string{"Tom Wu -succeed-> Bob Hart"},
			nil,
			"an object pronoun in a relative clause is not the clause's head"},
		{"Ann Lee, who was mayor of Bergen, and Tom Wu, who followed her, spoke. Bob Hart, who was mayor of Oslo, and Ed Moss, who followed him, who was the mayor of Oslo, met.",
			[]string{"Tom Wu -follow-> Ann Lee"},
			nil,
			"a name's own who-clause does not reach a pronoun in a later name's who-clause"},
		{"Senator Bob Hart led with 80 delegates. Hart won Ohio. In third was Tom Wu, a businessman from Utah, who had 26 delegates that he had earned while he lived in Iowa.",
			[]string{"Tom Wu -live_in-> Iowa"},
			[]string{"Bob Hart -earn_in-> Iowa", "Bob Hart -locate_in-> Iowa"},
			"an apposition between the name and who"},
		{"President Tom Wu of Norway met Ann Lee in Oslo. Denmark accused the President of lying.",
			[]string{"Tom Wu -lead-> Norway", "Denmark -accuse-> Tom Wu"},
			nil,
			"a capitalised title before 'of' and a gerund is a description, no office"},
		{"Protests broke out in Burundi on Monday. Tom Wu visited the African nation in 2005. Ann Lee later toured the West African country. Jo Berg praised the European country singer.",
			[]string{"Tom Wu -visit-> Burundi", "Ann Lee -tour-> Burundi"},
			[]string{"Jo Berg -praise-> Burundi"},
			"a region's adjective before nation or country: the country last named, as 'the nation'"},
		{"Protests broke out in Peru on Monday. Tom Wu visited the Latin American country in 2005. Ann Lee praised the South American nation. Jo Berg praised the Latin American country singer.",
			[]string{"Tom Wu -visit-> Peru", "Ann Lee -praise-> Peru"},
			[]string{"Jo Berg -praise-> Peru"},
			"a two-word region's adjective (Latin American, South American) before nation or country, as a one-word one"},
		{"Floods hit Tuvalu on Monday. The island nation asked Fiji for help. Aid reached the landlocked country of Chad. Jo Berg praised the island nation singer.",
			[]string{"Tuvalu -ask-> Fiji"},
			[]string{"Jo Berg -praise-> Tuvalu"},
			"a word of the state's kind before nation or country, as a region's adjective"},
		{"Protests broke out in Burundi on Monday. Pierre Ndayi became president of the African nation in 2010. Halvik Holdings sued Norway. Jo Berg became chairman of the company.",
			[]string{"Pierre Ndayi -lead-> Burundi", "Jo Berg -lead-> Halvik Holdings"},
			nil,
			"a post of a description ('president of the African nation') is a post of what it describes"},
	})
}

// TestDescriptionRestatesRole checks that a description made of a title
// restates, in its own sentence, the role its holder was given with that
// title only when its words name the body (a headline's "drug cartel
// leader" after the Velmor Cartel's): a bare description ("the president",
// "the chairman", "the judge") counts as its holder but states no role of
// its own, as the real-news annotations have it.
func TestDescriptionRestatesRole(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, fact string
		want       []int // the sentences that state fact
	}{
		{"President Tom Wu of Norway met Ann Lee in Oslo. The president called the plan a waste of time. " +
			"With the president's evident reluctance, Sweden protested. Denmark accused the president of lying. Sweden left.",
			"Tom Wu -lead-> Norway", []int{0}},
		{"Finland's prime minister, Ed Moss, thanked Sweden. Norway praised the minister. Iceland left.",
			"Ed Moss -lead-> Finland", []int{0}},
		{"Halvik Holdings' chairman, Ola Berg, met Tom Wu. The chairman praised Norway. Wu left.",
			"Ola Berg -lead-> Halvik Holdings", []int{0}},
		{"Former drug cartel leader extradited to Norway\n\nTom Wu, the former leader of the Velmor Cartel, was extradited to Norway on Tuesday.",
			"Tom Wu -lead-> Velmor Cartel", []int{0, 1}},
		{"President Jan Moe of Denmark met Ann Lee. The President praised Sweden. Agriculture Minister Mr. Kim Ek of Iceland left. Mr. Ek thanked Norway.",
			"Jan Moe -lead-> Denmark", []int{0}},
		{"Iceland's agriculture minister, Mr. Kim Ek, launched a policy. Mr. Ek thanked Norway. Wu left.",
			"Kim Ek -work_for-> Iceland", []int{0}},
		// The court of "Judge Kay Ross" is the report's one court, read
		// after all sentences; "the judge in that case" may be another's,
		// and a bare "the judge" names no court.
		{"The Oslo District Court heard the case. Judge Kay Ross sentenced Tom Wu on Monday. The judge recommended treatment. " +
			"Another judge sentenced Ann Lee in May. The judge in that case praised Lee.",
			"Kay Ross -work_for-> Oslo District Court", []int{1}},
	}
	for _, tc := range tests {
		_, facts := pipelineFacts(a, x, r, tc.text)
		var got []int
		for _, f := range facts {
			if f.SubjectEntity+" -"+f.Lemma+"-> "+f.ObjectEntity == tc.fact && !slices.Contains(got, f.Sentence) {
				got = append(got, f.Sentence)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Resolve(%q): %q in sentences %v, want %v", tc.text, tc.fact, got, tc.want)
		}
	}
}
