package main

import (
	"strings"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/corefeval"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/schema"
)

// A goldMention names a mention by its sentence in the document and its
// gold words; sys marks a mention of kg's that matches no gold mention.
type goldMention struct {
	sent, start, end int
	sys              bool
}

// evalCoref scores kg's in-document resolver (package entity) on the
// documents of sents: the gold chains are GUM's entities that have a named
// mention ([ner.NamedEntities]), with all their mentions, pronouns and
// descriptions included; kg's chains are its people, organisations, GPEs
// and locations, resolved on the gold words with the tags of an (from
// kg's tagger). A mention of kg's is the gold mention that holds it and
// whose head word it holds, the smallest such, or a spurious mention when
// none does.
func evalCoref(sents []conllu.Sentence, an analyses) (corefeval.Scores, error) {
	docs, err := resolveChains(sents, an)
	return corefScores(docs), err
}

// corefScores scores kg's chains of docs against the gold ones.
func corefScores(docs []docChains) corefeval.Scores {
	var sc corefeval.Scores
	for _, d := range docs {
		corefeval.Add(&sc, d.key, d.response)
	}
	return sc
}

// docChains are one document's gold chains and kg's, as [evalCoref]
// matches them.
type docChains struct {
	doc           []conllu.Sentence
	key, response []corefeval.Entity[goldMention]
}

// resolveChains resolves each document of sents once, on the gold words
// with the tags of an, and returns its gold and kg's chains, for the
// coreference scores and the descriptions' count ([evalDescs]) to share.
func resolveChains(sents []conllu.Sentence, an analyses) ([]docChains, error) {
	r, err := entity.New(entity.Options{})
	if err != nil {
		return nil, err
	}
	var out []docChains
	for _, doc := range ner.Docs(sents) {
		ns, err := taggedDoc(doc, an)
		if err != nil {
			return out, err
		}
		out = append(out, docChains{doc, keyChains(doc), responseChains(doc, r.Chains(ns))})
	}
	return out, nil
}

// taggedDoc returns the sentences of doc, its gold words tagged by kg's
// tagger (an), for the resolver.
func taggedDoc(doc []conllu.Sentence, an analyses) ([]nlp.Sentence, error) {
	ns := make([]nlp.Sentence, len(doc))
	for i := range doc {
		words := make([]string, len(doc[i].Words))
		for j, w := range doc[i].Words {
			words[j] = w.Form
		}
		a, err := an.analyze(words)
		if err != nil {
			return nil, err
		}
		ns[i] = taggedSentence(words, a.XPOS)
		ns[i].Paragraph = doc[i].NewPar
	}
	return ns, nil
}

// taggedSentence makes a sentence of words and their tags, with the words
// separated by spaces in its text.
func taggedSentence(words, tags []string) nlp.Sentence {
	var b strings.Builder
	toks := make([]nlp.Token, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		toks[i] = nlp.Token{Text: w, Tag: tags[i], Start: b.Len(), End: b.Len() + len(w)}
		b.WriteString(w)
	}
	return nlp.Sentence{Text: b.String(), Tokens: toks}
}

// keyChains returns the gold chains of a document that contain a named
// mention, in order of first mention.
func keyChains(doc []conllu.Sentence) []corefeval.Entity[goldMention] {
	named := map[string]bool{}
	for i := range doc {
		for _, id := range ner.NamedEntities(&doc[i]) {
			named[id] = true
		}
	}
	at := map[string]int{}
	var out []corefeval.Entity[goldMention]
	for si := range doc {
		for _, m := range doc[si].Mentions() {
			if !named[m.Entity] {
				continue
			}
			i, ok := at[m.Entity]
			if !ok {
				i = len(out)
				at[m.Entity] = i
				out = append(out, nil)
			}
			out[i] = append(out[i], goldMention{sent: si, start: m.Start, end: m.End})
		}
	}
	return out
}

// responseChains maps kg's chains of actors (people, organisations,
// places, and groups named by a people: "Americans", which GUM types as
// person) to gold mentions; a gold mention claimed by an earlier chain is
// not repeated.
func responseChains(doc []conllu.Sentence, chains []entity.Chain) []corefeval.Entity[goldMention] {
	mentions := make([][]conllu.Mention, len(doc))
	for i := range doc {
		mentions[i] = doc[i].Mentions()
	}
	seen := map[goldMention]bool{}
	var out []corefeval.Entity[goldMention]
	for _, c := range chains {
		switch c.Type {
		case schema.Person, schema.Organization, schema.GPE, schema.Location, schema.Group:
		default:
			continue
		}
		var e corefeval.Entity[goldMention]
		for _, m := range c.Mentions {
			a, b := m.Start+1, m.End // gold words, 1-based
			g := goldMention{sent: m.Sentence, start: a, end: b, sys: true}
			for _, gm := range mentions[m.Sentence] {
				if gm.Start > a || gm.End < b {
					continue
				}
				if h := doc[m.Sentence].SpanHead(gm.Start, gm.End); h < a || h > b {
					continue
				}
				if g.sys || gm.End-gm.Start < g.end-g.start {
					g = goldMention{sent: m.Sentence, start: gm.Start, end: gm.End}
				}
			}
			if !seen[g] {
				seen[g] = true
				e = append(e, g)
			}
		}
		if len(e) > 0 {
			out = append(out, e)
		}
	}
	return out
}
