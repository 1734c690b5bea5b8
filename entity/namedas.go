package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// unnamedNouns are the nouns of a description that a report gives before
// it names the person ("the suspect, later identified as Tom Wu", "A
// 25-year-old man was arrested ... Police named him as Tom Wu").
var unnamedNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "teenager": true, "youth": true,
	"suspect": true, "gunman": true, "attacker": true, "assailant": true, "shooter": true, "driver": true,
	"victim": true, "perpetrator": true, "person": true, "individual": true, "pilot": true, "passenger": true,
}

// identifyingVerbs are the verbs that give a described person a name with "as"
// ("identified the man as", "was named as").
var identifyingVerbs = map[string]bool{
	"named": true, "identified": true, "names": true, "identifies": true, "name": true, "identify": true,
}

// namedAs gives a description or pronoun of sentence si the person a
// naming verb and "as" give it there: an apposition ("the man, later
// identified as Tom Wu"), a passive ("The suspect was named as Tom Wu")
// or the verb's object ("Police named him on Sunday as Tom Wu"). A
// pronoun so named that nothing in the sentence before takes up is the
// person an indefinite description of the sentence before describes, when
// that sentence names no one ("A 25-year-old man was arrested. Police
// named him as Tom Wu."): the description is that person too. It returns
// ms, the mentions of si, with any description added.
func (d *docState) namedAs(si int, s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].Lower() != "as" {
			continue
		}
		name := namedAfter(toks, ms, k+1)
		if name == nil {
			continue
		}
		v := k - 1
		gap := false
		if j := passiveGap(toks, ms, k); j > 0 {
			v, gap = j, true // "identified only as Ivan", "identified by police as Tom Wu"
		}
		if !identifyingVerbs[toks[v].Lower()] {
			// "named him on Sunday as": a short phrase between the object
			// and "as".
			for v = k - 1; v > 0 && k-v <= 4 && !identifyingVerbs[toks[v].Lower()]; v-- {
				if toks[v].Text == "," || strings.HasPrefix(toks[v].Tag, "VB") || toks[v].Tag == "MD" {
					v = 0
				}
			}
			if v <= 0 || !identifyingVerbs[toks[v].Lower()] || v+1 >= k || toks[v+1].Tag != "PRP" && toks[v+1].Lower() != "the" {
				continue
			}
		}
		var m *mention
		switch {
		case v+1 < k && !gap:
			m = d.unnamedAt(si, s, &ms, v+1, k) // the verb's object
		case toks[v].Tag == "VBN":
			b := v - 1
			for b > 0 && (toks[b].Tag == "RB" || toks[b].Lower() == "later") {
				b-- // "later", "since", "subsequently"
			}
			switch {
			case toks[b].Text == ",":
				m = d.describedBefore(si, s, &ms, b) // "the man, later identified as"
			case beForms[toks[b].Lower()] && toks[b].Tag != "POS":
				for b > 0 && (beForms[toks[b].Lower()] && toks[b].Tag != "POS" || toks[b].Tag == "VBZ" || toks[b].Tag == "VBD" || toks[b].Tag == "RB") {
					b--
				}
				m = d.describedBefore(si, s, &ms, b+1) // "The suspect has been named as"
			}
		}
		if m == nil {
			continue
		}
		d.giveName(si, m, name.ent)
		if m.kind == mPronoun && si > 0 {
			d.cataphor(si-1, name.ent)
		}
	}
	return ms
}

// passiveGap returns the index of a past participle of [identifyingVerbs]
// that stands before "as" at token k with only adverbs ("identified only
// as", "named simply as") or a short agent phrase ("identified by police
// as", "named by the ministry as") between, or 0.
func passiveGap(toks []nlp.Token, ms []*mention, k int) int {
	j := k - 1
	for j > 0 && toks[j].Tag == "RB" && k-j <= 2 {
		j--
	}
	if j == k-1 {
		// an agent phrase: "by", then at most four words, no comma or verb
		for b := k - 2; b > 0 && k-b <= 5; b-- {
			t := toks[b]
			if t.Text == "," || strings.HasPrefix(t.Tag, "VB") && t.Lower() != "by" || t.Tag == "MD" {
				return 0
			}
			if t.Lower() == "by" {
				j = b - 1
				break
			}
		}
	}
	if j == k-1 || j <= 0 || toks[j].Tag != "VBN" || !identifyingVerbs[toks[j].Lower()] {
		return 0
	}
	return j
}

// namedAfter returns the person's name mention that the words from token
// i of toks open, after "as": right there or after the nouns and
// adjectives that describe the person ("as Reading resident and Libyan
// national Tom Wu"), with no comma or verb before it; or nil.
func namedAfter(toks []nlp.Token, ms []*mention, i int) *mention {
	for j := i; j < len(toks) && j < i+8; j++ {
		if k := coveringAt(ms, j); k >= 0 {
			if m := ms[k]; (m.kind == mName || m.kind == mSingle) && m.ent != nil && m.ent.typ == schema.Person {
				if m.possessive || m.end < len(toks) && toks[m.end].Tag == "POS" {
					return nil // "named as Tom Wu's successor"
				}
				return m
			}
			j = ms[k].end - 1
			continue
		}
		t := toks[j]
		if t.Text == "," || strings.HasPrefix(t.Tag, "VB") || t.Tag == "IN" || t.Tag == "MD" || t.Tag == "PRP" {
			return nil
		}
	}
	return nil
}

