package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestRegionHeadAfterAdjective checks that an unknown name before a
// lower-case adjective and a word for a region names the region, not a
// person, on documents written for this test.
func TestRegionHeadAfterAdjective(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Militants shot a woman in Pakistan's Velmor Kand tribal region on Monday.",
			[]string{"Velmor Kand -locate_in-> Pakistan"},
			[]string{"Velmor Kand -member_of-> Pakistan", "Velmor Kand -from-> Pakistan"},
			"an adjective between the name and \"region\""},
	})
}

// TestRegionHeadAfterAcronym checks that a region's acronym in brackets
// between its name and the word for a region leaves the name a region's,
// and that the region's word types the name's other mentions.
func TestRegionHeadAfterAcronym(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Police blocked the borders of northwestern Velmor Karasta (VK) province on Monday.", "Velmor Karasta", schema.GPE, schema.GPE,
			"the acronym in brackets before the region's word"},
		{"The party governs Velmor Karasta, which borders Afghanistan. Police blocked the borders of Velmor Karasta province.", "Velmor Karasta", schema.GPE, schema.GPE,
			"the region's word after one mention types the name's guessed mentions before it ([Resolver.docKinds])"},
	})
}
