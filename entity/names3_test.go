package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestDealSlotNames checks that a lone proper noun the recogniser has no
// name for is kept as a body when it buys, sues or announces, or is
// bought or sued, and that plurals and known people are left alone.
func TestDealSlotNames(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Quorvex bought Tallmarsh.", []string{"Quorvex -buy-> Tallmarsh"}, nil,
			"a lone subject and object of bought"},
		{"Ola Berg sued Tallmarsh in March.", []string{"Ola Berg -sue-> Tallmarsh"}, nil,
			"the object of sued"},
		{"In 2011 Quorvex acquired Tallmarsh for $4 billion.", []string{"Quorvex -acquire-> Tallmarsh"}, nil,
			"after a year"},
		{"Quorvex has bought Tallmarsh.", []string{"Quorvex -buy-> Tallmarsh"}, nil,
			"an auxiliary between the subject and its verb"},
	})
	runTypeCases(t, []typeCase{
		{"Engineers announced the plan on Monday.", "Engineers", "", "", "a plural common noun is no name"},
	})
}

// TestTitleWordParty checks that a word spelled as a title before "and"
// and words ending in "Party" opens one party's name, not a description.
func TestTitleWordParty(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee joined the Justice and Freedom Party in 2004.",
			[]string{"Ann Lee -join-> Justice and Freedom Party"}, []string{"Ann Lee -join-> Freedom Party"},
			"an unknown party"},
		{"Tom Wu now leads the Justice and Development Party.",
			[]string{"Tom Wu -lead-> Justice and Development Party"}, nil,
			"a party the gazetteer knows"},
	})
}

// TestCountryBranch checks that unknown words before USA or UK name a
// company's branch there, not the country, and that a known place before
// the acronym stays a place in it.
func TestCountryBranch(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ola Berg sued the auditor Quorvex USA in June.",
			[]string{"Ola Berg -sue-> Quorvex USA"}, []string{"Ola Berg -sue-> United States"},
			"a firm's branch in the United States"},
		{"Ann Lee joined Tallmarsh UK in 2010.",
			[]string{"Ann Lee -join-> Tallmarsh UK"}, []string{"Ann Lee -join-> United Kingdom"},
			"a firm's branch in the United Kingdom"},
	})
	runTypeCases(t, []typeCase{
		{"Ann Lee moved to Austin, Texas USA in 2010.", "United States", schema.GPE, schema.GPE,
			"a known state before the acronym"},
	})
}

// TestPublicationBeforeNoun checks that a name right before "magazine",
// "newspaper" or "news agency" is a publication's, though its word alone
// is a common noun ("Time", "Fortune") or follows "in".
func TestPublicationBeforeNoun(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"The interview was first published by Time magazine in May.", "Time", schema.Organization, schema.Organization,
			"a common word before magazine"},
		{"Ola Berg wrote in Fortune magazine that sales fell.", "Fortune", schema.Organization, schema.Organization,
			"after in, not a place"},
		{"Ann Lee told the Velmora news agency that she would run.", "Velmora", schema.Organization, schema.Organization,
			"before news agency"},
	})
}

// TestIntroPhraseSubject checks that a person's name after a comma that
// closes a phrase opening the sentence ("According to the newspaper,")
// stays a person's, while an apposition after a body's noun is a body's.
func TestIntroPhraseSubject(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"According to the newspaper, Ola Berg will run for mayor.", "Ola Berg", schema.Person, schema.Person,
			"the subject after an opening phrase"},
		{"In a statement to the agency, Ola Berg said he would resign.", "Ola Berg", schema.Person, schema.Person,
			"a longer opening phrase"},
		{"The newspaper, Velmor Daily, said it would close.", "Velmor Daily", schema.Organization, schema.Organization,
			"an apposition stays a body's"},
	})
}
