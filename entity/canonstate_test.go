package entity

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/schema"
)

// TestCanonStateBodies checks that a state's body named by the state's
// name in one document and by its adjective in another is one node, named
// by the fullest name whatever the order of the documents, and that a
// state's group keeps each document's name.
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
				{ent: org("United States government", "American government", "U.S. government"), want: "United States government"},
				{ent: org("American government"), want: "United States government"},
				{ent: org("U.S. government", "American government"), want: "United States government"},
			},
			why: "the adjective's form and an acronym's join the full name known",
		},
		{
			name: "acronym first",
			steps: []step{
				{ent: org("U.S. federal government", "American government"), want: "U.S. federal government"},
				{ent: org("United States government", "American government"), want: "United States government",
					merges: []schema.Merge{{From: "U.S. federal government", To: "United States government"}}},
			},
			why: "a state's full name before an acronym, though it has fewer letters",
		},
		{
			name: "keys of a merged node",
			steps: []step{
				{ent: org("U.S. government", "American government", "American administration"), want: "U.S. government"},
				{ent: org("American administration"), want: "U.S. government"},
				{ent: org("United States government", "American government"), want: "United States government",
					merges: []schema.Merge{{From: "U.S. government", To: "United States government"}}},
				{ent: org("American administration"), want: "United States government"},
			},
			why: "each adjective's form of a node's aliases joins it, and a node merged into a fuller name leaves them to it",
		},
		{
			name: "groups apart",
			steps: []step{
				{ent: group("United States military forces", "American troops"), want: "United States military forces"},
				{ent: group("U.S. troops", "American troops"), want: "U.S. troops"},
				{ent: group("US special forces", "American troops"), want: "US special forces"},
				{ent: group("American troops"), want: "American troops"},
			},
			why: "a state's group is the people one report speaks of, named as that report writes it",
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
