package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/nlp/conllu"
)

// A Span is a named mention: words Start to End (1-based, inclusive) and
// its type.
type Span struct {
	Start, End int
	Type       Type
}

// Type is a named mention's type.
type Type string

// The types the recogniser tells apart: GUM's person, organization and
// place. Countries and cities are places or organisations in GUM as the
// sentence uses them; kg's gazetteer tells GPEs apart.
const (
	Person       Type = "person"
	Organization Type = "organization"
	Place        Type = "place"
	// Other is a name of anything else: an event ("World Cup"), a time
	// ("Boxing Day"), a law, a work or a product. The recogniser learns
	// them so that a capitalised name is not taken for an actor for want
	// of a better label; they are not scored.
	Other Type = "other"
)

// Gold returns the named mentions of a GUM sentence: the person,
// organization and place mentions that carry a name, cut to the name
// itself. The name is the run of capitalised words (joined by lower-case
// "of", "and", "the", "for", "de" and by punctuation inside a name) around
// the mention's head word when the head is a capitalised proper noun, not
// crossing another mention inside it ("U.S." in "U.S. President Donald
// Trump"); otherwise, for a mention linked to Wikipedia, its first such run
// from a proper noun that lies in no other mention inside it ("Yonhap" in
// "Yonhap news agency"; not "Prague Conservatory" in "a professor at the
// Prague Conservatory", the school's own mention). A name inside a
// longer name is dropped, as a tagger of non-overlapping spans cannot
// produce both. Sentence-initial determiners ("The") never start a name.
func Gold(s *conllu.Sentence) []Span {
	spans, _ := gold(s, false)
	return spans
}

// GoldAll is [Gold] with the names of GUM's other entity types (event,
// time, abstract, object, substance, animal, plant) as well, typed
// [Other]: what the recogniser trains on. It reads a linked mention's
// names as the shipped recogniser was trained on them: the first run that
// is not exactly a mention of its own, so that "a professor at the Prague
// Conservatory", a linked person, still labels "Prague Conservatory" a
// person. Training on [Gold]'s reading is a new model, which five seeds
// did not choose on GUM dev (nlp/model/README.md).
func GoldAll(s *conllu.Sentence) []Span {
	spans, _ := gold(s, true)
	return spans
}

// NamedEntities returns the entity IDs of the sentence's named mentions
// ([Gold]), in the same order.
func NamedEntities(s *conllu.Sentence) []string {
	_, ids := gold(s, false)
	return ids
}

// gold derives the named mentions; other adds [Other]'s names and reads
// linked mentions as the shipped recogniser was trained ([GoldAll]).
func gold(s *conllu.Sentence, other bool) ([]Span, []string) {
	ms := s.Mentions()
	var spans []Span
	var ids []string
	for _, m := range ms {
		t := Type(m.Type)
		if t != Person && t != Organization && t != Place {
			if !other {
				continue
			}
			t = Other
		}
		h := s.SpanHead(m.Start, m.End)
		// Words of another mention inside this one, not around its head,
		// end a name: "U.S." in "U.S. President Donald Trump".
		blocked := func(i int) bool {
			if t != Person {
				return false
			}
			for _, o := range ms {
				if o != m && o.Start >= m.Start && o.End <= m.End && (o.Start > h || o.End < h) && i >= o.Start && i <= o.End {
					return true
				}
			}
			return false
		}
		var a, b int
		switch {
		case s.Words[h-1].UPOS == "PROPN" && capital(s.Words[h-1].Form):
			a, b = run(s, m.Start, m.End, h, blocked)
		case m.Identity != "":
			for i := m.Start; i <= m.End && a == 0; i++ {
				if s.Words[i-1].UPOS != "PROPN" || !capital(s.Words[i-1].Form) {
					continue
				}
				x, y := run(s, m.Start, m.End, i, func(int) bool { return false })
				if other && !isMention(ms, x, y) || !other && !nestedIn(ms, m, x, y) {
					a, b = x, y
				}
				i = y
			}
		}
		if a == 0 {
			continue
		}
		if t == Person {
			if a = afterTitles(func(i int) string { return s.Words[i-1].Form }, a, b); a > b {
				continue
			}
		}
		spans = append(spans, Span{a, b, t})
		ids = append(ids, m.Entity)
	}
	// Keep the longest of overlapping spans, the first of equal ones.
	var out []Span
	var outIDs []string
	for i, sp := range spans {
		keep := true
		for j, o := range spans {
			if i == j || o.End < sp.Start || o.Start > sp.End {
				continue
			}
			lo, ls := o.End-o.Start, sp.End-sp.Start
			if lo > ls || (lo == ls && j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, sp)
			outIDs = append(outIDs, ids[i])
		}
	}
	return out, outIDs
}

