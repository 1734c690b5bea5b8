// Command train trains kg's part-of-speech tagger, dependency parser and
// named-mention recogniser from the treebanks in ../shared/treebanks and
// writes them, compressed, to the model folder that package nlp/model
// embeds:
//
//	go run ./nlp/train -data ../shared/treebanks -out nlp/model
//
// Training is deterministic: the same data and flags give the same bytes.
// The tagger and parser learn from GUM's train documents and EWT's dev
// file (and, with -ewt-train FILE, EWT's train file, which is kept outside
// the treebanks folder), the recogniser from GUM's train documents; the
// scores on GUM's dev and test documents and on EWT's files are printed.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/dep"
	"github.com/kg-project/kg/nlp/tag"
	"github.com/kg-project/kg/nlp/treebank"
	"github.com/kg-project/kg/nlp/udeval"
)

// settings are the command's flags.
type settings struct {
	data, out                 string
	tagEpochs, tagMembers     int
	depEpochs, members, folds int
	explore                   float64
	beam, beamEpochs          int
	ewt                       bool
	ewtTrain                  string
	prune, depPrune           float64
	try, tryBeam              string
	nerEpochs, nerMembers     int
	nerSeed                   uint64
	nerBag, nerOnly, nerProse bool
	nerTags                   string
	nerFolds                  int
	extra                     nerExtra
}

func main() {
	log.SetFlags(0)
	var c settings
	flag.StringVar(&c.data, "data", "../shared/treebanks", "treebanks folder")
	flag.StringVar(&c.out, "out", "", "folder to write tagger.gz, parser.gz and ner.gz to (none: only print scores)")
	flag.IntVar(&c.tagEpochs, "tag-epochs", 10, "tagger epochs")
	flag.IntVar(&c.tagMembers, "tag-members", 1, "taggers trained with seeds 1, 2, ..., whose weights are averaged (the jackknifing taggers too)")
	flag.IntVar(&c.depEpochs, "dep-epochs", 15, "parser epochs")
	flag.Float64Var(&c.explore, "explore", 0.9, "parser error exploration probability")
	flag.IntVar(&c.members, "dep-members", 1, "greedy parsers trained with seeds 1, 2, ..., whose weights are averaged")
	flag.IntVar(&c.folds, "jackknife", 5, "train the parser on tags predicted by taggers trained on the other folds (0: gold tags)")
	flag.Float64Var(&c.prune, "prune", 0.5, "drop weights below this magnitude from the shipped tagger and recogniser")
	flag.Float64Var(&c.depPrune, "dep-prune", 1, "drop weights below this magnitude from the shipped parser")
	flag.StringVar(&c.try, "try-prune", "", "comma-separated parser prune levels to score on GUM dev (tagger pruned as -prune), then stop")
	flag.IntVar(&c.beam, "beam", 8, "also train the parser's moves for a beam of this width (1: greedy only)")
	flag.IntVar(&c.beamEpochs, "beam-epochs", 20, "passes of the beam's training (0: -dep-epochs)")
	flag.StringVar(&c.tryBeam, "try-beam", "", "with -try-prune: comma-separated beam widths to parse GUM dev with (default: 1 and -beam)")
	flag.IntVar(&c.nerEpochs, "ner-epochs", 10, "named-mention recogniser epochs")
	flag.BoolVar(&c.ewt, "ewt-dev", true, "train on EWT's dev file too (EWT's test file stays unseen)")
	flag.StringVar(&c.ewtTrain, "ewt-train", "", "train the tagger and parser (not the recogniser) on this CoNLL-U file too, EWT's train file (\"\": none)")
	flag.BoolVar(&c.nerOnly, "ner-only", false, "train and score the recogniser only; with -out write ner.gz only")
	flag.Uint64Var(&c.nerSeed, "ner-seed", 8, "the recogniser's training seed (the order of its documents); see nlp/model/README.md")
	flag.IntVar(&c.nerMembers, "ner-members", 1, "train this many recognisers, seeded -ner-seed, -ner-seed+1, ..., and ship the mean of their weights")
	flag.BoolVar(&c.nerBag, "ner-bag", true, "with -ner-members K above 1: train each recogniser without a K-th of the documents, a different one each")
	flag.BoolVar(&c.nerProse, "ner-prose-tags", true, "train the recogniser on prose's tags, which kg's entity layer gives it (false: kg's jackknifed tags)")
	flag.StringVar(&c.nerTags, "ner-tags", "nlp/train/nertags.gz", "with -ner-prose-tags: the file of prose's tags to train the recogniser on, written by nlp/train/nertags (\"\": tag with package nlp as it is now)")
	flag.StringVar(&c.extra.files, "ner-extra", "", "comma-separated IOB2 files of named mentions (Universal NER's format) to train the recogniser on as well, beside GUM's train documents (\"\": none)")
	flag.StringVar(&c.extra.tags, "ner-extra-tags", "", "with -ner-extra and -ner-prose-tags: the file of prose's tags of their sentences, written by nlp/train/nertags -iob2 (\"\": tag with package nlp as it is now)")
	flag.IntVar(&c.nerFolds, "ner-folds", 0, "with -ner-only: score the recogniser on GUM's train documents by cross-validation over this many folds, print the types' confusion, and write nothing")
	flag.IntVar(&c.extra.repeat, "ner-repeat", 1, "visit each GUM train document this many times an epoch (weighting them against -ner-extra)")
	flag.Parse()
	if err := run(&c); err != nil {
		log.Fatal("train: ", err)
	}
}

