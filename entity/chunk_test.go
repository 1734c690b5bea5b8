package entity

import "testing"

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
