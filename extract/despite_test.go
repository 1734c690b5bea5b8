package extract_test

import "testing"

// TestDespiteGerund: a gerund after "despite" is a clause whose subject is
// the main clause's, as after "after" or "before" ("lost to Bo Kim despite
// being endorsed by Ann Lee": Ann Lee endorsed the one who lost); its "by"
// phrase is no argument of the main verb.
func TestDespiteGerund(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, subj, lemma, obj string
		why                    string
	}{
		{"Tom Wu lost to Bo Kim despite being endorsed by Ann Lee.", "Tom Wu", "endorse_by", "Ann Lee",
			"a passive gerund takes the main clause's subject"},
		{"Tom Wu lost to Bo Kim despite being endorsed by Ann Lee.", "Tom Wu", "lose_to", "Bo Kim",
			"the main clause keeps its own arguments"},
		{"Despite losing to Bo Kim, Tom Wu endorsed Ann Lee.", "Tom Wu", "lose_to", "Bo Kim",
			"at the sentence's start the clause after it gives the subject"},
		{"The party won the vote despite expelling Ann Lee in March.", "The party", "expel", "Ann Lee",
			"an active gerund and its object"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				for _, r := range e.Extra {
					if r.Role == "by" && e.Lemma == "lose_to" {
						t.Errorf("Sentence(%q): %s -%s-> %s has a by argument %q", tc.text, e.Subject.Text, e.Lemma, e.Object.Text, r.Text)
					}
				}
				if e.Subject.Text == tc.subj && e.Object.Text == tc.obj && e.Lemma == tc.lemma {
					return
				}
				got = append(got, e.Subject.Text+" -"+e.Lemma+"-> "+e.Object.Text)
			}
			t.Errorf("Sentence(%q) = %q, want %s -%s-> %s", tc.text, got, tc.subj, tc.lemma, tc.obj)
		})
	}
}
