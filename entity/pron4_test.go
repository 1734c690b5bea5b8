package entity

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestChainsSemicolonIt covers an "it" that opens the clause after a
// semicolon: the place that is the subject of the clause before it, as
// an "It" that opens a sentence takes up the place the sentence before
// is about ([docState.topicIt]).
func TestChainsSemicolonIt(t *testing.T) {
	runChainCases(t, []chainCase{
		{"place",
			"Storvik is one of the fishing ports of the coast; it lies in Norway.",
			map[string][]string{"Storvik": {"Storvik", "it"}, "Norway": {"Norway"}},
			"the place the clause before the semicolon is about"},
		{"object-place",
			"Tom Wu moved to Storvik in 1990; it lies in Norway.",
			map[string][]string{"Tom Wu": {"Tom Wu"}, "Storvik": {"Storvik"}, "Norway": {"Norway"}},
			"a place that is not the subject of the clause before"},
	})
}

// TestChainsDefinedBodyIt covers an "It" that opens the sentence after
// one saying what an organisation is ([definesBody]): the body is the
// topic, and its "It" is the body's.
func TestChainsDefinedBodyIt(t *testing.T) {
	runChainCases(t, []chainCase{
		{"is-a",
			"The Halvik Party is a small political party in Norway. It grew out of the Farmers League.",
			map[string][]string{"Halvik Party": {"Halvik Party", "a small political party", "It"}, "Norway": {"Norway"}, "Farmers League": {"Farmers League"}},
			"a body that the sentence before defines"},
		{"founded",
			"The Halvik Party was founded in 1991 as the Farmers League. It changed its name in 1999.",
			map[string][]string{"Halvik Party": {"Halvik Party", "It", "its"}, "Farmers League": {"Farmers League"}},
			"a body whose founding the sentence before gives"},
		{"did",
			"The Halvik Party released a report on Monday. It said taxes were too high.",
			map[string][]string{"Halvik Party": {"Halvik Party", "It"}},
			"a speaking It goes to the body as before"},
		{"acted",
			"The Halvik Party bought a printing press. It broke down in May.",
			map[string][]string{"Halvik Party": {"Halvik Party"}},
			"a body that only acts in the sentence before: the It may be the thing"},
	})
}

// TestChainsDefinedBodyExpletive: an expletive "It" after a sentence that
// defines a body is still no one's ([expletiveIt]).
func TestChainsDefinedBodyExpletive(t *testing.T) {
	runChainCases(t, []chainCase{
		{"important-to",
			"The Halvik Party is a small political party in Norway. It is important to understand its history.",
			map[string][]string{"Halvik Party": {"Halvik Party", "a small political party", "its"}, "Norway": {"Norway"}},
			"\"It is important to\" names nothing"},
	})
}

// TestKinRestated covers "his" or "her" and a kin noun with no name after
// it, in a sentence that does not name the relative, when the document
// names that relative of the possessor before or after
// ([docState.kinRestated]): the sentence states the kinship again.
func TestKinRestated(t *testing.T) {
	runSentenceEdgeCases(t, []sentenceEdgeCase{
		{"Ali Wu and his father will travel to Oslo on Friday. His father Omar Wu said the trip was planned long ago.", 0,
			[]string{"Omar Wu -parent_of-> Ali Wu"}, nil,
			"a father named only in the next sentence"},
		{"Tom Wu and his wife Ann Lee moved to Oslo in 1990. He later wrote three books, one with his wife.", 1,
			[]string{"Tom Wu -married_to-> Ann Lee"}, nil,
			"a wife named in the sentence before"},
		{"Tom Wu and his wife Ann Lee moved to Oslo in 1990. His former wife Mia Berg lives in Bergen. He later wrote a book with his wife.", 2,
			nil, []string{"Tom Wu -married_to-> Ann Lee", "Tom Wu -married_to-> Mia Berg"},
			"two wives named: which one is not known"},
		{"Ali Wu and his mother will travel to Oslo on Friday. His father Omar Wu said the trip was planned long ago.", 0,
			nil, []string{"Omar Wu -parent_of-> Ali Wu"},
			"a father is not a mother"},
		{"Ali Berg, son of the late Harbor Front founder Omar Wu, was arrested on Friday. Police said his father had never visited Oslo.", 1,
			[]string{"Omar Wu -parent_of-> Ali Berg"}, nil,
			"a father named by a son's apposition ('son of')"},
		{"Ali Berg, son of Omar Wu, was arrested on Friday. Police said his mother had never visited Oslo.", 1,
			nil, []string{"Omar Wu -parent_of-> Ali Berg"},
			"a son's apposition names a father, who is not 'his mother'"},
		{"Ali Wu drowned in 2015. They had, his surviving father says, paid smugglers. His father, Omar Wu, lives in Oslo.", 1,
			[]string{"Omar Wu -parent_of-> Ali Wu"}, nil,
			"an adjective of the kin's state between 'his' and the noun ('surviving', 'estranged', 'elder')"},
	})
}

