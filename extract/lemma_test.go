package extract

import "testing"

// TestBase checks verb base forms, the part of lemmas that most often goes
// wrong.
func TestBase(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, tag, want string
		why             string
	}{
		{"traveled", "VBN", "travel", "a regular past participle"},
		{"stirred", "VBN", "stir", "consonant doubling is undone"},
		{"corroborated", "VBN", "corroborate", "the dropped final e comes back"},
		{"acquired", "VBD", "acquire", "\"-uir\" stems had an e"},
		{"mediated", "VBN", "mediate", "\"-iate\" verbs: a vowel before \"at\" still had an e"},
		{"negotiating", "VBG", "negotiate", "\"-iate\" verbs in -ing"},
		{"evaluated", "VBD", "evaluate", "\"-uate\" verbs"},
		{"besieged", "VBD", "besiege", "\"-iege\" verbs"},
		{"created", "VBD", "create", "create had its e"},
		{"defeated", "VBD", "defeat", "but defeat had none"},
		{"looked", "VBD", "look", "a double vowel before k had no e"},
		{"defined", "VBN", "define", "a consonant before \"-in\" had an e"},
		{"joined", "VBD", "join", "a vowel before \"-in\" had no e"},
		{"citing", "VBG", "cite", "a short consonant-vowel-consonant stem had an e"},
		{"signaling", "VBG", "signal", "no e after \"-al\""},
		{"carries", "VBZ", "carry", "-ies becomes -y"},
		{"oversees", "VBZ", "oversee", "irregular table"},
		{"went", "VBD", "go", "irregular table"},
		{"born", "VBN", "born", "\"be born\" keeps its participle"},
		{"added", "VBD", "add", "a short stem keeps its double consonant"},
		{"praised", "VBD", "praise", "a vowel pair before s had an e"},
		{"criticised", "VBN", "criticise", "British -ised"},
		{"copied", "VBD", "copy", "-ied becomes -y"},
		{"seized", "VBD", "seize", "a vowel pair before z had an e"},
		{"invaded", "VBD", "invade", "a consonant before \"-ad\" had an e"},
		{"loaded", "VBD", "load", "a vowel pair before d had no e"},
		{"quoted", "VBD", "quote", "the u of qu is a consonant"},
		{"explored", "VBD", "explore", "an -ore verb"},
		{"monitored", "VBD", "monitor", "an -or verb keeps no e"},
		{"indulged", "VBD", "indulge", "-lg had an e"},
		{"focused", "VBD", "focus", "irregular table: not \"focuse\""},
		{"using", "VBG", "use", "a short -ing form"},
		{"sank", "VBD", "sink", "irregular table"},
		{"invited", "VBD", "invite", "an -ite verb"},
		{"visited", "VBD", "visit", "an -it verb keeps no e"},
		{"withheld", "VBD", "withhold", "irregular table"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := x.base(tt.word, tt.tag); got != tt.want {
				t.Errorf("base(%q, %s) = %q, want %q (%s)", tt.word, tt.tag, got, tt.want, tt.why)
			}
		})
	}
}
