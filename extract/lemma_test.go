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
		{"defamed", "VBN", "defame", "a consonant before \"-am\" had an e"},
		{"inflaming", "VBG", "inflame", "\"-ame\" verbs in -ing"},
		{"steamed", "VBD", "steam", "a vowel before \"-am\" had no e"},
		{"centred", "VBN", "centre", "British \"-re\" verbs"},
		{"debuted", "VBD", "debut", "debut had no e, unlike execute"},
		{"citing", "VBG", "cite", "a short consonant-vowel-consonant stem had an e"},
		{"signaling", "VBG", "signal", "no e after \"-al\""},
		{"carries", "VBZ", "carry", "-ies becomes -y"},
		{"oversees", "VBZ", "oversee", "irregular table"},
		{"went", "VBD", "go", "irregular table"},
		{"found", "VB", "found", "the base form \"to found\" is no past of find"},
		{"found", "VBD", "find", "the past of find"},
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
		{"rebuked", "VBD", "rebuke", "an -uke verb"},
		{"visited", "VBD", "visit", "an -it verb keeps no e"},
		{"withheld", "VBD", "withhold", "irregular table"},
		{"conceded", "VBD", "concede", "a consonant before \"-ed\" had an e"},
		{"needed", "VBD", "need", "a vowel pair before d had no e"},
		{"retaliated", "VBD", "retaliate", "\"-iat\" had an e"},
		{"evacuating", "VBG", "evacuate", "\"-uat\" had an e"},
		{"treated", "VBD", "treat", "a vowel pair before t had no e"},
		{"created", "VBN", "create", "\"creat\" had an e"},
		{"extradited", "VBD", "extradite", "an -ite verb"},
		{"exiled", "VBD", "exile", "a consonant before \"-il\" had an e"},
		{"failed", "VBD", "fail", "a vowel pair before l had no e"},
		{"endorsed", "VBD", "endorse", "\"-rs\" had an e"},
		{"licensed", "VBN", "license", "\"-ns\" had an e"},
		{"massacred", "VBD", "massacre", "\"-cr\" had an e"},
		{"intervened", "VBD", "intervene", "\"-ven\" of intervene had an e"},
		{"happened", "VBD", "happen", "an -en verb keeps no e"},
		{"shelled", "VBD", "shell", "one syllable keeps its double l"},
		{"travelled", "VBD", "travel", "British doubling is undone"},
		{"installed", "VBN", "install", "\"install\" keeps its double l"},
		{"boycotted", "VBD", "boycott", "\"boycott\" keeps its double t"},
		{"worshiped", "VBD", "worship", "an -ip stem of two syllables had no e"},
		{"persuaded", "VBN", "persuade", "\"-suad\" had an e"},
		{"suing", "VBG", "sue", "irregular table"},
		{"striking", "VBG", "strike", "a one-syllable stem of five letters with one vowel before its consonant had an e"},
		{"smoked", "VBD", "smoke", "a one-syllable stem of five letters with one vowel before its consonant had an e"},
		{"stamped", "VBD", "stamp", "two consonants after the vowel had no e"},
		{"consoled", "VBD", "console", "a consonant before \"-ol\" had an e"},
		{"paroled", "VBN", "parole", "a consonant before \"-ol\" had an e"},
		{"cooled", "VBD", "cool", "a vowel pair before l had no e"},
		{"controlled", "VBD", "control", "doubling is undone"},
		{"patrolling", "VBG", "patrol", "doubling is undone"},
		{"rolled", "VBD", "roll", "one syllable keeps its double l"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := x.base(tt.word, tt.tag); got != tt.want {
				t.Errorf("base(%q, %s) = %q, want %q (%s)", tt.word, tt.tag, got, tt.want, tt.why)
			}
		})
	}
}

// TestFinalEStems checks that every stem of finalEStems, which
// dropsFinalE looks at only when a stem's last byte is one of theirs,
// still has its e restored, alone and with a prefix.
func TestFinalEStems(t *testing.T) {
	for _, stem := range finalEStems {
		for _, s := range []string{stem, "re" + stem} {
			if !dropsFinalE(s) {
				t.Errorf("dropsFinalE(%q) = false, want true", s)
			}
		}
	}
}
