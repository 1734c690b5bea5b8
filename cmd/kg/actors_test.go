package main

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestActorsCmd(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"actors", "--top", "3"}, db...)...)
	want := `RANK  NAME                 TYPE    MENTIONS  DEGREE  ALIASES
1     Kim Jong Bok         Person  2         2       General Kim Jong Bok, Kim
2     North Korean troops  Group   2         3       
3     Kim Jong Un          Person  1         1       
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg actors mismatch (-want +got):\n%s", diff)
	}

	type actor struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Mentions int      `json:"mentions"`
	}
	cases := []struct {
		args []string
		want []actor
		why  string
	}{
		{[]string{"--type", "person", "--top", "2"}, []actor{
			{"Kim Jong Bok", "Person", []string{"General Kim Jong Bok", "Kim"}, 2},
			{"Kim Jong Un", "Person", []string{}, 1},
		}, "people by mentions, aliases as a list (empty, not null)"},
		{[]string{"--by", "degree", "--top", "1"}, []actor{{"North Korean troops", "Group", []string{}, 2}},
			"the troops are related to three actors"},
		{[]string{"--by", "pagerank", "--top", "1"}, []actor{{"North Korean troops", "Group", []string{}, 2}},
			"the best-connected node ranks first"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			out := mustKG(t, append(append([]string{"actors", "--json"}, c.args...), db...)...)
			var got []actor
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("--json output %q: %v", out, err)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("kg actors %v mismatch (-want +got) (%s):\n%s", c.args, c.why, diff)
			}
		})
	}
	if code, _, _ := kg(t, "", append([]string{"actors", "--by", "fame"}, db...)...); code != exitError {
		t.Errorf("kg actors --by fame: exit %d, want %d", code, exitError)
	}
}