func run(c *settings) error {
	trainFiles, err := treebank.GUMFiles(c.data, treebank.Train)
	if err != nil {
		return err
	}
	if c.ewt {
		trainFiles = append(trainFiles, treebank.EWTFile(c.data, treebank.Dev))
	}
	train, sums, err := treebank.ReadFiles(trainFiles)
	if err != nil {
		return err
	}
	// The recogniser learns from GUM's sentences alone and records the
	// files it was given before EWT's train file is added.
	nerSums := sums
	if c.ewtTrain != "" {
		more, sum, err := treebank.ReadFiles([]string{c.ewtTrain})
		if err != nil {
			return err
		}
		train = append(slices.Clip(train), more...)
		sums = append(slices.Clip(sums), sum...)
	}
	t0 := time.Now()
	tg := tag.Train(tagWords(train), tag.Options{Epochs: c.tagEpochs, Seed: 1, Data: sums, Members: c.tagMembers})
	log.Printf("tagger: %d sentences, %d epochs, %v", len(train), c.tagEpochs, time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	ds := depSentences(train)
	if c.folds > 1 && !(c.nerOnly && c.nerProse) {
		jackknife(ds, train, c.folds, c.tagEpochs, c.tagMembers)
		log.Printf("jackknifed tags: %d folds, %v", c.folds, time.Since(t0).Round(time.Millisecond))
	}
	if c.nerOnly {
		rec, err := trainNER(c.data, train, ds, nerSums, tg, c.nerEpochs, c.nerSeed, c.nerMembers, c.nerBag, float32(c.prune), c.nerProse, c.nerTags, c.extra, c.nerFolds)
		if err != nil || c.out == "" || rec == nil {
			return err
		}
		if err := os.MkdirAll(c.out, 0o755); err != nil {
			return err
		}
		return writeGzip(filepath.Join(c.out, "ner.gz"), rec.WriteTo)
	}
	t0 = time.Now()
	ps := dep.Train(ds, dep.Options{Epochs: c.depEpochs, Explore: c.explore, Seed: 1, Data: sums, Beam: c.beam, BeamEpochs: c.beamEpochs, Members: c.members})
	log.Printf("parser: %d epochs, beam %d (%d epochs), %v", c.depEpochs, c.beam, ps.BeamMeta().Epochs, time.Since(t0).Round(time.Millisecond))
	if c.try != "" {
		return tryPrune(c.data, tg.Pruned(float32(c.prune)), ps, c.try, c.tryBeam)
	}
	rec, err := trainNER(c.data, train, ds, nerSums, tg, c.nerEpochs, c.nerSeed, c.nerMembers, c.nerBag, float32(c.prune), c.nerProse, c.nerTags, c.extra, 0)
	if err != nil {
		return err
	}
	tg, ps = tg.Pruned(float32(c.prune)), ps.Pruned(float32(c.depPrune))
	tf, tw := tg.Size()
	pf, pw := ps.Size()
	log.Printf("pruned: tagger below %g %d features %d weights, parser below %g %d features %d weights", c.prune, tf, tw, c.depPrune, pf, pw)

	for _, set := range evalSets(c.data) {
		files, err := set.files()
		if err != nil {
			return err
		}
		sc, err := score(files, tg, ps)
		if err != nil {
			return err
		}
		base, err := proseBaseline(files)
		if err != nil {
			return err
		}
		log.Printf("%-8s %v; %s", set.name, sc, base)
		if c.beam > 1 {
			sc, err := score(files, tg, ps.WithBeam(c.beam))
			if err != nil {
				return err
			}
			log.Printf("%-8s beam %d: %v", set.name, c.beam, sc)
		}
	}
	if c.out == "" {
		return nil
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(c.out, "tagger.gz"), tg.WriteTo); err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(c.out, "ner.gz"), rec.WriteTo); err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(c.out, "parser.gz"), ps.WriteTo); err != nil {
		return err
	}
	if c.beam < 2 {
		return nil
	}
	return writeGzip(filepath.Join(c.out, "beam.gz"), ps.WriteBeamTo)
}

