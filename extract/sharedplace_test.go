package extract_test

import "testing"

// TestSharedPlace checks that a verb with no argument of its own takes
// the place of the participle joined to it by "and".
func TestSharedPlace(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Ann Lee was born and raised in Lodi.",
			[]string{"Ann Lee | was born | in Lodi", "Ann Lee | raised in | Lodi"},
			nil,
			"born and raised in: born there too"},
		{"Tom Wu, who was born and educated in Tula, spoke on Monday.",
			[]string{"Tom Wu | was born | in Tula"},
			nil,
			"in a relative clause"},
		{"Ann Lee was arrested and charged with fraud.",
			nil,
			[]string{"Ann Lee | was arrested | with fraud"},
			"only a place is shared: with is the charge's"},
		{"Ann Lee was born in Kent and raised in Lodi.",
			nil,
			[]string{"Ann Lee | was born | in Lodi"},
			"a verb with its own place keeps it"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				got = append(got, e.Subject.Text+" | "+e.Relation+" | "+e.Object.Text)
				for _, ex := range e.Extra {
					got = append(got, e.Subject.Text+" | "+e.Relation+" | "+ex.Text)
				}
			}
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
