package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMend(t *testing.T) {
	tests := []struct {
		text string
		lex  Lexicon
		in   []Span
		want []Span
	}{
		// A heading in capitals: the connectors are no part of a name.
		{"REMARKS OF DR. MARA VELK", fakeLexicon{}, []Span{{2, 5, Person}}, []Span{{3, 5, Person}}},
		{"TYPES OF POWER", fakeLexicon{}, []Span{{2, 2, Person}}, []Span{}},
		{"Bank of America", fakeLexicon{}, []Span{{1, 3, Organization}}, []Span{{1, 3, Organization}}},
		// An address inside a name.
		{"Ann Lee ann.lee@kelton.edu Kelton University , Norway", fakeLexicon{}, []Span{{1, 5, Person}, {7, 7, Place}},
			[]Span{{1, 2, Person}, {4, 5, Organization}, {7, 7, Place}}},
		{"see www.kelton.edu", fakeLexicon{}, []Span{{2, 2, Organization}}, nil},
		// A name the lexicon knows as an organisation's.
		{"documents held by the Pentagon", fakeLexicon{}, []Span{{5, 5, Place}}, []Span{{5, 5, Organization}}},
		{"documents held by the Pentagon", nil, []Span{{5, 5, Place}}, []Span{{5, 5, Place}}},
		{"a new Velkophone", fakeLexicon{}, []Span{{3, 3, Person}}, []Span{{3, 3, Other}}},
		{"the flag of Moscow", fakeLexicon{}, []Span{{4, 4, Other}}, []Span{{4, 4, Place}}},
		{"the Moscow said", fakeLexicon{}, []Span{{2, 2, Person}}, []Span{{2, 2, Person}}},
		// An organisation's head word.
		{"she studied at Harlow Bay College", fakeLexicon{}, []Span{{4, 6, Place}}, []Span{{4, 6, Organization}}},
		{"in the Quillon Journal of Medicine", fakeLexicon{}, []Span{{3, 6, Other}}, []Span{{3, 6, Organization}}},
		{"the Velmar Party won", fakeLexicon{}, []Span{{2, 3, Person}}, []Span{{2, 3, Organization}}},
		{"Tom Mills spoke", fakeLexicon{}, []Span{{1, 2, Person}}, []Span{{1, 2, Person}}},
		{"the Halden Museum of Art", fakeLexicon{}, []Span{{2, 5, Place}}, []Span{{2, 5, Place}}},
		{"College", fakeLexicon{}, []Span{{1, 1, Place}}, []Span{{1, 1, Place}}},
		// A site's head word.
		{"prayers at the Velmar Mosque", fakeLexicon{}, []Span{{4, 5, Person}}, []Span{{4, 5, Place}}},
		{"Tom Bridge spoke", fakeLexicon{}, []Span{{1, 2, Person}}, []Span{{1, 2, Person}}},
		// A letter alone.
		{"read from line E today", fakeLexicon{}, []Span{{4, 4, Organization}}, []Span{}},
		{"K. Lee spoke", fakeLexicon{}, []Span{{1, 1, Person}, {2, 2, Person}}, []Span{{2, 2, Person}}},
		{"Plan B", fakeLexicon{}, []Span{{2, 2, Other}}, []Span{{2, 2, Other}}},
		// A title in the plural.
		{"the oath Senators swore", fakeLexicon{}, []Span{{3, 3, Organization}}, []Span{}},
		{"Senator Velk swore", fakeLexicon{}, []Span{{1, 2, Person}}, []Span{{2, 2, Person}}},
		// Titles before a person's name.
		{"Vice President Ann Lee spoke", nil, []Span{{1, 4, Person}}, []Span{{3, 4, Person}}},
		{"the President spoke", nil, []Span{{2, 2, Person}}, []Span{{2, 2, Person}}},
		{"Prince Edward Island", nil, []Span{{1, 3, Place}}, []Span{{1, 3, Place}}},
	}
	for _, tt := range tests {
		got := mend(strings.Fields(tt.text), tt.lex, tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("mend(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
