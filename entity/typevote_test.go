package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestTypeVote covers the type a name takes from the words beside its
// mentions across a document ([Resolver.typeVote]) on invented stories:
// a descriptor noun before it or in apposition, "employed by", a family's
// noun, the pronoun a reporting verb takes; and the names whose mentions
// keep their type.
func TestTypeVote(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, name string
		want       schema.EntityType
		why        string
	}{
		{"Strike news\n\nThe Velmorian union Karvell called a strike at the plant. Karvell said it would hold talks on Monday.",
			"Karvell", schema.Organization, "a union named after its noun"},
		{"Car news\n\nHalvik Motors said it would cut jobs at its European division, Darrowen. " +
			"About 5,000 people are employed by Darrowen in Norvia. Halvik Motors wants to cut costs at Darrowen.",
			"Darrowen", schema.Organization, "a division in apposition, employed by"},
		{"Stake news\n\nNorvia's Pellam family owns a stake in Halvik Motors. Tom Wu said Pellam could sell the stake.",
			"Pellam", schema.Person, "a family's name, not a place"},
		{"Court news\n\nTom Wu said it would be a mistake to appeal. Tom Wu met Ann Lee on Monday.",
			"Tom Wu", schema.Person, "an empty it after said types no one"},
		{"Herd news\n\nThe Arapaho report they are considering pooling resources with the nearby Velmor Shoshone Tribe, who have a herd of 33 buffalo.",
			"Velmor Shoshone Tribe", schema.Organization, "a body's who after a name the rules typed"},
		{"Site news\n\nThe site and its alleged operator Jan Korvel were named. Jan Korvel is in prison.",
			"Jan Korvel", schema.Person, "a trade's noun before a full name says no body"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			_, ents, _ := pipelineResolve(a, x, r, tc.text)
			for _, e := range ents {
				if e.Name == tc.name {
					if e.Type != tc.want {
						t.Errorf("%q in %q: type %s, want %s", tc.name, tc.text, e.Type, tc.want)
					}
					return
				}
			}
			t.Errorf("%q in %q: no entity", tc.name, tc.text)
		})
	}
}

// TestDescribedTopicOnTie covers "the company" after a sentence that
// names a firm and its division as often: the firm named first and more
// often, the report's topic, not the division named last.
func TestDescribedTopicOnTie(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Motors to cut jobs at Darrowen\n\nThe Norvian car maker Halvik Motors said that it would cut 5,000 jobs at its European division, Darrowen. " +
			"According to the company's vice president Tom Wu, the firm wanted to reduce costs.",
			[]string{"Tom Wu -work_for-> Halvik Motors"}, []string{"Tom Wu -work_for-> Darrowen"},
			"the company after a firm and its division"},
	})
}
