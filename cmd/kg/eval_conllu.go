package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/model"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/nlp/udeval"
)

// runEvalCoNLLU tags and parses the gold words of the CoNLL-U file name
// with kg's models and prints the CoNLL 2018 scores; with tokenize, kg
// also splits and tokenises the text itself (see [evalTokenized]).
//
// With explain it first lists the named mentions that count against the
// recogniser (see [writeMentionError]).
//
// With nerFile, an IOB2 file of named-entity labels, it scores the named
// mentions against those labels instead (see [evalIOB2]).
func runEvalCoNLLU(e *env, name string, tokenize, explain bool, nerFile string) error {
	if tokenize && explain {
		return errors.New("eval: --explain lists the named mentions of the gold words; it does not apply with --tokenize")
	}
	if tokenize && nerFile != "" {
		return errors.New("eval: --ner scores the named mentions of the gold words; it does not apply with --tokenize")
	}
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
	an := analyses{}
	sc, err := udeval.Evaluate(sents, an.prediction)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if _, err := fmt.Fprintln(e.stdout, sc); err != nil {
		return err
	}
	if err := evalBeam(e, sents); err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if nerFile == "" && !hasMentions(sents) {
		return nil
	}
	var report func(ner.Error)
	var werr error
	if explain {
		fmt.Fprintln(e.stdout, mentionErrorsHeader)
		report = func(m ner.Error) {
			if werr == nil {
				werr = writeMentionError(e.stdout, m)
			}
		}
	}
	if nerFile != "" {
		if err := evalIOB2(e, sents, an, nerFile, report); err != nil {
			return err
		}
		return werr
	}
	find := an.mentions
	var found [][][]ner.Span // with explain, each document's mentions
	var steps [][][]ner.Step // and the steps that typed them
	if explain {
		find = func(words [][]string) ([][]ner.Span, error) {
			ms, st, err := an.mentionSteps(words)
			found, steps = append(found, ms), append(steps, st)
			return ms, err
		}
	}
	ms, err := ner.EvaluateErrors(sents, find, report)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if werr != nil {
		return werr
	}
	if _, err := fmt.Fprintln(e.stdout, ms); err != nil {
		return err
	}
	if explain {
		var c ner.Confusion
		for d, doc := range ner.Docs(sents) {
			for i := range doc {
				c.Add(ner.ConfusionGold(&doc[i]), found[d][i], steps[d][i])
			}
		}
		if _, err := fmt.Fprintf(e.stdout, "%s\n%s\n", confusionHeader, c); err != nil {
			return err
		}
	}
	docs, err := resolveChains(sents, an)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if _, err := fmt.Fprintln(e.stdout, corefScores(docs)); err != nil || !explain {
		return err
	}
	ds, err := evalDescs(e.stdout, docs)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	if _, err := fmt.Fprintln(e.stdout, &ds); err != nil {
		return err
	}
	ps, err := evalProns(e.stdout, docs)
	if err != nil {
		return fmt.Errorf("conllu: %s: %w", name, err)
	}
	_, err = fmt.Fprintln(e.stdout, &ps)
	return err
}

// mentionErrorsHeader opens the list of --explain.
const mentionErrorsHeader = "named mentions missed (-) and found that no gold mention has (+), exact span and type:"

// confusionHeader opens the type confusion of --explain ([ner.Confusion]).
const confusionHeader = "types of the named mentions found with a gold span (gold > found: count, by the step that typed them):"

// writeMentionError writes one line of the list of --explain: missed or
// spurious, the document, the sentence's number in it (from 1), the type,
// the mention's words and the sentence's first words.
func writeMentionError(w io.Writer, m ner.Error) error {
	sign := "+"
	if m.Missed {
		sign = "-"
	}
	sent := strings.Join(m.Words, " ")
	if r := []rune(sent); len(r) > 100 {
		sent = string(r[:100]) + "..."
	}
	_, err := fmt.Fprintf(w, "%s %s %d %s %q | %s\n", sign, m.Doc, m.Sentence+1, m.Span.Type, m.Text(), sent)
	return err
}

// evalBeam prints the scores of the parser with its beam, when it has
// one, on a line of its own: kg's commands parse greedily, as the first
// line scores.
func evalBeam(e *env, sents []conllu.Sentence) error {
	k, err := beamWidth()
	if err != nil || k < 2 {
		return err
	}
	sc, err := udeval.Evaluate(sents, beamPrediction)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, beamLine, k, sc)
	return err
}

// beamWidth returns the width of kg's beam parser, 1 if it has none.
func beamWidth() (int, error) {
	p, err := model.BeamParser()
	if err != nil {
		return 0, err
	}
	return p.Beam(), nil
}

// beamLine is the format of evalBeam's line: the width, the scores.
const beamLine = "beam %d (model.AnalyzeBeam; kg build parses greedily, as above): %v\n"

// beamPrediction returns the tags and tree of words parsed with the beam.
func beamPrediction(words []string) (udeval.Prediction, error) {
	s, err := model.AnalyzeBeam(words)
	return predictionOf(s), err
}

func predictionOf(s model.Sentence) udeval.Prediction {
	return udeval.Prediction{UPOS: s.UPOS, XPOS: s.XPOS, Heads: s.Heads, Rels: s.Rels}
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

// evalTokenized writes the gold sentences back as text, lets kg split,
// tokenise, tag and parse it, and prints the scores aligned on the text.
func evalTokenized(e *env, sents []conllu.Sentence) error {
	text, spans := udeval.GoldText(sents)
	a, err := nlp.New()
	if err != nil {
		return err
	}
	var sys udeval.System
	an := analyses{}
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
		p, err := an.prediction(words)
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

// analyses tags and parses each sentence's words with kg's embedded models
// once, for the syntax scores and the mention scores alike.
type analyses map[string]model.Sentence

func (a analyses) analyze(words []string) (model.Sentence, error) {
	k := strings.Join(words, "\x00")
	if s, ok := a[k]; ok {
		return s, nil
	}
	s, err := model.Analyze(words)
	if err != nil {
		return s, err
	}
	a[k] = s
	return s, nil
}

// prediction returns the tags and tree of words.
func (a analyses) prediction(words []string) (udeval.Prediction, error) {
	s, err := a.analyze(words)
	if err != nil {
		return udeval.Prediction{}, err
	}
	return predictionOf(s), nil
}

// mentions returns the named mentions kg's recogniser finds in the
// sentences of a document (their words), with kg's gazetteer as lexicon.
func (a analyses) mentions(words [][]string) ([][]ner.Span, error) {
	lex, err := entity.NewLexicon()
	if err != nil {
		return nil, err
	}
	doc := make([]model.Sentence, len(words))
	for i, w := range words {
		if doc[i], err = a.analyze(w); err != nil {
			return nil, err
		}
	}
	return model.Mentions(lex, doc)
}

// mentionSteps is mentions that also returns the step of the recogniser
// that typed each mention ([model.MentionSteps]).
func (a analyses) mentionSteps(words [][]string) ([][]ner.Span, [][]ner.Step, error) {
	lex, err := entity.NewLexicon()
	if err != nil {
		return nil, nil, err
	}
	doc := make([]model.Sentence, len(words))
	for i, w := range words {
		if doc[i], err = a.analyze(w); err != nil {
			return nil, nil, err
		}
	}
	return model.MentionSteps(lex, doc)
}
