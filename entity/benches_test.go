package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
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
		{"Yesterday, a Velby County federal jury convicted Ola Berg of fraud. The jury acquitted Tom Wu.",
			[]string{"Velby County federal jury -convict-> Ola Berg", "Velby County federal jury -acquit-> Tom Wu"}, nil,
			"a place of two capitalised words before a jury joins its name"},
		{"A United States federal jury convicted Ann Lee.",
			[]string{"United States federal jury -convict-> Ann Lee"}, nil,
			"so does a state whose last word is a plural proper noun"},
		{"A court in Oslo fined Halvik Holdings.",
			[]string{"court -fine-> Halvik Holdings"}, nil,
			"a court that acts before an in-phrase"},
		{"A court in Oslo on Monday fined Halvik Holdings.",
			[]string{"court -fine-> Halvik Holdings"}, nil,
			"a court that acts after an in-phrase and a day"},
		{"The Oslo District Court heard the case on Monday. The court convicted Tom Wu.",
			[]string{"Oslo District Court -convict-> Tom Wu"}, []string{"court -convict-> Tom Wu"},
			"a court the document names is the court of the description"},
		{"On Monday, the Velby District Court found the law unlawful. The Velby District Court is the highest court in Velby. The only court with higher authority is the Halvik High Court.\nThe court had been petitioned by Ola Berg of the Green Party.",
			[]string{"Ola Berg -petition-> Velby District Court"}, []string{"Ola Berg -petition-> Halvik High Court"},
			"a court named once as what 'the only court above it' is gives way to the court the report is about"},
		{"On Monday, the Velby District Court found the law unlawful. The Halvik High Court heard an appeal.\nThe court had been petitioned by Ola Berg of the Green Party.",
			[]string{"Ola Berg -petition-> Halvik High Court"}, nil,
			"a court named last as an actor of its own is still the court of the description"},
		{"Tom Wu told a court in Oslo that he was innocent. Ann Lee played on the court with Ola Berg. Halvik Holdings sold its key production unit, the court has heard.",
			nil, []string{"Tom Wu -tell-> court", "Ann Lee -play_on-> court", "court -part_of-> Halvik Holdings"},
			"a court that does not act is a place or an audience; a common noun is no unit's name in apposition"},
	})
}

// TestLocalActors checks that the unnamed jury, court, crowd or police a
// document speaks of is its own actor ([schema.Entity.Local]), which the canon
// never joins to another document's, while named actors are not.
func TestLocalActors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	local := func(text string) map[string]bool {
		_, ents, _ := pipelineResolve(a, x, r, text)
		out := map[string]bool{}
		for _, e := range ents {
			out[e.Name] = e.Local
		}
		return out
	}
	for _, c := range []struct {
		text  string
		want  map[string]bool
		about string
	}{
		{"A federal jury convicted Tom Wu on Friday. The jury also acquitted Ann Lee.",
			map[string]bool{"federal jury": true, "Tom Wu": false, "Ann Lee": false}, "a jury"},
		{"Ola Berg was acquitted by a Danish jury.",
			map[string]bool{"Danish jury": false, "Ola Berg": false}, "a jury a place word names"},
		{"The Oslo District Court heard the case on Monday. The court convicted Tom Wu.",
			map[string]bool{"Oslo District Court": false, "Tom Wu": false}, "a court the document names"},
		{"Protests spread across the United States on Friday. US President Tom Wu urged calm. The police arrested Joel Sand in a park.",
			map[string]bool{"American police": true, "United States": false}, "a state's police, which are a town's force"},
		{"Norway sent troops north on Friday. Prime Minister Tom Wu praised them. The army later said two soldiers were hurt.",
			map[string]bool{"Norwegian army": false}, "a state's army is one force"},
	} {
		got := local(c.text)
		for name, want := range c.want {
			if l, ok := got[name]; !ok || l != want {
				t.Errorf("%s: %q: entity %q local = %v (found %v), want %v; entities %v", c.about, c.text, name, l, ok, want, got)
			}
		}
	}

	canon, err := NewCanon(Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := func(id, court string) schema.Document {
		return schema.Document{ID: id, Entities: []schema.Entity{
			{Name: "jury", Type: schema.Organization, Mentions: []int{0}, Local: true},
			{Name: court, Type: schema.Organization, Mentions: []int{0}},
		}}
	}
	canon.Join(doc("d1", "Court"))
	got, merges := canon.Join(doc("d2", "court"))
	if len(merges) != 0 || got.Entities[0].Name != "jury" || !got.Entities[0].Local {
		t.Errorf("Join of a second document's local jury = %+v, merges %v; want it kept as it is", got.Entities[0], merges)
	}
	if got.Entities[1].Name != "Court" {
		t.Errorf("Join(court) = %q, want the known spelling Court: local entities leave the others' joins alone", got.Entities[1].Name)
	}
}
