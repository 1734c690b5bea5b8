package entity

import "testing"

// TestAsSuccessorAfterPlace covers a place the chosen person stands for
// between the name and "as his running mate" ("named Senator Ann Lee of
// Ohio as his running mate"): the role reaches past it ([ofNameAs]).
func TestAsSuccessorAfterPlace(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Tom Varel named Senator Ann Pike of Ohio as his running mate.",
			[]string{"Ann Pike -running_mate_of-> Tom Varel", "Ann Pike -represent-> Ohio"}, nil,
			"a legislator's title and state"},
		{"Tom Varel chose Governor Ann Pike of New Mexico as his successor.",
			[]string{"Ann Pike -succeed-> Tom Varel"}, nil,
			"a two-word state before a successor noun"},
		{"Tom Varel praised Ann Pike of Ohio as his best critic.",
			nil, []string{"Ann Pike -running_mate_of-> Tom Varel", "Ann Pike -succeed-> Tom Varel"},
			"a noun of no role"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, 0))
		})
	}
}

// TestSharedPartyHead covers party names that share a plural "parties"
// ([Resolver.sharedHead]): two joined by "and", or a list with commas,
// each a party; a state's adjective names a side, not a party.
func TestSharedPartyHead(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Ann Pike is a member of the Labour and Conservative parties.",
			[]string{"Ann Pike -member_of-> Labour Party", "Ann Pike -member_of-> Conservative Party"}, nil,
			"two party names and a lower-case head"},
		{"Ann Pike is a member of the Green, Reform and Labour parties.",
			[]string{"Ann Pike -member_of-> Green Party", "Ann Pike -member_of-> Reform Party", "Ann Pike -member_of-> Labour Party"}, nil,
			"a list with commas"},
		{"The Justice, Treasury and State Departments signed the deal.",
			[]string{"Justice Department -sign_with-> State Department"}, nil,
			"a list before a capitalised head"},
		{"Ann Pike met the Israeli and Palestinian parties in Oslo.",
			nil, []string{"Ann Pike -meet-> Israeli Party", "Ann Pike -meet-> Palestinian Party"},
			"states' adjectives name the sides to a talk"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, 0))
		})
	}
}

// TestKinAndNoun covers two nouns joined by "and" between a possessive and
// a name ([kinAndNoun]): the last family noun names the person after a
// comma, or the first when a calling follows it and no comma.
func TestKinAndNoun(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Lisa Morn moved to Dover with her mother and sister, Jane Morn.",
			[]string{"Lisa Morn -sibling_of-> Jane Morn"}, []string{"Lisa Morn -parent_of-> Jane Morn", "Jane Morn -parent_of-> Lisa Morn"},
			"the last family noun names the person"},
		{"Lisa Morn met Tom Varel's brother and adviser Carl Varel.",
			[]string{"Tom Varel -sibling_of-> Carl Varel"}, nil,
			"a family noun and a calling of one person"},
		{"Lisa Morn met Tom Varel's wife and daughter, Ann and Mia Varel.",
			nil, []string{"Tom Varel -parent_of-> Ann Varel"},
			"a list of names after the nouns"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			checkEdges(t, edgeCase{tc.text, tc.want, tc.not, tc.why}, pron6Facts(t, tc.text, 0))
		})
	}
}
