package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestBroadcasterNames checks that a guessed name ending in "TV" names a
// broadcaster, and that "TV" alone names no actor.
func TestBroadcasterNames(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Speaking on Velmor TV in Oslo, Tom Wu said the attack had failed.", "Velmor TV", schema.Person, schema.Organization, "a channel a speaker is on"},
		{"Ann Lee told French news channel Halvik TV that she was pleased.", "Halvik TV", schema.Person, schema.Organization, "a channel told"},
		{"Ann Lee said on TV that she was pleased.", "TV", "", "", "the medium alone"},
	})
}

// TestPlaceTVBroadcaster checks that a known place's name and "TV" name
// one broadcaster, not the place and a second actor "TV".
func TestPlaceTVBroadcaster(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"A bomb killed Oslo TV cameraman Tom Wu in the town.",
			[]string{"Tom Wu -work_for-> Oslo TV"}, []string{"Tom Wu -work_for-> Oslo", "Tom Wu -work_for-> TV"},
			"the place's channel before a trade and a name"},
		{"Ann Lee told Bergen TV that the army had left.",
			[]string{"Ann Lee -tell-> Bergen TV"}, nil,
			"the place's channel told"},
		{"Ann Lee said on TV that Norway had lied.",
			nil, []string{"Ann Lee -tell-> TV"},
			"the medium alone"},
	})
}
