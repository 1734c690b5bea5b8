package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestOwnAcronym covers an acronym that the gazetteer gives one body and a
// report gives another, in brackets after a name that spells it, on
// invented stories: the report's body has it there and later.
func TestOwnAcronym(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Rebels sign deal with Velmora\n\nThe Sorvan Democratic Forces (SDF) signed an agreement with the government of Velmora on Sunday. The Halvik Brigade is the main fighting force of the SDF. The SDF attacked Tarn on Monday.",
			[]string{"Sorvan Democratic Forces -attack-> Tarn", "Halvik Brigade -part_of-> Sorvan Democratic Forces"},
			[]string{"Japan Self-Defense Forces -attack-> Tarn", "Halvik Brigade -part_of-> Japan Self-Defense Forces"},
			"the bracketed acronym spelt by the name before it is that body's, in the rest of the report too"},
		{"The Irvan Rebel Army (IRA) was founded in Tarn. Later the IRA attacked Velmora.",
			[]string{"Irvan Rebel Army -attack-> Velmora"},
			[]string{"Irish Republican Army -attack-> Velmora"},
			"an army's own acronym"},
		{"The Iranian Revolutionary Guard Corps (IRGC) fired missiles at Tarn. The United States designated the IRGC as a terrorist group.",
			[]string{"United States -designate-> Islamic Revolutionary Guard Corps"}, nil,
			"a name one word apart from the gazetteer's is its body"},
		{"Japan's Self-Defense Forces (SDF) sent ships to Guam. The SDF said the drill was routine.",
			[]string{"Japan Self-Defense Forces -send_ships_to-> Guam"}, nil,
			"a name that does not spell the acronym leaves it to the gazetteer's body"},
	})
}
