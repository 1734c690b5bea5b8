package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/schema"
)

// Quantities returns the amounts stated in text, an argument's words, in
// the order written: a number in digits ("3,000", "2.5", "40%", "$2bn",
// "€1.2 billion") or in words ("two", "twenty-five", "a dozen", "three
// hundred"), with the qualifier before it ("approximately", "at least",
// "up to", "more than", ...) and its unit: the currency, "%", or the last
// word of the noun phrase after it ("3,000 North Korean soldiers" counts
// "soldiers"). Vague amounts ("thousands of troops"), years ("in 2022"),
// days of a month ("March 3"), ordinals and "one of" are not amounts.
// Quantities is pure; the caller owns the returned slice, nil when text
// states no amount.
func Quantities(text string) []schema.Quantity {
	if !mayStateAmount(text) {
		return nil
	}
	ws := amountWords(text)
	var out []schema.Quantity
	for i := 0; i < len(ws); {
		q, n := quantityAt(text, ws, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, q)
		i += n
	}
	return out
}

// objectQuantities returns the amounts an object states, with the
// qualifier that the relation phrase took from it: "had bought up to" and
// "1.5 million shells" give up to 1500000 shells, as written "up to 1.5
// million shells".
func objectQuantities(relation, object string) []schema.Quantity {
	if !mayStateAmount(object) {
		return nil // the number is in the object even when the relation ends with its qualifier
	}
	ws := amountWords(relation)
	for n := 3; n >= 1; n-- {
		if n > len(ws) {
			continue
		}
		if q, m := qualifierAt(ws, len(ws)-n); m == n && q != "" {
			tail := relation[ws[len(ws)-n].start:]
			if qs := Quantities(tail + " " + object); len(qs) > 0 && strings.HasPrefix(qs[0].Text, tail+" ") {
				return qs
			}
		}
	}
	return Quantities(object)
}

// numberParts are pieces of text that every number written in words
// contains: the number words, their "-teen" forms and the multipliers
// that "a" may precede ("a million").
var numberParts = []string{
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "hundred", "thousand", "illion",
}

// mayStateAmount reports whether text holds a digit or, in any case, a
// piece of a number word, which every amount needs. It lets Quantities
// skip the word-by-word reading of the most arguments, which state none.
// Folding ASCII letters only is enough: the one other letter that lower-
// cases to ASCII (the Kelvin sign, "k") is in no number word, and "İ"
// lower-cases to "i" with a combining dot after it.
func mayStateAmount(text string) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if i+1 >= len(text) || numberSeconds[c|0x20]&(1<<((text[i+1]|0x20)&63)) == 0 {
			continue // no number word starts with these two bytes in any case
		}
		for _, p := range numberPartsBy[c|0x20] {
			if foldedPrefix(text[i:], p) {
				return true
			}
		}
	}
	return false
}

// numberSeconds has, for each first byte of numberParts, bit b&63 set for
// the second byte b of each part with that first byte. Every part has
// three bytes or more, and its second byte is a lower-case letter, which
// a byte folded with |0x20 can only equal when it is that letter in either
// case: mayStateAmount tries the parts at a byte only when the next one
// may go on into one (another byte sharing b&63 merely goes on to the full
// test).
var numberSeconds = func() (m [256]uint64) {
	for _, p := range numberParts {
		m[p[0]] |= 1 << (p[1] & 63)
	}
	return m
}()

// foldedPrefix reports whether s begins with the lower-case ASCII word p
// in any case.
func foldedPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		if c := s[j]; c != p[j] && (c < 'A' || c > 'Z' || c+'a'-'A' != p[j]) {
			return false
		}
	}
	return true
}

