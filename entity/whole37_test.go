package entity

import "testing"

// TestNamesWithIn covers gazetteer names that hold "in" and a region
// ("Autonomous Region in Muslim Mindanao", "al-Qaeda in the Arabian
// Peninsula"): one actor, not a body located in the region. On sentences
// written for this test.
func TestNamesWithIn(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu met officials of the Autonomous Region in Muslim Mindanao.",
			[]string{"Tom Wu -meet-> Autonomous Region in Muslim Mindanao"},
			[]string{"Autonomous Region -locate_in-> Muslim Mindanao"},
			"the former Philippine region"},
		{"Al-Qaeda in the Arabian Peninsula kidnapped Tom Wu. AQIM later freed Ann Lee.",
			[]string{"al-Qaeda in the Arabian Peninsula -kidnap-> Tom Wu", "al-Qaeda in the Islamic Maghreb -free-> Ann Lee"},
			[]string{"al-Qaeda -locate_in-> Arabian Peninsula"},
			"al-Qaeda's regional branches"},
	})
}
