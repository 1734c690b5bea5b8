package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadIOB2(t *testing.T) {
	const text = `# newdoc id = d1
# sent_id = d1-1
# text = Ann Lee left Oslo Bank .
1	Ann	B-PER	-	-
2	Lee	I-PER	-	-
3	left	O	-	-
4	Oslo	B-ORG	-	-
5	Bank	I-ORG	-	-
6	.	O	-	-

# sent_id = d1-2
1	Norway	I-LOC	-	-
2	Sweden	B-LOC	-	-

# newdoc id = d2
# sent_id = d2-1
1	Hi	O
`
	got, err := ReadIOB2(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []Labelled{
		{ID: "d1-1", Doc: "d1", Words: strings.Fields("Ann Lee left Oslo Bank ."), Spans: []Span{{1, 2, Person}, {4, 5, Organization}}},
		{ID: "d1-2", Doc: "d1", Words: []string{"Norway", "Sweden"}, Spans: []Span{{1, 1, Place}, {2, 2, Place}}},
		{ID: "d2-1", Doc: "d2", Words: []string{"Hi"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadIOB2 mismatch (-want +got):\n%s", diff)
	}
	for _, tc := range []struct{ text, want, why string }{
		{"# sent_id = s\n1\tHi\tB-XYZ\n", "line 2: label \"B-XYZ\"", "an unknown type is an error, not an O"},
		{"# sent_id = s\n1\tHi\n", "line 2: 2 columns", "the label column is required"},
	} {
		if _, err := ReadIOB2(strings.NewReader(tc.text)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadIOB2(%q): error %v, want %q (%s)", tc.text, err, tc.want, tc.why)
		}
	}
}

func TestConform(t *testing.T) {
	tests := []struct {
		text string
		in   []Span
		want []Span
		why  string
	}{
		{"I met Ann Lee", []Span{{3, 4, Person}}, []Span{{3, 4, Person}}, "a name as it is"},
		{"in tampa bay today", []Span{{2, 3, Place}}, nil, "GUM names only capitalised words"},
		{"at The Halden Foundation", []Span{{2, 4, Organization}}, []Span{{3, 4, Organization}}, "a leading the is no part of the name"},
		{"President Ann Lee spoke", []Span{{1, 3, Person}}, []Span{{2, 3, Person}}, "titles before a person's name are not in it"},
		{"ate at Velko 's today", []Span{{3, 4, Place}}, []Span{{3, 3, Place}}, "a possessive ends no name"},
		{"the US house science committee met", []Span{{2, 5, Organization}}, nil, "a common noun's head makes no name"},
		{"the Bank of Norway", []Span{{2, 4, Organization}}, []Span{{2, 4, Organization}}, "connectors inside a name stay"},
	}
	for _, tt := range tests {
		got := Conform(strings.Fields(tt.text), tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Conform(%q) mismatch (-want +got) (%s):\n%s", tt.text, tt.why, diff)
		}
	}
}
