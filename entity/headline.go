package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// headlineNouns are the nouns a headline describes its story's person by
// ("Australian woman claims ...", "Teenager jailed for ..."), with the
// gender they give ('f', 'm' or 0).
var headlineNouns = map[string]byte{
	"woman": 'f', "girl": 'f', "mother": 'f', "wife": 'f', "grandmother": 'f', "widow": 'f',
	"man": 'm', "boy": 'm', "father": 'm', "husband": 'm', "grandfather": 'm',
	"teenager": 0, "teen": 0, "student": 0, "schoolboy": 'm', "schoolgirl": 'f', "pensioner": 0,
}

// headlinePerson reads a headline that opens with a description of a
// person, a nationality and such a noun or the noun alone ("Australian
// woman claims Church of Scientology imprisoned her for twelve years"), as
// the person the story's first sentences name, when one of them names a
// person with that noun or nationality around the name ("Valeska Paris,
// an Australian woman and former Scientologist, has claimed ..."); the
// headline's pronouns of the same gender are that person too. The first
// sentence is a headline when it has no final punctuation.
func (d *docState) headlinePerson(sents []nlp.Sentence) {
	if len(sents) < 2 || len(d.sents) < 2 || !untitled(sents[0]) {
		return
	}
	toks := sents[0].Tokens
	k, demonym := 0, ""
	if len(toks) > 2 && d.r.g.demonyms[normKey(toks[0].Text)] != "" {
		k, demonym = 1, toks[0].Lower()
	}
	if len(toks) <= k+1 || !strings.HasPrefix(toks[k].Tag, "NN") {
		return
	}
	noun := toks[k].Lower()
	gender, ok := headlineNouns[noun]
	if !ok {
		return
	}
	var person *docEntity
	for si := 1; si < len(d.sents) && si <= 4 && person == nil; si++ {
		for _, m := range d.sents[si] {
			if m.ent == nil || m.kind != mName || m.ent.typ != schema.Person || gender != 0 && m.ent.gender != 0 && m.ent.gender != gender {
				continue
			}
			if words := lowerWordSet(sents[si].Tokens); words[noun] || demonym != "" && words[demonym] {
				person = m.ent
			}
			break // the first person named decides
		}
	}
	if person == nil {
		return
	}
	d.insert(0, &mention{kind: mDesc, start: 0, end: k + 1, surface: joinText(toks[:k+1]), head: noun, ent: person, conf: 0.7})
	for _, m := range d.sents[0] {
		if m.kind == mPronoun && (m.pron == "her" || m.pron == "she") == (gender == 'f') && (m.pron == "his" || m.pron == "he" || m.pron == "him") == (gender == 'm') {
			m.ent = person
		}
	}
}

// untitled reports whether s ends without a full stop, a question or an
// exclamation mark, as a headline does.
func untitled(s nlp.Sentence) bool {
	if len(s.Tokens) == 0 {
		return false
	}
	switch s.Tokens[len(s.Tokens)-1].Text {
	case ".", "!", "?":
		return false
	}
	return true
}

// lowerWordSet returns the lower-case words of toks.
func lowerWordSet(toks []nlp.Token) map[string]bool {
	words := make(map[string]bool, len(toks))
	for _, t := range toks {
		words[t.Lower()] = true
	}
	return words
}
