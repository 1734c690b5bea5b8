package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/factscore"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/ingest"
)

// actorTypes are the entity types whose facts kg eval --facts scores.
var actorTypes = map[string]bool{
	"<kg:Person>": true, "<kg:Organization>": true, "<kg:GPE>": true, "<kg:Location>": true, "<kg:Group>": true,
}

// factsQuery reads every fact node with its ends' names and types, its
// predicate and confidence, its sentence and its document's source: the
// query of ../shared/realnews/score.py.
const factsQuery = `g.V().has("<kg:type>", "<kg:Fact>").tag("fact")` +
	`.out("<kg:subject>").tag("s").out("<kg:type>").tag("st").back("s").out("<kg:name>").tag("sn").back("fact")` +
	`.out("<kg:predicate>").tag("p").back("fact")` +
	`.out("<kg:object>").tag("o").out("<kg:type>").tag("ot").back("o").out("<kg:name>").tag("on").back("fact")` +
	`.out("<kg:confidence>").tag("c").back("fact")` +
	`.out("<kg:sentence>").tag("sent").out("<kg:text>").tag("text").back("sent")` +
	`.out("<kg:document>").out("<kg:source>").tag("src").all()`

// addFactsFlags adds kg eval's flags for actor facts to cmd.
func addFactsFlags(cmd *cobra.Command, o *evalOptions) {
	f := cmd.Flags()
	f.StringVar(&o.facts, "facts", "", "gold file of facts between actors (see README) to score kg on, with --texts")
	f.StringVar(&o.texts, "texts", "", "folder holding the documents that the --facts gold file names")
	f.BoolVar(&o.groups, "groups", false, "with --facts, also score roles, speech and other actions apart")
	cmd.MarkFlagsRequiredTogether("facts", "texts")
	cmd.Long += `

With --facts GOLD.tsv --texts DIR it scores instead kg's facts between
actors (people, organisations, places, groups): it builds the documents the
gold file names, from DIR, into a throw-away memory store and prints the
precision, recall and F1 of the stored actor-to-actor facts, and the same
with relations ignored, by the rules of ../shared/realnews/score.py (the
README describes the gold format):

  documents=23 gold=558 kg_actor_facts=144 precision=0.250 recall=0.065 F1=0.103 (pairs only: ...)

--explain then first lists the facts that matched nothing and the gold facts
that were missed. --groups first prints the same figures for each group of
relations apart, a fact in the group of its lemma (a gold fact, of its first
one): roles (lead, member_of, work_for, part_of, locate_in, ally_of), speech
(verbs of speaking to or about an actor: tell, urge, accuse, criticise, ...)
and actions (every other relation):

  roles: gold=272 kg_actor_facts=232 precision=0.940 recall=0.787 F1=0.856 (pairs only: ...)`
}

// runEvalFacts builds the documents of o.facts's gold file from o.texts into
// a throw-away memory store and prints the precision, recall and F1 of kg's
// facts between actors, as score.py does, then with o.explain the facts
// that matched nothing and the gold facts missed.
func runEvalFacts(ctx context.Context, e *env, o evalOptions) error {
	if o.gold != "" || o.sentences != "" || o.pred != "" {
		return errors.New("eval: --facts scores actor facts; it takes no --gold, --sentences or --pred")
	}
	gold, err := readFactsGold(o.facts)
	if err != nil {
		return err
	}
	docs := goldDocs(gold)
	var paths, missing []string
	for _, d := range docs {
		p := filepath.Join(o.texts, d)
		if _, err := os.Stat(p); err != nil {
			missing = append(missing, d)
		}
		paths = append(paths, p)
	}
	if len(missing) > 0 {
		return fmt.Errorf("facts: %d documents of %s not found under %s: %s", len(missing), o.facts, o.texts, strings.Join(missing[:min(5, len(missing))], ", "))
	}
	preds, err := storedFacts(ctx, paths, docs)
	if err != nil {
		return fmt.Errorf("facts: %w", err)
	}
	res := factscore.Score(preds, gold)
	w := bufio.NewWriter(e.stdout)
	if o.explain {
		fmt.Fprintln(w, "kg facts matching no gold fact:")
		for _, f := range res.Wrong {
			fmt.Fprintln(w, " ", f.Raw)
		}
		fmt.Fprintln(w, "gold facts kg missed:")
		for _, g := range res.Missed {
			fmt.Fprintf(w, "  %s (line %d)\n", g.Raw, g.Line)
		}
	}
	if o.groups {
		for _, g := range factscore.ScoreGroups(preds, gold) {
			fmt.Fprintf(w, "%s: %s\n", g.Group, g.Result)
		}
	}
	fmt.Fprintf(w, "documents=%d %s\n", len(docs), res)
	return w.Flush()
}

// readFactsGold reads the named gold file of actor facts.
func readFactsGold(name string) ([]factscore.Fact, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	defer f.Close()
	gold, err := factscore.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("facts: %s: %w", name, err)
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("facts: %s: no facts", name)
	}
	return gold, nil
}

// goldDocs returns the sorted, distinct documents that gold names.
func goldDocs(gold []factscore.Fact) []string {
	seen := map[string]bool{}
	var docs []string
	for _, g := range gold {
		if !seen[g.Doc] {
			seen[g.Doc] = true
			docs = append(docs, g.Doc)
		}
	}
	sort.Strings(docs)
	return docs
}

// storedFacts builds paths into a memory store and returns the stored
// facts whose subject and object are actors, one per fact node, with the
// document of docs that each came from.
func storedFacts(ctx context.Context, paths, docs []string) ([]factscore.Fact, error) {
	p, err := ingest.NewPipeline(entity.Options{})
	if err != nil {
		return nil, err
	}
	// Joined across documents as kg build joins them.
	join := func() (graph.Joiner, error) { return entity.NewCanon(entity.Options{}) }
	store, err := graph.Open(ctx, "memstore", "", graph.Options{Join: join})
	if err != nil {
		return nil, err
	}
	defer store.Close()
	var problems []error
	_, err = ingest.Build(ctx, store, p, paths, ingest.Options{Report: func(fe *ingest.FileError) { problems = append(problems, fe) }})
	if err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	byFact := map[string]int{}
	var out []factscore.Fact
	err = store.Query(ctx, factsQuery, 0, func(v any) error {
		r, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		str := func(k string) string { s, _ := r[k].(string); return s }
		if !actorTypes[str("st")] || !actorTypes[str("ot")] {
			return nil
		}
		doc := ""
		for _, d := range docs {
			if src := str("src"); src == d || strings.HasSuffix(src, "/"+d) {
				doc = d
				break
			}
		}
		if doc == "" {
			return nil
		}
		lemma := strings.TrimSuffix(strings.TrimPrefix(str("p"), "<kg:r/"), ">")
		f := factscore.Prediction(doc, str("text"), str("sn"), lemma, str("on"))
		if i, ok := byFact[str("fact")]; ok {
			out[i] = f
			return nil
		}
		byFact[str("fact")] = len(out)
		out = append(out, f)
		return nil
	})
	return out, err
}
