package extract_test

import (
	"slices"
	"testing"
)

// TestSpanBeforeLater checks that a span of time before "later", "ago" or
// "earlier" is no part of the object before it ("retook Drobak days later"
// had the object "Drobak days"), while a span that is the whole object stays
// one, on sentences written for this test.
func TestSpanBeforeLater(t *testing.T) {
	a, x := setup(t)
	cases := []struct{ text, object string }{
		{"Norwegian forces retook Drobak days later.", "Drobak"},
		{"Tom Wu met Ann Lee two weeks ago.", "Ann Lee"},
		{"Swedish troops captured the town a few years earlier.", "the town"},
		{"Tom Wu spent two weeks in Oslo.", "two weeks"},
	}
	for _, c := range cases {
		var objects []string
		for _, e := range x.Sentence(a.Tag(c.text)) {
			objects = append(objects, e.Object.Text)
		}
		if !slices.Contains(objects, c.object) {
			t.Errorf("Sentence(%q) has objects %q, want %q among them", c.text, objects, c.object)
		}
	}
}
