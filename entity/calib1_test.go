package entity

import "testing"

// TestUSBodiesFullName: the annotators' guide names an actor by the
// fullest name, and the gold writes the bodies of the United States in
// full ("United States Senate", "United States House of Representatives");
// kg names the chambers it makes for a legislator's title, and the
// gazetteer's Senate and Congress, so. A state's "we" stays the state,
// not its chamber whose name begins with the state's. Invented stories.
func TestUSBodiesFullName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Farm bill fails\n\nSenator Nora Velt of Iowa voted against the farm bill on Thursday.",
			[]string{"Nora Velt -member_of-> United States Senate"}, []string{"Nora Velt -member_of-> US Senate"},
			"a senator's chamber by its full name"},
		{"Tax vote delayed\n\nRepresentative Colm Dairne of Ohio asked for a delay on Friday.",
			[]string{"Colm Dairne -member_of-> United States House of Representatives"}, []string{"Colm Dairne -member_of-> US House of Representatives"},
			"a representative's chamber by its full name"},
		{"US aid cut\n\nThe United States Senate ended the aid in March. \"We abandoned Syria,\" said Senator Pia Orlov.",
			[]string{"United States -abandon-> Syria"}, []string{"United States Senate -abandon-> Syria"},
			"a senator's \"we\" that acts on a foreign state is his state, not a chamber named after it"},
		{"Budget talks fail\n\nAnn Lee, the Speaker of the United States House of Representatives, criticised Tom Wu on Monday.",
			[]string{"Ann Lee -lead-> United States House of Representatives", "Ann Lee -criticise-> Tom Wu"},
			[]string{"Ann Lee -lead-> United States", "Ann Lee -lead-> House of Representatives"},
			"a chamber written after its state's full name is one name, as after its initials"},
		{"Budget talks fail\n\nThe United States House of Representatives voted to fine Tom Wu. The House issued a subpoena to Ann Lee on Monday.",
			[]string{"United States House of Representatives -subpoena-> Ann Lee"}, nil,
			"\"the House\" is the chamber named in full after its state"},
	})
}
