package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSourcesCmd(t *testing.T) {
	db := exploreDB(t)
	cases := []struct {
		args []string
		want string
		why  string
	}{
		{[]string{"vladimir putin"}, `news.txt, sentence 3:
  Kim met Vladimir Putin, who leads Russia.
    Kim Jong Bok -meet-> Vladimir Putin  ("met", confidence 0.80)
    Vladimir Putin -lead-> Russia  ("leads", confidence 0.80)
`, "the sentence that mentions Putin, with his facts"},
		{[]string{"north korean troops", "Kim Jong Bok"}, `news.txt, sentence 1:
  General Kim Jong Bok oversees the troops in Kursk.
    Kim Jong Bok -oversee-> North Korean troops  ("oversees", confidence 0.80)
`, "only the facts relating the two, whatever the order"},
		{[]string{"Kursk", "Russia"}, "no sentences\n", "nothing relates them"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			out := mustKG(t, append(append([]string{"sources"}, c.args...), db...)...)
			if diff := cmp.Diff(c.want, out); diff != "" {
				t.Errorf("kg sources %v mismatch (-want +got):\n%s", c.args, diff)
			}
		})
	}
}
