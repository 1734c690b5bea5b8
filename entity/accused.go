package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
)

// accusedNouns are the nouns of a description of the one person a report
// says stands accused: "the accused", "the defendant", "the suspect".
var accusedNouns = map[string]bool{"accused": true, "defendant": true, "suspect": true}

// chargedVerbs are the past participles that, after "was" or "were", say
// that their subject stands accused ("Tom Wu was charged"), and, active,
// that their object does ("Police arrested Tom Wu").
var chargedVerbs = map[string]bool{
	"charged": true, "arrested": true, "accused": true, "indicted": true, "detained": true, "remanded": true,
	"extradited": true, "prosecuted": true,
}

// accusedDescs adds to ms, the mentions of sentence si, the descriptions
// "the accused" and "the defendant" of the one person the document so far
// says appeared in court, pleaded, was charged or arrested, or whom someone
// charged or arrested ("Tom Wu appeared in court ... The judge ordered the
// accused to remain in custody"), as [docState.attackerDescs] does for an
// attacker; with no such person or two the description is left alone
// ([docState.holderDescs]). It returns ms, changed.
func (d *docState) accusedDescs(si int, s nlp.Sentence, ms []*mention) []*mention {
	return d.holderDescs(si, s, ms, accusedNouns, d.accusedOf)
}

// accusedOf returns the one person the document names, in the sentences
// up to token end of sentence si, as the subject of "appeared in court",
// "pleaded" or a passive of [chargedVerbs] (an apposition set off by
// commas may stand between), or as the object of an active one of them; or
// nil when there is none or more than one.
func (d *docState) accusedOf(si, end int) *docEntity {
	return d.onePerson(si, end, func(toks []nlp.Token, c *mention) (bool, bool) {
		if !chargedAfter(toks, c.end) && !chargedBefore(toks, c.start) {
			return false, false
		}
		// "Tom Wu and Ann Lee were charged": two accused
		return true, c.start > 0 && toks[c.start-1].Text == "and" || c.end < len(toks) && toks[c.end].Text == "and"
	})
}

// chargedAfter reports whether the words from token k, after a subject,
// say it stands accused: at most two short phrases set off by commas and
// adverbs, then "appeared in court" (the court within five words),
// "pleaded" or "was charged" ([chargedVerbs]).
func chargedAfter(toks []nlp.Token, k int) bool {
	for n := 0; n < 2 && k < len(toks) && toks[k].Text == ","; n++ {
		c := k + 1
		for c < len(toks) && c <= k+6 && toks[c].Text != "," {
			c++
		}
		if c >= len(toks) || toks[c].Text != "," {
			return false
		}
		k = c + 1 // "Tom Wu, aged 28, appeared"
	}
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].Lower(); w {
	case "appeared":
		for c := k + 1; c < len(toks) && c <= k+5; c++ {
			if strings.EqualFold(toks[c].Text, "court") || strings.EqualFold(toks[c].Text, "tribunal") {
				return true
			}
		}
		return false
	case "pleaded", "pled":
		return true
	case "was", "were", "has", "had":
		k++
		if k < len(toks) && toks[k].Lower() == "been" {
			k++
		}
		return k < len(toks) && chargedVerbs[toks[k].Lower()]
	}
	return false
}

// chargedBefore reports whether the person starting at token k is the
// object of an active verb of [chargedVerbs]: "Police arrested Tom Wu".
func chargedBefore(toks []nlp.Token, k int) bool {
	return k > 1 && chargedVerbs[toks[k-1].Lower()] && toks[k-1].Tag == "VBD" && toks[k-2].Lower() != "was" && toks[k-2].Lower() != "were"
}
