package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAirlineNames covers names ending in "Air", which are airlines'
// ("Korean Air", "Lion Air"), never persons'.
func TestAirlineNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway bans Velby Air\n\nNorway on Monday banned Velby Air from its airspace. Velby's director, Tom Wu, said the airline would appeal.",
			[]string{"Norway -ban-> Velby Air", "Tom Wu -lead-> Velby Air"},
			nil,
			"a name ending in Air is an airline, which its director leads"},
		{"Halvik Air's chief executive, Ann Lee, apologised to the passengers.",
			[]string{"Ann Lee -lead-> Halvik Air"},
			nil,
			"a chief executive of an airline named by Air leads it"},
	})
}

// TestBareChamber covers a legislator's chamber in a report that names
// its parliament several ways: the one named by its kind alone.
func TestBareChamber(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"King agrees to suspend Norwegian Parliament\n\nThe king agreed to suspend Parliament for five weeks. Critics said the Norwegian parliament would lose its say. Labour MP Tom Wu said the move was an outrage.",
			[]string{"Tom Wu -member_of-> Norwegian parliament"},
			nil,
			"an MP sits in the parliament named bare, beside its state's name for it: one body"},
		{"The European Parliament and the Norwegian parliament disagreed. Labour MP Tom Wu said the move was an outrage.",
			nil,
			[]string{"Tom Wu -member_of-> European Parliament", "Tom Wu -member_of-> Norwegian parliament"},
			"of two parliaments named by other words, an MP sits in neither"},
	})
}

// TestSeatBeforeParty covers a legislator's title before a name and "of"
// a party: the holder sits in the title's chamber and belongs to the party.
func TestSeatBeforeParty(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Norwegian Parliament met on Monday. Member of Parliament (MP) Ann Lee of the Labour Party added a comment. MP Tom Wu of the Green Party agreed.",
			[]string{"Ann Lee -member_of-> Labour Party", "Ann Lee -member_of-> Norwegian Parliament", "Tom Wu -member_of-> Green Party", "Tom Wu -member_of-> Norwegian Parliament"},
			nil,
			"an MP of a party sits in the parliament too"},
		{"The Norwegian Parliament met on Monday. Leader Ann Lee of the Labour Party added a comment.",
			nil,
			[]string{"Ann Lee -member_of-> Norwegian Parliament"},
			"a title of no chamber seats no one"},
	})
}
