package schema

import (
	"math"
	"strings"

	"github.com/cayleygraph/quad"
)

// Quads returns the quads that state doc in the graph. The label of every
// quad is the document's IRI, so a document can be replaced or removed by
// its label alone, and a triple stated by two documents is kept once per
// document; the one exception is an entity's name and type, which describe
// the entity rather than state a fact, and are written once for all
// documents, in the default graph (no label), so that a traversal through
// an entity's name does not repeat once per document. An entity is the
// node [EntityIRI] of its name, one for all documents, or, when the
// document calls it its own ([Entity.Local]), [LocalEntityIRI].
//
// For each fact with a subject entity, Quads writes a direct edge
// subject —relation→ object, and a fact node that carries the raw relation
// phrase, the confidence, the source sentence and any extra arguments. A
// negated fact gets the predicate "not_" + lemma, and a fact whose relation
// falls in the controlled vocabulary a [Class] link to its class. A
// [Fact.Background] fact is written as a fact node alone, unlabelled, with
// no sentence and no direct edge, so that it is stored once however many
// documents imply it and stays out of paths, neighbourhoods and the actor
// graph's exports. A fact whose object resolved to an entity named
// otherwise keeps the object's words as [ObjectText], and each of the fact's
// [Extraction.Quantities] becomes a quantity node ([QuantityIRI]) with its
// [Amount], [Unit], [Qualifier] and [Text]. A reported fact links to its
// speaker ([AttributedTo]) and to the sources the speaker cites ([Citing]),
// each an entity node when it resolved to one ([Fact.SourceEntities]). Quads is deterministic:
// the same document yields the same quads in the same order.
func Quads(doc Document) []quad.Quad {
	label := DocumentIRI(doc.ID)
	qs := make([]quad.Quad, 0, 4+3*len(doc.Sentences)+4*len(doc.Entities)+8*len(doc.Facts))
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}

	entity := entityIRIs(doc)
	add(label, Type, DocumentClass)
	add(label, Source, quad.String(doc.Source))
	if doc.Title != "" {
		add(label, Title, quad.String(doc.Title))
	}
	if doc.URL != "" {
		add(label, URL, quad.String(doc.URL))
	}
	if doc.Published != "" {
		add(label, Published, quad.String(doc.Published))
	}
	for i, s := range doc.Sentences {
		iri := SentenceIRI(doc.ID, i)
		add(iri, Type, SentenceClass)
		add(iri, Text, quad.String(s.Text))
		add(iri, InDocument, label)
		add(iri, Index, quad.Int(i))
	}
	for _, e := range doc.Entities {
		iri := entity(e.Name)
		qs = append(qs, quad.Quad{Subject: iri, Predicate: Name, Object: quad.String(e.Name)})
		if e.Type != "" {
			qs = append(qs, quad.Quad{Subject: iri, Predicate: Type, Object: e.Type.IRI()})
		}
		for _, a := range e.Aliases {
			add(iri, Alias, quad.String(a))
		}
		for _, m := range e.Mentions {
			add(iri, MentionedIn, SentenceIRI(doc.ID, m))
		}
		for _, n := range e.JoinedAs {
			add(iri, JoinedAs, quad.String(n))
		}
	}
	for _, f := range doc.Facts {
		if !f.Stated() {
			continue
		}
		subj := entity(f.SubjectEntity)
		var obj quad.Value
		switch {
		case f.ObjectEntity != "":
			obj = entity(f.ObjectEntity)
		case f.Object.Text != "":
			obj = quad.String(f.Object.Text)
		}
		lemma := f.Lemma
		if f.Negated {
			lemma = "not_" + lemma
		}
		pred := RelationIRI(lemma)
		if f.Background {
			qs = append(qs, backgroundQuads(subj, pred, obj, f.Confidence)...)
			continue
		}
		fact := FactIRI(doc.ID, f.Sentence, string(subj), string(pred), quad.StringOf(obj))
		if obj != nil {
			add(subj, pred, obj)
			add(fact, Object, obj)
		}
		add(fact, Type, FactClass)
		add(fact, Subject, subj)
		add(fact, Predicate, pred)
		add(fact, Relation, quad.String(f.Relation))
		add(fact, Confidence, quad.Float(math.Round(f.Confidence*1000)/1000))
		add(fact, InSentence, SentenceIRI(doc.ID, f.Sentence))
		if IsClass(f.Class) {
			add(fact, Class, RelationIRI(f.Class))
		}
		if f.Negated {
			add(fact, Negated, quad.Bool(true))
		}
		for i, v := range f.sourceValues(entity) {
			if i == 0 {
				add(fact, AttributedTo, v)
			} else {
				add(fact, Citing, v)
			}
		}
		for _, a := range f.Extra {
			if a.Entity != "" {
				add(fact, ArgumentIRI(a.Role), entity(a.Entity)) // "died in Velby": the place's node
				continue
			}
			add(fact, ArgumentIRI(a.Role), quad.String(a.Text))
		}
		if f.ObjectEntity != "" && f.Object.Text != "" && f.Object.Text != f.ObjectEntity {
			add(fact, ObjectText, quad.String(f.Object.Text))
		}
		qs = append(qs, quantityQuads(fact, f.Quantities, label)...)
	}
	return dedup(qs)
}

