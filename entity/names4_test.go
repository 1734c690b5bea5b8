package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestTradeHeadsAndLegalForms checks that a run of unknown words ending
// in a media or entertainment trade, an archive, a caucus or a European
// company's legal form names a body, and that the legal form and
// "Caucus" after a known place do not.
func TestTradeHeadsAndLegalForms(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Tom Wu joined Brenner Entertainment in 2004.", "Brenner Entertainment", schema.Organization, schema.Organization, "an entertainment firm"},
		{"Ann Lee sued Kestrel Media over the story.", "Kestrel Media", schema.Organization, schema.Organization, "a media firm"},
		{"Tom Wu signed with Marlow Records last year.", "Marlow Records", schema.Organization, schema.Organization, "a record label"},
		{"Halvik AB bought a plant in Norway.", "Halvik AB", schema.Organization, schema.Organization, "a Swedish legal form"},
		{"The deal was signed by Tarnow AG on Monday.", "Tarnow AG", schema.Organization, schema.Organization, "a German legal form"},
		{"Ann Lee served as the chair of the Sorvik Black Caucus.", "Sorvik Black Caucus", schema.Organization, schema.Organization, "a caucus of unknown words"},
		{"Ann Lee left Cape Town SA in 1990.", "Cape Town", schema.GPE, schema.GPE, "a state's initials after a known place"},
	})
	runDefaultEdgeCases(t, []edgeCase{
		{"Velmor AG bought a farm in Denmark. Last year Tom Wu sued Velmor over the deal.",
			[]string{"Tom Wu -sue-> Velmor AG"}, []string{"Tom Wu -sue-> Velmor"},
			"the firm's name without its legal form"},
	})
}

// TestTeamLastWord checks that the last word of a body's name of three
// or four words, written alone, is the body ("the Lakers" after "the
// Los Angeles Lakers"), and that a word two such names end in is left
// to neither.
func TestTeamLastWord(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Cape Town Lakers signed Bo Chen in 1996. Chen stayed with the Lakers for nine years.",
			[]string{"Bo Chen -stay_with-> Cape Town Lakers"}, nil,
			"a team's last word after its three-word name"},
		{"The Cape Town Lakers beat the Buenos Aires Lakers on Monday. Bo Chen stayed with the Lakers for nine years.",
			nil, []string{"Bo Chen -stay_with-> Cape Town Lakers", "Bo Chen -stay_with-> Buenos Aires Lakers"},
			"two teams end in the word"},
	})
}

// TestTribeName checks that a run of capitalised words ending in "Tribe"
// names a body, with a compass adjective that opens it.
func TestTribeName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"The Western Halvik Tribe sued the state over the land.", "Western Halvik Tribe", schema.Organization, schema.Organization, "a tribe's name with its compass word"},
		{"Ann Lee, a member of the Velmor Tribe, spoke at the meeting.", "Velmor Tribe", schema.Organization, schema.Organization, "a tribe's name of two words"},
	})
}

// TestNameBeforeMember checks that a name right before "member" or
// "members" is a body's, so its member belongs to it, and that a family
// name before "family member" is left alone.
func TestNameBeforeMember(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu, a Halden Renewal member, spoke at the rally.",
			[]string{"Tom Wu -member_of-> Halden Renewal"}, nil,
			"an unknown party's name before member"},
	})
	runTypeCases(t, []typeCase{
		{"Tom Wu, a Halden Renewal member, spoke at the rally.", "Halden Renewal", schema.Organization, schema.Organization, "the body the member belongs to"},
		{"Ann Lee, a Kennedy family member, spoke.", "Kennedy", "", "", "a family's name is no body's"},
	})
}

// TestBodyPurposeName checks that a body's purpose after "to", written
// with capitals, is part of its name, and that "to" after "from the
// Committee" ends a move.
func TestBodyPurposeName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee joined the Council to Defend Velmor Farms in 2004.",
			[]string{"Ann Lee -join-> Council to Defend Velmor Farms"}, nil,
			"a council named by its purpose"},
		{"Tom Wu moved from the Committee to Parliament in 2004.",
			nil, []string{"Tom Wu -move_from-> Committee to Parliament"},
			"a move from one body to another"},
	})
	runTypeCases(t, []typeCase{
		{"Ann Lee joined the Committee to Save Halden Woods in 2010.", "Committee to Save Halden Woods", schema.Organization, schema.Organization, "a committee named by its purpose"},
	})
}
