package entity

import "testing"

// TestChainsAppositionAdverb covers a subject set off by an apposition
// whose verb comes after adverbs ("Mark Olsen, the Senate leader,
// reportedly said ..."): it stays the subject that a "he" of the next
// sentence takes up, rather than a man the paragraph before named, on a
// document of our own.
func TestChainsAppositionAdverb(t *testing.T) {
	runChainCases(t, []chainCase{
		{"apposition-two-adverbs",
			"Two members, Ann Berg and Tom Kade, opposed the plan. Later, the paper reported Tom Kade was expected to leave the party. Mark Olsen, the Senate leader, reportedly previously committed to holding a trial. He publicly stated the trial would be fair.",
			map[string][]string{
				"Ann Berg":   {"Ann Berg"},
				"Tom Kade":   {"Tom Kade", "Tom Kade"},
				"Mark Olsen": {"Mark Olsen", "He"},
				"US Senate":  {"Senate"},
			},
			"the name before an apposition and adverbs is the subject of the verb after them"},
		{"apposition-one-adverb",
			"Two members, Ann Berg and Tom Kade, opposed the plan. Later, the paper reported Tom Kade was expected to leave the party. Mark Olsen, the Senate leader, reportedly committed to holding a trial. He publicly stated the trial would be fair.",
			map[string][]string{
				"Ann Berg":   {"Ann Berg"},
				"Tom Kade":   {"Tom Kade", "Tom Kade"},
				"Mark Olsen": {"Mark Olsen", "He"},
				"US Senate":  {"Senate"},
			},
			"the name before an apposition and an adverb is the subject of the verb after them"},
	})
}
