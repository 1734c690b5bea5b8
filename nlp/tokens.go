package nlp

import (
	"strings"
	"unicode"
)

// keepWhole reports whether a whitespace-delimited span must stay one
// token: Penn Treebank quotes (“ and ”), which the tokenizer would cut in
// two, and abbreviations whose period is part of the word ("Corp.",
// "Mass.", "A.").
func keepWhole(span string) bool {
	if span == "``" || span == "''" {
		return true
	}
	if len(span) < 2 || span[len(span)-1] != '.' {
		return false
	}
	w := span[:len(span)-1]
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z' // an initial: "A. Rama Krishna"
	}
	if !isCapitalized(w) {
		return false
	}
	if a, b, ok := strings.Cut(w, ".-"); ok && isCapitalized(b) {
		// a rank of two abbreviations joined by a hyphen: "Brig.-Gen.",
		// "Lt.-Col."
		return abbreviation(strings.ToLower(a)) && abbreviation(strings.ToLower(b))
	}
	return abbreviation(strings.ToLower(w))
}

// abbreviation reports whether w (lower case, without its period) is a
// common English abbreviation that is written with a period.
func abbreviation(w string) bool {
	switch w {
	case "corp", "inc", "ltd", "co", "bros", "cos", "plc", "jr", "sr", "st", "mr", "mrs", "ms", "dr", "gen", "gov",
		"sen", "rep", "prof", "lt", "col", "sgt", "capt", "adm", "maj", "cmdr", "rev", "hon", "pres", "messrs",
		"brig", "cpl", "pvt", "pfc", "spc", "cdr", "supt", "insp", "det",
		"jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd",
		"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
		"mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
		"vt", "wash", "wis", "wyo", "no", "vol", "vs", "dept", "univ", "assn", "approx", "fig",
		"llc", "kft", "zrt", "nyrt", "bhd", "sdn", "tbk", "pty", "pte", "ltda", "srl":
		return true
	}
	return false
}

// splitFinalPeriod cuts the sentence's full stop off its last word when the
// tokenizer took the word for an abbreviation ("the Black Sea."): a
// sentence ends with a period of its own unless its last word is a known
// abbreviation or an initial.
func splitFinalPeriod(toks []Token) []Token {
	if len(toks) < 2 {
		return toks
	}
	last := toks[len(toks)-1]
	w := strings.TrimSuffix(last.Text, ".")
	if len(w) < 2 || w == last.Text || strings.Contains(w, ".") || abbreviation(strings.ToLower(w)) || last.End-last.Start != len(last.Text) {
		return toks
	}
	toks[len(toks)-1] = Token{Text: w, Start: last.Start, End: last.End - 1}
	return append(toks, Token{Text: ".", Start: last.End - 1, End: last.End})
}

// splitGluedDash cuts the hyphen off a capitalised word it is glued to
// right after a dateline's ")" or capitals: "OSLO (Reuters) -Norwegian
// forces fired" has a dash typed without its space, which prose's
// tokenizer keeps in the word ("-Norwegian").
func splitGluedDash(toks []Token) []Token {
	var out []Token
	for i := range toks {
		t := &toks[i] // not a copy: most tokens are only looked at
		if !gluedDash(t.Text) || t.End-t.Start != len(t.Text) || i > 0 && toks[i-1].Text != ")" && strings.ToUpper(toks[i-1].Text) != toks[i-1].Text {
			if out != nil {
				out = append(out, *t)
			}
			continue
		}
		if out == nil {
			out = append(make([]Token, 0, len(toks)+1), toks[:i]...)
		}
		out = append(out, Token{Text: "-", Start: t.Start, End: t.Start + 1}, Token{Text: t.Text[1:], Start: t.Start + 1, End: t.End})
	}
	if out == nil {
		return toks
	}
	return out
}

