package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kg-project/kg/schema"
)

// A Sentence is a sentence node with its text and document.
type Sentence struct {
	// ID is the sentence node as Gizmo prints it: "<kg:doc/ID#s3>".
	ID string `json:"id"`
	// Text is the sentence as written.
	Text string `json:"text"`
	// Index is the sentence's position in its document, from 0.
	Index int `json:"index"`
	// Document is the document's ID, "" when unknown.
	Document string `json:"document"`
	// Source is the file or name the document was read from.
	Source string `json:"source"`
	// Title is the document's title.
	Title string `json:"title,omitempty"`
	// URL and Published are the address and publication date the
	// document's web page or feed item gave (schema.URL,
	// schema.Published), "" when it gave none.
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// A Fact is one extracted statement with its provenance.
type Fact struct {
	// ID is the fact node as Gizmo prints it: "<kg:fact/H>".
	ID string `json:"id"`
	// Subject is the entity the fact is about.
	Subject Node `json:"subject"`
	// Relation is the relation's lemma.
	Relation string `json:"relation"`
	// Object is the other entity or a literal; zero for an intransitive fact.
	Object Node `json:"object"`
	// Phrase is the relation phrase as written ("has traveled to").
	Phrase string `json:"phrase"`
	// ObjectText is the object's words as written when the object
	// resolved to an entity ([schema.ObjectText]), "" otherwise.
	ObjectText string `json:"object_text,omitempty"`
	// Quantities are the amounts the object states ([schema.HasQuantity]),
	// in the order written; nil when it states none.
	Quantities []schema.Quantity `json:"quantities,omitempty"`
	// Sources is the source chain of a reported fact: who said it
	// ([schema.AttributedTo]) first, then the sources that speaker cites
	// ([schema.Citing]) by name; entities or literals. It is nil when the
	// fact is not reported.
	Sources []Node `json:"sources,omitempty"`
	// Confidence is the extractor's confidence in [0, 1].
	Confidence float64 `json:"confidence"`
	// Sentence is the sentence that states the fact.
	Sentence Sentence `json:"sentence"`
}

// A Source is a sentence and the facts of interest that it states.
type Source struct {
	Sentence
	// Facts are the facts of the sentence that involve the entities asked
	// about, never nil.
	Facts []Fact `json:"facts"`
}

// Sources returns provenance. With b == "", it returns the sentences that
// mention the entity a (see [Store.Resolve]), each with the facts of that
// sentence that have a as subject or object. With b set, it returns the
// sentences of the facts that relate a and b in either direction, each with
// those facts. Sources are ordered by document source, document and
// sentence index; the result is never nil.
func (s *Store) Sources(ctx context.Context, a, b string) ([]Source, error) {
	v, err := s.newView(ctx)
	if err != nil {
		return nil, err
	}
	ka, err := v.find(ctx, a)
	if err != nil {
		return nil, err
	}
	if err := v.loadFull(ctx, ka); err != nil {
		return nil, err
	}
	ra := v.recs[ka]
	var facts []any
	sentences := make(map[any]bool)
	if b == "" {
		facts = append(append(facts, ra.asSubject...), ra.asObject...)
		for _, m := range ra.mentions {
			sentences[m] = true
		}
	} else {
		kb, err := v.find(ctx, b)
		if err != nil {
			return nil, err
		}
		if err := v.loadFull(ctx, kb); err != nil {
			return nil, err
		}
		facts = v.factsBetween(ka, kb)
	}
	fs, err := v.facts(ctx, facts)
	if err != nil {
		return nil, err
	}
	var keys []any
	for k := range sentences {
		keys = append(keys, k)
	}
	sens, err := v.sentences(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := []Source{}
	index := make(map[string]int)
	add := func(sen Sentence) int {
		i, ok := index[sen.ID]
		if !ok {
			i = len(out)
			index[sen.ID] = i
			out = append(out, Source{Sentence: sen, Facts: []Fact{}})
		}
		return i
	}
	for _, sen := range sens {
		add(sen)
	}
	for _, f := range fs {
		i := add(f.Sentence)
		out[i].Facts = append(out[i].Facts, f)
	}
	sort.Slice(out, func(i, j int) bool { return lessSentence(out[i].Sentence, out[j].Sentence) })
	for _, src := range out {
		sortFacts(src.Facts)
	}
	return out, nil
}

// sortFacts orders facts by sentence, then subject, relation and object.
func sortFacts(fs []Fact) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Sentence != b.Sentence {
			return lessSentence(a.Sentence, b.Sentence)
		}
		if a.Subject.Name != b.Subject.Name {
			return a.Subject.Name < b.Subject.Name
		}
		if a.Relation != b.Relation {
			return a.Relation < b.Relation
		}
		return a.Object.Name < b.Object.Name
	})
}