// entityIRIs returns the function that gives the node of each entity
// name of doc: [LocalEntityIRI] for doc's [Entity.Local] entities,
// [EntityIRI] for the others.
func entityIRIs(doc Document) func(name string) quad.IRI {
	local := map[string]bool{}
	for _, e := range doc.Entities {
		if e.Local {
			local[e.Name] = true
		}
	}
	return func(name string) quad.IRI {
		if local[name] {
			return LocalEntityIRI(name, doc.ID)
		}
		return EntityIRI(name)
	}
}

// sourceValues returns the nodes of f's source chain, the speaker first:
// the IRI that entity gives a source that resolved to an entity, its words
// otherwise. It returns nil for a fact that is not reported.
func (f Fact) sourceValues(entity func(name string) quad.IRI) []quad.Value {
	if f.Attribution == "" {
		return nil
	}
	value := func(i int, text string) quad.Value {
		if i < len(f.SourceEntities) && f.SourceEntities[i] != "" {
			return entity(f.SourceEntities[i])
		}
		return quad.String(text)
	}
	vs := []quad.Value{value(0, f.Attribution)}
	for i := 1; i < len(f.Sources); i++ {
		vs = append(vs, value(i, f.Sources[i].Text))
	}
	return vs
}

// backgroundQuads returns the quads of a background fact: a fact node with
// no label, sentence or direct edge, the same for every document that names
// both ends, marked [Background].
func backgroundQuads(subj quad.IRI, pred quad.IRI, obj quad.Value, conf float64) []quad.Quad {
	fact := FactIRI("", -1, string(subj), string(pred), quad.StringOf(obj))
	qs := []quad.Quad{
		{Subject: fact, Predicate: Type, Object: FactClass},
		{Subject: fact, Predicate: Subject, Object: subj},
		{Subject: fact, Predicate: Predicate, Object: pred},
		{Subject: fact, Predicate: Confidence, Object: quad.Float(math.Round(conf*1000) / 1000)},
		{Subject: fact, Predicate: Background, Object: quad.Bool(true)},
	}
	if obj != nil {
		qs = append(qs, quad.Quad{Subject: fact, Predicate: Object, Object: obj})
	}
	return qs
}

// Stated reports whether [Quads] writes f into the graph: a fact needs a
// subject entity and a relation.
func (f Fact) Stated() bool {
	return f.SubjectEntity != "" && f.Lemma != ""
}

// StatedFacts returns the number of doc's facts that [Quads] writes.
func (doc Document) StatedFacts() int {
	n := 0
	for _, f := range doc.Facts {
		if f.Stated() {
			n++
		}
	}
	return n
}

// ArgumentIRI returns the predicate that links a fact node to an extra
// argument with the given role: [Time], [Place], or kg:arg/ROLE for a
// preposition ("kg:arg/with").
func ArgumentIRI(role string) quad.IRI {
	switch strings.ToLower(role) {
	case "time":
		return Time
	case "place":
		return Place
	}
	return quad.IRI(Namespace + "arg/" + Slug(strings.ToLower(role)))
}

// dedup drops repeated quads, keeping the first of each, so that a store
// that refuses duplicates accepts the batch.
func dedup(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]struct{}, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if _, ok := seen[q]; ok {
			continue
		}
		seen[q] = struct{}{}
		out = append(out, q)
	}
	return out
}
