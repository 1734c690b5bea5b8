package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// statementSpokes adds to ms, the mentions of sentence si, an unnamed
// spokesperson ("A spokesperson told the Military Times", "the spokesman
// said") of the actor that released or issued a statement in si or the
// two sentences before ("On Friday, the Task Force released a
// statement ..."): the spokesperson speaks for it, as a report's unnamed
// spokesperson of a statement does. A spokesperson for someone named
// ("a spokesman for the police", "a spokeswoman, Ann Lee,"), or with a
// noun before ("a ministry spokesman": [docState.spokesBody]), is left
// alone. It returns ms, changed.
func (d *docState) statementSpokes(si int, s nlp.Sentence, ms []*mention) []*mention {
	toks := s.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if w := toks[i].Lower(); w != "a" && w != "the" || !spokesNouns[toks[i+1].Lower()] || coveringAt(ms, i+1) >= 0 {
			continue
		}
		if j := i + 2; j < len(toks) && (toks[j].Tag == "IN" || toks[j].Tag == "TO" || isCap(toks[j].Text) ||
			toks[j].Text == "," && j+1 < len(toks) && isCap(toks[j+1].Text) || toks[j].Tag == "POS") {
			continue
		}
		author := d.statementAuthor(si, i, 2)
		if author == nil {
			continue
		}
		m := &mention{kind: mDesc, start: i, end: i + 2, surface: joinText(toks[i : i+2]), head: toks[i+1].Lower()}
		ms = insertMention(ms, m)
		d.giveName(si, m, author)
	}
	return ms
}

// statementAuthor returns the actor, an organisation or a person, that the
// document says released or issued a statement in sentence si before
// token end or in the back sentences before, the latest one; or nil.
func (d *docState) statementAuthor(si, end, back int) *docEntity {
	for j := si; j >= 0 && j >= si-back; j-- {
		toks := d.input[j].Tokens
		last := len(toks)
		if j == si {
			last = end
		}
		var author *docEntity
		for k := 2; k+1 < last; k++ {
			if toks[k+1].Lower() != "statement" || !statementVerbs[toks[k-1].Lower()] || toks[k].Lower() != "a" && toks[k].Lower() != "the" {
				continue
			}
			var by *mention
			for _, c := range d.sents[j] {
				if c.end <= k-1 && c.ent != nil && !c.adj && !c.possessive && sameClause(toks, c.end, k) &&
					(c.ent.typ == schema.Organization || c.ent.typ == schema.Person) {
					by = c
				}
			}
			if by != nil {
				author = by.ent
			}
		}
		if author != nil {
			return author
		}
	}
	return nil
}

// statementWords are the verbs by which a statement speaks ('"...," read
// the statement').
var statementWords = map[string]bool{
	"read": true, "reads": true, "said": true, "says": true, "stated": true, "states": true, "added": true,
}

// statementRead returns the author of the statement ([docState.statementAuthor])
// that speaks quotation q: the words right after it or right before it
// are "read the statement" or "the statement said" ('"We appreciate
// ...;" read the statement; "we will not back down"'), or nil.
func (d *docState) statementRead(sents []nlp.Sentence, q quote) *docEntity {
	says := func(toks []nlp.Token, a, b int) bool {
		w := make([]string, 0, 3)
		for i := max(a, 0); i < b && i < len(toks) && len(w) < 3; i++ {
			if toks[i].Text == "," || toks[i].Text == ";" || toks[i].Text == ":" {
				continue
			}
			w = append(w, toks[i].Lower())
		}
		if len(w) < 3 {
			return false
		}
		return statementWords[w[0]] && w[1] == "the" && w[2] == "statement" ||
			w[0] == "the" && w[1] == "statement" && statementWords[w[2]]
	}
	after := sents[q.to].Tokens
	before := sents[q.from].Tokens
	if says(after, q.end+1, q.end+5) || q.start >= 4 && says(before, q.start-5, q.start-1) {
		return d.statementAuthor(q.from, q.start, 3)
	}
	return nil
}
