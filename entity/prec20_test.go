package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNameCutByVerb checks that a verb the extractor finds inside a name
// ("Planned Parenthood" read as "planned" and its object "Parenthood")
// gives no fact with the rest of the name as object. The sentences are
// written for this test.
func TestNameCutByVerb(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Planned Parenthood, along with the Sierra Club have announced their plans to oppose the law.",
			nil, []string{"Sierra Club -plan-> Planned Parenthood"}, "a verb opening a name"},
		{"Groups sue. Planned Parenthood, along with the Sierra Club have announced their plans to oppose the law.",
			nil, []string{"Sierra Club -plan-> Planned Parenthood"}, "a verb opening a name after a headline"},
		{"Groups sue. Planned Parenthood sued the Sierra Club on Monday.",
			[]string{"Planned Parenthood -sue-> Sierra Club"}, nil, "a subject cut at the same verb still names its actor"},
	})
}

// TestNumberedTeam checks that a team whose name ends in a number's
// plural ("49ers", "76ers") is named whole, an organisation, and not cut
// to the town its name opens with; a decade after a town's name stays
// out of the name. The sentences are written for this test.
func TestNumberedTeam(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sports news. The Toronto 58ers beat the Boston Celtics on Monday.",
			[]string{"Toronto 58ers -beat-> Boston Celtics"}, nil, "a team's name ending in 58ers"},
		{"Sports news. Tom Wu, who used to coach the Denver 62ers, praised the team.",
			[]string{"Tom Wu -coach-> Denver 62ers"}, []string{"Tom Wu -coach-> Denver"}, "not the town"},
		{"Sports news. The Chicago 1990s scene shaped Tom Wu, who visited Denver.",
			[]string{"Tom Wu -visit-> Denver"}, nil, "a decade is no team"},
	})
}

// TestSportTeam checks that "the NAME football team" (or basketball,
// hockey, ... team or club) is the team of that name. The sentences are
// written for this test.
func TestSportTeam(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Sports news. Tom Wu, who used to own the Boston Celtics basketball team, died.",
			[]string{"Tom Wu -own-> Boston Celtics"}, nil, "a basketball team"},
		{"Sports news. Ann Lee bought the Leeds United football club in 2010.",
			[]string{"Ann Lee -buy-> Leeds United"}, nil, "a football club"},
	})
}

// TestTitledWork checks that a name after "entitled" or "titled" is a
// work's title, no actor: the maker of "a sculpture entitled Norway" made
// no state. The sentences are written for this test.
func TestTitledWork(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The bench is an artwork entitled America made by Danish artist Tom Wu.",
			[]string{"Tom Wu -from-> Denmark"}, []string{"Tom Wu -make-> United States"}, "an artwork entitled with a state's name"},
		{"The toilet is an artwork titled America made by Danish artist Tom Wu.",
			nil, []string{"Tom Wu -make-> United States"}, "titled"},
		{"Ann Berg is a student in Oslo. \"I am currently reading Bright Future Now by Ola Nord,\" Berg said. Ann Berg sang Long Road Home by Ola Nord.",
			nil, []string{"Ann Berg -read-> Bright Future Now", "Ann Berg -sing-> Long Road Home"},
			"a name and 'by' and its author's name at once: a work"},
		{"Ola Nord introduced Tom Wu by name. Norway was invaded by Sweden. Ann Berg reads the Halvik Times by the fire.",
			[]string{"Ola Nord -introduce-> Tom Wu", "Sweden -invade-> Norway", "Ann Berg -read-> Halvik Times"}, nil,
			"'by' and no person's name, or a passive's agent, leaves the object"},
	})
}

// TestSeatAfter checks that a chamber's name before "seat", which the
// extractor reads as a verb, is not what a verb of filling or winning
// acts on: the seat is. The sentences are written for this test.
func TestSeatAfter(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Special election set. Utah is holding a special election in June to fill the U.S. House of Representatives seat formerly held by Tom Wu.",
			nil, []string{"Utah -fill-> House of Representatives", "Utah -fill-> U.S. House of Representatives"}, "a seat read as a verb"},
		{"Ann Lee joined the Norwegian Parliament in 2010.",
			[]string{"Ann Lee -join-> Norwegian Parliament"}, nil, "a chamber joined stays"},
	})
}
