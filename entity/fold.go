package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// containsFold reports what contains reports of the words of s and sub in
// lower case (strings.Fields of strings.ToLower), without making them:
// lower case makes no space nor unmakes one, and two words are the same
// in lower case when their runes are.
func containsFold(s, sub string) bool {
	if s == sub {
		return wordCount(s) > 0 // most often a name as written
	}
	var sArr, subArr [16]string
	words, subw := appendFields(sArr[:0], s), appendFields(subArr[:0], sub)
	if len(subw) == 0 || len(subw) > len(words) {
		return false
	}
	for i := 0; i+len(subw) <= len(words); i++ {
		if slices.EqualFunc(words[i:i+len(subw)], subw, lowerEqual) {
			return true
		}
	}
	return false
}

// isWordFold reports strings.EqualFold(s, w) for a lower-case ASCII word
// w without a k or an s. Rules ask it at every token: only the Kelvin sign
// and the long s fold to an ASCII letter from outside ASCII, so with
// neither in w a string of another length is never w, and is told without
// a call.
func isWordFold(s, w string) bool {
	return len(s) == len(w) && strings.EqualFold(s, w)
}

// appendFields appends to dst the words of s that strings.Fields returns.
// It skips the spaces before a word, then takes the word, each in a loop
// of its own that tests an ASCII byte with one look-up.
func appendFields(dst []string, s string) []string {
	for i := 0; i < len(s); {
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
			} else if space, size := runeSpaceAt(s, i); space {
				i += size
			} else {
				break
			}
		}
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				i++
			} else if space, size := runeSpaceAt(s, i); !space {
				i += size
			} else {
				break
			}
		}
		if i > start {
			dst = append(dst, s[start:i])
		}
	}
	return dst
}

// lowerFields appends to dst the words of strings.Fields(strings.ToLower(s)).
// With dst an array of the caller's, it allocates nothing for a relation
// in lower case: the rules split each extraction's relation dozens of
// times.
func lowerFields(dst []string, s string) []string {
	return appendFields(dst, strings.ToLower(s))
}

// splitLemma appends to dst the words of an extractor's lemma, those of
// strings.Split(lemma, "_"); with dst an array of the caller's, it
// allocates nothing for a lemma of a few words.
func splitLemma(dst []string, lemma string) []string {
	for {
		w, rest, more := strings.Cut(lemma, "_")
		dst = append(dst, w)
		if !more {
			return dst
		}
		lemma = rest
	}
}

// wordCount returns len(strings.Fields(s)) without making the words.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		space, size := asciiSpace[s[i]&0x7f], 1
		if s[i] >= utf8.RuneSelf {
			space, size = runeSpaceAt(s, i)
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
		i += size
	}
	return n
}

// asciiSpace marks the ASCII bytes that unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// runeSpaceAt reports whether the rune at s[i], which starts with a byte
// outside ASCII, is unicode.IsSpace, and its size, as ranging over s
// gives it (an invalid byte is one RuneError). appendFields and
// wordCount test an ASCII byte in asciiSpace, with no decoding and no
// call: most text is ASCII.
func runeSpaceAt(s string, i int) (bool, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// lowerEqual reports whether strings.ToLower(a) == strings.ToLower(b).
func lowerEqual(a, b string) bool {
	for len(a) > 0 && len(b) > 0 {
		if ca, cb := a[0], b[0]; ca < utf8.RuneSelf && cb < utf8.RuneSelf {
			if ca != cb && lowerByte(ca) != lowerByte(cb) {
				return false
			}
			a, b = a[1:], b[1:]
			continue
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) == 0 && len(b) == 0
}

// lowerByte is unicode.ToLower of an ASCII byte.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