type evalSet struct {
	name  string
	files func() ([]string, error)
}

func evalSets(data string) []evalSet {
	return []evalSet{
		{"GUM dev", func() ([]string, error) { return treebank.GUMFiles(data, treebank.Dev) }},
		{"GUM test", func() ([]string, error) { return treebank.GUMFiles(data, treebank.Test) }},
		{"EWT dev", func() ([]string, error) { return []string{treebank.EWTFile(data, treebank.Dev)}, nil }},
		{"EWT test", func() ([]string, error) { return []string{treebank.EWTFile(data, treebank.Test)}, nil }},
	}
}

// score tags and parses the gold words of files.
func score(files []string, tg *tag.Tagger, ps *dep.Parser) (udeval.Scores, error) {
	sents, _, err := treebank.ReadFiles(files)
	if err != nil {
		return udeval.Scores{}, err
	}
	return udeval.Evaluate(sents, func(words []string) (udeval.Prediction, error) {
		x, u := tg.Tag(words)
		h, r := ps.Parse(words, x)
		return udeval.Prediction{UPOS: u, XPOS: x, Heads: h, Rels: r}, nil
	})
}

// tryPrune scores tg with versions of ps pruned at levels and parsing with
// a beam of widths on GUM dev.
func tryPrune(data string, tg *tag.Tagger, ps *dep.Parser, levels, widths string) error {
	files, err := treebank.GUMFiles(data, treebank.Dev)
	if err != nil {
		return err
	}
	if widths == "" {
		widths = "1"
		if k := ps.BeamMeta().Width; k > 1 {
			widths += "," + strconv.Itoa(k)
		}
	}
	for _, l := range strings.Split(levels, ",") {
		v, err := strconv.ParseFloat(l, 32)
		if err != nil {
			return fmt.Errorf("-try-prune: %w", err)
		}
		for _, ws := range strings.Split(widths, ",") {
			k, err := strconv.Atoi(ws)
			if err != nil {
				return fmt.Errorf("-try-beam: %w", err)
			}
			if err := tryOne(files, tg, ps.Pruned(float32(v)).WithBeam(k), fmt.Sprintf("prune %g beam %d", v, k)); err != nil {
				return err
			}
		}
	}
	return nil
}

// tryOne scores t and p on files and prints their sizes and speed.
func tryOne(files []string, t *tag.Tagger, p *dep.Parser, name string) error {
	score(files, t, p) // warm up
	t0 := time.Now()
	sc, err := score(files, t, p)
	elapsed := time.Since(t0)
	if err != nil {
		return err
	}
	tf, tw := t.Size()
	pf, pw := p.Size()
	var tb, pb countWriter
	t.WriteTo(&tb)
	p.WriteTo(&pb)
	log.Printf("%s: tagger %d/%d %d bytes, parser %d/%d %d bytes: GUM dev %v, %.0f sentences/s", name, tf, tw, tb, pf, pw, pb, sc, float64(sc.Sentences)/elapsed.Seconds())
	return nil
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

func writeGzip(path string, write func(w io.Writer) (int64, error)) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := write(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s (%d bytes)", path, buf.Len())
	return nil
}

func tagWords(sents []conllu.Sentence) [][]tag.Word {
	out := make([][]tag.Word, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			out[i] = append(out[i], tag.Word{Form: w.Form, XPOS: w.XPOS, UPOS: w.UPOS})
		}
	}
	return out
}

func depSentences(sents []conllu.Sentence) []dep.Sentence {
	out := make([]dep.Sentence, len(sents))
	for i, s := range sents {
		g, words := udeval.GoldOf(s)
		out[i] = dep.Sentence{Words: words, Tags: g.XPOS, Heads: g.Heads, Rels: g.Rels}
	}
	return out
}

// jackknife replaces the gold tags of ds (made from sents) with tags
// predicted by taggers trained on the other folds, so that the parser
// learns from tags as good as those it will be given. Fold k holds the
// sentences whose index is k modulo folds. Each tagger averages members
// taggers, as the shipped one does.
func jackknife(ds []dep.Sentence, sents []conllu.Sentence, folds, epochs, members int) {
	words := tagWords(sents)
	for k := range folds {
		var rest [][]tag.Word
		for i, s := range words {
			if i%folds != k {
				rest = append(rest, s)
			}
		}
		tg := tag.Train(rest, tag.Options{Epochs: epochs, Seed: 1, Members: members})
		for i := k; i < len(ds); i += folds {
			ds[i].Tags, _ = tg.Tag(ds[i].Words)
		}
	}
}
