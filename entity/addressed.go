package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// This file reads the words a quotation addresses to a named actor
// ([docState.addressed]) and an agreement with the one who spoke before
// ([docState.agreedWith]).

// addressWords open a quoted address to an actor, named by the act it
// is: "Thank you Tom Wu for ...", "Thanks, Tom Wu", "Congratulations to
// Tom Wu on ...", "Please, Tom Wu, don't ...".
var addressWords = map[string]string{
	"thank": "thank", "thanks": "thank", "congratulations": "congratulate", "congrats": "congratulate",
	"please": "urge", "rip": "mourn", "shame": "criticize", "kudos": "praise", "bravo": "praise", "well": "praise",
}

// addressSecond are the address words of [addressWords] that need a
// second word: "Shame on Tom Wu", "Well done, Tom Wu".
var addressSecond = map[string]string{"shame": "on", "well": "done"}

// addressFill are the words that may stand between an address word and
// the actor addressed: "Thank you so much, Tom Wu", "Please, please Tom Wu".
var addressFill = map[string]bool{
	"you": true, "to": true, "so": true, "much": true, "very": true, "again": true, "also": true,
	"please": true, "dear": true, ",": true, "and": true, "once": true, "more": true,
	"[": true, // an editor's name for a handle: "Thank you [Tom Wu] for"
}

// addressed adds speaker —LEMMA→ actor for each quoted address to a named
// actor in sentence si, whose speaker [docState.speakers] found: a clause
// of the quotation that opens with an address word ([addressWords]) and
// names the actor within a few words ('"Thank you @TomWu for making
// working families the center of your campaign," wrote Ann Lee' thanks,
// 'Lee wrote, "Congratulations to Tom Wu on running a strong campaign"'
// congratulates, '"Please, please Tom Wu, don't let us suffer"' urges,
// '"RIP Tom Wu"', '"Rest in peace, Tom Wu"' mourn, '"Shame on Tom Wu"'
// criticizes, '"Well done, Tom Wu"', '"Kudos to Tom Wu"' praise), that opens with the actor's name and "please"
// ('"Tom Wu, please step down"'), or that prays his soul rest in peace
// ('"May his soul rest in eternal peace"' mourns him). A tweet's handle names the actor whose name it spells
// ([docState.handleActor]). "Thanks to" thanks only when "for" or the
// clause's end follows the name: "thanks to Halvik's loans, we survived"
// gives credit, no thanks.
func (d *docState) addressed(si int, s nlp.Sentence) {
	toks := s.Tokens
	for k := range toks {
		if !inQuotes(d.qs, si, k) || k > 0 && !clauseOpen(toks[k-1].Text) {
			continue
		}
		lemma := addressWords[toks[k].Lower()]
		j := k + 1
		var e *docEntity
		if lemma == "" && k+5 < len(toks) && toks[k].Lower() == "may" && toks[k+2].Lower() == "soul" && toks[k+3].Lower() == "rest" {
			// "May his soul rest in eternal peace"
			if m := coveringAt(d.sents[si], k+1); m >= 0 && d.sents[si][m].end == k+2 {
				lemma, e, j = "mourn", d.sents[si][m].ent, k+4
			}
		}
		if lemma == "" && k+3 < len(toks) && toks[k].Lower() == "rest" && toks[k+1].Lower() == "in" && toks[k+2].Lower() == "peace" {
			lemma, j = "mourn", k+3 // "Rest in peace, Tom Wu"
		}
		switch {
		case e != nil:
		case lemma == "":
			// "Tom Wu, please step down"
			m := d.mentionAt(si, s, k)
			if m == nil || m.end+1 >= len(toks) || toks[m.end].Text != "," || toks[m.end+1].Lower() != "please" {
				continue
			}
			lemma, e, j = "urge", m.ent, m.end
		default:
			if lemma == "thank" && toks[k].Lower() == "thank" && (j >= len(toks) || toks[j].Lower() != "you") {
				continue // "thank God"
			}
			if w := addressSecond[toks[k].Lower()]; w != "" {
				if j >= len(toks) || toks[j].Lower() != w {
					continue // "shame", "well" alone
				}
				j++
			}
			for j < len(toks) && j < k+6 && addressFill[toks[j].Lower()] {
				j++
			}
			if j >= len(toks) {
				continue
			}
			if m := d.mentionAt(si, s, j); m != nil {
				e, j = m.ent, m.end
			} else if e = d.handleActor(toks[j].Text); e != nil {
				j++
			}
			if e == nil {
				continue
			}
			if toks[k].Lower() == "thanks" && k+1 < len(toks) && toks[k+1].Lower() == "to" &&
				j < len(toks) && toks[j].Lower() != "for" && !clauseEnd(toks[j].Text) {
				continue // "thanks to Halvik's loans, we survived"
			}
		}
		speaker := d.quoteSpeaker(si, k)
		if speaker == nil || e == nil || speaker == e || !actorEntity(speaker) || !actorEntity(e) {
			continue
		}
		a, b := toks[k].Start, toks[j-1].End
		d.derive(si, schema.Argument{Text: s.Text[a:b], Start: a, End: b}, s.Text[a:b], lemma, speaker, e, "", roleConf)
	}
}

