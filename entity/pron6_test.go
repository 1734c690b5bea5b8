package entity

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
)

// pron6Facts returns the facts between two entities of sentence si of
// text, as "subject -lemma-> object".
func pron6Facts(t *testing.T, text string, si int) []string {
	t.Helper()
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	_, facts := pipelineFacts(a, x, r, text)
	var got []string
	for _, f := range facts {
		if f.Sentence == si && f.SubjectEntity != "" && f.ObjectEntity != "" {
			got = append(got, fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity))
		}
		if f.Sentence == si {
			got = append(got, placeEdges(f)...)
		}
	}
	return got
}

// TestKinOwnerNotRelative covers a relative named after a family noun
// whose name shares words with the possessor's ([kinOwner]): the
// relative is another person, not the possessor named again.
func TestKinOwnerNotRelative(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Vera Lind was born in 1924. Later Lind sued her widowed mother, Vera Morgan Lind, over the estate.", 1,
			[]string{"Vera Morgan Lind -parent_of-> Vera Lind", "Vera Lind -sue-> Vera Morgan Lind"}, nil,
			"a mother whose name holds the daughter's"},
		{"Anna Berg Holm was born in Oslo. Holm later sued her mother, Anna Berg, over the estate.", 1,
			[]string{"Anna Berg -parent_of-> Anna Berg Holm", "Anna Berg Holm -sue-> Anna Berg"}, nil,
			"a mother whose name the daughter's holds"},
		{"Tom Hale Berg was born in Oslo. Tom Hale Berg's son, Tom Berg, lives in Bergen.", 1,
			[]string{"Tom Hale Berg -parent_of-> Tom Berg"}, nil,
			"a possessive name before the family noun"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestElderOrYounger covers "the elder" and "the younger" before a
// surname that a parent and a child share ([docState.elderOrYounger]):
// the parent and the child, not the one named most.
func TestElderOrYounger(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Tom Hale praised his son Max Hale on Monday. Max Hale worked in Oslo. Max Hale sold a boat. Critics say the elder Hale met Ann Lee in 2015.", 3,
			[]string{"Tom Hale -meet-> Ann Lee"}, []string{"Max Hale -meet-> Ann Lee"},
			"the elder is the parent, though the son is named more"},
		{"Tom Hale praised his son Max Hale on Monday. Tom Hale worked in Oslo. Tom Hale sold a boat. Critics say the younger Hale met Ann Lee in 2015.", 3,
			[]string{"Max Hale -meet-> Ann Lee"}, []string{"Tom Hale -meet-> Ann Lee"},
			"the younger is the child, though the father is named more"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestCandidacyAsObject covers "as the party's nominee" after a verb's
// object, and adjectives between the party's possessive and the noun
// ([docState.candidacyParty]).
func TestCandidacyAsObject(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Max Berg left the Green Party race on Friday. His exit left Tom Hale as the party's expected nominee.", 1,
			[]string{"Tom Hale -member_of-> Green Party"}, nil,
			"the verb's object is the nominee"},
		{"The Green Party met in Oslo. Tom Hale won in 2016 as the party's presidential nominee.", 1,
			[]string{"Tom Hale -member_of-> Green Party"}, nil,
			"an adjective between the possessive and the noun"},
		{"The Green Party met in Oslo. Tom Hale ran against Ann Lee as the party's presidential candidate.", 1,
			[]string{"Tom Hale -member_of-> Green Party"}, []string{"Ann Lee -member_of-> Green Party"},
			"a person after a preposition is not the candidate"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestPortfolioBeforeMinister covers a portfolio of capitalised words
// before a lower-case "minister" ([portfolioName]): it names the
// department, so it is no person that "he" and "his" could take up.
func TestPortfolioBeforeMinister(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Tom Hale resigned as Foreign Affairs minister after he sold a boat to Ann Lee.", 0,
			[]string{"Tom Hale -resign_from-> Foreign Affairs", "Tom Hale -sell_to-> Ann Lee"}, []string{"Foreign Affairs -sell_to-> Ann Lee"},
			"the pronoun after the portfolio is the minister"},
		{"Max Berg Affairs met Ann Lee on Monday.", 0,
			[]string{"Max Berg Affairs -meet-> Ann Lee"}, nil,
			"a name with no lower-case minister after it stays a person's"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestGirlfriendDates covers "girlfriend" and "boyfriend" after a
// possessive or in an apposition ([kinNouns]): the two date.
func TestGirlfriendDates(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Tom Hale left the papers at the apartment of his then-girlfriend Ann Lee.", 0,
			[]string{"Tom Hale -date-> Ann Lee"}, nil,
			"a then-girlfriend named after a possessive pronoun"},
		{"Tom Hale and his girlfriend, Ann Lee, moved to Oslo.", 0,
			[]string{"Tom Hale -date-> Ann Lee"}, nil,
			"a girlfriend set off by commas"},
		{"Ann Lee, Max Berg's boyfriend, spoke on Monday.", 0,
			[]string{"Max Berg -date-> Ann Lee"}, nil,
			"an apposition of a possessive name"},
		{"Tom Hale met his friend Ann Lee in Oslo.", 0,
			nil, []string{"Tom Hale -date-> Ann Lee"},
			"a friend is no girlfriend"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestFianceeEngaged covers "fiancée" and "fiancé" in an apposition or
// after a possessive ([kinNouns]): the two are engaged.
func TestFianceeEngaged(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"On Monday, Ann Lee, fiancée of banker Tom Hale, addressed reporters in Oslo.", 0,
			[]string{"Ann Lee -engaged_to-> Tom Hale"}, nil,
			"an apposition with \"of\" and a trade before the name"},
		{"Tom Hale's fiancé, Max Berg, spoke to reporters.", 0,
			[]string{"Tom Hale -engaged_to-> Max Berg"}, nil,
			"a possessive name, then the apposition"},
		{"Tom Hale and his fiancee Ann Lee arrived in Oslo.", 0,
			[]string{"Tom Hale -engaged_to-> Ann Lee"}, []string{"Tom Hale -married_to-> Ann Lee"},
			"unaccented, after a possessive pronoun; no marriage yet"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestExSpouse covers "ex-wife" and "ex-husband" after a possessive or in
// an apposition ([kinNouns]): the two were married, and are no couple now.
func TestExSpouse(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Tom Hale was charged after he assaulted Ann Lee, his ex-wife.", 0,
			[]string{"Tom Hale -ex_spouse_of-> Ann Lee"}, []string{"Tom Hale -married_to-> Ann Lee"},
			"an apposition after the name, with a possessive pronoun"},
		{"Ann Lee and her ex-husband Max Berg met in Oslo.", 0,
			[]string{"Ann Lee -ex_spouse_of-> Max Berg"}, []string{"Ann Lee -married_to-> Max Berg"},
			"a possessive pronoun before the noun and the name"},
		{"Ann Lee, the ex-wife of Tom Hale, spoke to reporters.", 0,
			[]string{"Ann Lee -ex_spouse_of-> Tom Hale"}, nil,
			"an apposition with of"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}

// TestIncumbent covers "the incumbent" alone ([docState.incumbent]): the
// last person named with a title that leads a state, not a former holder.
func TestIncumbent(t *testing.T) {
	tests := []struct {
		text      string
		sentence  int
		want, not []string
		why       string
	}{
		{"Norwegian President Tom Hale sought a third term. On Tuesday, Ann Lee defeated the incumbent.", 1,
			[]string{"Ann Lee -defeat-> Tom Hale"}, nil,
			"the president named before"},
		{"Norwegian President Tom Hale lost the vote. On Monday former President Max Berg defeated the incumbent.", 1,
			[]string{"Max Berg -defeat-> Tom Hale"}, []string{"Max Berg -defeat-> Max Berg"},
			"a former president is no incumbent"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, tc.sentence))
		})
	}
}
