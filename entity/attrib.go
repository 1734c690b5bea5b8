package entity

import (
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// sources resolves the source chain of the reported fact f of sentence
// si ([schema.Extraction.Sources]) to entities: each source by its words
// in the sentence, as an argument is ("Japanese news agency Kyodo" is
// Kyodo), else by name or alias. f.Attribution becomes the speaker's
// entity name when it resolves, and f.SourceEntities holds one name per
// source, "" for a source that stays a literal value; it stays nil when no
// source resolves.
func (d *docState) sources(si int, s nlp.Sentence, f *docFact) {
	if f.Attribution == "" {
		return
	}
	srcs := f.Sources
	if len(srcs) == 0 {
		srcs = []schema.Argument{{Text: f.Attribution}}
	}
	names := make([]string, len(srcs))
	found := false
	for i, a := range srcs {
		e, _, _ := d.argument(si, s, a)
		if e == nil {
			e = d.lookup(a.Text)
		}
		if e != nil {
			names[i], found = e.name, true
		}
	}
	if !found {
		return
	}
	f.SourceEntities = names
	if names[0] != "" {
		f.Attribution = names[0]
	}
}

// reportDerived gives the facts derived from a reported fact f, those
// appended to d.facts from index n on ("met Putin in Moscow" placing the
// speaker's subject in Moscow), f's speaker and source chain: what the
// sentence says, it says on the speaker's word.
func (d *docState) reportDerived(n int, f *docFact) {
	if f.Attribution == "" {
		return
	}
	for _, g := range d.facts[n:] {
		if g != f && g.implied && !g.Background && g.Attribution == "" {
			g.Attribution, g.Sources, g.SourceEntities = f.Attribution, f.Sources, f.SourceEntities
		}
	}
}
