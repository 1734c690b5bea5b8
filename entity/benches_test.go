package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBenches checks that an unnamed jury, court or tribunal is an actor
// where it acts, on sentences written for this test.
func TestBenches(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"A federal jury convicted Tom Wu on Friday. The jury also acquitted Ann Lee.",
			[]string{"federal jury -convict-> Tom Wu", "federal jury -acquit-> Ann Lee"}, nil,
			"a jury is an actor named by its noun and modifiers, which the later \"the jury\" shares"},
		{"Ola Berg was acquitted by a Danish jury. A Norwegian court has sentenced Tom Wu to prison.",
			[]string{"Danish jury -acquit-> Ola Berg", "Norwegian court -sentence-> Tom Wu"}, nil,
			"a court or jury that acts, as subject or agent, after a nationality, which joins its name"},
		{"A court in Oslo fined Halvik Holdings.",
			[]string{"court -fine-> Halvik Holdings"}, nil,
			"a court that acts before an in-phrase"},
		{"The Oslo District Court heard the case on Monday. The court convicted Tom Wu.",
			[]string{"Oslo District Court -convict-> Tom Wu"}, []string{"court -convict-> Tom Wu"},
			"a court the document names is the court of the description"},
		{"Tom Wu told a court in Oslo that he was innocent. Ann Lee played on the court with Ola Berg. Halvik Holdings sold its key production unit, the court has heard.",
			nil, []string{"Tom Wu -tell-> court", "Ann Lee -play_on-> court", "court -part_of-> Halvik Holdings"},
			"a court that does not act is a place or an audience; a common noun is no unit's name in apposition"},
	})
}
