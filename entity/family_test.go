package entity

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFamilyFacts checks the parent_of facts that kin nouns state about a
// family the document has named, on sentences written for this test.
func TestFamilyFacts(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const family = "Peter Lund, 40, and his wife Karin Lund, 38, went to court over their son, Ivo. "
	tests := []edgeCase{
		{"Tom Wu died on Monday. His widow, Denise, said he was a good man.",
			[]string{"Tom Wu -married_to-> Denise"}, nil,
			"a widow is a spouse"},
		{"Ola Berg lost the vote. His elected successor, Ann Lee, takes office in May.",
			[]string{"Ann Lee -succeed-> Ola Berg"}, []string{"Ola Berg -succeed-> Ann Lee"},
			"a participle before a possessed noun ('elected successor') modifies it as an adjective does"},
		{family,
			[]string{"Peter Lund -parent_of-> Ivo", "Karin Lund -parent_of-> Ivo"}, nil,
			"their and a child noun before a lone name: both of the couple are its parents"},
		{family + "Peter Lund later took his son home.",
			[]string{"Peter Lund -parent_of-> Ivo"}, []string{"Karin Lund -parent_of-> Ivo"},
			"his and a child noun: the child named before, of this parent only"},
		{family + "The boy cried whenever his parents left the room.",
			[]string{"Peter Lund -parent_of-> Ivo", "Karin Lund -parent_of-> Ivo"}, nil,
			"a possessive and parents: the couple, of their child"},
		{family + "The parents were told to see a doctor.",
			nil, []string{"Peter Lund -parent_of-> Ivo"},
			"a kin noun without a possessive states no kinship"},
		{family + "Karin Lund later visited her son in Oslo.",
			[]string{"Karin Lund -visit-> Ivo", "Karin Lund -parent_of-> Ivo"}, nil,
			"a kin phrase without a name is a mention of the child named before, so an act on it reaches him"},
		{family + "Peter Lund later visited his daughter in Oslo.",
			nil, []string{"Peter Lund -visit-> Ivo", "Peter Lund -parent_of-> Ivo"},
			"a son named as a son is not a later daughter"},
		{"Their son, Ivo, was ill.",
			nil, []string{"Ivo -parent_of-> Ivo"},
			"no couple named, no parents"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			// Only the last sentence's facts: the first one names the
			// family.
			sents, facts := pipelineFacts(a, x, r, tc.text)
			var got []string
			for _, f := range facts {
				if f.Sentence == len(sents)-1 && f.SubjectEntity != "" && f.ObjectEntity != "" {
					got = append(got, fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity))
				}
			}
			checkEdges(t, tc, got)
		})
	}
}

// TestKinNounBeforeTitle covers a kin noun between a possessive and a
// titled name ("his wife First Lady Ann Lee"): the title is the person's
// own, and the kin noun still relates the two.
func TestKinNounBeforeTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Marko Tadic and his wife First Lady Ana Tadic visited Brenmark.",
			[]string{"Marko Tadic -married_to-> Ana Tadic"}, nil,
			"a pair: the name before the possessive is the husband"},
		{"President Marko Tadic said he and his wife First Lady Ana Tadic had fallen ill.",
			[]string{"Marko Tadic -married_to-> Ana Tadic"}, nil,
			"the possessive is a pronoun for the speaker"},
		{"Tom Wu met Ola Berg. Wu's senior adviser Dr Ann Lee was there.",
			nil, []string{"Tom Wu -married_to-> Ann Lee"},
			"no kin noun before the title: nothing of the kind"},
	})
}

// TestBornToParents covers the parents a birth names: "was born (in Oslo)
// to Ann Wu and Bo Wu" gives each parent parent_of the person born, as
// "his mother, Ann Wu" does; a parent whose surname the subject shares
// is not the subject's own parent.
func TestBornToParents(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu was born in Oslo to Ann Wu and Bo Wu.",
			[]string{"Ann Wu -parent_of-> Tom Wu", "Bo Wu -parent_of-> Tom Wu", "Tom Wu -born_in-> Oslo"}, nil, "in a town, then to"},
		{"Tom Wu was born to Ann Wu and Bo Wu in Oslo.",
			[]string{"Ann Wu -parent_of-> Tom Wu", "Bo Wu -parent_of-> Tom Wu"}, []string{"Tom Wu -born_to-> Ann Wu"}, "to first"},
		{"Singer Tom Wu died on Monday. Wu was born in Oslo to Ann Wu and Bo Wu.",
			[]string{"Ann Wu -parent_of-> Tom Wu", "Bo Wu -parent_of-> Tom Wu"}, []string{"Bo Wu -parent_of-> Ann Wu"}, "the surname"},
		{"Ann Lee was born to Norwegian parents in Oslo.",
			[]string{"Ann Lee -born_in-> Oslo"}, nil, "no parent named"},
	})
}

// TestFamilyOfOneBearer covers "the Bergs" when one person of the document
// carries the surname and the facts give that person one spouse named by
// a given name alone: the plural names the couple.
func TestFamilyOfOneBearer(t *testing.T) {
	const couple = "Tom Halvik, the former mayor of Velden, was sentenced on Tuesday. Maren, wife of Halvik, was also convicted. "
	runDefaultEdgeCases(t, []edgeCase{
		{couple + "Ola Brun testified against the Halviks at the trial.",
			[]string{"Ola Brun -testify_against-> Tom Halvik", "Ola Brun -testify_against-> Maren"}, nil,
			"one bearer of the surname and the spouse the facts give: the couple"},
		{"Tom Halvik, the former mayor of Velden, was sentenced on Tuesday. Ola Brun testified against the Halviks at the trial.",
			nil, []string{"Ola Brun -testify_against-> Tom Halvik"},
			"one bearer and no spouse: his family is no actor the document names"},
		{"Tom Halvik married Maren in 1990 and later married Ann Lee. Ola Brun testified against the Halviks at the trial.",
			nil, []string{"Ola Brun -testify_against-> Maren", "Ola Brun -testify_against-> Ann Lee"},
			"two spouses: which couple is not known"},
	})
}

// TestFamilyPossessiveKin covers a family's plural as the possessor of a
// kin noun before a name: "the Halvorsens' son Erik" is the son of each
// of the people the plural names.
func TestFamilyPossessiveKin(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Halvorsen and his wife Ann Halvorsen tested positive. Officials said the Halvorsens' son Erik tested negative.",
			[]string{"Tom Halvorsen -parent_of-> Erik", "Ann Halvorsen -parent_of-> Erik"}, nil,
			"a family's possessive and a kin noun: the kinship of each member"},
		{"Tom Halvorsen and his wife Ann Halvorsen tested positive. Officials said the Halvorsens' lawyer Ola Brun spoke.",
			[]string{"Ola Brun -work_for-> Tom Halvorsen", "Ola Brun -work_for-> Ann Halvorsen"}, nil,
			"a family's possessive and a staff noun: works for each member"},
	})
}
