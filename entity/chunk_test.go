package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

func TestCleanName(t *testing.T) {
	tests := []struct {
		in, want, why string
	}{
		{"Acme Corp.", "Acme Corp", "a final stop is dropped"},
		{"Kim Jong Un", "Kim Jong Un", "a tidy name is kept as it is"},
		{" Kim  Jong\tUn ", "Kim Jong Un", "spaces collapsed"},
		{"People\u2019s Party", "People's Party", "curly apostrophe folded"},
		{"Zo\u00eb\u00a0Ball", "Zo\u00eb Ball", "a no-break space is a space"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := cleanName(tt.in); got != tt.want {
				t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAcronym(t *testing.T) {
	tests := []struct {
		in, want, why string
	}{
		{"Korean People's Army", "KPA", "the capital initials"},
		{"University of Southern Indiana", "USI", "lower-case words are skipped"},
		{"Pyongyang", "", "one word has no acronym"},
		{"", "", "nor has no word"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := acronym(tt.in); got != tt.want {
				t.Errorf("acronym(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTitleAfterOf checks a title or a nationality right after "of" or
// "for" inside a body's name: a word of the name, which is not cut there.
func TestTitleAfterOf(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"He joined the Society for General Land Surveys in 1950.", "Society for General Land Surveys", schema.Organization, schema.Organization, "a title after for"},
		{"He joined the Society for General Land Surveys in 1950.", "Society for", "", "", "no name ends in for"},
		{"The Association of Chief Fire Officers said fires fell.", "Association of Chief Fire Officers", schema.Organization, schema.Organization, "a title after of"},
		{"She works at the Museum of American Folk Art in Boston.", "Museum of American Folk Art", schema.Organization, schema.Organization, "a nationality after of"},
		{"He sat as a judge of the Court of King's Bench for years.", "Court of King's Bench", schema.Organization, schema.Organization, "a title's possessive after of"},
		{"Officials of the University of Oslo and Governor Ann Lee met.", "Ann Lee", schema.Person, schema.Person, "a title after and opens a person's name"},
	})
}

// TestNationalOpensName checks "National" and "International" before
// another capitalised word: they open a body's or a site's name, which is
// not cut to its rest.
func TestNationalOpensName(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Researchers at the National Wind Laboratory in Oslo built it.", "National Wind Laboratory", schema.Organization, schema.Organization, "National opens the name (a laboratory is an organisation)"},
		{"Researchers at the National Wind Laboratory in Oslo built it.", "Wind Laboratory", "", "", "the name is not cut"},
		{"He worked with the International Braille Language Association.", "International Braille Language Association", schema.Organization, schema.Organization, "International opens the name"},
		{"National security was the main issue.", "National", "", "", "an adjective before a common noun opens no name"},
	})
}
