package factscore

import (
	"strings"
	"testing"
)

func TestGroup(t *testing.T) {
	for lemma, want := range map[string]string{
		"lead": Roles, "not_member_of": Roles, "locate_in": Roles,
		"tell": Speech, "speak_with": Speech, "not_criticise": Speech, "write_to": Speech,
		"write": Actions, "meet": Actions, "fire_at": Actions, "leader_of": Actions,
	} {
		if got := Group(lemma); got != want {
			t.Errorf("Group(%q) = %q, want %q", lemma, got, want)
		}
	}
}

func TestScoreGroups(t *testing.T) {
	g, err := ReadGold(strings.NewReader("doc\tsentence\tsubject\trelation\tobject\n" +
		"a\tone two three four five six\tA\tlead\tB\n" +
		"a\tone two three four five six\tA\turge | tell\tC\n" +
		"a\tseven eight nine ten eleven twelve\tA\tmeet\tB\n" +
		"a\tseven eight nine ten eleven twelve\tA\tfire_at\tC\n"))
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := "one two three four five six.", "seven eight nine ten eleven twelve."
	preds := []Fact{
		Prediction("a", s1, "A", "lead", "B"),     // roles: right
		Prediction("a", s1, "A", "work_for", "C"), // roles: wrong
		Prediction("a", s2, "A", "meet", "B"),     // actions: right
		Prediction("a", s1, "A", "urge", "B"),     // speech: a wrong pair
	}
	want := map[string][4]float64{ // gold, predicted, precision, recall
		Roles:   {1, 2, 0.5, 1},
		Speech:  {1, 1, 0, 0},
		Actions: {2, 1, 1, 0.5},
	}
	got := ScoreGroups(preds, g)
	if len(got) != len(Groups) {
		t.Fatalf("ScoreGroups gave %d groups, want %d", len(got), len(Groups))
	}
	for i, r := range got {
		if r.Group != Groups[i] {
			t.Errorf("group %d is %q, want %q", i, r.Group, Groups[i])
		}
		w := want[r.Group]
		if float64(r.Gold) != w[0] || float64(r.Predicted) != w[1] || r.Precision != w[2] || r.Recall != w[3] {
			t.Errorf("%s: gold %d predicted %d P %.2f R %.2f, want %v", r.Group, r.Gold, r.Predicted, r.Precision, r.Recall, w)
		}
	}
}
