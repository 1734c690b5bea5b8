package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// clauseSpeaker returns the speaker of quotation q that the clause
// leading into it names as its subject, when a comma, a colon or a verb
// ends the clause right before the quotation mark, or the quotation is a
// fragment run into it ([fragmentLead]): 'Governor Ann Lee said at a news
// conference on Monday, "We ..."', 'Tom Wu of Halvik spoke to reporters:
// "I ..."', 'He posted on Twitter, "..."', 'Lee quipped "..."', 'Lee
// called the plan a "raid on our savings"'. The subject is the sentence's first person or
// organisation mention that is the subject of a finite verb
// ([clauseVerb]), outside quotations,
// before which no finite verb stands (a fronted phrase may hold a
// participle: 'Addressing the leaders, Lee proposed: "..."'). It returns
// nil when another actor is the subject of a clause between it and the
// quotation ('Lee said Wu told them: "..."'), or "that", "who" or "which"
// open one, whose subject the quotation may be.
func (d *docState) clauseSpeaker(sents []nlp.Sentence, q quote) *docEntity {
	si := q.from
	toks := sents[si].Tokens
	mark := q.start - 1
	if mark < 2 {
		return nil
	}
	if p := toks[mark-1]; p.Text != "," && p.Text != ":" && !finiteAt(toks, mark-1) && !fragmentLead(toks, mark) {
		return nil
	}
	var speaker *mention
	verb := -1 // the speaker's verb
	for _, m := range d.sents[si] {
		if m.end > mark {
			break
		}
		if inQuotes(d.qs, si, m.start) || m.ent == nil || m.adj || m.possessive ||
			m.ent.typ != schema.Person && m.ent.typ != schema.Organization {
			continue
		}
		if m.start < verb {
			continue // "Tom Wu of the Halvik Group said"
		}
		v := clauseVerb(toks, m, mark)
		if v < 0 || m.start > 0 && (toks[m.start-1].Tag == "IN" || toks[m.start-1].Tag == "TO") {
			continue // not "The decree signed by the Pope read"
		}
		if speaker != nil {
			if m.ent != speaker.ent {
				return nil // "Lee said Wu told them: ..."
			}
			continue
		}
		for k := 0; k < m.start; k++ {
			if finiteAt(toks, k) && !inQuotes(d.qs, si, k) {
				return nil // not the main clause's subject
			}
		}
		speaker, verb = m, v
	}
	if speaker == nil {
		return nil
	}
	for k := speaker.end; k < mark; k++ {
		switch toks[k].Lower() {
		case "that", "who", "which", "whom", "whether":
			if !inQuotes(d.qs, si, k) {
				return nil
			}
		}
	}
	return speaker.ent
}

// clauseVerb returns the index of the finite verb before token mark of
// toks whose subject mention m is, or -1: the verb follows it, perhaps after
// adverbs, after an of- or from-phrase of capitalised words ("Tom Wu of
// the Halvik Group said") or after an apposition set off by commas ("Ann
// Lee, the mayor of Oslo, told").
func clauseVerb(toks []nlp.Token, m *mention, mark int) int {
	k := m.end
	if k < mark && (toks[k].Lower() == "of" || toks[k].Lower() == "from") {
		for k++; k < mark && k <= m.end+8 && (isCap(toks[k].Text) || toks[k].Lower() == "the" || toks[k].Lower() == "of"); k++ {
		}
	}
	for n := 0; n < 3 && k < mark && toks[k].Text == ","; n++ {
		j := k + 1
		for j < mark && j <= k+25 && toks[j].Text != "," {
			j++
		}
		if j >= mark || toks[j].Text != "," {
			return -1
		}
		k = j + 1
	}
	for k < mark && strings.HasPrefix(toks[k].Tag, "RB") {
		k++
	}
	if k < mark && finiteAt(toks, k) {
		return k
	}
	return -1
}

// titleRun reports whether toks, the words between a reporting verb and
// the name after it, are a title or description of at most six nouns and
// adjectives, with "of" only between capitalised words: 'said lead author
// Professor Ann Lee', 'said selection committee member Tom Wu', 'tweeted
// Mayor of London Per Lund'.
func titleRun(toks []nlp.Token) bool {
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	for i, t := range toks {
		switch {
		case strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ":
		case t.Lower() == "of" && i > 0 && i+1 < len(toks) && isCap(toks[i-1].Text) && isCap(toks[i+1].Text):
		default:
			return false
		}
	}
	return true
}

// fragmentLead reports whether the words before the quotation mark at
// toks[mark] run a fragment of the speaker's words into the clause: a
// determiner, an adjective, "to" or a participle of saying right before
// it ('called the plan a "raid on our savings"', 'accused
// his rival of trying to "shut me out"', 'recalls realizing "I ..."').
func fragmentLead(toks []nlp.Token, mark int) bool {
	p := toks[mark-1]
	return p.Tag == "DT" || p.Tag == "JJ" || p.Tag == "TO" || p.Tag == "VBG"
}

// namedInside reports whether quotation q names person e by name: a
// speaker does not name himself ('"... my friend and a true leader,
// Tom Wu. Today I am proud to back him," he said' is not Wu's,
// whoever "he" was taken for).
func (d *docState) namedInside(q quote, e *docEntity) bool {
	if e.typ != schema.Person {
		return false
	}
	for si := q.from; si <= q.to; si++ {
		for _, m := range d.sents[si] {
			if m.ent == e && named(m) && inQuotes([]quote{q}, si, m.start) {
				return true
			}
		}
	}
	return false
}

// documentSpeaker returns the actor whose statement, letter or release
// speaks quotation q, named as its owner right before the noun: 'The
// ministry's official statement yesterday read "We ..."', 'The Home
// Office letter reads "we ..."', 'reads a Halvik press release, "We
// ..."'. The verb ([statementWords]) stands right before the quotation
// mark, or a comma after the noun does; it returns nil otherwise.
func (d *docState) documentSpeaker(sents []nlp.Sentence, q quote) *docEntity {
	si := q.from
	toks := sents[si].Tokens
	mark := q.start - 1
	v := mark - 1
	if v > 0 && toks[v].Text == "," {
		v--
	}
	if v < 1 {
		return nil
	}
	document := func(k int) bool { w := toks[k].Lower(); return statementNouns[w] || w == "release" }
	n := -1 // the statement noun
	if statementWords[toks[v].Lower()] {
		for k := v - 1; k >= 0 && k >= v-3; k-- {
			if document(k) {
				n = k
				break
			}
		}
	} else if document(v) {
		for k := v - 1; k >= 0 && k >= v-6; k-- {
			if statementWords[toks[k].Lower()] {
				n = v // "reads a Halvik press release,"
				break
			}
		}
	}
	if n < 1 {
		return nil
	}
	for _, m := range d.sents[si] {
		if m.end > n || m.end < n-3 || m.ent == nil || m.adj ||
			m.ent.typ != schema.Organization && m.ent.typ != schema.Person {
			continue
		}
		between := toks[m.end:n]
		if slices.ContainsFunc(between, func(t nlp.Token) bool {
			return t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "POS"
		}) {
			continue // "the Halvik official statement", "Halvik's press release"
		}
		return m.ent
	}
	return nil
}
