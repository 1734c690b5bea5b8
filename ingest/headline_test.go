package ingest_test

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestSentenceCaseHeadlineNames checks a headline in sentence case, with
// fewer capitals than words ("Caloundra defeat Wynnum in fourth round of
// ..."): its lone names are the actors the body names, so the headline
// states its own fact. The text is written for this test.
func TestSentenceCaseHeadlineNames(t *testing.T) {
	p := pipeline(t)
	text := "Caloundra defeat Wynnum in fourth round of 2020 Sunshine Coast Rugby Union season\n\n" +
		"Caloundra defeated Wynnum by 45 points to 24 on Saturday.\n\n" +
		"Wynnum coach Tom Wu said his side played well. Caloundra led early, but Wynnum fought back.\n"
	doc, err := p.Document(t.Context(), "rugby.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(doc.Facts, func(f schema.Fact) bool {
		return f.Sentence == 0 && f.SubjectEntity == "Caloundra" && f.Lemma == "defeat" && f.ObjectEntity == "Wynnum"
	}) {
		t.Errorf("Document(%q): no fact Caloundra -defeat-> Wynnum in the headline", text)
	}
}
