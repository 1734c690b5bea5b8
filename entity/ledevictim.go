package entity

import (
	"strings"

	"github.com/kg-project/kg/schema"
)

// ledeHarmVerbs are the past forms of the verbs by which a report's lede harms
// a person it names only after ("Police have killed a Palestinian man
// ... Tom Wu, 37, was shot").
var ledeHarmVerbs = map[string]bool{
	"killed": true, "shot": true, "stabbed": true, "wounded": true, "injured": true, "murdered": true,
	"attacked": true, "beaten": true, "beat": true,
}

// ledeVictimNouns are the nouns of a lede's unnamed victim.
var ledeVictimNouns = map[string]bool{"man": true, "woman": true, "boy": true, "girl": true, "teenager": true, "youth": true}

// ledeVictims gives an indefinite description of a person that a harming
// verb takes as its object in one of the document's first four
// sentences, which names no person ("Israeli forces have killed a
// Palestinian man in Halden"), the person whose name opens the next
// sentence that names one, as the subject of a passive of such a verb
// ("Tom Wu, 37, was shot by the soldiers"): the lede's victim is the one
// the body names. A people's or a state's adjective may stand in the
// description.
func (d *docState) ledeVictims() {
	for si := 0; si+1 < min(4, len(d.sents), len(d.input)); si++ {
		s := d.input[si]
		toks := s.Tokens
		named := false
		for _, m := range d.sents[si] {
			if m.ent != nil && m.ent.typ == schema.Person {
				named = true
			}
		}
		if named {
			continue
		}
		for i := 1; i+1 < len(toks); i++ {
			if w := toks[i].Lower(); w != "a" && w != "an" || !ledeHarmVerbs[toks[i-1].Lower()] {
				continue
			}
			j := i + 1
			for ; j < len(toks) && j-i <= 4; j++ {
				if c := coveringAt(d.sents[si], j); c >= 0 {
					m := d.sents[si][c]
					if !m.adj || m.ent == nil || m.ent.typ != schema.GPE && m.ent.typ != schema.Group {
						j = len(toks)
						break
					}
					j = m.end - 1 // "a Palestinian man"
					continue
				}
				if ledeVictimNouns[toks[j].Lower()] && toks[j].Tag == "NN" || !describing(toks[j]) {
					break
				}
			}
			if j >= len(toks) || !ledeVictimNouns[toks[j].Lower()] || toks[j].Tag != "NN" ||
				j+1 < len(toks) && (strings.HasPrefix(toks[j+1].Tag, "NN") || toks[j+1].Text == "," || toks[j+1].Lower() == "named") {
				continue // "a man, Tom Wu,", "a man named Tom Wu"
			}
			e := d.passiveVictim(si + 1)
			if e == nil {
				continue
			}
			ms := d.sents[si]
			m := d.addDesc(&ms, s, i, j)
			d.sents[si] = ms
			d.giveName(si, m, e)
			return
		}
	}
}

// passiveVictim returns the person whose name opens the first sentence
// from si on that names a person, up to two sentences on, as the subject
// of a passive of a [ledeHarmVerbs] verb ("Tom Wu, 37, was shot by the
// soldiers", "Tom Wu was killed"), or nil.
func (d *docState) passiveVictim(si int) *docEntity {
	for k := si; k < min(si+2, len(d.sents), len(d.input)); k++ {
		toks := d.input[k].Tokens
		var first *mention
		for _, m := range d.sents[k] {
			if m.ent != nil && m.ent.typ == schema.Person {
				first = m
				break
			}
		}
		if first == nil {
			continue
		}
		if first.start != 0 || first.kind != mName {
			return nil
		}
		for j := first.end; j+1 < len(toks) && j-first.end <= 6; j++ {
			if w := toks[j].Lower(); w == "was" || w == "is" || w == "has been" {
				n := j + 1
				if n < len(toks) && toks[n].Text == "\"" {
					n++ // was "shot by the occupation"
				}
				if n < len(toks) && ledeHarmVerbs[toks[n].Lower()] {
					return first.ent
				}
				return nil
			}
			if strings.HasPrefix(toks[j].Tag, "VB") {
				return nil
			}
		}
		return nil
	}
	return nil
}
