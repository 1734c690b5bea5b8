package extract_test

import "testing"

// TestWhichAfterRegionIsThePlace checks that a "which" set off after a
// place and its region ("in Lodi County, Oregon, which") has the place, not
// the region, for its subject, while a "which" after a lone name keeps
// that name, on sentences written for this test.
func TestWhichAfterRegionIsThePlace(t *testing.T) {
	a, x := setup(t)
	cases := []struct{ text, subj, rel, not string }{
		{"Renton lies in Malvern County, Oregon, which is also home to the city of Salem.", "Malvern County", "is also home to", "Oregon"},
		{"The firm sold its plant in Lodi, California, which employs 200 people.", "Lodi", "employs", "California"},
		{"The firm sold its plant in California, which employs 200 people.", "California", "employs", ""},
	}
	for _, c := range cases {
		found := false
		for _, e := range x.Sentence(a.Tag(c.text)) {
			if e.Relation != c.rel {
				continue
			}
			if e.Subject.Text == c.subj {
				found = true
			}
			if c.not != "" && e.Subject.Text == c.not {
				t.Errorf("Sentence(%q) has (%s; %s; %s), want the place, not its region", c.text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
		if !found {
			t.Errorf("Sentence(%q) has no (%s; %s; ...)", c.text, c.subj, c.rel)
		}
	}
}
