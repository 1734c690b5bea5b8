package nlp

import "strings"

// A featIndex finds the features [tagger.predict] adds with few look-ups.
// The fourteen features of a word are made of a prefix and values of its
// context ("i-1 word " and the previous word); instead of building each
// string and looking it up, predict looks up each word of the sentence
// once, in words, whose entry gives the features of that word in each of
// the word and suffix templates, and finds the templates of the previous
// tags in arrays by tag number. It holds each feature as the offset of
// its weights in tagger.rows, -1 for a feature the model lacks. The index
// is built from the model's feature strings, so it finds exactly the
// features the strings name: a string that can be read in several ways
// ("i-1 tag+i word " + "NN" + " " + "a b" or "NN a" + " " + "b") is
// entered under each.
type featIndex struct {
	// biasRow holds the weight of "bias" for each class, 0 for none.
	biasRow []float32
	pref    [256]int32 // "i pref1 " and one byte
	pref0   int32      // "i pref1 " alone, for an empty word
	// tagNum numbers the tags predict's context can hold: the classes (by
	// class number), the start tags and those of tagOne's special cases.
	tagNum        map[string]uint8
	prev, prev2   []int32 // by tag number: "i-1 tag ", "i-2 tag "
	pair          []int32 // by p1*len(tagNum)+p2: "i tag+i-2 tag " p1 " " p2
	start, start2 uint8   // the numbers of -START- and -START2-
	words         map[string]int32
	entries       []wordEntry
	// tagWord holds the "i-1 tag+i word " features of each entry, by tag
	// number within an entry.
	tagWord []tagFeat
}

// Word and suffix templates, as indexes of wordEntry.f.
const (
	fWord   = iota
	fWord1  // i-1 word
	fWord2  // i-2 word
	fWordN  // i+1 word
	fWordN2 // i+2 word
	fSuf
	fSuf1 // i-1 suffix
	fSufN // i+1 suffix
	nWordFeats
)

var wordPrefixes = [nWordFeats]string{"i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word ", "i suffix ", "i-1 suffix ", "i+1 suffix "}

// A wordEntry holds the features of one string as the value of the word
// and suffix templates.
type wordEntry struct {
	f [nWordFeats]int32
	// suf is the entry of the string's last three bytes, -1 if none.
	suf int32
	// class is the tag of the string as an unambiguous word (see
	// tagger.tagMap), -1 if it is none.
	class int32
	// tagWord[tw0:tw1] are its "i-1 tag+i word " features.
	tw0, tw1 uint32
}

type tagFeat struct {
	tag uint8
	f   int32
}

// newFeatIndex indexes t's features. extra are tags predict's context can
// hold besides the classes.
func newFeatIndex(t *tagger, extra ...string) *featIndex {
	x := &featIndex{biasRow: make([]float32, len(t.classes)), pref0: -1, tagNum: map[string]uint8{}, words: map[string]int32{}}
	for i := range x.pref {
		x.pref[i] = -1
	}
	for _, c := range append(append([]string(nil), t.classes...), extra...) {
		if _, ok := x.tagNum[c]; !ok && len(x.tagNum) < 256 {
			x.tagNum[c] = uint8(len(x.tagNum))
		}
	}
	x.start, x.start2 = x.tagNum["-START-"], x.tagNum["-START2-"]
	nt := len(x.tagNum)
	x.prev, x.prev2, x.pair = fill(nt), fill(nt), fill(nt*nt)
	set := func(p *int32, f int) {
		if *p < 0 {
			*p = t.row(f)
		}
	}
	entry := func(w string) *wordEntry {
		e, ok := x.words[w]
		if !ok {
			e = int32(len(x.entries))
			x.words[w] = e
			x.entries = append(x.entries, wordEntry{f: [nWordFeats]int32{-1, -1, -1, -1, -1, -1, -1, -1}, suf: -1, class: -1})
		}
		return &x.entries[e]
	}
	// splits calls fn with each reading of s as a known tag, a space and
	// the rest.
	splits := func(s string, fn func(tag uint8, rest string)) {
		for k := 0; k < len(s); k++ {
			if s[k] != ' ' {
				continue
			}
			if n, ok := x.tagNum[s[:k]]; ok {
				fn(n, s[k+1:])
			}
		}
	}
	tagWord := map[int32][]tagFeat{}
	biased := false
	for f := range len(t.featOff) - 1 {
		s := t.blob[t.featOff[f]:t.featOff[f+1]]
		if s == "bias" && !biased {
			biased = true
			var sc taggerScratch
			t.add(&sc, t.row(f))
			copy(x.biasRow, sc.scores[:])
		}
		for k, p := range wordPrefixes {
			if rest, ok := strings.CutPrefix(s, p); ok {
				set(&entry(rest).f[k], f)
			}
		}
		if rest, ok := strings.CutPrefix(s, "i pref1 "); ok {
			switch len(rest) {
			case 0:
				set(&x.pref0, f)
			case 1:
				set(&x.pref[rest[0]], f)
			}
		}
		if rest, ok := strings.CutPrefix(s, "i-1 tag "); ok {
			if n, ok := x.tagNum[rest]; ok {
				set(&x.prev[n], f)
			}
		}
		if rest, ok := strings.CutPrefix(s, "i-2 tag "); ok {
			if n, ok := x.tagNum[rest]; ok {
				set(&x.prev2[n], f)
			}
		}
		if rest, ok := strings.CutPrefix(s, "i tag+i-2 tag "); ok {
			splits(rest, func(p1 uint8, p2 string) {
				if n, ok := x.tagNum[p2]; ok {
					set(&x.pair[int(p1)*nt+int(n)], f)
				}
			})
		}
		if rest, ok := strings.CutPrefix(s, "i-1 tag+i word "); ok {
			splits(rest, func(p1 uint8, w string) {
				entry(w)
				e := x.words[w]
				for _, tf := range tagWord[e] {
					if tf.tag == p1 {
						return
					}
				}
				tagWord[e] = append(tagWord[e], tagFeat{p1, t.row(f)})
			})
		}
	}
	for w, id := range t.tagMap {
		entry(w).class = int32(id)
	}
	for w, e := range x.words {
		if s, ok := x.words[lastBytes(w, 3)]; ok {
			x.entries[e].suf = s
		}
	}
	for e := range x.entries {
		x.entries[e].tw0 = uint32(len(x.tagWord))
		x.tagWord = append(x.tagWord, tagWord[int32(e)]...)
		x.entries[e].tw1 = uint32(len(x.tagWord))
	}
	return x
}

// fill returns n -1s.
func fill(n int) []int32 {
	a := make([]int32, n)
	for i := range a {
		a[i] = -1
	}
	return a
}

// entry returns the entry of w, -1 if none.
func (x *featIndex) entry(w string) int32 {
	if e, ok := x.words[w]; ok {
		return e
	}
	return -1
}

// feat returns feature k of entry e, -1 if none.
func (x *featIndex) feat(e int32, k int) int32 {
	if e < 0 {
		return -1
	}
	return x.entries[e].f[k]
}

// tagWordFeat returns the "i-1 tag+i word " feature of tag number p1 and
// entry e, -1 if none.
func (x *featIndex) tagWordFeat(p1 uint8, e int32) int32 {
	if e < 0 {
		return -1
	}
	en := &x.entries[e]
	for _, tf := range x.tagWord[en.tw0:en.tw1] {
		if tf.tag == p1 {
			return tf.f
		}
	}
	return -1
}

// num returns the number of tag, -1 if it has none.
func (x *featIndex) num(tag string) int {
	if n, ok := x.tagNum[tag]; ok {
		return int(n)
	}
	return -1
}
