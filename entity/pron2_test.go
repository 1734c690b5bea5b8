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
				"Ann Berg":             {"Ann Berg"},
				"Tom Kade":             {"Tom Kade", "Tom Kade"},
				"Mark Olsen":           {"Mark Olsen", "He"},
				"United States Senate": {"Senate"},
			},
			"the name before an apposition and adverbs is the subject of the verb after them"},
		{"apposition-one-adverb",
			"Two members, Ann Berg and Tom Kade, opposed the plan. Later, the paper reported Tom Kade was expected to leave the party. Mark Olsen, the Senate leader, reportedly committed to holding a trial. He publicly stated the trial would be fair.",
			map[string][]string{
				"Ann Berg":             {"Ann Berg"},
				"Tom Kade":             {"Tom Kade", "Tom Kade"},
				"Mark Olsen":           {"Mark Olsen", "He"},
				"United States Senate": {"Senate"},
			},
			"the name before an apposition and an adverb is the subject of the verb after them"},
	})
}

// TestChainsPersonApposition covers a description made of the head noun
// of a person's apposition ("Ed Varga, lead guitarist of rock band
// Stonefly, ... the guitarist"), and the appositions that give no such
// noun (a kin noun, "one of"), on documents of our own.
func TestChainsPersonApposition(t *testing.T) {
	runChainCases(t, []chainCase{
		{"role-apposition",
			"Ed Varga, lead guitarist of rock band Stonefly, died on Tuesday. Fans paid tribute to the guitarist.",
			map[string][]string{
				"Ed Varga": {"Ed Varga", "the guitarist"},
				"Stonefly": {"rock band Stonefly"},
			},
			"the head noun of a person's apposition describes the person"},
		{"article-apposition",
			"Ann Lee, the head chef at Halvik Bistro, was found dead on Monday. Police said the chef had been ill.",
			map[string][]string{
				"Ann Lee":       {"Ann Lee", "the chef"},
				"Halvik Bistro": {"Halvik Bistro"},
				"Police":        {"Police"},
			},
			"the head noun after an article in a person's apposition describes the person"},
		{"kin-apposition-not",
			"Tom Wu met Ann Lee, a friend of the family, on Monday. The friend later left.",
			map[string][]string{
				"Tom Wu":  {"Tom Wu"},
				"Ann Lee": {"Ann Lee", "a friend"},
			},
			"a noun of what a person is to another is no kind"},
	})
}

// TestChainsExpletiveIt covers an expletive "it" after a reporting verb
// ("Halvik Ltd said it was time to ..."), which names no speaker, beside
// an "it" that does ("said it was ready to ..."), on documents of our
// own.
func TestChainsExpletiveIt(t *testing.T) {
	runChainCases(t, []chainCase{
		{"time-to",
			"Halvik Ltd said on Monday that it was time to cut costs.",
			map[string][]string{"Halvik Ltd": {"Halvik Ltd"}},
			"the it of \"it was time to\" is no one's"},
		{"with-sadness",
			"The Norden Club said, \"It is with great sadness that we announce the death of our founder.\"",
			map[string][]string{"Norden Club": {"Norden Club", "we", "our"}},
			"the it of \"It is with great sadness that\" is no one's"},
		{"expected-that",
			"Halvik Ltd said it would normally be expected that prices rise in winter.",
			map[string][]string{"Halvik Ltd": {"Halvik Ltd"}},
			"the it of \"it would be expected that\" is no one's"},
		{"evaluative-to",
			"Halvik Ltd said it was never an easy decision to close a shop.",
			map[string][]string{"Halvik Ltd": {"Halvik Ltd"}},
			"the it of \"it was an easy decision to\" is no one's"},
		{"able-to",
			"Halvik Ltd said it was ready to cut costs.",
			map[string][]string{"Halvik Ltd": {"Halvik Ltd", "it"}},
			"a body that says it is ready to act is the it"},
	})
}

// TestSpeakerUSReport covers a title of Congress in a report that names
// the United States Congress but the United States only once: the
// report is on the US, so "Speaker of the House" leads its House. It
// used to hold only when an expletive "it" taken for the US made the
// US the report's state ([expletiveIt]).
func TestSpeakerUSReport(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{text: "Budget passes\n\nThe United States Congress passed the budget on Friday. Speaker of the House Mia Berg praised the vote.",
			want: []string{"Mia Berg -lead-> United States House of Representatives"},
			why:  "a report that names the US Congress is one on the US"},
	})
}

// TestChainsAccordingThem covers a "them" that receives what a source
// told or gave, in a sentence that opens with "According to" and an
// outlet: the outlet ("According to the Daily Post, a former aide told
// them"), but not where a group stands between, on documents of our own.
func TestChainsAccordingThem(t *testing.T) {
	runChainCases(t, []chainCase{
		{"outlet-them",
			"According to the Harbor Times, former aide Ola Berg told them of the letter.",
			map[string][]string{
				"Harbor Times": {"Harbor Times", "them"},
				"Ola Berg":     {"former aide Ola Berg"},
			},
			"the outlet a source spoke to is the them the source told"},
		{"group-between-not",
			"According to the Harbor Times, the Norden Union told them to strike.",
			map[string][]string{
				"Harbor Times": {"Harbor Times"},
				"Norden Union": {"Norden Union"},
			},
			"with another body between, them is not the outlet"},
	})
}