// afterTitles returns where a person's name of words a to b (1-based,
// inclusive; word(i) is word i) starts: after the last of [titles] in
// it, b+1 when it holds nothing else.
func afterTitles(word func(i int) string, a, b int) int {
	for i := b; i >= a; i-- {
		if titles[word(i)] {
			return i + 1
		}
	}
	return a
}

// titles are words that come before a person's name without being part
// of it.
var titles = map[string]bool{
	"President": true, "Vice": true, "Ambassador": true, "Minister": true, "Secretary": true,
	"Chairman": true, "Chairwoman": true, "Governor": true, "Senator": true, "Sen.": true,
	"Rep.": true, "Representative": true, "Congressman": true, "Congresswoman": true,
	"King": true, "Queen": true, "Prince": true, "Princess": true, "Pope": true,
	"General": true, "Gen.": true, "Colonel": true, "Col.": true, "Captain": true, "Capt.": true,
	"Lieutenant": true, "Major": true, "Admiral": true, "Sergeant": true, "Commander": true,
	"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true, "Dr.": true,
	"Prof.": true, "Professor": true, "Judge": true, "Justice": true, "Mayor": true, "Sheriff": true,
	"Detective": true, "Officer": true, "Chief": true, "Director": true, "Bishop": true, "Father": true,
	"Saint": true, "St.": true, "Sir": true, "Lord": true, "Lady": true, "Dame": true, "Emperor": true,
	"Premier": true, "Chancellor": true, "Leader": true, "Spokesman": true, "Spokeswoman": true,
}

// run returns the run of name words within a..b around word i that are
// not blocked.
func run(s *conllu.Sentence, a, b, i int, blocked func(int) bool) (int, int) {
	x, y := i, i
	for x > a && nameWord(s, x-1, x-1 > a) && !blocked(x-1) {
		x--
	}
	for y < b && nameWord(s, y+1, y+1 < b) && !blocked(y+1) {
		y++
	}
	// Connectors and punctuation never end a name.
	for x < y && !capital(s.Words[x-1].Form) {
		x++
	}
	for y > x && !capital(s.Words[y-1].Form) && !digit(s.Words[y-1].Form) {
		y--
	}
	for x < y && s.Words[x-1].UPOS == "DET" {
		x++
	}
	return x, y
}

// nameWord reports whether word i can belong to a name; inner is true when
// it is not at the mention's edge, where connectors may stand.
func nameWord(s *conllu.Sentence, i int, inner bool) bool {
	w := s.Words[i-1].Form
	if capital(w) || digit(w) {
		return true
	}
	if !inner {
		return false
	}
	switch w {
	case "of", "and", "&", "the", "for", "de", "-", ".", "'", "on":
		return true
	}
	return false
}

func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func digit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// isMention reports whether words a to b are a mention of their own
// ([GoldAll]'s reading).
func isMention(ms []conllu.Mention, a, b int) bool {
	for _, m := range ms {
		if m.Start == a && m.End == b {
			return true
		}
	}
	return false
}

// nestedIn reports whether words a to b lie inside a mention other than
// m that m holds: "the National Conservatory of Music of America" in "the
// director of the National Conservatory of Music of America", a person
// linked to Wikipedia, is the school's name, not the director's; "Yonhap"
// in "Yonhap news agency", a mention of no other, is the agency's.
func nestedIn(ms []conllu.Mention, m conllu.Mention, a, b int) bool {
	for _, o := range ms {
		if o != m && o.Start >= m.Start && o.End <= m.End && o.Start <= a && b <= o.End {
			return true
		}
	}
	return false
}
