package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFrames8 checks the verb frames of frames8 on sentences written for
// this test.
func TestFrames8(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"The Supreme Court is lead by President Ann Carver. Per Lund was slain by Kenyan soldiers. Ola Berg was sought by Interpol. The Harbor Party leads by ten points.",
			[]string{"Ann Carver -lead-> Supreme Court", "Interpol -seek-> Ola Berg"},
			[]string{"Supreme Court -lead_by-> Ann Carver", "Ola Berg -seek_by-> Interpol", "Per Lund -slay_by-> Kenyan troops"},
			"after a form of be, any participle (or the base misspelt for it) before by is a passive whose agent acts"},
		{"The Bundestag elected Ann Lee chancellor in 2014. Prime Minister Ann Lee appointed Tom Wu foreign minister. Sweden named Ola Berg its ambassador.",
			[]string{"Bundestag -elect-> Ann Lee", "Ann Lee -appoint-> Tom Wu"},
			nil,
			"a named person and then the office a verb of choosing gives is that person"},
		{"Halvik Holdings hired Deputy Director of Finance Per Lund.",
			nil, []string{"Halvik Holdings -hire-> Deputy Director"},
			"a capitalised title chain is no name followed by its office"},
		{"When elected chancellor by the Bundestag in 2014, Ann Lee promised reforms. Though criticised by the Harbor Party, Tom Wu kept his post. Elected president by the Riksdag, Ola Berg left.",
			[]string{"Bundestag -elect-> Ann Lee", "Harbor Party -criticise-> Tom Wu"},
			[]string{"Ann Lee -elect-> Bundestag"},
			"a fronted participle after when, though or once is a passive, with or without a second object"},
		{"If elected by the Bundestag, Ann Lee will cut taxes.",
			nil, []string{"Bundestag -elect-> Ann Lee"},
			"a participle after if states a condition"},
	})
}
