package entity

import "testing"

// TestChainsFormerDesc covers "the former president" and "the former prime
// minister" taking up a person named with the title before: the one named
// as a former holder when another holds the title now, none when two were
// given the title and neither was named as a former holder.
func TestChainsFormerDesc(t *testing.T) {
	runChainCases(t, []chainCase{
		{"former-after-title",
			"President Lars Berg visited Chile. The former president met Sebastián Piñera.",
			map[string][]string{
				"Lars Berg":        {"President Lars Berg", "The former president"},
				"Chile":            {"Chile"},
				"Sebastián Piñera": {"Sebastián Piñera"},
			},
			"\"the\", \"former\" and a title in lower case describe the one person given the title"},
		{"former-two-words",
			"Former Norwegian prime minister Lars Berg visited Chile. The former prime minister met Sebastián Piñera.",
			map[string][]string{
				"Lars Berg":        {"Former Norwegian prime minister Lars Berg", "The former prime minister"},
				"Chile":            {"Chile"},
				"Sebastián Piñera": {"Sebastián Piñera"},
			},
			"a two-word title after \"the former\""},
		{"former-holder-first",
			"Former president Lars Berg met President Karl Brandt in Oslo. The former president praised Ann Lee.",
			map[string][]string{
				"Lars Berg":   {"Former president Lars Berg", "The former president"},
				"Karl Brandt": {"Karl Brandt"},
				"Ann Lee":     {"Ann Lee"},
				"Oslo":        {"Oslo"},
			},
			"the person named as a former president, not the president named since"},
		{"former-two-holders",
			"Lars Berg, a former president, met President Karl Brandt in Oslo. The former president praised Ann Lee.",
			map[string][]string{
				"Lars Berg":   {"Lars Berg", "a former president"},
				"Karl Brandt": {"Karl Brandt"},
				"Ann Lee":     {"Ann Lee"},
				"Oslo":        {"Oslo"},
			},
			"two presidents and no former holder named by a title before his name: no guess"},
	})
}

// TestChainsAgeDesc covers "the 45-year-old" taking up the person the
// document gave that age before, after the name in commas or before it;
// none when no person was given the age, and not before a noun the age
// describes ("the 45-year-old man").
func TestChainsAgeDesc(t *testing.T) {
	runChainCases(t, []chainCase{
		{"age-in-commas",
			"Ann Lee, 45, visited Velby. The 45-year-old was arrested by Norwegian police.",
			map[string][]string{
				"Ann Lee":          {"Ann Lee", "The 45-year-old"},
				"Velby":            {"Velby"},
				"Norwegian police": {"Norwegian police"},
			},
			"the age given in commas after the name"},
		{"age-before-name",
			"Guards arrested 31-year-old Tom Wu and Ann Lee, 45, in Velby. The 31-year-old was charged with fraud.",
			map[string][]string{
				"Tom Wu":  {"Tom Wu", "The 31-year-old"},
				"Ann Lee": {"Ann Lee"},
				"Velby":   {"Velby"},
			},
			"the age before the name; the other person's age differs"},
		{"age-unknown",
			"Ann Lee, 45, visited Velby. The 31-year-old was arrested.",
			map[string][]string{
				"Ann Lee": {"Ann Lee"},
				"Velby":   {"Velby"},
			},
			"no person of that age was named"},
		{"age-lone-person",
			"Police arrested Tom Wu in Velby. The 64-year-old, who led Halvik Bank, denied the charges.",
			map[string][]string{
				"Tom Wu":      {"Tom Wu", "The 64-year-old"},
				"Velby":       {"Velby"},
				"Halvik Bank": {"Halvik Bank"},
				"Police":      {"Police"},
			},
			"an age no one was given, opening the sentence: the one person the sentence before names"},
		{"age-two-people",
			"Tom Wu met Ann Lee in Velby. The 64-year-old was arrested.",
			map[string][]string{
				"Tom Wu":  {"Tom Wu"},
				"Ann Lee": {"Ann Lee"},
				"Velby":   {"Velby"},
			},
			"two people named in the sentence before: no guess"},
		{"age-unnamed-person",
			"A 64-year-old man was arrested in Velby. Police chief Tom Wu confirmed the arrest. The 64-year-old was released.",
			map[string][]string{
				"Police": {"Police"},
				"Tom Wu": {"Tom Wu"},
				"Velby":  {"Velby"},
			},
			"an unnamed person was given the age before: not the one person named"},
	})
}
