package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFirmExamples covers the firms listed as examples of a state's firms
// ("German firms including ..."): each is an organisation, in the state.
func TestFirmExamples(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway tightens export rules\n\nNorwegian firms including Halvik Rail, Velby Marine, Kestrel, and Brenna Foods have announced plans to leave Russia.",
			[]string{"Halvik Rail -locate_in-> Norway", "Velby Marine -locate_in-> Norway", "Kestrel -locate_in-> Norway", "Brenna Foods -locate_in-> Norway"},
			nil,
			"every firm listed after a nationality's firms and including is an organisation of the state"},
		{"Swedish companies, such as Lund Steel and Orsa Timber, said the new tariffs would hurt them.",
			[]string{"Lund Steel -locate_in-> Sweden", "Orsa Timber -locate_in-> Sweden"},
			nil,
			"such as, after a comma, lists examples too"},
		{"Several firms including Halvik Rail and Velby Marine signed the deal with Norway.",
			nil,
			[]string{"Halvik Rail -locate_in-> Norway", "Velby Marine -locate_in-> Norway"},
			"firms named by no nationality are in no state"},
		{"Norwegian officials including Tom Wu and Ann Lee met the minister.",
			nil,
			[]string{"Tom Wu -locate_in-> Norway", "Ann Lee -locate_in-> Norway"},
			"officials are no firms"},
	})
}

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
			[]string{"Tom Wu -member_of-> Parliament"},
			nil,
			"an MP sits in the parliament named bare, beside its state's name for it"},
		{"The European Parliament and the Norwegian parliament disagreed. Labour MP Tom Wu said the move was an outrage.",
			nil,
			[]string{"Tom Wu -member_of-> European Parliament", "Tom Wu -member_of-> Norwegian parliament"},
			"of two parliaments named by other words, an MP sits in neither"},
	})
}