// gluedDash reports whether w is a hyphen and a capitalised word of
// letters: "-Norwegian".
func gluedDash(w string) bool {
	if len(w) < 3 || w[0] != '-' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	for _, c := range w[2:] {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// splitThenPrefix cuts "then-" (or "Then-") off a capitalised word
// ("then-U.S.", "then-President"): the prefix dates the title or name after it, which is
// read as written without it. A period the tokenizer cut off a dotted
// abbreviation ("then-U.S" ".") goes back to it, and a lower-case title
// hyphened to a dotted abbreviation ("then-U.S.-president") is a word
// of its own.
func splitThenPrefix(toks []Token) []Token {
	var out []Token
	for i := 0; i < len(toks); i++ {
		t := &toks[i] // not a copy: most tokens are only looked at
		rest, ok := strings.CutPrefix(t.Text, "then-")
		if !ok {
			rest, ok = strings.CutPrefix(t.Text, "Then-") // a sentence's first word
		}
		if !ok || !isCapitalized(rest) || t.End-t.Start != len(t.Text) {
			if out != nil {
				out = append(out, *t)
			}
			continue
		}
		if out == nil {
			out = append(make([]Token, 0, len(toks)+1), toks[:i]...)
		}
		n := len("then-")
		word := Token{Text: rest, Start: t.Start + n, End: t.End}
		if strings.Contains(rest, ".") && i+2 < len(toks) && toks[i+1].Text == "." && toks[i+1].Start == t.End {
			word.Text, word.End = rest+".", toks[i+1].End
			i++
		}
		out = append(out, Token{Text: t.Text[:n], Start: t.Start, End: t.Start + n})
		if k := strings.Index(word.Text, ".-"); k > 0 && isLowerWord(word.Text[k+2:]) {
			// "then-U.S.-president": the state's abbreviation and the
			// title are two words, as in "then-U.S. president".
			title := Token{Text: word.Text[k+2:], Start: word.Start + k + 2, End: word.End}
			word.Text, word.End = word.Text[:k+1], word.Start+k+1
			out = append(out, word, title)
			continue
		}
		out = append(out, word)
	}
	if out == nil {
		return toks
	}
	return out
}

// splitOpenBracket cuts an opening square bracket, and what follows it,
// off the word it is written against: an ellipsis or gloss inserted in a
// quote ("in Yemen[...] journalists", "y[, and]") or a footnote mark
// ("p[3]"). The tokenizer cuts "[" only off a span's start, so the word
// kept it ("Yemen[") and named an actor so. A bracket closed within the
// word ("con[c]essions", an editor's letter) stays. It also cuts a closing
// round bracket written between two words with no space after it
// ("Tom Wu (left)and Ann Lee"), which the tokenizer kept as one word, a
// verb to the tagger; one opened within the word ("friend(s)") stays.
func splitOpenBracket(toks []Token) []Token {
	var out []Token
	for i := range toks {
		t := &toks[i] // not a copy: most tokens are only looked at
		k := bracketCut(t.Text)
		if k <= 0 || t.End-t.Start != len(t.Text) {
			if out != nil {
				out = append(out, *t)
			}
			continue
		}
		if out == nil {
			out = append(make([]Token, 0, len(toks)+2), toks[:i]...)
		}
		out = append(out, Token{Text: t.Text[:k], Start: t.Start, End: t.Start + k}, Token{Text: t.Text[k : k+1], Start: t.Start + k, End: t.Start + k + 1})
		if k+1 < len(t.Text) {
			out = append(out, Token{Text: t.Text[k+1:], Start: t.Start + k + 1, End: t.End})
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// bracketCut returns the offset of the bracket that [splitOpenBracket]
// cuts out of word w, or -1: an unclosed "[" after a letter or digit, or
// a ")" between two of them with no "(" in the word.
func bracketCut(w string) int {
	if !hasCutBracket(w) {
		return -1 // most words: told in one pass over their bytes, not two searches
	}
	if k := strings.IndexByte(w, '['); k > 0 && strings.IndexByte(w[k:], ']') < 0 && isWordByte(w[k-1]) {
		return k
	}
	if k := strings.IndexByte(w, ')'); k > 0 && k+1 < len(w) && isWordByte(w[k-1]) && isWordByte(w[k+1]) && strings.IndexByte(w, '(') < 0 {
		return k
	}
	return -1
}

// hasCutBracket reports whether w holds a "[" or a ")", one of which
// every bracket that bracketCut cuts is.
func hasCutBracket(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '[' || w[i] == ')' {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isLowerWord reports whether w is a word of lower-case ASCII letters.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
