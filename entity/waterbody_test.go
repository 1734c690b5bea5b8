package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestWaterBodyNoActor checks that a sea or an ocean is no actor, so that
// no actor's fact places a state in it or it near an island, while a
// region named with a bay stays a place.
func TestWaterBodyNoActor(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	_, ents, _ := pipelineResolve(a, x, r, "The Faroes, islands of Denmark in the Atlantic Ocean, closed their schools. "+
		"The storm formed in the Aegean Sea near Lesbos. Tom Ward was born in Napier, Hawke's Bay.")
	want := map[string]schema.EntityType{"Atlantic Ocean": schema.Concept, "Aegean Sea": schema.Concept, "Denmark": schema.GPE}
	for _, e := range ents {
		if typ, ok := want[e.Name]; ok {
			if e.Type != typ {
				t.Errorf("%s is a %s, want %s", e.Name, e.Type, typ)
			}
			delete(want, e.Name)
		}
		if e.Name == "Hawke's Bay" && e.Type == schema.Concept {
			t.Errorf("Hawke's Bay is a %s, want a place", e.Type)
		}
	}
	for name := range want {
		t.Errorf("no entity %s", name)
	}
}
