// The tokenizer in this file is adapted from prose's (github.com/jdkato/prose/v3,
// package tokenize, v3.2.3): Copyright (c) 2017-2026 Joseph Kato, MIT License,
// whose full text is in LICENSE.prose beside this file.

package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A rawToken is a token of [tokenize]: its text and byte offset.
type rawToken struct {
	Text  string
	Start int
}

// tokenize appends to dst the tokens of text, as prose's tokenizer
// (prose/v3/tokenize, v3.2.3, MIT licence) does with keepWhole as its
// special test: it is a copy of it that gives the same tokens
// (TestTokenizeMatchesProse), but for 've and 'd, which it cuts off a
// word as the treebanks do ([finalContractions]), and differs otherwise
// only in how it tests a span:
// prose matched every span and each piece cut from it with a regular
// expression and searched it for ten contractions, 15% of kg's
// extraction time; internalSpecial and contraction test the same bytes
// by hand.
func tokenize(dst []rawToken, text string) []rawToken {
	tokens := dst
	var (
		start, index int
		white        bool
		length       = len(text)
		suf          [8]rawToken // splitSpan's, cleared once, not per span
	)
	for index < length {
		uc, size := rune(text[index]), 1
		if uc >= utf8.RuneSelf {
			uc, size = utf8.DecodeRuneInString(text[index:])
		}
		space := isSpace(uc)
		if index == 0 {
			white = space
		}
		if space != white {
			if start < index {
				tokens = splitSpan(text[start:index], start, tokens, &suf)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		tokens = splitSpan(text[start:index], start, tokens, &suf)
	}
	return tokens
}

// isSpace reports whether r is white space, as unicode.IsSpace does,
// answering ASCII from a table.
func isSpace(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// asciiSpace holds the ASCII bytes that unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// blank reports whether s is empty or entirely white space.
func blank(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// splitSpan appends the tokens of one span between white space, at offset
// base of the text. It collects the suffixes it cuts off in suf.
func splitSpan(span string, base int, tokens []rawToken, suf *[8]rawToken) []rawToken {
	if blank(span) {
		return tokens
	}
	suffixes := suf[:0]
	for span != "" {
		if emoticon(span) || internalSpecial(span) || keepWhole(span) {
			tokens = append(tokens, rawToken{Text: span, Start: base})
			span = ""
			break
		}
		if p := matchPrefix(span, tokenPrefixes); p > 0 {
			tokens = append(tokens, rawToken{Text: span[:p], Start: base})
			span, base = span[p:], base+p
			continue
		}
		if idx := contraction(span); idx > 0 {
			tokens = append(tokens, rawToken{Text: span[:idx], Start: base})
			span, base = span[idx:], base+idx
			continue
		}
		if s := matchSuffix(span, tokenSuffixes); s > 0 {
			cut := len(span) - s
			suffixes = append(suffixes, rawToken{Text: span[cut:], Start: base + cut})
			span = span[:cut]
			continue
		}
		tokens = append(tokens, rawToken{Text: span, Start: base})
		span = ""
	}
	for i := len(suffixes) - 1; i >= 0; i-- {
		tokens = append(tokens, suffixes[i])
	}
	return tokens
}

// internalSpecial reports whether s matches prose's
// `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`: an initialism ("U.S.") or a
// short abbreviation ("Mr.", "Gen.").
func internalSpecial(s string) bool {
	n := len(s)
	if n < 3 || s[n-1] != '.' {
		return false
	}
	if n%2 == 0 {
		ok := true
		for i := 0; i < n; i += 2 {
			if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || s[i+1] != '.' {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	if n > 4 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < n-1; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// matchPrefix returns the length of the first of prefixes that s starts
// with and is longer than, or 0.
func matchPrefix(s string, prefixes []string) int {
	if s == "" || affixBytes[s[0]]&firstOfPrefix == 0 {
		return 0
	}
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return len(p)
		}
	}
	return 0
}

// matchSuffix returns the length of the first of suffixes that s ends
// with and is longer than, or 0.
func matchSuffix(s string, suffixes []string) int {
	if s == "" || affixBytes[s[len(s)-1]]&lastOfSuffix == 0 {
		return 0
	}
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return len(suf)
		}
	}
	return 0
}

// contraction returns the offset at which prose's tokenizer cuts a
// contraction off s ("do" + "n't"), or -1: the earliest of the first
// occurrences of each of contractions, ASCII case folded, that is not at
// offset 0, or of finalContractions where they end s ("I" + "'ve").
// Each contraction holds an apostrophe, straight or curly, so a span
// without one has none. The apostrophe of a name's one-letter prefix
// ("D'Souza", "O'Reilly", "O'Malley") is read as a letter: prose cut
// them into "D" and "'Souza", since "'S" folds to the contraction "'s".
func contraction(s string) int {
	if !hasApostrophe(s) {
		return -1
	}
	if n := namePrefix(s); n > 0 {
		if i := contraction(s[n:]); i > 0 {
			return n + i
		}
		return -1
	}
	best := -1
	for _, c := range contractions {
		if i := indexFoldASCII(s, c); i > 0 && (best == -1 || i < best) {
			best = i
		}
	}
	for _, c := range finalContractions {
		i := indexFoldASCII(s, c)
		if i <= 0 || best != -1 && i >= best {
			continue
		}
		if rest := s[i+len(c):]; (rest == "" || rest[0] == '\'' || strings.HasPrefix(rest, "’")) && (c[len(c)-1] != 'd' || dPronouns[strings.ToLower(s[:i])]) {
			best = i
		}
	}
	return best
}

// hasApostrophe reports whether s holds an apostrophe, straight or curly.
// It reads the bytes of s once, in line: most spans are short words
// without one, for which two searches cost more than the words' bytes.
func hasApostrophe(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' || s[i] == "’"[0] && strings.HasPrefix(s[i:], "’") {
			return true
		}
	}
	return false
}

// namePrefix returns the length of the one-letter prefix of a name that
// s opens with, its apostrophe included ("D'" of "D'Souza", "O’" of
// "O’Reilly"), or 0: a capital letter, an apostrophe, then a capital and
// a lower-case letter. All-capital contractions ("I'M", "IT'S") are no
// name.
func namePrefix(s string) int {
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' {
		return 0
	}
	n := 2
	if s[1] != '\'' {
		if !strings.HasPrefix(s[1:], "’") {
			return 0
		}
		n = 1 + len("’")
	}
	if len(s) < n+2 || s[n] < 'A' || s[n] > 'Z' || s[n+1] < 'a' || s[n+1] > 'z' {
		return 0
	}
	return n
}

func indexFoldASCII(s, substr string) int {
	if len(substr) == 0 || len(substr) > len(s) {
		return -1
	}
	last := len(s) - len(substr)
	for i := 0; i <= last; i++ {
		if equalFoldASCII(s[i:i+len(substr)], substr) {
			return i
		}
	}
	return -1
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca >= 'A' && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if cb >= 'A' && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

// emoticon reports whether s is one of emoticons.
func emoticon(s string) bool {
	return s != "" && affixBytes[s[0]]&firstOfEmoticon != 0 && affixBytes[s[len(s)-1]]&lastOfEmoticon != 0 && emoticons[s]
}

// Bits of affixBytes.
const (
	firstOfPrefix = 1 << iota
	lastOfSuffix
	firstOfEmoticon
	lastOfEmoticon
)

// affixBytes tells, for each byte, whether a token prefix, suffix or
// emoticon starts or ends with it: a span whose first and last bytes
// start and end none needs no look-up.
var affixBytes = func() (b [256]uint8) {
	for _, p := range tokenPrefixes {
		b[p[0]] |= firstOfPrefix
	}
	for _, s := range tokenSuffixes {
		b[s[len(s)-1]] |= lastOfSuffix
	}
	for e := range emoticons {
		b[e[0]] |= firstOfEmoticon
		b[e[len(e)-1]] |= lastOfEmoticon
	}
	return b
}()

// prose's contractions, suffixes and prefixes, curly forms included.
var (
	contractions = []string{
		"'ll", "'s", "'re", "'m", "n't",
		"’ll", "’s", "’re", "’m", "n’t",
	}
	// finalContractions are cut where they end the span or another
	// contraction follows them ("I've", "he'd", "he'd've"), not inside
	// a name ("O'Donnell"). prose leaves them on the word: "We've sued"
	// was one token, a proper noun to the tagger, and the clause lost
	// its subject; the treebanks kg's models learn from split them.
	finalContractions = []string{"'ve", "'d", "’ve", "’d"}
	// dPronouns are the words 'd is cut off ("he'd" is he would or he
	// had); after others it writes a past tense ("medvac'd", "OK'd").
	dPronouns = map[string]bool{
		"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true, "who": true,
		"that": true, "there": true, "what": true, "where": true, "how": true, "why": true, "when": true,
	}
	tokenSuffixes = []string{
		",", ")", `"`, "]", "!", ";", ".", "?", ":", "'",
		"”", "’",
	}
	tokenPrefixes = []string{"$", "(", `"`, "[", "“", "‘"}
)
