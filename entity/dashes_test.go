package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDashApposition covers an apposition set off by dashes, which states
// roles as one set off by commas does.
func TestDashApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Norwegian Parliament met on Monday. Party members voted to elect Tom Wu — former Foreign Secretary, mayor of Bergen, and member of Parliament — as the new leader.",
			[]string{"Tom Wu -member_of-> Norwegian Parliament"},
			nil,
			"the last role of a list between dashes"},
	})
}

// TestDashPlaceApposition covers a place's apposition set off by dashes,
// which rules that read its words in lower case see as they see one set
// off by commas.
func TestDashPlaceApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Velmora — a region of Norway — closed its schools on Monday.",
			[]string{"Velmora -locate_in-> Norway"}, nil,
			"a region of a state between dashes"},
		{"Storms hit Kalvik — a small town in northern Norway — on Monday.",
			[]string{"Kalvik -locate_in-> Norway"}, nil,
			"a town in a state between dashes, after a verb"},
	})
}
