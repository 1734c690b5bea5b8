package entity

import "testing"

// TestPlainSpelling checks that a known person whose name the document
// writes only without its accents is named as the document writes it, and
// keeps the canonical name when the document writes that too.
func TestPlainSpelling(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"President Nicolas Maduro has been declared the winner. Turkey's President Recep Tayyip Erdogan met Maduro.",
			[]string{"Recep Tayyip Erdogan -lead-> Turkey", "Recep Tayyip Erdogan -meet-> Nicolas Maduro"},
			[]string{"Recep Tayyip Erdoğan -lead-> Turkey", "Recep Tayyip Erdogan -meet-> Nicolás Maduro"},
			"the text's plain spelling"},
		{"President Nicolás Maduro spoke on Monday. Turkey's President Recep Tayyip Erdogan met Nicolas Maduro.",
			[]string{"Recep Tayyip Erdogan -meet-> Nicolás Maduro"},
			[]string{"Recep Tayyip Erdogan -meet-> Nicolas Maduro"},
			"the canonical name written too"},
	})
}
