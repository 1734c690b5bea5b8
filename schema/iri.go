package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
)

const (
	entityPrefix   = Namespace + "e/"
	relationPrefix = Namespace + "r/"
	docPrefix      = Namespace + "doc/"
	factPrefix     = Namespace + "fact/"
)

// Slug turns a name into the local part of an IRI: letters, digits and the
// punctuation that IRIs allow unescaped are kept, runs of anything else
// become one underscore. Case is kept, so "Kim Jong Bok" becomes
// "Kim_Jong_Bok". Slug returns "_" for a name with no letter or digit.
func Slug(name string) string {
	var b strings.Builder
	under := false
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	s := strings.Trim(b.String(), ".-")
	if s == "" {
		return "_"
	}
	return s
}

// EntityIRI returns the IRI of the actor or concept named name. Two names
// that differ only in spacing or punctuation share one IRI.
func EntityIRI(name string) quad.IRI {
	return quad.IRI(entityPrefix + Slug(name))
}

// LocalEntityIRI returns the IRI of the actor named name that is the
// document docID's own ([Entity.Local]): [EntityIRI] of the name with the
// document's ID after a '#', which no name's IRI holds, so that another
// document's "jury" is another node.
func LocalEntityIRI(name, docID string) quad.IRI {
	return quad.IRI(entityPrefix + Slug(name) + "#" + docID)
}

// IsLocalEntityIRI reports whether v is an entity IRI made by
// [LocalEntityIRI].
func IsLocalEntityIRI(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), entityPrefix) && strings.Contains(string(iri), "#")
}

// IsEntityIRI reports whether v is an entity IRI made by [EntityIRI] or
// [LocalEntityIRI].
func IsEntityIRI(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), entityPrefix)
}

// RelationIRI returns the predicate IRI of a normalised relation such as
// "oversee" or "locate_in".
func RelationIRI(lemma string) quad.IRI {
	return quad.IRI(relationPrefix + Slug(lemma))
}

// RelationName returns the normalised relation of a predicate made by
// [RelationIRI], and "" for any other predicate.
func RelationName(p quad.IRI) string {
	if !IsRelation(p) {
		return ""
	}
	return string(p[len(relationPrefix):])
}

// DocumentID returns the identity of a document's content: the first 16 hex
// digits of its SHA-256. Building the same text twice yields the same ID.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// DocumentIRI returns the IRI of the document with the given ID.
func DocumentIRI(id string) quad.IRI {
	return quad.IRI(docPrefix + id)
}

// IsDocumentIRI reports whether v is a document IRI made by [DocumentIRI].
func IsDocumentIRI(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), docPrefix) && !strings.Contains(string(iri), "#")
}

// SentenceIRI returns the IRI of sentence i (0-based) of document id.
func SentenceIRI(id string, i int) quad.IRI {
	return quad.IRI(docPrefix + id + "#s" + strconv.Itoa(i))
}

// FactIRI returns the IRI of a fact node: a hash of the document, the
// sentence and the fact's slots, so the same fact read twice from one
// sentence is one node, and the same fact in two documents is two nodes.
func FactIRI(docID string, sentence int, subject, predicate, object string) quad.IRI {
	h := sha256.New()
	for _, s := range []string{docID, strconv.Itoa(sentence), subject, predicate, object} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return quad.IRI(factPrefix + hex.EncodeToString(h.Sum(nil)[:8]))
}

// Portable returns q with the datatype of each typed literal written as a
// full IRI (<http://www.w3.org/2001/XMLSchema#double>), as N-Quads and
// JSON-LD consumers expect: the quad library writes numbers with the short
// form <xsd:double>, which other tools read as an unknown IRI scheme.
// Reading the result back gives the same native values.
func Portable(q quad.Quad) quad.Quad {
	q.Subject = portable(q.Subject)
	q.Object = portable(q.Object)
	q.Label = portable(q.Label)
	return q
}

func portable(v quad.Value) quad.Value {
	switch t := v.(type) {
	case quad.TypedString:
		t.Type = t.Type.Full()
		return t
	case quad.TypedStringer:
		ts := t.TypedString()
		ts.Type = ts.Type.Full()
		return ts
	}
	return v
}
