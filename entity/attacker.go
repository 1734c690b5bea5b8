package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// attackerNouns are the nouns of a description of whoever carried out an
// attack ("the attacker", "the gunman").
var attackerNouns = map[string]bool{
	"attacker": true, "assailant": true, "gunman": true, "shooter": true, "stabber": true, "knifeman": true,
}

// assaultVerbs are the verbs whose subject carries out an attack ("Tom
// Wu stabbed several people").
var assaultVerbs = map[string]bool{
	"stabbed": true, "shot": true, "attacked": true, "killed": true, "murdered": true, "stabs": true, "shoots": true,
	"attacks": true, "kills": true,
}

// attackerDescs adds to ms, the mentions of sentence si, the descriptions
// "the attacker" (assailant, gunman, ...) of the one person the document
// so far says attacked, stabbed, shot or killed, as the subject right
// before the verb ("On Friday, Tom Wu stabbed several people ... the
// police surrounded the attacker"); a victim ("Ann Lee was stabbed") is
// none, and with no such person or two the description is left alone
// ([docState.holderDescs]). It returns ms, changed.
func (d *docState) attackerDescs(si int, s nlp.Sentence, ms []*mention) []*mention {
	return d.holderDescs(si, s, ms, attackerNouns, d.attackerOf)
}

// holderDescs adds to ms, the mentions of sentence si, the descriptions
// "the" + a noun of nouns that name the one person holder finds in the
// document up to the description ([docState.attackerOf],
// [docState.accusedOf]), given that person's name. A noun, "of", a
// relative pronoun or a plural verb after the noun names someone else or
// many. It returns ms, changed.
func (d *docState) holderDescs(si int, s nlp.Sentence, ms []*mention, nouns map[string]bool, holder func(si, end int) *docEntity) []*mention {
	toks := s.Tokens
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower() != "the" || !nouns[toks[i+1].Lower()] || coveringAt(ms, i+1) >= 0 {
			continue
		}
		if j := i + 2; j < len(toks) && (strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Lower() == "of" || toks[j].Tag == "WP" ||
			toks[j].Tag == "WDT" || toks[j].Lower() == "were" || toks[j].Lower() == "are") {
			continue
		}
		e := holder(si, i)
		if e == nil {
			continue
		}
		m := &mention{kind: mDesc, start: i, end: i + 2, surface: joinText(toks[i : i+2]), head: toks[i+1].Lower(),
			possessive: i+2 < len(toks) && toks[i+2].Tag == "POS"}
		ms = insertMention(ms, m)
		d.giveName(si, m, e)
	}
	return ms
}

// attackerOf returns the one person the document names as the subject
// right before an attack verb in the sentences up to token end of
// sentence si, or nil when there is none or more than one.
func (d *docState) attackerOf(si, end int) *docEntity {
	return d.onePerson(si, end, func(toks []nlp.Token, c *mention) (bool, bool) {
		k := c.end
		if k+1 < len(toks) && toks[k].Text == "," && c.start > 0 && toks[c.start-1].Text == "," {
			k++ // "A gunman, Tom Wu, shot": the apposition's closing comma
		}
		for k < len(toks) && toks[k].Tag == "RB" {
			k++
		}
		return k < len(toks) && assaultVerbs[toks[k].Lower()] && strings.HasPrefix(toks[k].Tag, "VB") && toks[k].Tag != "VBN", false
	})
}

// onePerson returns the one person named in the sentences up to token end
// of sentence si by a mention that ok accepts, or nil when there is none
// or more than one, or when ok says the mention names many.
func (d *docState) onePerson(si, end int, ok func(toks []nlp.Token, c *mention) (yes, many bool)) *docEntity {
	var found *docEntity
	for j := 0; j <= si && j < len(d.sents); j++ {
		toks := d.input[j].Tokens
		for _, c := range d.sents[j] {
			if c.ent == nil || c.ent.typ != schema.Person || c.adj || c.possessive || j == si && c.end >= end {
				continue
			}
			yes, many := ok(toks, c)
			if !yes {
				continue
			}
			if many || found != nil && found != c.ent {
				return nil
			}
			found = c.ent
		}
	}
	return found
}
