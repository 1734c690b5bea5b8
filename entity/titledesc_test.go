package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitleDesc covers bare title descriptions taken up as their holder:
// two-word titles ("the prime minister", "the chief executive"), a
// state's adjective and a title ("the Fijian leader"), a title after a
// possessive in apposition ("Tom Wu, Fiji's president,"), and a state's
// adjective and a body's noun placed by the facts ("the Scottish court").
func TestTitleDesc(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Prime Minister Ola Berg met Per Lund on Monday. Critics later accused the prime minister of misleading Bo Kim. The prime minister criticised Halvik Holdings.",
			[]string{"Ola Berg -criticise-> Halvik Holdings"},
			nil,
			"a lower-case two-word title is its one holder"},
		{"Chief Executive Ann Lee delivered a speech to the Nordic Council. Lawmakers shouted at the chief executive. The Chief Executive later sued Tom Hale.",
			[]string{"Ann Lee -sue-> Tom Hale"},
			nil,
			"a capitalised two-word title is its holder, as a one-word one is"},
		{"Tom Wu, Fiji's president, met Australian Prime Minister Ann Lee in Canberra. The Fijian leader praised Halvik Holdings. The president criticised Bo Kim.",
			[]string{"Tom Wu -praise-> Halvik Holdings", "Tom Wu -criticise-> Bo Kim"},
			[]string{"Ann Lee -praise-> Halvik Holdings", "Fiji -criticise-> Bo Kim"},
			"a title after a possessive state in apposition describes its holder; the state's adjective and \"leader\" is the state's leader"},
		{"Tom Wu, the Norwegian prime minister, met Bo Kim, the Swedish prime minister. The Swedish prime minister praised Halvik Holdings.",
			[]string{"Bo Kim -praise-> Halvik Holdings"},
			[]string{"Tom Wu -praise-> Halvik Holdings"},
			"a state's adjective picks the holder of the title for that state"},
		{"Swedish Foreign Minister Kari Dahl met Ola Berg in Oslo. Sweden's foreign minister later praised Halvik Holdings. Governor Ann Lee of Oregon signed the bill. Senator Tom Hale criticised the Oregon governor.",
			[]string{"Kari Dahl -praise-> Halvik Holdings", "Tom Hale -criticise-> Ann Lee"},
			[]string{"Sweden -praise-> Halvik Holdings"},
			"a state's name, possessive or after \"the\", and a title is the one holder of that title for the state"},
		{"Oregon Governor Ann Lee signed the bill. Senator Tom Hale criticised the Oregon Governor on Monday. Ohio Governor Kari Dahl met Bo Kim. The Ohio Governor Kari Dahl praised Halvik Holdings.",
			[]string{"Tom Hale -criticise-> Ann Lee", "Kari Dahl -praise-> Halvik Holdings"},
			nil,
			"a capitalised title after \"the\" and a state's name is that holder too; a name after it names the holder itself"},
		{"Norwegian Minister Ola Berg met Norwegian Minister Kari Dahl in Oslo. The Norwegian minister praised Halvik Holdings. Sweden's foreign minister, Bo Kim, criticised Tom Hale.",
			[]string{"Bo Kim -criticise-> Tom Hale"},
			[]string{"Ola Berg -praise-> Halvik Holdings", "Kari Dahl -praise-> Halvik Holdings"},
			"two holders of the title for the state: the description names no one"},
		{"Tom Hale, the president of Fjord Bank, met Ann Lee on Tuesday. Fjord Bank's president later praised Halvik Holdings.",
			[]string{"Tom Hale -praise-> Halvik Holdings"},
			[]string{"Fjord Bank -praise-> Halvik Holdings"},
			"a body's possessive name and a title is the one who holds it there"},
		{"Australian Prime Minister Ann Lee met Fijian Prime Minister Tom Hale in Suva. The prime minister praised Halvik Holdings.",
			nil,
			[]string{"Ann Lee -praise-> Halvik Holdings", "Tom Hale -praise-> Halvik Holdings"},
			"a two-word title given to two people names neither"},
		{"Opposition leader Bo Kim welcomed the decision on Monday. The opposition leader later criticised Tom Hale. Committee chairman Ann Lee met Ivo Dahl. The deputy chairman praised Halvik Holdings.",
			[]string{"Bo Kim -criticise-> Tom Hale"},
			[]string{"Ann Lee -praise-> Halvik Holdings"},
			"a lower-case noun and title written before a person's name take him up after \"the\"; other words before the title name someone else"},
		{"The Court of Session in Edinburgh ruled on Friday. The UK Supreme Court will hear an appeal. Tom Wu criticised the Scottish court.",
			[]string{"Tom Wu -criticise-> Court of Session"},
			[]string{"Tom Wu -criticise-> UK Supreme Court"},
			"a state's adjective and a body's noun is the body the facts place in that state"},
	})
}
