package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestVictimPossessive checks that a verb of judging whose phrase names an
// act of violence by its victim's possessive ("sentenced for her murder")
// gives the one judged the act against the victim, as "for the murder of
// Ann Lee" does, on sentences written for this test.
func TestVictimPossessive(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{Trees: x})
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Report\n\nTom Wu was convicted of Ann Lee's murder.",
			[]string{"Tom Wu -murder-> Ann Lee"}, nil,
			"a name's possessive"},
		{"Report\n\nAnn Lee was a singer. Tom Wu was sentenced for her murder to life in prison by a court in Oslo.",
			[]string{"Tom Wu -murder-> Ann Lee"}, nil,
			"a pronoun's possessive, a by-phrase after"},
		{"Report\n\nAnn Lee was a singer. Police arrested Tom Wu for her killing.",
			[]string{"Tom Wu -kill-> Ann Lee"}, nil,
			"the object of an active verb is the one judged"},
		{"Report\n\nTom Wu was jailed for his murder of Ann Lee.",
			[]string{"Tom Wu -murder-> Ann Lee"}, []string{"Tom Wu -murder-> Tom Wu"},
			"the doer's own possessive: the of-phrase names the victim"},
		{"Report\n\nAnn Lee thanked Tom Wu for his support.",
			nil, []string{"Tom Wu -support-> Tom Wu"},
			"no act of violence"},
	})
}
