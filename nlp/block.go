package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type span struct{ start, end int }

// blocks cuts text into the spans that the sentence splitter may not join:
// paragraphs separated by blank lines, and headline lines. A hard-wrapped
// paragraph stays one block.
func blocks(text string) []span {
	var out []span
	start := -1 // start of the current block, -1 if none
	flush := func(end int) {
		if start >= 0 && strings.TrimSpace(text[start:end]) != "" {
			out = append(out, span{start, end})
		}
		start = -1
	}
	for pos := 0; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		line := text[pos:end]
		switch {
		case strings.TrimSpace(line) == "":
			flush(pos)
		case isHeadline(line) || start < 0 && len(out) == 0 && longTitle(line, text[min(end+1, len(text)):]):
			flush(pos)
			start = pos
			flush(end)
		default:
			if start < 0 {
				start = pos
			}
		}
		pos = end + 1
	}
	flush(len(text))
	return out
}

// longTitle reports whether line, a text's first, is its title though
// longer than [isHeadline] allows ("Gregory Kurtzer discusses plans for
// Rocky Linux with Wikinews as Red Hat announces moving focus away from
// CentOS"): at most 30 words from a capital that end unlike a sentence,
// a line longer than a hard-wrapped one (72 bytes or more), and rest, the
// text after it, opens a new sentence on the next line.
func longTitle(line, rest string) bool {
	line = strings.TrimSpace(line)
	if len(line) < 72 || len(strings.Fields(line)) > 30 || rest == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(first) && (unicode.IsUpper(next) || unicode.IsDigit(next)) && endsLikeTitle(line)
}

// isHeadline reports whether line reads as a title: at most 14 words,
// starting with a capital letter or digit, and not ending like a sentence
// or mid-sentence.
func isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(strings.Fields(line)) > 14 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && first != '#' {
		return false
	}
	return endsLikeTitle(line)
}

// endsLikeTitle reports whether line ends unlike a sentence or the middle
// of one.
func endsLikeTitle(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '"', '\u201d', ',', ';', ':', '-', '\'', '\u2019', ')':
		return false
	}
	return true
}