func lessSentence(a, b Sentence) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Document != b.Document {
		return a.Document < b.Document
	}
	if a.Index != b.Index {
		return a.Index < b.Index
	}
	return a.ID < b.ID
}

// factsBetween returns the keys of the facts whose subject is one of a and
// b and whose object is the other. Both records must be loaded.
func (v *view) factsBetween(a, b any) []any {
	ra, rb := v.recs[a], v.recs[b]
	var out []any
	for _, pair := range [][2][]any{{ra.asSubject, rb.asObject}, {rb.asSubject, ra.asObject}} {
		in := make(map[any]bool, len(pair[1]))
		for _, f := range pair[1] {
			in[f] = true
		}
		for _, f := range pair[0] {
			if in[f] && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// facts reads the fact nodes with the given keys, in the order given,
// leaving out background facts (schema.Background), which no sentence
// states.
func (v *view) facts(ctx context.Context, keys []any) ([]Fact, error) {
	props, err := v.props(ctx, keys)
	if err != nil {
		return nil, err
	}
	stated := keys[:0:0]
	for _, k := range keys {
		if first(props[k][schema.InSentence]) != nil {
			stated = append(stated, k)
		}
	}
	keys = stated
	var ents, sens []any
	for _, k := range keys {
		p := props[k]
		for _, e := range append([]any{first(p[schema.Subject]), first(p[schema.Object])}, sourceKeys(p)...) {
			if v.isEntity(e) {
				ents = append(ents, e)
			}
		}
		sens = append(sens, first(p[schema.InSentence]))
	}
	if err := v.load(ctx, ents...); err != nil {
		return nil, err
	}
	sm, err := v.sentenceMap(ctx, sens)
	if err != nil {
		return nil, err
	}
	out := make([]Fact, 0, len(keys))
	for _, k := range keys {
		p := props[k]
		f := Fact{ID: quad.StringOf(v.value(k)), Sentence: sm[first(p[schema.InSentence])]}
		if s := first(p[schema.Subject]); s != nil {
			f.Subject = v.node(s)
		}
		if o := first(p[schema.Object]); o != nil {
			f.Object = v.node(o)
		}
		f.Relation = v.relation(first(p[schema.Predicate]))
		if ph, ok := v.value(first(p[schema.Relation])).(quad.String); ok {
			f.Phrase = string(ph)
		}
		f.Confidence = toFloat(v.value(first(p[schema.Confidence])))
		if t, ok := v.value(first(p[schema.ObjectText])).(quad.String); ok {
			f.ObjectText = string(t)
		}
		if f.Quantities, err = v.quantities(ctx, p[schema.HasQuantity]); err != nil {
			return nil, err
		}
		f.Sources = v.sources(p)
		out = append(out, f)
	}
	return out, nil
}

// sourceKeys returns the keys of a fact's speaker and cited sources, the
// speaker first.
func sourceKeys(p map[quad.IRI][]any) []any {
	return append(slices.Clone(p[schema.AttributedTo]), p[schema.Citing]...)
}

// sources returns the source chain of the fact with properties p: the
// speaker, then the cited sources ordered by name (the store keeps no
// order among them); nil for a fact that is not reported. Entities among
// them must be loaded.
func (v *view) sources(p map[quad.IRI][]any) []Node {
	keys := sourceKeys(p)
	if len(keys) == 0 {
		return nil
	}
	out := make([]Node, 0, len(keys))
	for _, k := range keys {
		out = append(out, v.node(k))
	}
	speakers := len(p[schema.AttributedTo])
	cited := out[speakers:]
	sort.SliceStable(cited, func(i, j int) bool { return cited[i].Name < cited[j].Name })
	return out
}

// quantities reads the quantity nodes with the given keys, ordered by
// their IRIs, which number them in the order written; nil when keys is
// empty.
func (v *view) quantities(ctx context.Context, keys []any) ([]schema.Quantity, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	props, err := v.props(ctx, keys)
	if err != nil {
		return nil, err
	}
	keys = slices.Clone(keys)
	sort.Slice(keys, func(i, j int) bool {
		a, b := quad.StringOf(v.value(keys[i])), quad.StringOf(v.value(keys[j]))
		if len(a) != len(b) {
			return len(a) < len(b) // "#q2" before "#q10"
		}
		return a < b
	})
	out := make([]schema.Quantity, 0, len(keys))
	for _, k := range keys {
		p := props[k]
		q := schema.Quantity{Amount: toFloat(v.value(first(p[schema.Amount])))}
		q.Unit = v.text(first(p[schema.Unit]))
		q.Qualifier = v.text(first(p[schema.Qualifier]))
		q.Text = v.text(first(p[schema.Text]))
		out = append(out, q)
	}
	return out, nil
}

// text returns the string literal with key k, "" when k is nil or not a
// string.
func (v *view) text(k any) string {
	if k == nil {
		return ""
	}
	s, _ := v.value(k).(quad.String)
	return string(s)
}

func first(keys []any) any {
	if len(keys) == 0 {
		return nil
	}
	return keys[0]
}

// toFloat returns the number a literal holds, or 0.
func toFloat(val quad.Value) float64 {
	switch n := val.(type) {
	case quad.Float:
		return float64(n)
	case quad.Int:
		return float64(n)
	case quad.TypedString:
		if x, ok := n.Native().(float64); ok {
			return x
		}
	}
	return 0
}

// props reads the outgoing quads of each node key: per key, the object keys
// by predicate. Predicate and object values are read too.
func (v *view) props(ctx context.Context, keys []any) (map[any]map[quad.IRI][]any, error) {
	type raw struct{ k, p, o any }
	var rows []raw
	var vals []any
	for _, k := range keys {
		if k == nil {
			continue
		}
		err := v.quadsOf(ctx, quad.Subject, k, func(p, o cgraph.Ref) error {
			pk, ok := v.remember(p), v.remember(o)
			rows = append(rows, raw{k, pk, ok})
			vals = append(vals, pk, ok)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read node: %w", err)
		}
		vals = append(vals, k)
	}
	if err := v.values(ctx, vals); err != nil {
		return nil, err
	}
	out := make(map[any]map[quad.IRI][]any, len(keys))
	for _, r := range rows {
		iri, ok := v.value(r.p).(quad.IRI)
		if !ok {
			continue
		}
		m := out[r.k]
		if m == nil {
			m = make(map[quad.IRI][]any)
			out[r.k] = m
		}
		if !slices.Contains(m[iri], r.o) {
			m[iri] = append(m[iri], r.o)
		}
	}
	return out, nil
}

// sentenceMap reads the sentence nodes with the given keys and their
// documents. Sentences already read are kept in the view.
func (v *view) sentenceMap(ctx context.Context, keys []any) (map[any]Sentence, error) {
	if v.sens == nil {
		v.sens = make(map[any]Sentence)
	}
	var todo []any
	queued := make(map[any]bool)
	for _, k := range keys {
		if _, ok := v.sens[k]; !ok && k != nil && !queued[k] {
			queued[k] = true
			todo = append(todo, k)
		}
	}
	props, err := v.props(ctx, todo)
	if err != nil {
		return nil, err
	}
	var docs []any
	for _, k := range todo {
		if d := first(props[k][schema.InDocument]); d != nil && !slices.Contains(docs, d) {
			if _, ok := v.docs[d]; !ok {
				docs = append(docs, d)
			}
		}
	}
	dprops, err := v.props(ctx, docs)
	if err != nil {
		return nil, err
	}
	if v.docs == nil {
		v.docs = make(map[any]Sentence)
	}
	for _, d := range docs {
		doc := Sentence{Document: strings.TrimPrefix(quad.StringOf(v.value(d)), "<"+string(schema.DocumentIRI("")))}
		doc.Document = strings.TrimSuffix(doc.Document, ">")
		if src, ok := v.value(first(dprops[d][schema.Source])).(quad.String); ok {
			doc.Source = string(src)
		}
		if t, ok := v.value(first(dprops[d][schema.Title])).(quad.String); ok {
			doc.Title = string(t)
		}
		if u, ok := v.value(first(dprops[d][schema.URL])).(quad.String); ok {
			doc.URL = string(u)
		}
		if p, ok := v.value(first(dprops[d][schema.Published])).(quad.String); ok {
			doc.Published = string(p)
		}
		v.docs[d] = doc
	}
	for _, k := range todo {
		p := props[k]
		sen := v.docs[first(p[schema.InDocument])]
		sen.ID = quad.StringOf(v.value(k))
		if t, ok := v.value(first(p[schema.Text])).(quad.String); ok {
			sen.Text = string(t)
		}
		sen.Index = int(toFloat(v.value(first(p[schema.Index]))))
		v.sens[k] = sen
	}
	out := make(map[any]Sentence, len(keys))
	for _, k := range keys {
		if k != nil {
			out[k] = v.sens[k]
		}
	}
	return out, nil
}

// sentences returns the sentences with the given keys, in order.
func (v *view) sentences(ctx context.Context, keys []any) ([]Sentence, error) {
	m, err := v.sentenceMap(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]Sentence, 0, len(keys))
	for _, k := range keys {
		out = append(out, m[k])
	}
	return out, nil
}