// unnamedAt returns the mention of a pronoun or of a person's
// description that spans tokens [i, end) of sentence si: "him", "her",
// "the man", "the 25-year-old suspect". A description no mention covers
// is added to *ms. It returns nil for anything else.
func (d *docState) unnamedAt(si int, s nlp.Sentence, ms *[]*mention, i, end int) *mention {
	toks := s.Tokens
	if k := coveringAt(*ms, i); k >= 0 {
		m := (*ms)[k]
		if m.kind == mPronoun && (m.pron == "him" || m.pron == "her") || m.kind == mDesc && unnamedNouns[m.head] && m.end <= end {
			return m
		}
		return nil
	}
	for j := i + 1; j < end; j++ {
		if unnamedNouns[toks[j].Lower()] && toks[j].Tag == "NN" {
			return d.addDesc(ms, s, i, j)
		}
		if coveringAt(*ms, j) >= 0 || !describing(toks[j]) {
			return nil
		}
	}
	return nil
}

// describedBefore returns the mention of a pronoun or person's
// description that ends right before token end of sentence si, as
// [docState.unnamedAt] does.
func (d *docState) describedBefore(si int, s nlp.Sentence, ms *[]*mention, end int) *mention {
	toks := s.Tokens
	j := end - 1
	if j < 0 {
		return nil
	}
	if k := coveringAt(*ms, j); k >= 0 {
		m := (*ms)[k]
		if m.kind == mPronoun && (m.pron == "he" || m.pron == "she") || m.kind == mDesc && unnamedNouns[m.head] && m.end == end {
			return m
		}
		return nil
	}
	if !unnamedNouns[toks[j].Lower()] || toks[j].Tag != "NN" {
		return nil
	}
	for i := j - 1; i >= 0 && j-i <= 4; i-- {
		w := toks[i].Lower()
		if w == "the" || w == "a" || w == "an" {
			return d.addDesc(ms, s, i, j)
		}
		if coveringAt(*ms, i) >= 0 || !describing(toks[i]) {
			return nil
		}
	}
	return nil
}

// describing reports whether t may stand between a description's article
// and its noun: an adjective, a number or a hyphenated age ("a
// 25-year-old", "an unidentified").
func describing(t nlp.Token) bool {
	return strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "VBN" || t.Tag == "HYPH" || strings.Contains(t.Text, "-") && !isCap(t.Text)
}

// addDesc adds to *ms the description of tokens [i, j] whose head is the
// noun at j, and returns it.
func (d *docState) addDesc(ms *[]*mention, s nlp.Sentence, i, j int) *mention {
	toks := s.Tokens
	m := &mention{kind: mDesc, start: i, end: j + 1, surface: joinText(toks[i : j+1]), head: toks[j].Lower(),
		gender: personNouns[toks[j].Lower()]}
	*ms = insertMention(*ms, m)
	return m
}

// giveName resolves m, a mention of sentence si, to e, the person a name
// gives it, in place of what it resolved to.
func (d *docState) giveName(si int, m *mention, e *docEntity) {
	if m.ent == e {
		return
	}
	if m.ent != nil {
		m.ent.n--
	}
	m.ent = e
	if m.conf == 0 {
		m.conf = 0.7
	}
	e.n++
	e.mentions[si] = true
	if p := (pos{si, m.start}); p.less(e.first) {
		e.first = p
	}
}

