package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHomePeopleAndPlacedBody checks a report's state counted by its
// people's plural noun, and bodies placed by a place's name after a
// preposition or by a hyphenated "-based" description (whole55 round).
func TestHomePeopleAndPlacedBody(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norwegians protested for a fourth night. Protests went on in the Norwegian capital Oslo. Critics within Norway blamed President Tom Wu. President Wu said foreign forces were involved.",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a nationality's plural noun counts as a mention of the report's state"},
		{"Swedes protested for a fourth night. Critics within Norway blamed President Tom Wu.",
			nil, []string{"Tom Wu -lead-> Norway", "Tom Wu -lead-> Sweden"},
			"another state's people tie the report's state: no state"},
		{"Tom Wu was later airlifted by Bergen charity Halvik Aid. Shares of Oslo firm Velby Holdings fell.",
			[]string{"Halvik Aid -locate_in-> Bergen", "Velby Holdings -locate_in-> Oslo"}, nil,
			"a place's name and a body's noun after a preposition place the body"},
		{"In Bergen firm Halvik Aid hired fifty workers.",
			nil, []string{"Halvik Aid -locate_in-> Bergen"},
			"a place after in may say where the act happened"},
		{"Halvik Relief Foundation, a Bergen-based non-profit, paid for the flight. Tom Wu was airlifted by Oslo non-profit Velby Trust Foundation.",
			[]string{"Halvik Relief Foundation -locate_in-> Bergen", "Velby Trust Foundation -locate_in-> Oslo"}, nil,
			"a hyphenated body noun closes a -based description and follows a place's name"},
		{"Art for Peace Foundation, a Bergen charity, paid for the flight. Tom Wu thanked the Art for Peace Foundation.",
			[]string{"Tom Wu -thank-> Art for Peace Foundation"}, []string{"Tom Wu -thank-> Peace Foundation"},
			"a word, for and capitalised words closed by a body's head noun are one name"},
		{"Norway thanked Sweden for Halvik Foundation support. Ann Lee thanked Tom for Velby Institute funds.",
			[]string{"Norway -thank-> Sweden"}, []string{"Norway -thank-> Sweden for Halvik Foundation"},
			"a known name or a given name before for opens no such name"},
	})
}
