package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestReportedElectionResults covers a candidate's results in places
// that a source reports or projects, on invented sentences: a reported
// result is a fact by the guide as one told plainly is.
func TestReportedElectionResults(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The primaries were held on Tuesday. Ann Lee secured a plurality of the vote in three states, including her home state of Ohio, according to the Herald's projections.",
			[]string{"Ann Lee -win_in-> Ohio", "Ann Lee -from-> Ohio"},
			nil,
			"a plurality won in places, by a source's projections"},
		{"The primaries were held on Tuesday. Senator Tom Wu of Idaho had the most votes. The Herald reported he won the primaries in Utah and Nevada.",
			[]string{"Tom Wu -win_in-> Utah", "Tom Wu -win_in-> Nevada"},
			nil,
			"contests won in places, in a clause that a source reports"},
		{"The primaries were held on Tuesday. The Herald said Ann Lee won 31% of the vote in Utah. Tom Wu hopes to win the primary in Maine.",
			nil,
			[]string{"Ann Lee -win_in-> Utah", "Tom Wu -win_in-> Maine"},
			"a share of the vote reported is still no win; a hoped-for win is none"},
	})
}

// TestBodyNamedSurname covers a person named in full once and then by a
// surname that the gazetteer knows as an organisation's, on invented
// sentences: the surname alone is the person, unless the words beside it
// cite the body as a report's source.
func TestBodyNamedSurname(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee and Peter Bloomberg, formerly the mayor of Varo, ended their campaigns. Bloomberg endorsed his former rival, Tom Wu.",
			[]string{"Peter Bloomberg -endorse-> Tom Wu", "Tom Wu -compete_with-> Peter Bloomberg"},
			[]string{"Bloomberg -endorse-> Tom Wu"},
			"the surname after the full name is the person"},
		{"Peter Bloomberg spoke in Varo on Monday. Tom Wu told Bloomberg that he would stay.",
			[]string{"Tom Wu -tell-> Bloomberg"},
			[]string{"Tom Wu -tell-> Peter Bloomberg"},
			"told the agency: a report's source stays the body"},
		{"The Halvik Party held its primaries on Tuesday. Peter Bloomberg won the caucus in Guam. Bloomberg had opted not to compete before. By some counts he won four of the island's seven delegates.",
			[]string{"Peter Bloomberg -win_in-> Guam"},
			nil,
			"the pronoun after the surname is the person's"},
	})
}

// TestDelegateSharesApart covers delegates won in several shares joined by
// "as well as", on invented sentences: each share is won or not by its own
// count, and the place of a later share is not the first's.
func TestDelegateSharesApart(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee won the primaries in Ohio and Texas, and Ohio gave her most votes. Tom Wu won the caucus in Guam, the first of his campaign. He had skipped the earlier contests. Reportedly he took four of the territory's seven delegates, plus two delegates in Utah and one in Nevada.",
			[]string{"Tom Wu -win_in-> Guam"},
			[]string{"Tom Wu -win_in-> Utah", "Tom Wu -win_in-> Nevada", "Tom Wu -win_in-> Ohio"},
			"a majority of the territory's delegates two sentences after it is named, then shares in other places"},
	})
}

// TestElectionReportPastEllipsis covers an election report whose words of
// the vote stand two sentences before a place lost, with a quotation's
// "[...]" split off as a sentence between: the ellipsis is no sentence.
func TestElectionReportPastEllipsis(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Wu said, \"After yesterday's vote, it is clear that Kim Ek is the best candidate. [...] Today I am glad to endorse him.\" Ann Lee, formerly a professor at Halvik University, lost her home state of Oregon.",
			[]string{"Ann Lee -lose_in-> Oregon", "Ann Lee -work_for-> Halvik University"},
			nil,
			"the vote two sentences back past the ellipsis"},
	})
}

// TestTitleChainFrom covers a person named after coordinated titles whose
// last is a legislator's "from" a place, on invented sentences: the
// argument is the person, as after titles joined by of.
func TestTitleChainFrom(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee lost the nomination in 2016 to former Governor of Ohio and former Senator from New York Tom Wu.",
			[]string{"Ann Lee -lose_to-> Tom Wu", "Tom Wu -represent-> New York"},
			nil,
			"lost to the person after two titles, the second from a place"},
		{"Ann Lee met former Governor of Ohio and Senator from Utah Tom Wu on Monday.",
			[]string{"Ann Lee -meet-> Tom Wu"},
			[]string{"Ann Lee -meet-> Utah"},
			"met the person, not the place"},
	})
}