// numberPartsBy lists numberParts by their first byte.
var numberPartsBy = func() (m [256][]string) {
	for _, p := range numberParts {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// A word is a whitespace-separated word of an argument, with its byte
// offsets; low is its lower-case form without surrounding punctuation.
type word struct {
	low        string
	start, end int
	// cut is true when punctuation that ends a phrase followed the word
	// ("soldiers," or "soldiers.").
	cut bool
}

// amountWords splits text at white space, trimming the punctuation that
// ends a word ("3,000," is "3,000") but keeping signs that belong to an
// amount ("$", "%", "€").
func amountWords(text string) []word {
	ws := make([]word, 0, strings.Count(text, " ")+1)
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := text[start:end]
		t := w
		if mayTrim(w[len(w)-1], closers) {
			t = strings.TrimRight(w, closers)
		}
		cut := strings.ContainsAny(w[len(t):], ",.;:!?)")
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		l, lead := t, 0
		if mayTrim(w[0], openers) {
			l, lead = strings.TrimLeft(t, openers), len(w)-len(strings.TrimLeft(w, openers))
		}
		if l != "" {
			s := start + lead
			ws = append(ws, word{low: strings.ToLower(l), start: s, end: s + len(l), cut: cut})
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsSpace(r) {
			flush(i)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(text))
	return ws
}

// closers and openers are the marks that amountWords trims off the end
// and the start of a word.
const (
	closers = ",.;:!?)\"'’"
	openers = "(\"'‘“"
)

// mayTrim reports whether c, a word's last or first byte, may be part of
// one of marks: a byte of marks or a non-ASCII byte. A word whose edge
// byte is neither keeps that edge under strings.TrimRight or TrimLeft,
// which amountWords then skips: with curly quotes among the marks, they
// decode the word's runes one by one.
func mayTrim(c byte, marks string) bool {
	return c >= utf8.RuneSelf || strings.IndexByte(marks, c) >= 0
}

// quantityAt reads an amount starting at word i: an optional qualifier, a
// number and a unit. It returns the amount and the number of words read,
// 0 when no amount starts at i.
func quantityAt(text string, ws []word, i int) (schema.Quantity, int) {
	qual, nq := qualifierAt(ws, i)
	j := i + nq
	n, cur, nn := numberAt(ws, j)
	if nn == 0 || (nq == 0 && !standsAlone(ws, i, j+nn, cur)) {
		return schema.Quantity{}, 0
	}
	k := j + nn
	unit := cur
	if unit == "" {
		var nu int
		unit, nu = unitAt(ws, k)
		k += nu
	}
	if unit == "" && nq == 0 && isYear(ws[j].low, nn) {
		return schema.Quantity{}, 0
	}
	return schema.Quantity{
		Amount:    n,
		Unit:      unit,
		Qualifier: qual,
		Text:      text[ws[i].start:ws[k-1].end],
	}, k - i
}

// standsAlone reports whether the number in words [i, end) is an amount
// rather than part of a date, a name or "one of": it is not preceded by a
// month's name and a bare "one" is not followed by "of".
func standsAlone(ws []word, i, end int, cur string) bool {
	if i > 0 && months[ws[i-1].low] {
		return false
	}
	if end-i == 1 && ws[i].low == "one" && cur == "" {
		return false
	}
	return true
}

// isYear reports whether a number of one word with no unit is a year
// ("2022").
func isYear(w string, n int) bool {
	if n != 1 || len(w) != 4 {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1800 && y <= 2100
}

// qualifiers maps the phrases that bound an amount to their canonical
// qualifier. The longest phrase at a position wins.
var qualifiers = map[string]string{
	"approximately": "approximately", "about": "approximately", "around": "approximately",
	"roughly": "approximately", "some": "approximately", "an estimated": "approximately",
	"estimated": "approximately", "circa": "approximately", "approx": "approximately",
	"at least": "at least", "no fewer than": "at least", "no less than": "at least",
	"a minimum of": "at least",
	"up to":        "up to", "as many as": "up to", "as much as": "up to", "at most": "up to",
	"no more than": "up to", "a maximum of": "up to",
	"more than": "more than", "over": "more than", "in excess of": "more than",
	"upwards of": "more than", "above": "more than",
	"less than": "less than", "fewer than": "less than", "under": "less than",
	"below":  "less than",
	"nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
}

// qualifierAt returns the canonical qualifier whose phrase starts at word
// i, and the number of words it has; 0 when none does.
func qualifierAt(ws []word, i int) (string, int) {
	if i >= len(ws) || !qualifierStarts[ws[i].low] {
		return "", 0
	}
	for n := 3; n >= 2; n-- {
		if i+n > len(ws) {
			continue
		}
		parts := make([]string, n)
		for k := range parts {
			parts[k] = ws[i+k].low
		}
		if q, ok := qualifiers[strings.Join(parts, " ")]; ok {
			return q, n
		}
	}
	if q, ok := qualifiers[ws[i].low]; ok {
		return q, 1
	}
	return "", 0
}

// qualifierStarts holds the first word of every qualifier phrase, so that
// qualifierAt builds no phrase at a word that starts none.
var qualifierStarts = func() map[string]bool {
	m := make(map[string]bool, len(qualifiers))
	for phrase := range qualifiers {
		first, _, _ := strings.Cut(phrase, " ")
		m[first] = true
	}
	return m
}()

// numberAt reads a number starting at word i, in digits or words, with
// any currency sign or currency suffix and multiplier ("$2bn", "2.5
// million", "three hundred"). It returns the number, the unit the number
// itself names ("USD", "%") or "", and the number of words read; 0 words
// when no number starts at i.
func numberAt(ws []word, i int) (float64, string, int) {
	if i >= len(ws) {
		return 0, "", 0
	}
	n, cur, ok := digitsAt(ws[i].low)
	k := i + 1
	if !ok {
		n, k = numberWordsAt(ws, i)
		if k == i {
			return 0, "", 0
		}
	}
	for k < len(ws) {
		m, ok := multipliers[ws[k].low]
		if !ok {
			break
		}
		n *= m
		k++
	}
	if cur == "" && k < len(ws) {
		if c, ok := currencyWords[ws[k].low]; ok {
			cur = c
			k++
		} else if ws[k].low == "percent" {
			cur = "%"
			k++
		} else if ws[k].low == "per" && k+1 < len(ws) && ws[k+1].low == "cent" {
			cur = "%"
			k += 2
		}
	}
	return n, cur, k - i
}

// currencySigns maps the signs written before an amount of money to their
// ISO 4217 codes. "US$" is listed before "$" so that it is tried first.
var currencySigns = []struct{ sign, code string }{
	{"us$", "USD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₽", "RUB"}, {"₩", "KRW"}, {"₴", "UAH"},
}

// currencyWords maps the currency names written after an amount to their
// ISO 4217 codes.
var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
	"pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB", "won": "KRW",
	"hryvnias": "UAH", "hryvnia": "UAH",
}

// multipliers are the words and suffixes that scale a number.
var multipliers = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "trn": 1e12, "tn": 1e12,
}

// digitsAt parses one word holding a number in digits, with an optional
// currency sign before it and "%" or a multiplier suffix after it
// ("3,000", "$2bn", "40%", "€1.2m"). It returns the number, the unit the
// signs name ("USD", "%") or "", and whether w is such a word.
func digitsAt(w string) (float64, string, bool) {
	unit := ""
	for _, c := range currencySigns {
		if strings.HasPrefix(w, c.sign) {
			unit, w = c.code, w[len(c.sign):]
			break
		}
	}
	end := 0
	for end < len(w) && (w[end] >= '0' && w[end] <= '9' || w[end] == ',' || w[end] == '.') {
		end++
	}
	if end == 0 || w[0] < '0' || w[0] > '9' {
		return 0, "", false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(w[:end], ",", ""), 64)
	if err != nil {
		return 0, "", false
	}
	switch rest := w[end:]; {
	case rest == "":
	case rest == "%":
		unit = "%"
	case unit != "" && multipliers[rest] != 0:
		n *= multipliers[rest]
	case unit == "" && (rest == "bn" || rest == "trn"):
		n *= multipliers[rest]
	default:
		return 0, "", false
	}
	return n, unit, true
}

// numberWords are the number words that can start or extend a number
// written in words.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "dozen": 12,
}

// numberWordsAt reads a number written in words at word i ("two",
// "twenty-five", "a dozen", "a million"): the number and the index of the
// first word after it, i when none starts at i. "a" counts only before
// "dozen" or a multiplier.
func numberWordsAt(ws []word, i int) (float64, int) {
	w := ws[i].low
	if w == "a" && i+1 < len(ws) {
		if ws[i+1].low == "dozen" {
			return 12, i + 2
		}
		if m, ok := multipliers[ws[i+1].low]; ok && len(ws[i+1].low) > 2 {
			return m, i + 2
		}
		return 0, i
	}
	if tens, ones, ok := strings.Cut(w, "-"); ok {
		t, o := numberWords[tens], numberWords[ones]
		if t >= 20 && t <= 90 && o >= 1 && o <= 9 {
			return t + o, i + 1
		}
		return 0, i
	}
	if n, ok := numberWords[w]; ok {
		return n, i + 1
	}
	return 0, i
}

// unitStops end the noun phrase whose last word is an amount's unit.
var unitStops = map[string]bool{
	"of": true, "to": true, "in": true, "from": true, "for": true, "on": true, "at": true,
	"by": true, "with": true, "and": true, "or": true, "but": true, "who": true, "that": true,
	"which": true, "than": true, "into": true, "across": true, "worth": true, "a": true,
	"per": true, "each": true, "last": true, "this": true, "since": true, "before": true, "after": true,
}

// unitAt returns the unit of an amount whose number ends before word i:
// the last word of the noun phrase that follows, at most four words, lower
// case, and the number of words read; "" and 0 when none follows ("22 of
// the 25 drones").
func unitAt(ws []word, i int) (string, int) {
	k := i
	for k < len(ws) && k-i < 4 && !unitStops[ws[k].low] && isWordy(ws[k].low) {
		k++
		if ws[k-1].cut {
			break
		}
	}
	if k == i {
		return "", 0
	}
	return ws[k-1].low, k - i
}

// isWordy reports whether w is a word of letters (and hyphens), as a unit
// must be.
func isWordy(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// months are the month names that make the number after them a day.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}
