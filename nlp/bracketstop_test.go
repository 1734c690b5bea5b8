package nlp

import (
	"slices"
	"testing"
)

// TestBracketStop checks that an editor's bracketed stop at the end of a
// quotation ends its sentence before a capitalised word or a new line,
// and that a bracket inside a sentence ends none. A stop and nested
// closing quotes at the end of a line end a sentence too.
func TestBracketStop(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkSplitTexts(t, a, []splitCase{
		{"Mira Holt said the law \"was a disgrace[.]\"\nJoel Sand founded the Lodi Animal Trust in 1978.",
			[]string{"Mira Holt said the law \"was a disgrace[.]\"", "Joel Sand founded the Lodi Animal Trust in 1978."}},
		{"Mira Holt said it \"was over[.]\" Joel Sand agreed.",
			[]string{"Mira Holt said it \"was over[.]\"", "Joel Sand agreed."}},
		{"Mira Holt said it \"was over[.] and done\" on Friday.",
			[]string{"Mira Holt said it \"was over[.] and done\" on Friday."}},
		{"Mira Holt said, \"I told him, 'We will be back.'\"\nJoel Sand's son, Per Sand, died in 2004.",
			[]string{"Mira Holt said, \"I told him, 'We will be back.'\"", "Joel Sand's son, Per Sand, died in 2004."}},
		// A stop with no space after it, where a page's paragraphs or
		// captions were joined.
		{"The party nominated Tom Wu for vice president.In the Green Party, Ann Lee won.",
			[]string{"The party nominated Tom Wu for vice president.", "In the Green Party, Ann Lee won."}},
		{"Troops left Velmora.Per Lind said so.",
			[]string{"Troops left Velmora.", "Per Lind said so."}},
		{"Ola Vik runs the site Valg2.com and writes for www.Halvik.com daily.",
			[]string{"Ola Vik runs the site Valg2.com and writes for www.Halvik.com daily."}},
		{"The case Lind vs.Berg went to Mr.Vik and the U.S.Army on Friday.",
			[]string{"The case Lind vs.Berg went to Mr.Vik and the U.S.Army on Friday."}},
	})
}

// A splitCase is a text and the sentences Split must cut it into.
type splitCase struct {
	text string
	want []string
}

// checkSplitTexts reports each case whose text a splits into other
// sentences than it wants.
func checkSplitTexts(t *testing.T, a *Analyzer, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, s := range a.Split(c.text) {
			got = append(got, s.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Split(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
