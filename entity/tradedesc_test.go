package entity

import "testing"

// TestTradeDescriptions checks that "the carmaker" or "the drugmaker" takes
// up a company named before that no other trade describes, on sentences
// written for this test.
func TestTradeDescriptions(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Strike\n\nToyota said it would cut jobs. Ann Lee criticised the carmaker on Friday.",
			[]string{"Ann Lee -criticise-> Toyota"}, nil,
			"a company of the gazetteer, with no trade of its own"},
		{"Strike\n\nToyota said it would cut jobs. Ann Lee criticised the Japanese carmaker on Friday.",
			[]string{"Ann Lee -criticise-> Toyota"}, nil,
			"with a state's adjective"},
		{"Strike\n\nPfizer said it would cut jobs. Ann Lee criticised the carmaker on Friday.",
			nil, []string{"Ann Lee -criticise-> Pfizer"},
			"a drugmaker is no carmaker"},
	})
}
