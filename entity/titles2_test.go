package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestTitleRegionName checks that a region's name of a place and a
// region's head noun after a title and "of" is one name ("the Governor of
// Tyumen Oblast"), not the place and a stray word.
func TestTitleRegionName(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"On Monday the Governor of Tyumen Oblast, Ivan Sokolov, opened a new bridge over the river.",
			[]string{"Ivan Sokolov -lead-> Tyumen Oblast"}, []string{"Ivan Sokolov -lead-> Tyumen"},
			"a region's head noun after a title's place"},
		{"On Monday the Governor of Tyumen Oblast, Russia, opened a new bridge over the river.",
			[]string{"Tyumen Oblast -locate_in-> Russia"}, []string{"Oblast -locate_in-> Russia"},
			"the region's name placed by a state after a comma"},
	})
}

// TestJoinedRoleNamedBody checks that a role noun joined by "and" before a
// copula's "ROLE of BODY" holds its role in the body when the object
// itself names the body ("was the founder and chief executive of Acme").
func TestJoinedRoleNamedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Anna Berg was the founder and chief executive of Norland Steel.",
			[]string{"Anna Berg -found-> Norland Steel", "Anna Berg -lead-> Norland Steel"}, nil,
			"a founder joined to a two-word role"},
		{"Anna Berg was the author and chief executive of Norland Steel.",
			nil, []string{"Anna Berg -found-> Norland Steel"},
			"a noun that names no role adds none"},
	})
}

// TestSpokesmanForStateForce checks that an unnamed official of a state's
// force named by its nationality speaks for the force, as one of a
// government speaks for the government.
func TestSpokesmanForStateForce(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A spokesman for the Chilean navy told Reuters that the frigate had left port.",
			[]string{"Chilean navy -tell-> Reuters"}, nil,
			"a spokesman for a state's navy"},
		{"A spokeswoman for the Peruvian army told CNN that two soldiers were hurt.",
			[]string{"Peruvian army -tell-> CNN"}, nil,
			"a spokeswoman for a state's army"},
	})
}

// TestMayorPlaceOfOtherTitle checks that a mayor named with no place does
// not take the place of another person's title in the same sentence.
func TestMayorPlaceOfOtherTitle(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Mayor Jon Dale criticised Bergen District Attorney Per Moe on Friday.",
			[]string{"Per Moe -work_for-> Bergen"}, []string{"Jon Dale -lead-> Bergen"},
			"the place is the attorney's"},
		{"Mayor Jon Dale criticised the new port in Bergen on Friday.",
			[]string{"Jon Dale -lead-> Bergen"}, nil,
			"the one town the sentence names is still the mayor's"},
	})
}

// TestHeirTitleOfState covers a royal title that leads nothing before a
// name and "of" a state ([heirTitles]): the holder belongs to the state's
// royal house, as "Norway's Crown Prince Tom Wu" reads; a king leads.
func TestHeirTitleOfState(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Crown Prince Tom Wu of Norway accepted responsibility for the attack.",
			[]string{"Tom Wu -member_of-> Norway"}, []string{"Tom Wu -lead-> Norway"},
			"a crown prince named with the state"},
		{"Crown Princess Ann Lee of Sweden opened the bridge.",
			[]string{"Ann Lee -member_of-> Sweden"}, nil,
			"a crown princess"},
		{"King Tom Wu of Norway accepted responsibility for the attack.",
			[]string{"Tom Wu -lead-> Norway"}, []string{"Tom Wu -member_of-> Norway"},
			"a king still leads"},
	})
}

// TestClubCaptainBeforeName covers a club's name, "captain" (which the
// tagger may read as a verb) and a player's name before the sentence's
// verb: the captain leads the side, as its coach does.
func TestClubCaptainBeforeName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"On Saturday, Dunmore defeated Kelso. Kelso captain Sam Rudd lamented his side's close loss.",
			[]string{"Sam Rudd -lead-> Kelso"}, nil,
			"a club's captain"},
		{"Kelso coach Sam Rudd lamented his side's close loss.",
			[]string{"Sam Rudd -lead-> Kelso"}, nil,
			"a club's coach, as before"},
	})
}

// TestRapporteurWorksFor covers "rapporteur" as a role noun ([workNouns]):
// a rapporteur reports for the body named with the noun.
func TestRapporteurWorksFor(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Anna Kolb, a special rapporteur for the United Nations, spoke on Monday.",
			[]string{"Anna Kolb -work_for-> United Nations"}, nil,
			"an apposition with for and the body"},
		{"UN special rapporteur Anna Kolb visited Oslo.",
			[]string{"Anna Kolb -work_for-> United Nations"}, nil,
			"the body's name before the title"},
	})
}

// TestChurchAdjectiveTitle covers a church's adjective before a cleric's
// title, as a party's before a member's ("Republican Senator Tom Wu"): the
// Pope leads the church, a bishop belongs to it; a body whose name holds
// the adjective keeps its name.
func TestChurchAdjectiveTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu met Roman Catholic Pope Ivan in Rome on Monday.",
			[]string{"Ivan -lead-> Catholic Church", "Tom Wu -meet-> Ivan"}, nil,
			"the Pope leads the church"},
		{"Roman Catholic Bishop Ola Berg of Bergen died on Monday, according to the Catholic Bishops' Conference of Norway.",
			[]string{"Ola Berg -member_of-> Catholic Church"}, []string{"Catholic Bishops' Conference -locate_in-> Norway"},
			"a bishop belongs to it; the bishops' conference keeps its name"},
		{"Pope Ivan visited Oslo on Monday.",
			[]string{"Ivan -visit-> Oslo"}, []string{"Ivan -lead-> Catholic Church"},
			"a Pope in a report that names no church leads none"},
	})
}

