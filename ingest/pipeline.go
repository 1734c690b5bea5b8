// Package ingest turns files into stored documents: it finds the files
// under the paths it is given, reads and checks each one (plain text,
// Markdown, a web page's article, a document per item of an RSS or Atom
// feed, a PDF's text through its own bounded PDF reader), runs the
// extraction pipeline (sentences, extractions, entity resolution) on all
// cores, and loads the results into a graph store in batches.
package ingest

import (
	"context"
	"strings"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// A Pipeline turns one text into a [schema.Document]. It is safe for
// concurrent use.
type Pipeline struct {
	an  *nlp.Analyzer
	ex  *extract.Extractor
	res *entity.Resolver
}

// NewPipeline returns a pipeline whose resolver follows opts and, unless
// opts.Trees is set, reads the facts between otherwise unlinked actors
// off the extractor's dependency parse ([extract.Extractor.Links]).
func NewPipeline(opts entity.Options) (*Pipeline, error) {
	an, err := nlp.New()
	if err != nil {
		return nil, err
	}
	ex, err := extract.New()
	if err != nil {
		return nil, err
	}
	if opts.Trees == nil {
		opts.Trees = ex
	}
	res, err := entity.New(opts)
	if err != nil {
		return nil, err
	}
	return &Pipeline{an: an, ex: ex, res: res}, nil
}

// Document analyses text read from source. It is pure: the same text gives
// the same document. It stops between two sentences when ctx ends, and
// then returns ctx's error.
func (p *Pipeline) Document(ctx context.Context, source, text string) (schema.Document, error) {
	sents, exts, err := p.Extract(ctx, text)
	if err != nil {
		return schema.Document{}, err
	}
	doc := schema.Document{
		ID:        schema.DocumentID(text),
		Source:    source,
		Title:     title(text),
		Sentences: make([]schema.Sentence, len(sents)),
	}
	for i, s := range sents {
		doc.Sentences[i] = schema.Sentence{Text: s.Text, Start: s.Start, End: s.End()}
	}
	doc.Entities, doc.Facts = p.res.Resolve(sents, exts)
	return doc, ctx.Err()
}

// DocumentOf analyses in as [Pipeline.Document] analyses its text, and
// keeps what in says of the document: its title (a page's or item's
// headline, in place of the text's first line), URL and publication date.
func (p *Pipeline) DocumentOf(ctx context.Context, in Input) (schema.Document, error) {
	doc, err := p.Document(ctx, in.Source, in.Text)
	if in.Title != "" {
		doc.Title = title(in.Title)
	}
	doc.URL, doc.Published = in.URL, in.Published
	return doc, err
}

// Extract returns the extractions of each sentence of text, without
// resolving entities. It stops between two sentences when ctx ends, and
// then returns ctx's error.
func (p *Pipeline) Extract(ctx context.Context, text string) ([]nlp.Sentence, [][]schema.Extraction, error) {
	var (
		sents []nlp.Sentence
		exts  [][]schema.Extraction
	)
	for s := range p.an.Sentences(text) {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		sents = append(sents, s)
		exts = append(exts, p.ex.Sentence(s))
	}
	return sents, exts, nil
}

// ExtractSentence returns the extractions of one sentence that is already
// split, such as a line of a CaRB sentence file.
func (p *Pipeline) ExtractSentence(sentence string) []schema.Extraction {
	return p.ex.Sentence(p.an.Tag(sentence))
}

// title returns the first non-blank line of text, without Markdown heading
// marks, cut to 200 bytes at a word boundary.
func title(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
		if line == "" {
			continue
		}
		if len(line) > 200 {
			cut := strings.LastIndexByte(line[:200], ' ')
			if cut <= 0 {
				cut = 200
			}
			line = strings.ToValidUTF8(line[:cut], "") + "…"
		}
		return line
	}
	return ""
}
