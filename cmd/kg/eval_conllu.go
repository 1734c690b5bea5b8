package main

import (
	"fmt"
	"os"

	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/nlp/udeval"
)

// runEvalCoNLLU tags and parses the gold words of the CoNLL-U file name
// with kg's models and prints the CoNLL 2018 scores; with tokenize, kg
// also splits and tokenises the text itself (see [evalTokenized]).
func runEvalCoNLLU(e *env, name string, tokenize bool) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	sents, err := conllu.Read(f)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if len(sents) == 0 {
		return fmt.Errorf("conllu: %s: no sentences", name)
	}
	if tokenize {
		if err := evalTokenized(e, sents); err != nil {
			return fmt.Errorf("conllu: %s: %w", name, err)
		}
		return nil
	}
	sc, err := udeval.Evaluate(sents, analyzeGold)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if _, err := fmt.Fprintln(e.stdout, sc); err != nil {
		return err
	}
	if !hasMentions(sents) {
		return nil
	}
	ms, err := ner.Evaluate(sents, findMentions)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	_, err = fmt.Fprintln(e.stdout, ms)
	return err
}

// hasMentions reports whether the file annotates entities, as GUM does.
func hasMentions(sents []conllu.Sentence) bool {
	for i := range sents {
		if len(sents[i].Mentions()) > 0 {
			return true
		}
	}
	return false
}

// findMentions tags the words with kg's models and returns the named
// mentions its recogniser finds.
func findMentions(words []string) ([]ner.Span, error) {
	s, err := model.Analyze(words)
	if err != nil {
		return nil, err
	}
	return model.Mentions(s)
}

// evalTokenized writes the gold sentences back as text, lets kg split,
// tokenise, tag and parse it, and prints the scores aligned on the text.
func evalTokenized(e *env, sents []conllu.Sentence) error {
	text, spans := udeval.GoldText(sents)
	a, err := nlp.New()
	if err != nil {
		return err
	}
	var sys udeval.System
	for _, s := range a.Split(text) {
		words := make([]string, len(s.Tokens))
		ws := make([]udeval.Span, len(s.Tokens))
		for i, t := range s.Tokens {
			words[i] = t.Text
			ws[i] = udeval.Span{Start: s.Start + t.Start, End: s.Start + t.End}
		}
		if len(words) == 0 {
			continue
		}
		p, err := analyzeGold(words)
		if err != nil {
			return err
		}
		sys.Sentences = append(sys.Sentences, udeval.Span{Start: ws[0].Start, End: ws[len(ws)-1].End})
		sys.Words = append(sys.Words, ws)
		sys.Analyses = append(sys.Analyses, p)
	}
	_, err = fmt.Fprintln(e.stdout, udeval.Align(sents, spans, sys))
	return err
}

// analyzeGold tags and parses gold words with kg's embedded models.
func analyzeGold(words []string) (udeval.Prediction, error) {
	s, err := model.Analyze(words)
	if err != nil {
		return udeval.Prediction{}, err
	}
	return udeval.Prediction{UPOS: s.UPOS, XPOS: s.XPOS, Heads: s.Heads, Rels: s.Rels}, nil
}
