package entity

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// raiseVerbs put questions of [doubtNouns] to an actor's conduct.
var raiseVerbs = map[string]bool{
	"raise": true, "raises": true, "raised": true, "raising": true,
	"pose": true, "poses": true, "posed": true, "posing": true,
}

// doubtNouns are what [raiseVerbs] raise about an actor: "raised serious
// questions about the council's competence".
var doubtNouns = map[string]bool{
	"questions": true, "concerns": true, "doubts": true,
}

// welfareNouns name an actor's good that concerns about it worry over
// rather than fault: "concerns about Tom Wu's safety".
var welfareNouns = map[string]bool{
	"health": true, "safety": true, "welfare": true, "wellbeing": true, "well-being": true, "fate": true,
	"whereabouts": true, "condition": true, "life": true, "security": true, "future": true, "treatment": true,
}

// doubtPreps introduce the actor that [doubtNouns] are about.
var doubtPreps = map[string]bool{"about": true, "over": true, "regarding": true}

// questionsRaised adds speaker —criticize→ actor when x raises questions,
// concerns or doubts about the actor or an actor's doing: "Ann Lee raised
// concerns about the Halvik Council", "Ann Lee said the lapses raise
// serious questions about the council's ability to keep secrets". The
// speaker is the subject when it is an actor, else the one who reports
// the clause.
func (d *docState) questionsRaised(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.implied || x.Negated {
		return
	}
	var wArr [16]string
	w := lowerFields(wArr[:0], x.Relation)
	if len(w) < 3 || !raiseVerbs[w[0]] && !(len(w) > 3 && raiseVerbs[w[1]]) || !doubtPreps[w[len(w)-1]] ||
		!slices.ContainsFunc(w, func(v string) bool { return doubtNouns[v] }) {
		return
	}
	// The resolver moves "about the council" to an extra argument and
	// leaves the questions as the object.
	about := x.Object
	for _, a := range x.Extra {
		if p, ok := phraseAfter(a, w[len(w)-1]); ok {
			about = p
		}
	}
	if slices.ContainsFunc(strings.Fields(strings.ToLower(about.Text)), func(v string) bool { return welfareNouns[v] }) {
		return // "raised concerns about Tom Wu's health": a worry for him
	}
	target, _, _ := d.argument(si, s, about)
	if target == nil || !actorEntity(target) {
		// "about the council's ability": the possessor's doing
		if target = d.possessorOf(si, s, about, func(string) bool { return true }); target == nil {
			return
		}
	}
	speaker := f.subj
	if speaker == nil || !actorEntity(speaker) {
		speaker = d.reporter(si, s, x, f)
	}
	if speaker == nil || speaker == target || !actorEntity(speaker) || d.side(speaker, si) == target {
		return
	}
	d.derive(si, x.Subject, x.Relation, "criticize", speaker, target, "", x.Confidence*placeArgConf)
}

// questionVerbs answer the questions ([askedNouns]) that an actor put:
// "answered questions from Halden Radio", "fielded questions from Tom Wu".
// "respond to" and "reply to" answer them too, and an actor's request
// ("did not respond to a request for comment from Halden Radio").
var questionVerbs = map[string]bool{
	"answer": true, "field": true, "take": true, "respond_to": true, "reply_to": true,
}

// answerToVerbs are the verbs of [questionVerbs] that take their questions
// after "to", whose own lemma is the relation to the asker.
var answerToVerbs = map[string]bool{"respond_to": true, "reply_to": true}

// askedNouns are what [questionVerbs] answer from the one who asked them.
var askedNouns = map[string]bool{"questions": true, "question": true, "queries": true}

// queryNouns are asked of an actor like questions, but only a verb of
// [answerToVerbs] answers them: "answered a request" is rare and may grant it.
var queryNouns = map[string]bool{
	"request": true, "requests": true, "inquiries": true, "enquiries": true, "query": true,
}

// questionsAnswered adds subject —answer→ asker when x answers questions
// from an actor: "Ann Lee answered some questions about her campaign from
// reporter Tom Wu" gives Ann Lee —answer→ Tom Wu, speech addressed to the
// one who asked. A verb of [answerToVerbs] gives its own lemma, and the asker
// may also be the possessor or the name right before the questions
// ("responded to Halden Radio's queries", "is yet to respond to Halden
// Radio queries"). A reply denied ("did not respond to", "is yet to respond
// to") gives the negated fact.
func (d *docState) questionsAnswered(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.implied || f.subj == nil || !actorEntity(f.subj) || !questionVerbs[x.Lemma] {
		return
	}
	reply := answerToVerbs[x.Lemma]
	if x.Negated && !reply {
		return
	}
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) == 0 || !askedNouns[w[len(w)-1]] && !(reply && queryNouns[w[len(w)-1]]) {
		return
	}
	lemma := "answer"
	if reply {
		lemma = x.Lemma
	}
	add := func(asker *docEntity) {
		if g := d.derive(si, x.Subject, x.Relation, lemma, f.subj, asker, "", x.Confidence*placeArgConf); g != nil {
			g.Negated = x.Negated
		}
	}
	for _, a := range x.Extra {
		p, ok := phraseAfter(a, "from")
		if !ok {
			continue
		}
		if asker, _, _ := d.argument(si, s, p); asker != nil && asker != f.subj && actorEntity(asker) {
			add(asker)
		}
		return
	}
	if !reply {
		return
	}
	if asker := d.askerBefore(si, s, x.Object); asker != nil && asker != f.subj {
		add(asker)
	}
}

// askerBefore returns the actor named by possessive or as a name right
// before the questions or requests that end argument a ("Halden Radio's
// queries", "the Halden Radio queries"), or nil.
func (d *docState) askerBefore(si int, s nlp.Sentence, a schema.Argument) *docEntity {
	if o := d.possessorOf(si, s, a, func(w string) bool { return askedNouns[w] || queryNouns[w] }); o != nil {
		return o
	}
	first, last := argTokens(s, a)
	if first < 0 {
		return nil
	}
	toks := s.Tokens
	if toks[first].Tag == "DT" {
		first++
	}
	if first >= last-1 || last-1-first > 5 {
		return nil
	}
	for _, t := range toks[first : last-1] {
		if t.Tag != "NNP" && t.Tag != "NNPS" || !isCap(t.Text) {
			return nil // "the written queries": no name before them
		}
	}
	p := schema.Argument{Text: s.Text[toks[first].Start:toks[last-2].End], Start: toks[first].Start, End: toks[last-2].End}
	if o, _, _ := d.argument(si, s, p); o != nil && actorEntity(o) {
		return o
	}
	return nil
}
