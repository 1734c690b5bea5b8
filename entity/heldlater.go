package entity

import "github.com/kg-project/kg/nlp"

// postsRestated gives a person's copula with a bare role noun ("Sarkozy,
// who was president from 2007 to 2012,", "Lee has been mayor since 1998")
// the post that a title gave the person with its body only once every
// sentence's mentions were read ([docState.officeFacts]: "former President
// Nicolas Sarkozy" in a report about France), which [docState.restatedPost]
// could not find while the facts were first read. A fact already derived
// is not derived again.
func (d *docState) postsRestated(sents []nlp.Sentence) {
	n := len(d.facts)
	for _, f := range d.facts[:n] {
		if f.implied || f.Negated || f.subj == nil || f.Sentence < 0 || f.Sentence >= len(sents) || d.intended(sents[f.Sentence], f.Extraction) {
			continue
		}
		if org, lemma := d.restatedPost(sents[f.Sentence], f.Extraction, f.subj); org != nil {
			d.derive(f.Sentence, f.Subject, f.Relation, lemma, f.subj, org, "", f.Confidence*placeArgConf)
		}
	}
}
