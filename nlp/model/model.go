// Package model holds kg's trained part-of-speech tagger, dependency
// parser and named-mention recogniser, embedded in the binary. README.md beside this file is the model
// card: the data and licences, the scores, and the command that rebuilds
// the files (go run ./nlp/train -out nlp/model).
//
// The models are decoded on first use, once per process, and are safe for
// concurrent use.
package model

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/kg-project/kg/nlp/cluster"
	"github.com/kg-project/kg/nlp/dep"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/nlp/tag"
)

var (
	//go:embed tagger.gz
	taggerData []byte
	//go:embed parser.gz
	parserData []byte
	//go:embed beam.gz
	beamData []byte
	//go:embed ner.gz
	nerData []byte
	//go:embed clusters.gz
	clusterData []byte
)

// Tagger returns kg's tagger. It fails only if the embedded model is
// damaged or was trained for another feature set.
func Tagger() (*tag.Tagger, error) { return loadTagger() }

// Parser returns kg's parser, with the same failures as [Tagger].
func Parser() (*dep.Parser, error) { return loadParser() }

// Recognizer returns kg's named-mention recogniser, reading words' classes
// from [Clusters], with the same failures as [Tagger].
func Recognizer() (*ner.Recognizer, error) { return loadRecognizer() }

// Clusters returns kg's word clusters (made by nlp/train/clusters from
// pre-trained word vectors; see README.md), with the same failures as
// [Tagger].
func Clusters() (*cluster.Table, error) { return loadClusters() }

var loadClusters = sync.OnceValues(func() (*cluster.Table, error) {
	var t *cluster.Table
	err := gunzip("clusters.gz", clusterData, func(r io.Reader) (err error) {
		t, err = cluster.Read(r)
		return err
	})
	return t, err
})

var loadRecognizer = sync.OnceValues(func() (*ner.Recognizer, error) {
	var r *ner.Recognizer
	err := gunzip("ner.gz", nerData, func(rd io.Reader) (err error) {
		r, err = ner.Read(rd)
		return err
	})
	if err != nil {
		return nil, err
	}
	cl, err := Clusters()
	if err != nil {
		return nil, err
	}
	return r.WithClusters(cl), nil
})

// BeamParser returns kg's parser with its move classifier for beam search
// (decoded on first use: [Parser] does not load it), parsing with the beam
// of the width it was trained with (Beam()): more accurate than [Parser],
// about three times slower. WithBeam(1) parses as Parser does.
func BeamParser() (*dep.Parser, error) { return beamParser() }

var beamParser = sync.OnceValues(func() (*dep.Parser, error) {
	p, err := Parser()
	if err != nil {
		return nil, err
	}
	err = gunzip("beam.gz", beamData, func(r io.Reader) (err error) {
		p, err = p.ReadBeam(r)
		return err
	})
	if err != nil {
		return nil, err
	}
	return p.WithBeam(p.BeamMeta().Width), nil
})

var loadTagger = sync.OnceValues(func() (*tag.Tagger, error) {
	var t *tag.Tagger
	err := gunzip("tagger.gz", taggerData, func(r io.Reader) (err error) {
		t, err = tag.Read(r)
		return err
	})
	return t, err
})

var loadParser = sync.OnceValues(func() (*dep.Parser, error) {
	var p *dep.Parser
	err := gunzip("parser.gz", parserData, func(r io.Reader) (err error) {
		p, err = dep.Read(r)
		return err
	})
	return p, err
})

func gunzip(name string, data []byte, read func(io.Reader) error) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("embedded model %s: %w", name, err)
	}
	if err := read(zr); err != nil {
		return fmt.Errorf("embedded model %s: %w", name, err)
	}
	return nil
}

// A Sentence is a tokenised sentence with its tags and dependency tree.
type Sentence struct {
	// Words are the tokens as given.
	Words []string
	// XPOS are Penn Treebank tags, UPOS Universal Dependencies tags.
	XPOS, UPOS []string
	// Heads[i] is the 1-based index of word i's head, 0 for the root;
	// Rels[i] its Universal Dependencies relation ("nsubj:pass").
	Heads []int
	Rels  []string
}

// Analyze tags and parses one tokenised sentence with kg's models. It
// parses greedily, as kg's commands do; [AnalyzeBeam] is more accurate and
// slower.
func Analyze(words []string) (Sentence, error) {
	return analyze(words, false)
}

// AnalyzeBeam is [Analyze] with [BeamParser].
func AnalyzeBeam(words []string) (Sentence, error) {
	return analyze(words, true)
}

func analyze(words []string, beam bool) (Sentence, error) {
	t, err := Tagger()
	if err != nil {
		return Sentence{}, err
	}
	load := Parser
	if beam {
		load = beamParser
	}
	p, err := load()
	if err != nil {
		return Sentence{}, err
	}
	s := Sentence{Words: words}
	s.XPOS, s.UPOS = t.Tag(words)
	s.Heads, s.Rels = p.Parse(words, s.XPOS)
	return s, nil
}

// Mentions returns the named mentions (people, organisations, places) of
// a document's sentences analysed by [Analyze], in order, with lex, the
// lexicon the recogniser was trained with (kg's gazetteer,
// entity.NewLexicon); see [ner.Recognizer.RecognizeDoc].
func Mentions(lex ner.Lexicon, doc []Sentence) ([][]ner.Span, error) {
	ms, _, err := mentions(lex, doc, false)
	return ms, err
}

// MentionSteps is [Mentions] that also returns the step of the recogniser
// that typed each mention; see [ner.Recognizer.RecognizeDocSteps].
func MentionSteps(lex ner.Lexicon, doc []Sentence) ([][]ner.Span, [][]ner.Step, error) {
	return mentions(lex, doc, true)
}

func mentions(lex ner.Lexicon, doc []Sentence, withSteps bool) ([][]ner.Span, [][]ner.Step, error) {
	r, err := Recognizer()
	if err != nil {
		return nil, nil, err
	}
	words := make([][]string, len(doc))
	tags := make([][]string, len(doc))
	for i, s := range doc {
		words[i], tags[i] = s.Words, s.XPOS
	}
	if withSteps {
		ms, steps := r.RecognizeDocSteps(lex, words, tags)
		return ms, steps, nil
	}
	return r.RecognizeDoc(lex, words, tags), nil, nil
}