// cataphor gives e, the person a pronoun of the next sentence was named
// as, to the first indefinite description of a person in sentence si ("A
// 25-year-old man was arrested"), when si names no person.
func (d *docState) cataphor(si int, e *docEntity) {
	s := d.input[si]
	toks := s.Tokens
	for _, m := range d.sents[si] {
		if m.ent != nil && m.ent.typ == schema.Person {
			return
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		if w := toks[i].Lower(); w != "a" && w != "an" {
			continue
		}
		for j := i + 1; j < len(toks) && j-i <= 4; j++ {
			if unnamedNouns[toks[j].Lower()] && toks[j].Tag == "NN" && coveringAt(d.sents[si], j) < 0 {
				if j+1 < len(toks) && (strings.HasPrefix(toks[j+1].Tag, "NN") || toks[j+1].Lower() == "of") {
					break // "a man of letters", "a passenger jet"
				}
				ms := d.sents[si]
				m := d.addDesc(&ms, s, i, j)
				d.sents[si] = ms
				d.giveName(si, m, e)
				return
			}
			if coveringAt(d.sents[si], j) >= 0 || !describing(toks[j]) {
				break
			}
		}
	}
}

// ledeNouns are the nouns of an office or a trade by which a report's
// opening sentences describe a person whom it names only later with the
// matching title ("a federal judge in Texas ruled ... U.S. District Judge
// Tom Wu ruled"), with those titles' last words.
var ledeNouns = map[string][]string{
	"judge": {"judge"}, "doctor": {"dr.", "dr", "doctor"}, "physician": {"dr.", "dr", "doctor"},
}

// ledeDescriptions gives an indefinite description of a person in one of
// the document's first two sentences ("On Wednesday, a federal judge
// sentenced a doctor based in Bergen"), which names no one, the one
// person the document titles with the description's noun ([ledeNouns]:
// "Judge Ann Lee", "Dr. Tom Wu"): a report's lede describes whom its body
// names. A description that a name follows ("a judge, Ann Lee,"), or a
// title that two persons or the description's own sentence hold, names no
// one so.
func (d *docState) ledeDescriptions() {
	for si := 0; si < min(2, len(d.sents), len(d.input)); si++ {
		s := d.input[si]
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if w := toks[i].Lower(); w != "a" && w != "an" {
				continue
			}
			for j := i + 1; j < len(toks) && j-i <= 6; j++ {
				if c := coveringAt(d.sents[si], j); c >= 0 {
					// "a United States federal judge": a state's name
					// modifies the noun.
					m := d.sents[si][c]
					if m.ent == nil || m.ent.typ != schema.GPE || m.possessive || m.kind != mName {
						break
					}
					j = m.end - 1
					continue
				}
				titles := ledeNouns[toks[j].Lower()]
				if titles == nil || toks[j].Tag != "NN" {
					if !describing(toks[j]) {
						break
					}
					continue
				}
				if j+1 < len(toks) && (strings.HasPrefix(toks[j+1].Tag, "NN") || toks[j+1].Text == "," || toks[j+1].Lower() == "of" || toks[j+1].Lower() == "named") {
					break // "a judge, Ann Lee,", "a doctor named Tom Wu", "a judge of the court"
				}
				if e := d.titledOnce(si, titles); e != nil {
					ms := d.sents[si]
					m := d.addDesc(&ms, s, i, j)
					d.sents[si] = ms
					d.giveName(si, m, e)
				}
				break
			}
		}
	}
}

// sovereignTitles are the titles of a monarch or a pope, which a report
// may use alone ("the Queen suspended parliament") before it names the
// holder ("Queen Elizabeth II").
var sovereignTitles = map[string]bool{
	"King": true, "Queen": true, "Pope": true, "Emperor": true, "Empress": true, "Sultan": true, "Emir": true,
}

// laterSovereigns gives a bare sovereign's title after "the" ("the Queen",
// [sovereignTitles]), taken up by no mention before, the one person the
// document names with that title later, in a sentence after it and in
// none before ([docState.titledOnce]), and reads the sentence's request
// phrases again for that person ([docState.biddenActs]): "Per request of
// Tom Wu, the Queen suspended parliament ... Tom Wu asked Queen Ann Lee".
// A title that "of" or a capitalised word follows ("the Queen of Norway",
// "the King Harald") is left alone.
func (d *docState) laterSovereigns() {
	for si := 0; si < min(len(d.sents), len(d.input)); si++ {
		s := d.input[si]
		toks := s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			t := toks[i+1]
			if toks[i].Lower() != "the" || !sovereignTitles[t.Text] || i+2 < len(toks) && (toks[i+2].Lower() == "of" || isCap(toks[i+2].Text)) {
				continue
			}
			var m *mention
			if c := coveringAt(d.sents[si], i+1); c >= 0 {
				if m = d.sents[si][c]; m.ent != nil || m.kind != mDesc || m.start != i || m.end != i+2 {
					continue // "the Queen" taken up before, or part of another mention
				}
			}
			e := d.titledOnce(si, []string{strings.ToLower(t.Text)})
			if e == nil {
				continue
			}
			if m == nil {
				ms := d.sents[si]
				m = d.addDesc(&ms, s, i, i+1)
				d.sents[si] = ms
			}
			d.giveName(si, m, e)
			d.biddenActs(si, s, d.sents[si]) // "Per request of Tom Wu, the Queen suspended"
		}
	}
}

// titledOnce returns the one person that the document names with a title
// whose last word is one of words, in a sentence after si and in none up
// to si, or nil.
func (d *docState) titledOnce(si int, words []string) *docEntity {
	var one *docEntity
	for k, ms := range d.sents {
		for _, m := range ms {
			if m.ent == nil || m.ent.typ != schema.Person || len(m.titles) == 0 {
				continue
			}
			f := strings.Fields(strings.ToLower(m.titles[len(m.titles)-1].name))
			if len(f) == 0 || !slices.Contains(words, f[len(f)-1]) {
				continue
			}
			if k <= si || one != nil && one != m.ent {
				return nil
			}
			one = m.ent
		}
	}
	return one
}
