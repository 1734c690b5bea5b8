package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type span struct{ start, end int }

// blocks cuts text into the spans that the sentence splitter may not join:
// paragraphs separated by blank lines, and headline lines. In a text that
// writes a paragraph a line with no blank line between ([paragraphLines]),
// each line is a paragraph unless the next opens in lower case. A hard-wrapped
// paragraph stays one block: in a text wrapped at a width ([wrapWidth]), a
// line that follows a full one, or is full and followed by another, is no
// headline though it reads as one ("The minister met Tom Wu and Ann Lee in
// Oslo on" ends a wrapped line as a title would end).
func blocks(text string) []span {
	var out []span
	width := wrapWidth(text)
	perLine := width == 0 && paragraphLines(text)
	prevFull := false // the line before is a full line of a hard-wrapped text
	start := -1       // start of the current block, -1 if none
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
		rest := text[min(end+1, len(text)):]
		full := width > 0 && len(strings.TrimSpace(line)) >= width-wrapSlack
		wrapped := prevFull || full && !blankNext(rest) || lowerNext(rest)
		prevFull = full
		switch {
		case strings.TrimSpace(line) == "":
			flush(pos)
		case isHeadline(line) && !wrapped || start < 0 && len(out) == 0 && longTitle(line, rest):
			flush(pos)
			start = pos
			flush(end)
		case labelLine(line) || perLine && start >= 0 && !lowerStart(line):
			// A new turn of an interview ("((WN)) Why did you run?"), or
			// a new paragraph of a text that writes one a line.
			flush(pos)
			start = pos
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

// paragraphLines reports whether text writes its paragraphs a line each:
// of its lines longer than a hard-wrapped text's (100 bytes) that another
// line follows, there are some, and at least half end a sentence (a text
// wrapped at a width past 100 ends few of its lines so).
func paragraphLines(text string) bool {
	long, ends := 0, 0
	prev := ""
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) != "" && len(strings.TrimSpace(prev)) > 100 {
			long++
			if endsSentence(prev) {
				ends++
			}
		}
		prev = line
	}
	return long > 0 && 2*ends >= long
}

// endsSentence reports whether line ends as a sentence does: with a stop,
// a question or exclamation mark, a colon, or a closing quotation mark or
// bracket after one.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " \t\r\n\"'\u201d\u2019)")
	last, _ := utf8.DecodeLastRuneInString(line)
	return last == '.' || last == '?' || last == '!' || last == ':'
}

// lowerStart reports whether line opens with a lower-case letter.
func lowerStart(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line))
	return unicode.IsLower(r)
}

// labelLine reports whether line opens with a speaker's label in double
// parentheses ([SpeakerLabel]): a turn of a transcript, never the rest of
// the line before it ("—Professor Ann Lee" signing off an answer).
func labelLine(line string) bool {
	line = strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(line, "((") {
		return false
	}
	i := strings.Index(line, "))")
	return i > 2 && i < 80
}

// wrapSlack is how much shorter than the longest line of a hard-wrapped
// text a line may be and still be full: wrapping breaks before a word
// that does not fit, so full lines fall short of the width by up to a
// word's length.
const wrapSlack = 20

// wrapWidth returns the width a hard-wrapped text is wrapped at, the
// length of its longest line that another line follows (a title followed
// by a blank line may be longer), or 0 when text does not read as
// hard-wrapped: that line is longer than 100 bytes (a paragraph a line,
// as news sites' text comes) or shorter than 50, or no two lines that are
// not blank follow each other.
func wrapWidth(text string) int {
	width, prev := 0, 0
	for line := range strings.Lines(text) {
		n := len(strings.TrimSpace(line))
		if n > 0 {
			width = max(width, prev)
		}
		prev = n
	}
	if width > 100 || width < 50 {
		return 0
	}
	return width
}

// blankNext reports whether the first line of rest is blank or there is
// none.
func blankNext(rest string) bool {
	line, _, _ := strings.Cut(rest, "\n")
	return strings.TrimSpace(line) == ""
}

// lowerNext reports whether the first line of rest opens with a lower-case
// letter: the line before goes on there ("Ann Lee met officials of
// the\nparty"), whatever its words.
func lowerNext(rest string) bool {
	line, _, _ := strings.Cut(rest, "\n")
	return lowerStart(line)
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
// of one: not with a stop or a comma, nor with a word that no title ends
// with ([openWords]: "Ann Lee met officials of the", broken there by a
// hard-wrapped text).
func endsLikeTitle(line string) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '"', '\u201d', ',', ';', ':', '-', '\'', '\u2019', ')':
		return false
	}
	if i := strings.LastIndexByte(line, ' '); i >= 0 && openWords[line[i+1:]] {
		return false
	}
	return true
}

// openWords are the words a title never ends with: articles, the
// prepositions and conjunctions that need the words after them, and
// possessives.
var openWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "to": true, "for": true, "with": true,
	"at": true, "by": true, "from": true, "into": true, "than": true, "its": true, "their": true, "his": true,
	"whose": true,
}