// TestStaffRestated covers a person's possessive and a bare noun of their
// staff or hired firm ("Wu's lawyer", "his tax preparer") in a sentence
// that does not name them, when the document names the one actor who
// works for the possessor under that noun ([docState.staffRestated]).
func TestStaffRestated(t *testing.T) {
	runSentenceEdgeCases(t, []sentenceEdgeCase{
		{"Tom Wu fired his lawyer Ann Lee on Monday. Later, Wu's lawyer said the case was weak.", 1,
			[]string{"Ann Lee -work_for-> Tom Wu"}, nil,
			"a lawyer named in the sentence before"},
		{"Tom Wu lost the case. A subpoena was issued to his tax preparer last week. Tom Wu sued his own tax preparer Halvik Audit on Monday.", 1,
			[]string{"Halvik Audit -work_for-> Tom Wu"}, nil,
			"a firm named only in the next sentence"},
		{"Bo Kim hired his former lawyer Jo Park in May. Kim's lawyer said the case was weak.", 1,
			nil, []string{"Jo Park -work_for-> Bo Kim"},
			"a former lawyer is not the one who speaks now"},
		{"Tom Wu hired his lawyers Ann Lee and Mia Berg in May. His lawyer said the case was weak.", 1,
			nil, []string{"Ann Lee -work_for-> Tom Wu", "Mia Berg -work_for-> Tom Wu"},
			"two lawyers named: which one is not known"},
	})
}

// A sentenceEdgeCase is a text, the index of one of its sentences, and
// the actor edges that sentence's facts must and must not state.
type sentenceEdgeCase struct {
	text      string
	sentence  int
	want, not []string
	why       string
}

// runSentenceEdgeCases runs each case's text through the whole pipeline
// and checks the edges of the facts of its sentence.
func runSentenceEdgeCases(t *testing.T, tests []sentenceEdgeCase) {
	t.Helper()
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			_, facts := pipelineFacts(a, x, r, tc.text)
			var got []string
			for _, f := range facts {
				if f.Sentence == tc.sentence && f.SubjectEntity != "" && f.ObjectEntity != "" {
					got = append(got, fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity))
				}
			}
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, got)
		})
	}
}

// TestChainsClaimOwner covers a pronoun in the clause of a possessor's
// claim ("Bo Li's assurances he had no part"): the possessor's, not the
// person the text names most.
func TestChainsClaimOwner(t *testing.T) {
	runChainCases(t, []chainCase{
		{"assurances",
			"Tom Wu met reporters in Oslo. Tom Wu spoke for an hour. Contrary to Bo Li's assurances he had no part in the deal, an e-mail said otherwise.",
			map[string][]string{"Tom Wu": {"Tom Wu", "Tom Wu"}, "Bo Li": {"Bo Li", "he"}, "Oslo": {"Oslo"}},
			"the claim's owner holds the pronoun of its clause"},
	})
}

// TestKinOfTitledName covers a kin noun and "of" before a person's name
// with lower-case words of what the person is between ([kinOfName]):
// "brother of singer and activist Ann Lee".
func TestKinOfTitledName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{text: "Tom Wu, brother of singer and activist Ann Lee, was sentenced on Friday.",
			want: []string{"Tom Wu -sibling_of-> Ann Lee"},
			why:  "what the sister is stands between of and her name"},
		{text: "Tom Wu, sister of the activist Ann Lee, was sentenced on Friday.",
			want: []string{"Tom Wu -sibling_of-> Ann Lee"},
			why:  "an article before what she is"},
		{text: "Tom Wu, a friend of singer Ann Lee, was sentenced on Friday.",
			not: []string{"Tom Wu -sibling_of-> Ann Lee"},
			why: "a friend is no kin"},
	})
}

// TestChainsChamber covers "the chamber" after a legislature or a house
// ([legislatureHeads]); it describes no other body.
func TestChainsChamber(t *testing.T) {
	runChainCases(t, []chainCase{
		{"assembly",
			"Ann Lee joined the Halvik General Assembly in 1983. The chamber later honoured her.",
			map[string][]string{"Ann Lee": {"Ann Lee", "her"}, "Halvik General Assembly": {"Halvik General Assembly", "The chamber"}},
			"a legislature before"},
		{"firm",
			"Ann Lee joined Halvik Holdings in 1983. The chamber later honoured her.",
			map[string][]string{"Ann Lee": {"Ann Lee", "her"}, "Halvik Holdings": {"Halvik Holdings"}},
			"a firm is no chamber"},
	})
}