// TestRulerTitles checks that a sultan or an emir heads the state the
// report is about, as a king heads the one named with him, and that a site
// named after a ruler ("the King Fahd Grand Mosque") holds no office.
func TestRulerTitles(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Oman mourned on Friday. Per Lind became Sultan in 1962 after overthrowing his father, Sultan Ola Lind.",
			[]string{"Per Lind -lead-> Oman", "Ola Lind -lead-> Oman", "Per Lind -overthrow-> Ola Lind"}, nil,
			"a ruler's title with no state names the report's"},
		{"Qatar's Emir Tom Berg met Ann Lee in Doha on Monday.",
			[]string{"Tom Berg -lead-> Qatar", "Tom Berg -meet-> Ann Lee"}, nil,
			"an emir heads the state named with him"},
		{"Oman mourned on Friday. Tom Wu attended prayers at the Sultan Ola Lind Grand Mosque in Muscat.",
			nil, []string{"Ola Lind Grand Mosque -lead-> Oman", "Sultan Ola Lind Grand Mosque -lead-> Oman"},
			"a mosque named after a sultan is no sultan"},
	})
}

// TestRulerSite checks that a site named after a titled ruler keeps the
// title in its name and is a place, not a person ("the King Fahd Grand
// Mosque" was a Person named "Fahd Grand Mosque").
func TestRulerSite(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Tom Wu attended prayers at the King Ola Lind Grand Mosque in Riyadh.", "King Ola Lind Grand Mosque",
			schema.Location, schema.Location, "a mosque named after a king"},
		{"Tom Wu attended prayers at the Sultan Per Lind Grand Mosque in Muscat.", "Sultan Per Lind Grand Mosque",
			schema.Location, schema.Location, "a mosque named after a sultan"},
		{"President Ann Lee visited Oslo on Monday.", "Ann Lee", schema.Person, schema.Person, "a titled person stays one"},
	})
}

// TestAppointedHead checks that a body appointing someone "as chief
// executive" or "as party leader" makes that person its own head, and that
// a role for another ("as a lawyer for the family") gives none.
func TestAppointedHead(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors named Tom Wu as chief executive on Monday.",
			[]string{"Tom Wu -lead-> Halvik Motors", "Halvik Motors -name-> Tom Wu"}, nil,
			"the company's own head"},
		{"The Halvik Party chose Ann Vik as party leader on Monday.",
			[]string{"Ann Vik -lead-> Halvik Party"}, nil,
			"the party's own leader"},
		{"Halvik Motors hired Tom Wu as a lawyer for the family.",
			nil, []string{"Tom Wu -lead-> Halvik Motors", "Tom Wu -work_for-> Halvik Motors"},
			"a role for another heads nothing"},
	})
}

// TestPersonsBody checks that a named body right after a person's
// possessive is the person's own (issue 12's "X's ORG"), and that a public
// body, a known one or a body with a noun after it is not.
func TestPersonsBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Later, Ann Lee recorded with Tom Wu's Velmora Incorporated.",
			[]string{"Tom Wu -lead-> Velmora Incorporated"}, nil, "a firm's name"},
		{"Tom Wu's Halvik Motors announced a recall on Monday.",
			[]string{"Tom Wu -lead-> Halvik Motors"}, nil, "a firm opening a sentence"},
		{"Ann Lee criticised Tom Wu's Justice Department on Monday.",
			nil, []string{"Tom Wu -lead-> Justice Department", "Tom Wu -member_of-> Justice Department"}, "a public body is the state's"},
		{"Ann Lee sold Tom Wu's Halvik Motors shares on Monday.",
			nil, []string{"Tom Wu -lead-> Halvik Motors"}, "a noun after the body is what the person owns"},
	})
}

// TestPartyNominees checks that a party's nominee is its member (GUIDE.md
// counts a nominee or a candidate of a party as member_of), and that a
// nomination denied, made by another than a party, or of another party's
// nominee makes none.
func TestPartyNominees(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"In November 2018, the Halvik Party nominated a ticket of Tom Wu for President and Ann Lee for Vice President.",
			[]string{"Tom Wu -member_of-> Halvik Party", "Ann Lee -member_of-> Halvik Party", "Halvik Party -nominate-> Tom Wu"}, nil,
			"a ticket of two"},
		{"The Halvik Party did not nominate Tom Wu. President Ann Lee nominated Per Berg to the Supreme Court.",
			nil, []string{"Tom Wu -member_of-> Halvik Party", "Per Berg -member_of-> Ann Lee"},
			"a nomination denied, or made by a person"},
		{"The Velmor Party of Norway chose Green Party presidential nominee Tom Wu as its candidate.",
			[]string{"Tom Wu -member_of-> Green Party", "Velmor Party of Norway -choose-> Tom Wu"},
			[]string{"Tom Wu -member_of-> Velmor Party of Norway"},
			"another party's nominee stays its member"},
		{"The Velmor Party nominated Green Party presidential nominee Ann Lee for president.",
			[]string{"Ann Lee -member_of-> Green Party", "Velmor Party -nominate-> Ann Lee"},
			[]string{"Ann Lee -member_of-> Velmor Party"},
			"another party's nominee, nominated"},
	})
}
