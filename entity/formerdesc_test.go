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
