package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPassive2 checks the passives of passive2 on sentences written for
// this test: passive infinitives after a linking verb, gapped passives,
// places taken from an actor, attacks claimed after their target was
// named, official acts whose agent the story named before, and
// nameless coalitions joined.
func TestPassive2(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ola Berg became the third governor to be impeached by the Nordic Assembly. Kari Dahl remains the only senator to be expelled by the Senate.",
			[]string{"Nordic Assembly -impeach-> Ola Berg", "United States Senate -expel-> Kari Dahl"}, nil,
			"a passive infinitive after the noun that a linking verb gives its subject befalls the subject"},
		{"Per Lund attended a ceremony to be held by the Nordic Assembly.",
			nil, []string{"Nordic Assembly -hold-> Per Lund"},
			"a passive infinitive after a noun of no linking verb befalls the noun"},
		{"Ola Berg was impeached by the Nordic Assembly in 1998, and Kari Dahl in 2004. Per Lund was sentenced by the Oslo court to five years, and Ann Lee to three.",
			[]string{"Nordic Assembly -impeach-> Ola Berg", "Nordic Assembly -impeach-> Kari Dahl", "Oslo court -sentence-> Per Lund", "Oslo court -sentence-> Ann Lee"}, nil,
			"a name and a phrase after and that parallels one of the passive before it take the passive's verb and agent"},
		{"The treaty was signed by Norway and Sweden in March.",
			nil, []string{"Norway -sign-> Sweden", "Sweden -sign-> Norway"},
			"an agent list followed by a phrase is no gapped clause"},
		{"Narvik was recaptured from the Nordic Front in 2017. Kiruna was seized from Sweden by Norwegian troops. The Harbor Party wrested Bergen from the Green Party.",
			[]string{"Nordic Front -lose-> Narvik", "Sweden -lose-> Kiruna", "Norwegian troops -seize-> Kiruna", "Green Party -lose-> Bergen", "Harbor Party -wrest-> Bergen"},
			[]string{"Narvik -recapture_from-> Nordic Front", "Narvik -from-> Nordic Front", "Norwegian troops -seize-> Sweden", "Kiruna -seize_from-> Sweden", "Bergen -from-> Green Party"},
			"a place taken from an actor, passive or active, is the actor's loss; it does not come from the actor"},
		{"Police took the files from the Green Party.",
			nil, []string{"Green Party -lose-> Police"},
			"what is taken from an actor is no loss of an actor when it is none"},
		{"Ann Lee was taken from Oslo to Bergen. Narvik was captured from the Baltic Sea.",
			nil, []string{"Oslo -lose-> Ann Lee", "Baltic Sea -lose-> Narvik"},
			"a person taken from a place is moved, no place lost; a sea loses nothing"},
		{"Gunmen attacked the Oslo Police on Sunday. The attack was claimed by the Harbor Militia. Rockets hit Bergen in May. The Nordic Front claimed responsibility for the attack. Norway bombed Narvik. Kari Dahl said the bombing was carried out by the Nordic Air Force.",
			[]string{"Harbor Militia -attack-> Oslo Police", "Nordic Front -attack-> Bergen", "Nordic Air Force -bomb-> Narvik"}, nil,
			"a definite violent event noun that an actor claimed or carried out befell the actor that the same or the previous sentence names as its target"},
		{"Bergen was attacked on Monday. The attack was claimed by the Harbor Militia. Ann Lee was attacked in Oslo on Friday. The Nordic Front claimed responsibility for the attack.",
			[]string{"Harbor Militia -attack-> Bergen", "Nordic Front -attack-> Ann Lee"}, []string{"Nordic Front -attack-> Oslo"},
			"the target may be the subject of a passive that names no agent"},
		{"Gunmen attacked the Oslo Police on Sunday. The attack was condemned by the Harbor Militia. Rockets hit Bergen in May. Ola Berg met Tom Wu in June. The Nordic Front claimed the attack. Per Lund did not claim the attack on Narvik.",
			nil, []string{"Harbor Militia -attack-> Oslo Police", "Nordic Front -attack-> Bergen", "Per Lund -attack-> Narvik"},
			"condemning an attack is no claim; a target two sentences back is too far; a denied claim claims nothing"},
		{"Two judges have been impeached by the Nordic Assembly. Ola Berg was impeached in 1998, and Kari Dahl in 2004. The Oslo Police arrested Per Lund on Monday. Ann Lee was arrested on Tuesday.",
			[]string{"Nordic Assembly -impeach-> Ola Berg", "Nordic Assembly -impeach-> Kari Dahl", "Oslo Police -arrest-> Per Lund", "Oslo Police -arrest-> Ann Lee"}, nil,
			"an official act in the passive with no agent was done by the one agent that the document named for it before"},
		{"The Oslo Police arrested Per Lund on Monday. Soldiers arrested Tom Wu. Ann Lee was arrested on Tuesday. Kari Dahl was detained in Bergen. Ola Berg was arrested on Friday. The Bergen Police arrested Lars Moe.",
			nil, []string{"Oslo Police -arrest-> Ann Lee", "Oslo Police -detain-> Kari Dahl", "Bergen Police -arrest-> Ola Berg", "Oslo Police -arrest-> Ola Berg"},
			"an agent the document leaves unnamed, another act, or an agent named only later gives no agent"},
		{"Nordic leader Ola Berg arrested\n\nThe leader of the Harbor Party has been arrested. Kari Dahl was arrested on Friday.",
			nil, []string{"Ola Berg -arrest-> Harbor Party", "Ola Berg -arrest-> Kari Dahl"},
			"a headline's participle with no object names no agent"},
		{"The Oslo Police arrested Tom Wu. Ann Lee may be arrested soon. Kari Dahl fears she will be arrested.",
			nil, []string{"Oslo Police -arrest-> Ann Lee", "Oslo Police -arrest-> Kari Dahl"},
			"an act that may or will happen has no agent yet"},
		{"Norway founded a naval coalition which was joined by Iceland and Denmark. Sweden formed an alliance to patrol the Baltic Sea which was joined by Finland. Estonia launched a coalition in 2010. Latvia joined the coalition in 2012.",
			[]string{"Iceland -join-> Norway", "Denmark -join-> Norway", "Finland -join-> Sweden", "Latvia -join-> Estonia"},
			[]string{"Finland -join-> Baltic Sea"},
			"joining a nameless coalition that an actor founded joins the founder; a which-clause after the infinitive's object is the coalition's"},
		{"Norway founded a naval coalition. Ann Lee met Tom Wu. Iceland joined the coalition. Sweden joined the Nordic Council.",
			[]string{"Sweden -join-> Nordic Council"}, []string{"Iceland -join-> Norway", "Sweden -join-> Norway"},
			"a founder two sentences back is too far; a named body is joined itself"},
	})
}
