package entity

import "testing"

// TestRelativeAside covers a relative clause set off after a member of
// the list that "between" opens: the list goes on after it.
func TestRelativeAside(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Bilateral discussions between President Tom Wu, who is on an official visit to Norway, and Prime Minister Ann Lee were held last night.",
			[]string{"Tom Wu -discuss_with-> Ann Lee", "Tom Wu -visit-> Norway"},
			nil,
			"a relative clause after the first party"},
		{"Talks between Kim Ek, who arrived on Monday, and Ola Berg ended.",
			[]string{"Kim Ek -talk_with-> Ola Berg"},
			nil,
			"a relative clause with a time in it"},
	})
}
