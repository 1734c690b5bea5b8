package extract_test

import "testing"

// TestNotUntil: a negated act with "until" after it in its own clause took
// place then ("did not endorse her until July"); a modal, or an "until"
// in another clause or between commas, keeps the negation.
func TestNotUntil(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, subj, lemma, obj string
		negated                bool
		why                    string
	}{
		{"Tom Wu didn't endorse Ann Lee until July.", "Tom Wu", "endorse", "Ann Lee", false,
			"not ... until a date: endorsed then"},
		{"Bo Kim had never met Ann Lee until being elected.", "Bo Kim", "meet", "Ann Lee", false,
			"never ... until a clause: met then"},
		{"Tom Wu will not sign the deal with Ann Lee until Norway agrees.", "Tom Wu", "sign_deal_with", "Ann Lee", true,
			"a modal: a condition, no act"},
		{"Ann Lee did not attack Bo Kim, until then a friend, in the debate.", "Ann Lee", "attack", "Bo Kim", true,
			"an until between commas belongs to an apposition"},
		{"Tom Wu did not meet Ann Lee, who stayed until Monday.", "Tom Wu", "meet", "Ann Lee", true,
			"an until of a relative clause"},
		{"Bo Kim did not visit Norway.", "Bo Kim", "visit", "Norway", true,
			"no until"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				if e.Subject.Text == tc.subj && e.Object.Text == tc.obj && e.Lemma == tc.lemma {
					if e.Negated != tc.negated {
						t.Errorf("Sentence(%q): %s -%s-> %s negated %v, want %v", tc.text, tc.subj, tc.lemma, tc.obj, e.Negated, tc.negated)
					}
					return
				}
				got = append(got, e.Subject.Text+" -"+e.Lemma+"-> "+e.Object.Text)
			}
			t.Errorf("Sentence(%q) = %q, want %s -%s-> %s", tc.text, got, tc.subj, tc.lemma, tc.obj)
		})
	}
}
