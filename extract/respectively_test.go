package extract_test

import (
	"slices"
	"testing"
)

// TestRespectively checks that "respectively" pairs the n-th subject with
// the n-th object instead of every subject with every object.
func TestRespectively(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"The Harbor Workers Union and the Dock Workers Guild, based respectively in Portland and Tacoma, signed the deal.",
			[]string{"The Harbor Workers Union | Portland", "the Dock Workers Guild | Tacoma"},
			[]string{"The Harbor Workers Union | Tacoma", "the Dock Workers Guild | Portland"},
			"a reduced participle after a list of subjects"},
		{"Tom Wu, Ann Lee and Bo Chan were born in Lodi, Tula and Kent respectively.",
			[]string{"Tom Wu | Lodi", "Ann Lee | Tula", "Bo Chan | Kent"},
			[]string{"Tom Wu | Tula", "Bo Chan | Lodi"},
			"respectively after the objects"},
		{"The strike by members of Teamsters Local 12 and Local 40 located respectively in Lodi, Ohio and Tula, Kansas went on.",
			[]string{"Teamsters Local 12 | Lodi", "Local 40 | Tula"},
			[]string{"Local 40 | Lodi", "Local 40 | Ohio"},
			"a town and its state count once; the participle's subject is the list before it"},
		{"Norway and Sweden beat Denmark and Finland by scores of 2-0 and 3-1 respectively.",
			[]string{"Norway | Denmark", "Sweden | Finland"},
			[]string{"Norway | Finland", "Sweden | Denmark"},
			"respectively after a later list of the clause"},
		{"Norway and Sweden beat Denmark and Finland, while Tom Wu and Ann Lee scored 2 and 3 goals respectively.",
			[]string{"Norway | Denmark", "Norway | Finland", "Sweden | Denmark", "Sweden | Finland"},
			nil,
			"respectively in a clause of its own pairs only that clause's lists"},
		{"The leaders of Norway and Sweden, Tom Wu and Ann Lee respectively held talks in Oslo.",
			[]string{"Tom Wu | Oslo", "Ann Lee | Oslo"},
			[]string{"The leaders of Norway | Oslo", "Sweden | Oslo"},
			"a plural noun's list renamed by a list of names: the names are the subjects"},
		{"Officials from Norway, Sweden and Finland met in Oslo.",
			[]string{"Officials from Norway | Oslo", "Sweden | Oslo", "Finland | Oslo"},
			nil,
			"one list of names after the plural noun: each a subject, as before"},
		{"Tom Wu and Ann Lee visited Lodi and Tula.",
			[]string{"Tom Wu | Lodi", "Tom Wu | Tula", "Ann Lee | Lodi", "Ann Lee | Tula"},
			nil,
			"without respectively every subject goes with every object"},
		{"Elected Tom Wu and Ann Lee the voters and the council said.",
			[]string{"the voters | Tom Wu", "the voters | Ann Lee", "the council | Tom Wu", "the council | Ann Lee"},
			nil,
			"subjects after the objects (a fronted verb): no respectively to read, and no panic"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				got = append(got, e.Subject.Text+" | "+e.Object.Text)
			}
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// checkListed reports each of want missing from got and each of not in it.
func checkListed(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q in %q", w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("unexpected %q in %q", w, got)
		}
	}
}
