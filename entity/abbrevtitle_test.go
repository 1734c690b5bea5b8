package entity

import "testing"

// TestAbbreviatedTitle checks that "PM" before a name is the prime
// minister's title, no part of the name, and heads the state the report
// is about as "Prime Minister" does, on sentences written for this test.
func TestAbbreviatedTitle(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway votes\n\nNorway held a general election on Monday.\n\n" +
			"PM Tom Wu, who is challenging Ann Lee in the race, described the election in Norway as a farce.\n\n" +
			"Observers from Sweden said the vote in Norway was fair.",
			[]string{"Tom Wu -lead-> Norway", "Tom Wu -challenge-> Ann Lee"}, []string{"PM Tom Wu -challenge-> Ann Lee"},
			"the abbreviated title of a prime minister"},
	})
}
