package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWorkedForASpanAt checks that one who worked for a span of time at a
// body works for it, however the span is qualified, that the place after
// the body is the body's, and that working with a body makes no staff of it. The sentences are written for this test.
func TestWorkedForASpanAt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu worked for ten years at Kessler Foods.",
			[]string{"Tom Wu -work_for-> Kessler Foods"}, nil,
			"a span of time after for, then the employer after at"},
		{"Ann Lee worked for just over a year at Kessler Foods.",
			[]string{"Ann Lee -work_for-> Kessler Foods"}, nil,
			"a qualified span (just over a year) is one phrase; the at-phrase stays the verb's"},
		{"Ivo Sand worked for more than a decade at Halvik Bank in Velby.",
			[]string{"Ivo Sand -work_for-> Halvik Bank", "Halvik Bank -locate_in-> Velby"}, nil,
			"more than a decade"},
		{"Ivo Sand worked at Halvik Bank in Velby.",
			[]string{"Halvik Bank -locate_in-> Velby"}, []string{"Ivo Sand -locate_in-> Velby"},
			"the place right after the body places the body, not the one who works there"},
		{"Ann Lee worked for two years at Kessler Foods in Velby.",
			[]string{"Ann Lee -work_for-> Kessler Foods"}, []string{"Ann Lee -locate_in-> Velby"},
			"the same after a span of time"},
		{"Ann Lee worked for years with the Velby Police.",
			nil, []string{"Ann Lee -work_for-> Velby Police"},
			"working with a body is no staff of it"},
	})
}

// TestPartOfABody checks that a person who was part of a body, with no
// article before "part", is a member of it. The sentences are written for
// this test.
func TestPartOfABody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu was part of the Halvik Party.",
			[]string{"Tom Wu -member_of-> Halvik Party"}, nil,
			"a person part of a body is its member"},
		{"Tom Wu was part of the Norwegian team.",
			[]string{"Tom Wu -member_of-> Norwegian team"}, nil,
			"a team named by its nationality"},
	})
}
