package extract_test

import "testing"

// TestBeforeBody: after a verb of testifying or appearing, "before" and a
// body or person name whom the subject faced, not a time; after other
// verbs, or with a time after it, "before" stays a time.
func TestBeforeBody(t *testing.T) {
	a, x := setup(t)
	cases := []struct {
		text, subj, lemma, obj string
		want                   bool
		why                    string
	}{
		{"Tom Wu testified before the Senate Judiciary Committee on Tuesday.", "Tom Wu", "testify_before", "the Senate Judiciary Committee", true,
			"testified before a committee"},
		{"Ann Lee will appear before the Halden District Court next week.", "Ann Lee", "appear_before", "the Halden District Court", true,
			"appear before a court"},
		{"Bo Kim testified before the committee.", "Bo Kim", "testify_before", "the committee", true,
			"a body named by a common noun"},
		{"Bo Kim argued before the Supreme Court of Norway.", "Bo Kim", "argue_before", "the Supreme Court of Norway", true,
			"argued a case before a court"},
		{"Tom Wu arrived in Halden before Ann Lee.", "Tom Wu", "arrive_in_before", "Ann Lee", false,
			"arrived before someone: a time"},
		{"Ann Lee testified before the summer recess.", "Ann Lee", "testify_before", "the summer recess", false,
			"a time noun: still a time"},
	}
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			found := false
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				if e.Subject.Text == tc.subj && e.Object.Text == tc.obj && e.Lemma == tc.lemma {
					found = true
				}
				got = append(got, e.Subject.Text+" -"+e.Lemma+"-> "+e.Object.Text)
			}
			if found != tc.want {
				t.Errorf("Sentence(%q) = %q, want %s -%s-> %s: %v", tc.text, got, tc.subj, tc.lemma, tc.obj, tc.want)
			}
		})
	}
}
