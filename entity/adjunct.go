package entity

import (
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// gerundActs map the -ing form of a verb of an act between actors to its
// lemma, for the gerund clauses the extractor leaves inside an extra
// argument ("was arrested after leaving the Sea Org").
var gerundActs = map[string]string{
	"leaving": "leave", "joining": "join", "quitting": "quit", "visiting": "visit", "meeting": "meet",
	"attacking": "attack", "defeating": "defeat", "beating": "beat", "founding": "found",
	"contacting": "contact", "calling": "call", "criticising": "criticise", "criticizing": "criticize",
	"suing": "sue", "signing": "sign", "invading": "invade", "accusing": "accuse", "thanking": "thank",
	"urging": "urge", "warning": "warn", "threatening": "threaten", "supporting": "support",
	"endorsing": "endorse", "interviewing": "interview", "arresting": "arrest", "helping": "help",
}

// perfectActs map the participle after "having" to its lemma.
var perfectActs = map[string]string{
	"left": "leave", "joined": "join", "quit": "quit", "visited": "visit", "met": "meet", "attacked": "attack",
	"defeated": "defeat", "beaten": "beat", "founded": "found", "contacted": "contact", "signed": "sign",
	"invaded": "invade", "sued": "sue", "criticised": "criticise", "criticized": "criticize",
}

// timePreps introduce a gerund clause whose subject is the main clause's.
var timePreps = map[string]bool{"after": true, "before": true, "since": true, "upon": true, "while": true}

// gerundAdjunct adds subj —LEMMA→ actor for a time clause of a gerund
// and its object in x's clause: "Daniel Montalvo was arrested after
// leaving its elite group the Sea Org" (leave), "Ann Lee resigned after
// meeting Tom Wu" or "after having met Tom Wu" (meet). The gerund's
// subject is the main clause's: the clause runs from x's subject to the
// time word with one finite verb group, x's own. The object runs to the next comma, verb or clause word,
// so an apposition the extractor cut off ("its elite group" + "the Sea
// Org") counts; the extractor may also have dropped the clause from x's
// arguments ("charged with taking hard drives and a zip drive from the
// organization after leaving the Sea Org group").
func (d *docState) gerundAdjunct(si int, s nlp.Sentence, x schema.Extraction, subj *docEntity) {
	if subj == nil || x.Subject.End <= x.Subject.Start {
		return
	}
	toks := s.Tokens
	groups, prevFinite := 0, false
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Start < x.Subject.End {
			continue
		}
		finite := toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" || toks[k].Tag == "MD"
		if finite && !prevFinite {
			groups++
		}
		prevFinite = finite
		if groups > 1 || toks[k].Text == ";" || toks[k].Text == ":" {
			return
		}
		if !timePreps[strings.ToLower(toks[k].Text)] || groups == 0 {
			continue
		}
		g := k + 1
		lemma := gerundActs[strings.ToLower(toks[g].Text)]
		if strings.EqualFold(toks[g].Text, "having") && g+2 < len(toks) {
			g++ // "after having left the Sea Org"
			lemma = perfectActs[strings.ToLower(toks[g].Text)]
		} else if toks[g].Tag != "VBG" {
			continue
		}
		if lemma == "" {
			continue
		}
		e := g + 1
		for e < len(toks) && toks[e].Text != "," && toks[e].Text != "." && toks[e].Text != ";" &&
			!strings.HasPrefix(toks[e].Tag, "VB") && toks[e].Tag != "WDT" && toks[e].Tag != "CC" &&
			(toks[e].Tag != "IN" || strings.EqualFold(toks[e].Text, "of")) {
			e++
		}
		if e == g+1 {
			continue
		}
		arg := schema.Argument{Text: s.Text[toks[g+1].Start:toks[e-1].End], Start: toks[g+1].Start, End: toks[e-1].End}
		o, conf, _ := d.argument(si, s, arg)
		if o == nil || o == subj || !actorEntity(o) {
			continue
		}
		d.derive(si, x.Subject, toks[g].Text, lemma, subj, o, "", x.Confidence*conf*placeArgConf)
	}
}
