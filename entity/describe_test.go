package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitleOfAnother checks that "the TITLE of X" names the person who
// holds the title of X, not another holder of the title named before, on
// documents written for this test.
func TestTitleOfAnother(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"President Tom Wu of Norway met Ann Lee in Oslo on Monday. The president of Sweden criticised Per Lund on Tuesday.",
			nil, []string{"Tom Wu -criticise-> Per Lund"},
			"Sweden's president is not Norway's"},
		{"President Tom Wu of Norway met Ann Lee in Oslo on Monday. The president of Norway criticised Per Lund on Tuesday.",
			[]string{"Tom Wu -criticise-> Per Lund"}, nil,
			"Norway's president is"},
		{"Kari Holm, the leader of the Harbor Party, met Ann Lee. On Friday the leader of the Green Front praised Per Lund.",
			nil, []string{"Kari Holm -praise-> Per Lund"},
			"a body's leader is not another body's"},
		{"The Oslo team, led by Ann Lee, studied the data. The team from Bergen University then checked the Oslo team's data.",
			[]string{"Ann Lee -lead-> Oslo team"}, []string{"Oslo team -from-> Bergen University"},
			"a team from another body is another team"},
		{"A team from Bergen University (BU) joined. The Oslo team, led by Ann Lee, studied the data. The team from BU then praised Per Lund.",
			[]string{"Ann Lee -lead-> Oslo team"}, []string{"Oslo team -praise-> Per Lund", "Oslo team -from-> Bergen University"},
			"a team from another body's acronym is another team"},
		{"The Oslo team, led by Ann Lee, studied the data. Later the team from Oslo praised Per Lund.",
			[]string{"Oslo team -praise-> Per Lund"}, nil,
			"a team from the place its name holds is that team"},
	})
}
