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
		{"OSLO, Feb. 12 (Xinhua) -- Norwegian minister of national reconciliation confirmed Tuesday that the government would hold talks with opposition leader Ann Lee. In a briefing in Oslo, the minister, Tom Wu, stressed that the government was ready.",
			[]string{"Tom Wu -work_for-> Norway"}, []string{"Ann Lee -work_for-> Norway"},
			"a nationality's holder after a dateline, named after \"the minister,\" in the next sentence; a name among the objects is another's"},
		{"The Swedish foreign minister said on Tuesday that talks would resume. The minister, Ann Lee, spoke in Oslo.",
			[]string{"Ann Lee -work_for-> Sweden"}, nil,
			"a nationality's holder, then the role's noun and the name"},
		{"The Swedish foreign minister said on Tuesday that talks would resume. The envoy, Ann Lee, spoke in Oslo.",
			nil, []string{"Ann Lee -work_for-> Sweden"},
			"another role's noun before the name"},
	})
}
