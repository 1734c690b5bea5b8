package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestLongerHeadOfPlace checks that an organisation's head with a word or
// two before it, "of" and a known place make one name.
func TestLongerHeadOfPlace(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"He was taken to the Medical University of Gdańsk on Monday.", "Medical University of Gdańsk", schema.Organization, schema.Organization, "accented town after of"},
		{"She teaches at the Technical University of Munich.", "Technical University of Munich", schema.Organization, schema.Organization, "two words before of"},
	})
}
