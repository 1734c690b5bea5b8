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
	w := strings.Fields(strings.ToLower(x.Relation))
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
var questionVerbs = map[string]bool{"answer": true, "field": true, "take": true}

// askedNouns are what [questionVerbs] answer from the one who asked them.
var askedNouns = map[string]bool{"questions": true, "question": true, "queries": true}

// questionsAnswered adds subject —answer→ asker when x answers questions
// from an actor: "Ann Lee answered some questions about her campaign from
// reporter Tom Wu" gives Ann Lee —answer→ Tom Wu, speech addressed to the
// one who asked.
func (d *docState) questionsAnswered(si int, s nlp.Sentence, x schema.Extraction, f *docFact) {
	if f.implied || x.Negated || f.subj == nil || !actorEntity(f.subj) || !questionVerbs[x.Lemma] {
		return
	}
	w := strings.Fields(strings.ToLower(x.Object.Text))
	if len(w) == 0 || !askedNouns[w[len(w)-1]] {
		return
	}
	for _, a := range x.Extra {
		p, ok := phraseAfter(a, "from")
		if !ok {
			continue
		}
		if asker, _, _ := d.argument(si, s, p); asker != nil && asker != f.subj && actorEntity(asker) {
			d.derive(si, x.Subject, x.Relation, "answer", f.subj, asker, "", x.Confidence*placeArgConf)
		}
		return
	}
}
