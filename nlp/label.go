package nlp

import "strings"

// SpeakerLabel returns the tokens [start, end) of the speaker's label in
// double parentheses that opens toks, a sentence, as Wikinews prints the
// turns of its interviews ("((WN)) Why did you run?", "((Ann Lee)) I
// ran."), and the index of the token after the label; after is 0 when no
// label of at most five words opens the sentence.
func SpeakerLabel(toks []Token) (start, end, after int) {
	k, open := 0, 0
	for ; k < len(toks) && strings.Trim(toks[k].Text, "(") == ""; k++ {
		open += len(toks[k].Text)
	}
	if open != 2 {
		return 0, 0, 0
	}
	start = k
	for ; k < len(toks) && k < start+labelWords && !strings.HasPrefix(toks[k].Text, ")"); k++ {
	}
	end = k
	shut := 0
	for ; k < len(toks) && strings.Trim(toks[k].Text, ")") == ""; k++ {
		shut += len(toks[k].Text)
	}
	if shut != 2 || end == start {
		return 0, 0, 0
	}
	return start, end, k
}

// labelWords is the most words a speaker's label has.
const labelWords = 5