// clauseOpen reports whether a clause may open after token t: a
// quotation mark, a comma, a dash or the end of a sentence.
func clauseOpen(t string) bool {
	return quoteMark(t) != 0 || clauseEnd(t) || t == "," || t == "--" || t == "—" || t == "–"
}

// clauseEnd reports whether token t ends a clause.
func clauseEnd(t string) bool {
	return quoteMark(t) != 0 || t == "." || t == "!" || t == "?" || t == ";" || t == ":"
}

// handleActor returns the actor of the document whose name a social
// media handle t spells ("@TomWu", "@SenTomWu", "@realTomWu", "@wu_tom"
// for Tom Wu), or nil: the handle, in lower case without @ and _, holds
// the name without spaces, or the surname (four letters or more) of
// exactly one person.
func (d *docState) handleActor(t string) *docEntity {
	h, ok := strings.CutPrefix(t, "@")
	if !ok || len(h) < 3 {
		return nil
	}
	h = strings.ToLower(strings.ReplaceAll(h, "_", ""))
	var bySurname []*docEntity
	for _, e := range d.ents {
		if !actorEntity(e) {
			continue
		}
		full := strings.ToLower(strings.Join(strings.Fields(e.name), ""))
		if len(full) >= 4 && strings.Contains(h, full) {
			return e
		}
		if w := strings.Fields(strings.ToLower(e.name)); e.typ == schema.Person && len(w) > 1 && len(w[len(w)-1]) >= 4 && strings.Contains(h, w[len(w)-1]) {
			bySurname = append(bySurname, e)
		}
	}
	if len(bySurname) == 1 {
		return bySurname[0]
	}
	return nil
}

// agreedWith adds subject —agree_with→ speaker (disagree_with) when the
// subject agrees or disagrees, with no object, right after a sentence in
// which another actor spoke ([docState.speakerIn]): "Colonel Tom Wu said
// the Red Group carried out the attack. Governor Ann Lee agreed, saying
// ...". "agreed to resign", "agreed on a deal" agree to no one.
func (d *docState) agreedWith(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if (x.Lemma != "agree" && x.Lemma != "disagree") || strings.TrimSpace(x.Object.Text) != "" || f.subj == nil ||
		!actorEntity(f.subj) || f.implied || x.Attribution != "" || d.intended(s, x) || frontedWith(s, x.Subject) {
		return // "an end to the war, with which Ann Lee agreed": with the call, not the last speaker
	}
	_, rj, ok := relationTokens(s, x)
	for ok && rj < len(s.Tokens) && s.Tokens[rj].Tag == "RB" {
		rj++ // "agreed unanimously to"
	}
	if !ok || rj < len(s.Tokens) && (s.Tokens[rj].Tag == "TO" || s.Tokens[rj].Tag == "IN") {
		return // "agreed to", "agreed on", "agreed that"
	}
	if o := d.speakerIn(si - 1); o != nil && o != f.subj {
		d.derive(si, x.Subject, x.Relation, x.Lemma+"_with", f.subj, o, "", x.Confidence*placeArgConf)
	}
}

// speakerIn returns the actor who spoke in sentence si, the subject of its
// reporting verb or the speaker of a quotation that closes in it, or nil.
func (d *docState) speakerIn(si int) *docEntity {
	if si < 0 {
		return nil
	}
	for _, p := range d.voiced {
		if p.q.to == si && actorEntity(p.e) {
			return p.e
		}
	}
	for _, f := range d.facts {
		if w, _, _ := strings.Cut(strings.ToLower(f.Relation), " "); f.Sentence == si && !f.implied && f.subj != nil && actorEntity(f.subj) && quoting(w) {
			return f.subj
		}
	}
	return nil
}
