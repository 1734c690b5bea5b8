package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCoref9 covers possessives joined to a name, peoples named by their
// nouns, and the other coref9 rules, on invented sentences.
func TestCoref9(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Ola Berg met Per Lund. Ola Berg praised Norway. Ola Berg asked Per Lund to investigate Tom Wu and his son, Bob Wu. Berg later met Ivar Dahl, 42, and his wife, Kari Dahl. Berg praised Bo Kim, along with his son, Ivo Kim.",
			[]string{"Tom Wu -parent_of-> Bob Wu", "Ivar Dahl -married_to-> Kari Dahl", "Bo Kim -parent_of-> Ivo Kim"},
			[]string{"Ola Berg -parent_of-> Bob Wu", "Ola Berg -married_to-> Kari Dahl", "Ola Berg -parent_of-> Ivo Kim"},
			"a possessive joined to a name by \"and\" is that name's, however often the document names another"},
		{"Halvik Holdings and its chief executive, Ann Lee, were sued by Tom Wu. Ann Lee praised Tom Wu and her husband.",
			[]string{"Ann Lee -lead-> Halvik Holdings"},
			nil,
			"\"its\" after an organisation and \"and\" is the organisation's"},
		{"Britons voted in a referendum to leave the European Union. Three Swedes, Ann Lee, Ola Berg and Bo Kim, sued Halvik Holdings.",
			[]string{"Britons -leave-> European Union", "Ann Lee -from-> Sweden", "Bo Kim -sue-> Halvik Holdings"},
			nil,
			"the plural of a noun for a state's people names a people as the adjective's plural does"},
		{"Halvik Holdings, a Norwegian shipping company, was fined on Monday. Bob Wu had been on the board of the company for years. Ann Lee is on the Fjord Airlines board. Ed Moss remained on its board.",
			[]string{"Bob Wu -member_of-> Halvik Holdings", "Ann Lee -member_of-> Fjord Airlines", "Ed Moss -member_of-> Fjord Airlines"},
			nil,
			"being on the board of the company the document named, or on a named company's board, is membership"},
		{"Tom Wu, a Norwegian banker, was fined on Monday. Bob Wu was on his team. Ann Lee was on the board for two years.",
			nil,
			[]string{"Bob Wu -member_of-> Tom Wu"},
			"a person's team, or a board of no one, gives no membership"},
		{"Lawmakers from the Liberal Democrats criticised Ann Lee on Monday. Legislators from the Halvik Party shouted at Tom Wu.",
			[]string{"Liberal Democrats -criticise-> Ann Lee", "Halvik Party -shout_at-> Tom Wu"},
			nil,
			"lawmakers from a party act for it, as the party's lawmakers do"},
		{"Lawmakers from Ohio criticised Tom Wu. A senator from the Halvik Party praised Ann Lee.",
			nil,
			[]string{"Ohio -criticise-> Tom Wu", "Halvik Party -praise-> Ann Lee"},
			"lawmakers from a place, or one member, are not the actor"},
		{"Officers from the Lodi Police Department arrested Tom Wu on Monday. Agents from the Nordic Security Service detained Ann Lee.",
			[]string{"Lodi Police Department -arrest-> Tom Wu", "Nordic Security Service -detain-> Ann Lee"},
			nil,
			"officers or agents from a force or an agency act for it, as its officers do"},
		{"Officers from Lodi arrested Tom Wu. An officer from the Lodi Police Department met Ann Lee.",
			nil,
			[]string{"Lodi -arrest-> Tom Wu", "Lodi Police Department -meet-> Ann Lee"},
			"officers from a place, or one officer, are not the actor"},
		{"Thousands of protesters marched through Oslo on Saturday. Protesters marched from the palace to Parliament. Police later arrested the demonstrators. Tom Wu interviewed the protesters.",
			nil,
			[]string{"protesters -march_to-> Parliament", "Police -arrest-> protesters", "Tom Wu -interview-> protesters"},
			"a report's protesters, named by no group, are a generic group and no actor (gum-news notes)"},
		{"Anti-Halvik protesters marched in Oslo. Protesters later criticised Tom Wu.",
			[]string{"anti-Halvik protesters -criticise-> Tom Wu"},
			[]string{"protesters -criticise-> Tom Wu"},
			"protesters named by a group are that group, no crowd beside it"},
		{"Tom Hale ordered his aides to investigate Ann Lee. Ann Lee instructed her lawyers to sue Halvik Holdings.",
			[]string{"Tom Hale -investigate-> Ann Lee", "Ann Lee -sue-> Halvik Holdings"},
			nil,
			"what one orders one's own aides or lawyers to do is one's act"},
		{"Tom Hale told his aides to investigate Ann Lee. Ann Lee met her lawyers to sue Halvik Holdings. Bo Kim ordered his aides. They praised Jo Hart.",
			nil,
			[]string{"Tom Hale -investigate-> Ann Lee", "Bo Kim -praise-> Jo Hart"},
			"a wish to one's aides, or aides with no order to act, do nothing for their principal"},
		{"Along with his wife, Tom Wu visited Oslo. As well as its owner, Halvik Holdings sued Ann Lee. Together with her son, Ann Lee met Bo Kim.",
			[]string{"Tom Wu -visit-> Oslo", "Halvik Holdings -sue-> Ann Lee"},
			nil,
			"a possessive after an opening \"along with\" or \"as well as\" has no name before it"},
	})
}
