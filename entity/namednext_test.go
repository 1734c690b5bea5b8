package entity

import "testing"

// TestNamedNext checks that a body's or a state's unnamed holder of a role,
// the subject of a sentence, is the person whose full name opens the next
// sentence with no role of its own, on documents written for this test.
func TestNamedNext(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway's prime minister said on Friday that the talks had failed. Tom Wu told reporters in Oslo that Sweden had lied.",
			[]string{"Tom Wu -lead-> Norway"}, nil,
			"a state's head"},
		{"The Halvik Council's director-general said a colleague was killed. Ann Lee said in a post that the staff were safe.",
			[]string{"Ann Lee -lead-> Halvik Council"}, nil,
			"a body's head"},
		{"Norway's prime minister said on Friday that the talks had failed. Tom Wu, a Swedish diplomat, disagreed.",
			nil, []string{"Tom Wu -lead-> Norway"},
			"a name with a role of its own"},
		{"Norway's prime minister, Ola Berg, said on Friday that the talks had failed. Tom Wu told reporters that Sweden had lied.",
			nil, []string{"Tom Wu -lead-> Norway"},
			"the holder named in the sentence"},
	})
}
