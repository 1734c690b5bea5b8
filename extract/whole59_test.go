package extract_test

import "testing"

// TestQualifiedSpanAfterFor checks that a span of time after "for" that
// "over", "just over" or "more than" qualifies is one time phrase, so the
// phrases after it stay the verb's, on sentences written for this test.
func TestQualifiedSpanAfterFor(t *testing.T) {
	a, x := setup(t)
	cases := []struct{ text, span, place string }{
		{"Tom Wu worked for just over a year at Kessler Foods.", "for just over a year", "at Kessler Foods"},
		{"Tom Wu worked for more than ten years at Kessler Foods.", "for more than ten years", "at Kessler Foods"},
		{"Ann Lee served for over a decade in the Velby Guard.", "for over a decade", "in the Velby Guard"},
	}
	for _, c := range cases {
		found := false
		for _, e := range x.Sentence(a.Tag(c.text)) {
			var span, place bool
			for _, arg := range e.Extra {
				span = span || arg.Text == c.span
				place = place || arg.Text == c.place
			}
			found = found || span && place
		}
		if !found {
			t.Errorf("Sentence(%q) has no extraction with %q and %q", c.text, c.span, c.place)
		}
	}
}
