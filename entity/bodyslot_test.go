package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestBodySlot covers a lone unknown proper noun that is led, founded or
// based somewhere ("Orvanta, led by Tom Wu,", "Orvanta is based in
// Oslo"), on invented stories: a body, which the recogniser had no name
// for.
func TestBodySlot(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Orvanta, led by Tom Wu, lost market share to Halvik Motors.", "Orvanta", "", schema.GPE, "led by a person: a place the recogniser read stays one"},
		{"Orvanta is based in Oslo.", "Orvanta", "", schema.Organization, "based in a town"},
		{"Orvanta, founded by Ann Lee in 2009, makes trucks.", "Orvanta", "", schema.Organization, "founded by a person"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Tesla, led by Tom Wu, lost market share to Halvik Motors.",
			[]string{"Tom Wu -lead-> Tesla"}, nil, "led by a person: a body the recogniser had no name for"},
		{"Orvanta is based in Oslo.",
			[]string{"Orvanta -locate_in-> Oslo"}, nil, "the body's seat"},
	})
}
