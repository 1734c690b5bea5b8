package nlp

import "strings"

// ingNames returns the capitalised words in -ing that text uses as a
// name inside a sentence: alone after a lower-case word and before one
// ("Wikinews contacted Boeing in an effort"), not where a name of several
// words may hold them ("the Sentencing Council"). It returns nil when
// there is none, as most texts have.
func ingNames(text string) map[string]bool {
	var names map[string]bool
	prev := ""
	rest := text
	for rest != "" {
		k := strings.IndexAny(rest, " \t\n\r")
		w, line := rest, false
		if k >= 0 {
			line = rest[k] == '\n' || rest[k] == '\r' // a headline's last word opens no sentence's middle
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		// "contacted Boeing, which", "by Boeing's": the name before
		// punctuation or a possessive stands alone.
		bare := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w, ",.;:"), "'s"), "’s")
		if isLowerWord(prev) && len(bare) > 4 && bare[0] >= 'A' && bare[0] <= 'Z' && strings.HasSuffix(bare, "ing") && isLowerWord(bare[1:]) {
			next := rest
			if j := strings.IndexAny(next, " \t\n\r"); j >= 0 {
				next = next[:j]
			}
			if bare != w || next == "" || next[0] < 'A' || next[0] > 'Z' {
				if names == nil {
					names = map[string]bool{}
				}
				names[bare] = true
			}
		}
		prev = w
		if line {
			prev = ""
		}
	}
	return names
}

// ingNameTags retags the words the text uses as names in -ing
// ([ingNames]) that the tagger read as gerunds: inside the sentence
// ("contacted Vorling/VBG about"), and first when a finite verb, a modal
// or a possessive follows, maybe past an adverb ("Boeing/VBG did not
// release ...", "Vorling also said"): a company's or a person's name, not
// a gerund. A gerund the text never uses alone as a name ("Testing is
// under way") is left alone.
func ingNameTags(toks []Token, names map[string]bool) {
	for i := range toks {
		if toks[i].Tag != "VBG" || !names[toks[i].Text] {
			continue
		}
		if i > 0 {
			toks[i].Tag = "NNP"
			continue
		}
		k := 1
		if k < len(toks) && toks[k].Tag == "RB" {
			k++
		}
		if k < len(toks) {
			switch toks[k].Tag {
			case "VBD", "VBZ", "VBP", "MD", "POS":
				toks[0].Tag = "NNP"
			}
		}
	}
}
