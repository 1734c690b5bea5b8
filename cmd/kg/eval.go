package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/carb"
	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/ingest"
	"github.com/kg-project/kg/schema"
)

// evalOptions are the flags of kg eval.
type evalOptions struct {
	gold      string // gold file
	sentences string // sentence file to run the extractor on
	pred      string // system output to score instead ("-" for standard input)
	curve     string // CSV file for the precision/recall curve
	explain   bool   // list missed gold facts and predictions that matched nothing
	conllu    string // CoNLL-U file to tag and parse instead
	tokenize  bool   // with conllu: split and tokenise the text too
	ner       string // with conllu: IOB2 file of named-entity labels to score mentions against
	facts     string // gold file of actor facts (eval_facts.go)
	texts     string // folder of the documents that facts names
	groups    bool   // with facts: score each group of relations apart too
}

func newEvalCmd(e *env) *cobra.Command {
	var o evalOptions
	cmd := &cobra.Command{
		Use:   "eval (--gold G.tsv (--sentences S.txt | --pred P.tsv) [--curve C.csv] [--explain] | --facts GOLD.tsv --texts DIR | --conllu FILE [--tokenize | --explain] [--ner LABELS.iob2])",
		Short: "Score extractions against CaRB, actor facts against a gold file, or tagging and parsing against a treebank",
		Long: `Eval scores open information extraction against a CaRB gold file
(sentence, relation, arguments, tab-separated) with CaRB's default scorer and
prints precision, recall and F1 at the best confidence threshold, and the area
under the precision/recall curve, rounded as CaRB reports them:

  P 0.526 R 0.406 F1 0.458 AUC 0.240

With --sentences it runs kg's extractor on each line of the file (one
tokenised sentence a line, as CaRB's sentence files are) and scores what it
finds. With --pred it scores a system's output in CaRB's tabbed form
(sentence, confidence, relation, arguments; "-" reads standard input).

--curve writes the curve as CSV (threshold, precision, recall). --explain
also lists, sentence by sentence, the gold facts no prediction touched and
the predictions that matched nothing.

With --conllu FILE it instead tags and parses the gold words of a CoNLL-U
treebank file with kg's own models and prints the accuracies the CoNLL 2018
shared task reports on gold tokens (every word, punctuation included; LAS
compares the universal part of each relation):

  UPOS 0.955 XPOS 0.955 UAS 0.806 LAS 0.770 sentences 680 tokens 14772

With --tokenize kg also splits and tokenises the file's text (rebuilt from
its tokens and SpaceAfter marks) and prints F1 scores aligned on the text:
tokens, sentences, and tags and heads of the words whose span it found.

For a file with GUM's entity annotation it also prints the precision,
recall and F1 of kg's named mentions (exact span and type) and the
coreference scores of its resolver. --explain first lists the mentions
that count against kg, one a line: "-" a gold mention missed, "+" one found
that no gold mention has, with the document, the sentence's number in it,
the type and the words:

  - GUM_news_nasa 12 place "Kennedy Space Center" | The shuttle ...

After the coreference scores --explain also lists the descriptions of
GUM's named chains (mentions headed by a common noun) that kg's resolver
did not link to their entity, and counts them all by form ("the N",
"this N", "X's N", other) and outcome: linked (in a chain of kg's with
another mention of the entity), wrong (with other entities' mentions
only), alone, missed:

  d missed the N 13 GUM_news_sensitive "the department" -> "Environment Canada" head department

Then it counts the pronouns of those chains (he, she, it, they, who, I, we,
you, each with its other cases) by the same outcomes, with the share
linked, and the ones not linked by cause: cataphora (nothing of the entity
before it), unfound (kg has no earlier mention of the entity), speaker (I,
we, you), agreement (linked to an entity whose own pronouns differ),
nearer (linked to an entity named since), quote, far (more than three
sentences back) and other; it lists each, the entity kg chose after "kg":

  p wrong other he 20 GUM_bio_byron "his" -> "the younger John Edleston" (kg "Byron") | In his memory Byron composed Thyrza

With --ner LABELS.iob2 (Universal NER's format: PER, ORG and LOC as person,
organization and place) it scores the named mentions against that file's
labels instead, cut to the capitalised names GUM's annotation gives: each
sentence of the CoNLL-U file is matched to the labelled one with its
sent_id, else to the one at its position, and one whose words differ is
left out; the line ends with how many sentences were scored.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEval(cmd.Context(), e, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.gold, "gold", "", "CaRB gold file (required)")
	f.StringVar(&o.sentences, "sentences", "", "sentence file to run the extractor on, one sentence a line")
	f.StringVar(&o.pred, "pred", "", `system output in CaRB's tabbed form to score ("-" for standard input)`)
	f.StringVar(&o.curve, "curve", "", "write the precision/recall curve to this CSV file")
	f.BoolVar(&o.explain, "explain", false, "list missed gold facts and predictions that matched nothing")
	f.StringVar(&o.conllu, "conllu", "", "CoNLL-U file whose gold words kg tags and parses")
	f.BoolVar(&o.tokenize, "tokenize", false, "with --conllu: split and tokenise the file's text with kg too, and score aligned on the text")
	f.StringVar(&o.ner, "ner", "", "with --conllu: score named mentions against this IOB2 file's labels (Universal NER's)")
	addFactsFlags(cmd, &o)
	cmd.MarkFlagsMutuallyExclusive("sentences", "pred", "conllu", "facts")
	cmd.MarkFlagsMutuallyExclusive("gold", "conllu")
	cmd.MarkFlagsOneRequired("sentences", "pred", "conllu", "facts")
	return cmd
}

// runEval scores the predictions o names against its gold file and prints
// the figures, then the explanation if asked for.
func runEval(ctx context.Context, e *env, o evalOptions) error {
	if o.ner != "" && o.conllu == "" {
		return errors.New("eval: --ner scores named mentions of the gold words of --conllu FILE; it needs --conllu")
	}
	if o.conllu != "" {
		return runEvalCoNLLU(e, o.conllu, o.tokenize, o.explain, o.ner)
	}
	if o.facts != "" {
		return runEvalFacts(ctx, e, o)
	}
	if o.groups {
		return errors.New("eval: --groups scores actor facts by group; it needs --facts and --texts")
	}
	if o.gold == "" {
		return errors.New(`required flag(s) "gold" not set (--sentences and --pred are scored against it)`)
	}
	gold, err := readFile(o.gold, nil, carb.ReadGold)
	if err != nil {
		return fmt.Errorf("gold: %w", err)
	}
	var pred []carb.Extraction
	if o.pred != "" {
		pred, err = readFile(o.pred, e.stdin, carb.ReadPredictions)
		if err != nil {
			return fmt.Errorf("pred: %w", err)
		}
	} else {
		pred, err = extractFile(ctx, o.sentences)
		if err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
	}
	res := carb.Score(gold, pred)
	if o.curve != "" {
		if err := writeCurve(o.curve, res); err != nil {
			return err
		}
	}
	w := bufio.NewWriter(e.stdout)
	fmt.Fprintln(w, res)
	if o.explain {
		fmt.Fprintln(w)
		if err := carb.Explain(w, gold, pred); err != nil {
			return err
		}
	}
	return w.Flush()
}

// readFile reads the named file, or stdin when the name is "-" and stdin is
// not nil, with read.
func readFile(name string, stdin io.Reader, read func(io.Reader) ([]carb.Extraction, error)) ([]carb.Extraction, error) {
	if name == "-" && stdin != nil {
		return read(stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	xs, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return xs, nil
}

// extractFile runs kg's extractor on each non-blank line of the named file
// as one sentence, and returns the extractions in CaRB's terms.
func extractFile(ctx context.Context, name string) ([]carb.Extraction, error) {
	p, err := ingest.NewPipeline(entity.Options{})
	if err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out, err := extractLines(ctx, p, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// extractLines runs p's extractor on each non-blank line of r as one
// sentence that is already split, as CaRB's sentence files are, and returns
// the extractions in CaRB's terms with the line, byte for byte (less a
// final carriage return), as the sentence.
func extractLines(ctx context.Context, p *ingest.Pipeline, r io.Reader) ([]carb.Extraction, error) {
	var out []carb.Extraction
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, ingest.MaxFileSize)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		for _, x := range p.ExtractSentence(line) {
			if x.Membership {
				continue // a list's structure, not a clause: no OpenIE tuple
			}
			out = append(out, carbExtraction(line, x))
		}
	}
	return out, sc.Err()
}

// carbExtraction converts an extraction of sentence to CaRB's slots.
func carbExtraction(sentence string, x schema.Extraction) carb.Extraction {
	args := []string{x.Subject.Text}
	if x.Object.Text != "" {
		args = append(args, x.Object.Text)
	}
	for _, a := range x.Extra {
		args = append(args, a.Text)
	}
	return carb.Extraction{Sentence: sentence, Confidence: x.Confidence, Relation: x.Relation, Args: args}
}

// writeCurve writes r's curve to the named CSV file.
func writeCurve(name string, r carb.Result) (err error) {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("curve: %w", err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("curve: %w", cerr)
		}
	}()
	w := bufio.NewWriter(f)
	if err := carb.WriteCurve(w, r); err != nil {
		return fmt.Errorf("curve %s: %w", name, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("curve %s: %w", name, err)
	}
	return nil
}
