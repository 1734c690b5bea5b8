package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestPlaceLists checks that a lone unknown word listed with a known place
// is a place, whatever the recogniser makes of it alone.
func TestPlaceLists(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"The storm hit Velmora, Oslo and Bergen on Monday.", "Velmora", schema.GPE, schema.GPE, "listed before known places"},
		{"The towns damaged were Oslo, Velmora, Bergen and Halden.", "Velmora", schema.GPE, schema.GPE, "listed between known places"},
		{"Tom Wu met Velmora in Oslo on Monday.", "Velmora", "", schema.Organization, "no list: the recogniser's reading stays"},
	})
}
