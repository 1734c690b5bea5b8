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
