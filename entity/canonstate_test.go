package entity

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/schema"
)

// TestCanonStateBodies checks that a state's body or group named by the
// state's name in one document and by its adjective in another is one
// node, named by the fullest name whatever the order of the documents.
func TestCanonStateBodies(t *testing.T) {
	body := func(typ schema.EntityType, name string, aliases ...string) schema.Entity {
		return schema.Entity{Name: name, Type: typ, Aliases: aliases, Mentions: []int{0}}
	}
	org := func(name string, aliases ...string) schema.Entity { return body(schema.Organization, name, aliases...) }
	group := func(name string, aliases ...string) schema.Entity { return body(schema.Group, name, aliases...) }
	type step struct {
		ent    schema.Entity
		want   string
		merges []schema.Merge
	}
	tests := []struct {
		name  string
		steps []step
		why   string
	}{
		{
			name: "adjective first",
			steps: []step{
				{ent: org("Norwegian government"), want: "Norwegian government"},
				{ent: org("government of Norway", "Norwegian government"), want: "government of Norway",
					merges: []schema.Merge{{From: "Norwegian government", To: "government of Norway"}}},
				{ent: org("Norwegian government"), want: "government of Norway"},
			},
			why: "the text's name with the state's name takes over the adjective's node",
		},
		{
			name: "state's name first",
			steps: []step{
				{ent: group("United States troops", "American troops", "U.S. troops"), want: "United States troops"},
				{ent: group("American troops"), want: "United States troops"},
				{ent: group("U.S. troops", "American troops"), want: "United States troops"},
			},
			why: "the adjective's form and an acronym's join the full name known",
		},
		{
			name: "acronym first",
			steps: []step{
				{ent: group("U.S. military personnel", "American troops"), want: "U.S. military personnel"},
				{ent: group("United States troops", "American troops"), want: "United States troops",
					merges: []schema.Merge{{From: "U.S. military personnel", To: "United States troops"}}},
			},
			why: "a state's full name before an acronym, though it has fewer letters",
		},
		{
			name: "keys of a merged node",
			steps: []step{
				{ent: group("U.S. troops", "American troops", "American soldiers"), want: "U.S. troops"},
				{ent: group("American soldiers"), want: "U.S. troops"},
				{ent: group("United States troops", "American troops"), want: "United States troops",
					merges: []schema.Merge{{From: "U.S. troops", To: "United States troops"}}},
				{ent: group("American soldiers"), want: "United States troops"},
			},
			why: "each adjective's form of a node's aliases joins it, and a node merged into a fuller name leaves them to it",
		},
		{
			name: "types apart",
			steps: []step{
				{ent: org("Iraqi security forces"), want: "Iraqi security forces"},
				{ent: group("Iraqi troops", "Iraqi security forces"), want: "Iraqi troops"},
			},
			why: "an organisation and a group are never joined",
		},
		{
			name: "state's initials or name",
			steps: []step{
				{ent: org("US House of Representatives"), want: "US House of Representatives"},
				{ent: org("U.S. House of Representatives"), want: "U.S. House of Representatives",
					merges: []schema.Merge{{From: "US House of Representatives", To: "U.S. House of Representatives"}}},
				{ent: org("United States House of Representatives"), want: "United States House of Representatives",
					merges: []schema.Merge{{From: "U.S. House of Representatives", To: "United States House of Representatives"}}},
				{ent: org("American house of representatives"), want: "United States House of Representatives"},
				{ent: org("US Libertarian Party"), want: "US Libertarian Party"},
				{ent: org("U.S. Libertarian Party"), want: "U.S. Libertarian Party"},
			},
			why: "a body named after its state's initials or name is one node whatever the spelling; a party is left apart",
		},
		{
			name: "own name",
			steps: []step{
				{ent: org("Syrian Democratic Forces", "SDF"), want: "Syrian Democratic Forces"},
				{ent: org("SDF", "Syrian Democratic Forces"), want: "SDF"},
			},
			why: "a capitalised name after an adjective is a name of its own, no state's body",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCanon(Options{})
			if err != nil {
				t.Fatal(err)
			}
			for i, st := range tc.steps {
				out, merges := c.Join(schema.Document{ID: fmt.Sprintf("d%d", i+1), Entities: []schema.Entity{st.ent}})
				if got := out.Entities[0].Name; got != st.want {
					t.Errorf("document %d: name %q, want %q (%s)", i+1, got, st.want, tc.why)
				}
				if diff := cmp.Diff(st.merges, merges); diff != "" {
					t.Errorf("document %d: merges mismatch (-want +got):\n%s(%s)", i+1, diff, tc.why)
				}
			}
		})
	}
}
