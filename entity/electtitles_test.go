package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestElectTitles checks that a title not held yet ("President-elect",
// "Prime Minister-designate") is no word of the name it precedes and
// gives no role to a state, in a headline either.
func TestElectTitles(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"President-elect Tom Wu met Ann Lee in Oslo.", []string{"Tom Wu", "Ann Lee"}, []string{"President-elect Tom Wu"}, "elect"},
		{"Vice President-elect Ann Lee visited Ohio on Monday.", []string{"Ann Lee"}, []string{"Vice President-elect Ann Lee"}, "a title of two words"},
		{"Prime Minister-designate Tom Hale met Ann Lee.", []string{"Tom Hale"}, []string{"Prime Minister-designate Tom Hale"}, "designate"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Tom Wu projected Norway president-elect\n\nToday, former Vice President of Norway Tom Wu was projected to have won the election."
	_, facts := pipelineFacts(a, x, r, text)
	for _, f := range facts {
		if f.Sentence == 0 && f.SubjectEntity == "Tom Wu" && f.ObjectEntity == "Norway" && f.Lemma == "work_for" {
			t.Errorf("Resolve(%q) stored Tom Wu -work_for-> Norway in the headline: the office is not held yet", text)
		}
	}
}
