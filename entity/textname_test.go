package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTextNames checks that a state's group or body is named as the
// document writes it: by the state's name, before the noun or after
// "of", whether or not the document writes the adjective too, and a
// state's gazetteer body by its longer written form.
func TestTextNames(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"United States troops attacked the Front in Iraq on Monday.",
			[]string{"United States troops -attack-> Front"}, []string{"American troops -attack-> Front"},
			"the text's own form names the group"},
		{"U.S. troops fought the Front in Iraq. Halvik Holdings was attacked by United States troops.",
			[]string{"United States troops -fight-> Front"}, []string{"U.S. troops -fight-> Front"},
			"the state's full name before its acronym, in one node"},
		{"United States troops attacked the Front. American troops attacked Norway.",
			[]string{"United States troops -attack-> Front"}, []string{"American troops -attack-> Front"},
			"the state's own name over its adjective, though the document writes both"},
		{"The Iraqi government asked U.S. troops to leave. The American government criticised Norway. A spokesman for the US government said American troops would stay.",
			[]string{"Iraqi government -ask-> U.S. troops", "US government -criticise-> Norway"}, []string{"Iraqi government -ask-> American troops"},
			"the group and the government each by the state's name the text gives"},
		{"Norway fines Halvik Air\n\nOn Friday the United States federal government criticised Norway. The government asked Norway to lift the fine.",
			[]string{"United States federal government -ask-> Norway"}, []string{"American government -ask-> Norway"},
			"a state's whole government named with 'federal', which a bare 'the government' is"},
		{"Coalition troops stayed on after an invitation from the Government of Iraq. U.S. troops left Iraq, then at the Iraqi government's request returned.",
			[]string{"Government of Iraq -ask-> U.S. troops"}, []string{"Iraqi government -ask-> U.S. troops"},
			"a government's capitalised name before 'of' and its state over the adjective's form"},
		{"The regional government of Norway fined Halvik Air. The Norwegian regional government said the fine was fair.",
			nil, []string{"Norwegian government -fine-> Halvik Air", "Norwegian regional government -fine-> Halvik Air"},
			"a region's government is not the state's"},
		{"The United States government condemned Norway on Tuesday.",
			[]string{"United States government -condemn-> Norway"}, []string{"American government -condemn-> Norway"},
			"a government named by its state's name"},
		{"The Norwegian government condemned Sweden on Tuesday.",
			[]string{"Norwegian government -condemn-> Sweden"}, nil,
			"the adjective's own form stays"},
		{"The United States Department of State criticized Norway on Tuesday.",
			[]string{"Department of State -criticize-> Norway"}, []string{"State Department -criticize-> Norway"},
			"a state's body of the gazetteer takes its longer written form"},
		{"The State Department criticized Norway. The Department of State said the vote was wrong.",
			[]string{"State Department -criticize-> Norway"}, []string{"Department of State -criticize-> Norway"},
			"the gazetteer's name when the document writes it"},
		{"The Parliament of Norway sanctioned Halvik Holdings on Monday.",
			[]string{"Parliament of Norway -sanction-> Halvik Holdings"}, []string{"Norwegian parliament -sanction-> Halvik Holdings", "Parliament of Norway -part_of-> Norway"},
			"a state's body named after 'of' keeps that name, and the relation its name states is no fact"},
		{"The government of Norway condemned Sweden on Monday.",
			[]string{"government of Norway -condemn-> Sweden"}, []string{"Norwegian government -condemn-> Sweden"},
			"a government named before 'of' and its state, without the article"},
		{"The Norwegian parliament met. The Parliament of Norway sanctioned Halvik Holdings on Monday.",
			[]string{"Parliament of Norway -sanction-> Halvik Holdings"}, []string{"Norwegian parliament -sanction-> Halvik Holdings"},
			"the state's name before 'of' though the document writes the adjective's form too"},
	})
}
