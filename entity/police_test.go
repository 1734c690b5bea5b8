package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPoliceRanks checks that a police officer's rank before a name, in a
// report that names one police force, makes the officer the force's, on
// reports written for this test.
func TestPoliceRanks(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	const arrest = "Halvik Valley Police arrested two men in Oslo on Monday.\n\n"
	runEdgeCases(t, a, x, r, []edgeCase{
		{arrest + "\"We are grateful for the help,\" said Detective Inspector Tom Wu.\n\nPolice Constable Ann Lee was injured.",
			[]string{"Tom Wu -work_for-> Halvik Valley Police", "Ann Lee -work_for-> Halvik Valley Police"}, nil,
			"a rank before the name: an officer of the one force the report names"},
		{arrest + "Chief Constable Ann Lee thanked the public.",
			[]string{"Ann Lee -lead-> Halvik Valley Police"}, []string{"Ann Lee -work_for-> Halvik Valley Police"},
			"a chief constable heads the force"},
		{arrest + "The region's chief constable Ann Lee wrote to the embassy.",
			[]string{"Ann Lee -lead-> Halvik Valley Police"}, nil,
			"a rank in lower case before the name is a title too"},
		{arrest + "Fjord Transport Police helped. Detective Sergeant Tom Wu said more arrests were likely.",
			nil, []string{"Tom Wu -work_for-> Halvik Valley Police", "Tom Wu -work_for-> Fjord Transport Police"},
			"two forces named: the rank does not say which"},
		{"The Halvik Army moved two brigades. Sergeant Tom Wu was wounded near Oslo.",
			nil, []string{"Tom Wu -work_for-> Halvik Army"},
			"a sergeant alone is no police rank"},
		{arrest + "In Kelby, provincial police Detective Constable Tom Wu said the road was shut. Local police spokesman Ann Lee said it was open.",
			[]string{"Ann Lee -work_for-> Halvik Valley Police"}, []string{"Tom Wu -work_for-> Halvik Valley Police"},
			"a level before a lower-case police that the named force's name lacks tells another force apart; local police may be the named one"},
		{"The Kelby Provincial Police closed the road. In Kelby, provincial police Detective Constable Tom Wu said so.",
			[]string{"Tom Wu -work_for-> Kelby Provincial Police"}, nil,
			"the level in the named force's name: its officer"},
		{"The Royal Halvik Police (RHP) closed the road on Monday. RHP Sergeant Tom Wu said so. Halvik Bank Inspector Ann Lee said the road was safe.",
			[]string{"Tom Wu -work_for-> Royal Halvik Police", "Ann Lee -work_for-> Halvik Bank"}, nil,
			"a body's name and a rank before the name: the body's officer"},
	})
}

// TestPoliceRankName checks that a police rank is a title, not a word of
// the officer's name.
func TestPoliceRankName(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Chief Constable Sara Holt thanked the public. Police Constable Ann Lee was injured."
	ents, _ := r.Resolve(a.Split(text), nil)
	want := map[string]bool{"Sara Holt": false, "Ann Lee": false}
	for _, e := range ents {
		if _, ok := want[e.Name]; ok {
			want[e.Name] = true
		}
	}
	for name, found := range want {
		if !found {
			t.Errorf("Resolve(%q): no entity named %q (entities %v)", text, name, ents)
		}
	}
}
