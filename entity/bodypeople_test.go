package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestBodyPeople checks that an unknown name before the members only a
// body has ("activists", "members") names an organisation and its group,
// on sentences written for this test.
func TestBodyPeople(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Velmorpeace activists boarded the ship.", "Velmorpeace", schema.Organization, schema.Organization, "a lone unknown name"},
		{"Velmorpeace activists boarded the ship.", "Velmorpeace activists", schema.Group, schema.Group, "its activists are a group of it"},
		{"Police arrested three Norland Rebellion members on Monday.", "Norland Rebellion", schema.Organization, schema.Organization, "two unknown words"},
		{"Student activists blocked the bridge.", "Student", "", "", "a common noun opening the sentence"},
	})
}
