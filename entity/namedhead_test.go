package entity

import "testing"

// TestNamedHead covers a body naming or electing a person to its head
// without "as" ("Halvik Systems named Tom Wu chief executive"), on
// invented stories: the person leads the body, as with "as".
func TestNamedHead(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Systems named Tom Wu chief executive on Wednesday.",
			[]string{"Tom Wu -lead-> Halvik Systems"}, nil, "named chief executive"},
		{"The Harbor Party elected Ann Lee leader in March.",
			[]string{"Ann Lee -lead-> Harbor Party"}, nil, "elected leader"},
		{"Halvik Systems named Tom Wu spokesman on Wednesday.",
			nil, []string{"Tom Wu -lead-> Halvik Systems"}, "a spokesman leads nothing"},
	})
}
