package graph

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
)

// rdfType is the IRI that JSON-LD writes as "@type".
const rdfType = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

// xsdString is the datatype JSON-LD leaves unsaid.
const xsdString = quad.IRI("http://www.w3.org/2001/XMLSchema#string")

// A jsonldWriter writes quads as expanded JSON-LD while it is given them,
// holding nothing but the node object it is in. The document is an array
// of node objects: a quad in the default graph goes into a top-level node
// object for its subject, a labelled quad into a node object inside
// {"@id": LABEL, "@graph": [...]}. Consecutive quads with one label share
// the graph object, and consecutive quads with one subject share the node
// object, so quads sorted by label and subject give one object per graph
// and per subject, as github.com/cayleygraph/quad/jsonld does; unsorted
// quads give more, smaller objects, which JSON-LD merges by their @id when
// it is read, so the document states the same quads either way. Values are
// written as that package writes them (no native JSON types), except that
// a blank node keeps its "_:" prefix.
type jsonldWriter struct {
	w       *bufio.Writer
	err     error
	started bool // "[" is written

	inGraph  bool   // a graph object is open
	label    string // its label, in N-Quads form
	inNode   bool   // a node object is open
	subj     string // its subject, in N-Quads form
	inProp   bool   // a property's array is open
	pred     string // its key
	keys     map[string]bool
	topFirst bool // the next top-level object is the first
	subFirst bool // the next object in the open graph is its first
	valFirst bool // the next value in the open array is its first
}

func newJSONLDWriter(w io.Writer) *jsonldWriter {
	j := &jsonldWriter{keys: make(map[string]bool), topFirst: true}
	j.w = bufio.NewWriter(errWriter{w, &j.err})
	return j
}

// errWriter keeps the first error that writing to w gives, so that the
// writer stops at it rather than at Close.
type errWriter struct {
	w   io.Writer
	err *error
}

func (e errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && *e.err == nil {
		*e.err = fmt.Errorf("write jsonld: %w", err)
	}
	return n, err
}

// WriteQuads writes qs; it implements quad.BatchWriter.
func (j *jsonldWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := j.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// WriteQuad writes one quad.
func (j *jsonldWriter) WriteQuad(q quad.Quad) error {
	if j.err != nil {
		return j.err
	}
	if !q.IsValid() {
		return quad.ErrInvalid
	}
	if !j.started {
		j.started = true
		j.w.WriteByte('[')
	}
	label := ""
	if q.Label != nil {
		label = q.Label.String()
	}
	if label != j.label {
		j.closeNode()
		j.closeGraph()
		j.label = label
		if q.Label != nil {
			j.sep(&j.topFirst)
			j.w.WriteString(`{"@id":`)
			j.str(nodeID(q.Label))
			j.w.WriteString(`,"@graph":[`)
			j.inGraph, j.subFirst = true, true
		}
	}
	key, typ := q.Predicate.String(), false
	if p, ok := q.Predicate.(quad.IRI); ok {
		key = string(p)
		switch q.Object.(type) {
		case quad.IRI, quad.BNode:
			if p == rdfType {
				key, typ = "@type", true
			}
		}
	}
	subj := q.Subject.String()
	if !j.inNode || subj != j.subj || (key != j.pred && j.keys[key]) {
		// A key seen before in this object starts another object for the
		// subject: JSON objects have no repeated keys.
		j.closeNode()
		if j.inGraph {
			j.sep(&j.subFirst)
		} else {
			j.sep(&j.topFirst)
		}
		j.w.WriteString(`{"@id":`)
		j.str(nodeID(q.Subject))
		j.inNode, j.subj = true, subj
		clear(j.keys)
	}
	if !j.inProp || key != j.pred {
		if j.inProp {
			j.w.WriteByte(']')
		}
		j.w.WriteByte(',')
		j.str(key)
		j.w.WriteString(`:[`)
		j.inProp, j.pred, j.valFirst = true, key, true
		j.keys[key] = true
	}
	j.sep(&j.valFirst)
	if typ {
		j.str(nodeID(q.Object))
	} else {
		j.value(q.Object)
	}
	return j.err
}

// Close ends the document and flushes it; it writes "[]" when no quad was
// written.
func (j *jsonldWriter) Close() error {
	if j.err != nil {
		return j.err
	}
	if !j.started {
		j.w.WriteByte('[')
	}
	j.closeNode()
	j.closeGraph()
	j.w.WriteString("]\n")
	return j.w.Flush()
}

func (j *jsonldWriter) closeNode() {
	if j.inProp {
		j.w.WriteByte(']')
		j.inProp = false
	}
	if j.inNode {
		j.w.WriteByte('}')
		j.inNode = false
	}
}

func (j *jsonldWriter) closeGraph() {
	if j.inGraph {
		j.w.WriteString("]}")
		j.inGraph = false
	}
}

// sep writes the comma before an element unless it is the first.
func (j *jsonldWriter) sep(first *bool) {
	if !*first {
		j.w.WriteByte(',')
	}
	*first = false
}

// str writes s as a JSON string.
func (j *jsonldWriter) str(s string) {
	b, err := json.Marshal(s)
	if err != nil && j.err == nil {
		j.err = fmt.Errorf("write jsonld: %w", err)
	}
	j.w.Write(b)
}

// value writes an object value: {"@id": ...} for an IRI or a blank node,
// else {"@value": ...} with its "@type" or "@language".
func (j *jsonldWriter) value(v quad.Value) {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		j.w.WriteString(`{"@id":`)
		j.str(nodeID(v))
		j.w.WriteByte('}')
		return
	case quad.TypedStringer:
		j.value(v.TypedString())
		return
	case quad.LangString:
		j.w.WriteString(`{"@language":`)
		j.str(v.Lang)
		j.w.WriteString(`,"@value":`)
		j.str(string(v.Value))
		j.w.WriteByte('}')
		return
	case quad.TypedString:
		if v.Type != xsdString && v.Type != "" {
			j.w.WriteString(`{"@type":`)
			j.str(string(v.Type))
			j.w.WriteString(`,"@value":`)
			j.str(string(v.Value))
			j.w.WriteByte('}')
			return
		}
		j.value(v.Value)
		return
	case quad.String:
		j.w.WriteString(`{"@value":`)
		j.str(string(v))
		j.w.WriteByte('}')
		return
	}
	j.value(quad.String(v.String()))
}

// nodeID returns the JSON-LD @id of an IRI or a blank node, and the
// N-Quads form of anything else.
func nodeID(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	}
	return v.String()
}
