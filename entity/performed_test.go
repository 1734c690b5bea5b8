package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPerformed checks that a speech act wished is done in the wishing.
func TestPerformed(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{`Tom Wu said, "I want to thank Sweden for its support." Ann Lee said she would also like to congratulate Norway on the result.`,
			[]string{"Tom Wu -thank-> Sweden", "Ann Lee -congratulate-> Norway"},
			nil,
			"wishing to thank or congratulate thanks or congratulates"},
		{`Kari Dahl said, "I don't want to thank Denmark." Ola Berg wants to visit Finland.`,
			nil,
			[]string{"Kari Dahl -thank-> Denmark", "Ola Berg -visit-> Finland"},
			"a denied wish thanks no one, and a wish to visit is no visit"},
	})
}
