package graph_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// FuzzExportRoundTrip checks that any names, aliases and sentence texts
// survive export → import → export in N-Quads, and that GraphML and GEXF
// stay well-formed XML.
func FuzzExportRoundTrip(f *testing.F) {
	f.Add("Kim Jong Bok", "General \"Kim\"", "Kim said: <no> & \\ \"yes\".\n", "oversee")
	f.Add("Ünïcödé 名前", "a\tb", "line\r\nbreak", "locate_in")
	f.Add("x", "\x00\x01", "\u2028\x7f", "say")
	f.Fuzz(func(t *testing.T, name, alias, text, lemma string) {
		for _, s := range []string{name, alias, text, lemma} {
			if !utf8.ValidString(s) {
				t.Skip("N-Quads text is UTF-8; kg reads only UTF-8 text")
			}
		}
		ctx := t.Context()
		doc := schema.Document{
			ID: schema.DocumentID(name + alias + text + lemma), Source: name, Title: text,
			Sentences: []schema.Sentence{{Text: text}},
			Entities: []schema.Entity{
				{Name: name, Type: schema.Person, Aliases: []string{alias}, Mentions: []int{0}},
				{Name: "Other " + alias, Type: schema.GPE, Mentions: []int{0}},
			},
			Facts: []schema.Fact{{Extraction: schema.Extraction{Relation: text, Lemma: lemma, Confidence: 0.5},
				SubjectEntity: name, ObjectEntity: "Other " + alias}},
		}
		s := openStore(t, "memstore", "")
		if _, err := s.Load(ctx, doc); err != nil {
			t.Skip("not loadable:", err)
		}
		var first bytes.Buffer
		if err := s.Export(ctx, &first, "nquads", graph.Selection{}); err != nil {
			t.Fatalf("export: %v", err)
		}
		fresh := openStore(t, "memstore", "")
		if _, err := fresh.Import(ctx, bytes.NewReader(first.Bytes())); err != nil {
			t.Fatalf("import of our own export: %v\n%s", err, first.String())
		}
		var second bytes.Buffer
		if err := fresh.Export(ctx, &second, "nquads", graph.Selection{}); err != nil {
			t.Fatalf("export: %v", err)
		}
		if diff := cmp.Diff(first.String(), second.String()); diff != "" {
			t.Errorf("export → import → export mismatch (-first +second):\n%s", diff)
		}
		for _, format := range []string{"graphml", "gexf"} {
			var doc bytes.Buffer
			if err := s.Export(ctx, &doc, format, graph.Selection{}); err != nil {
				t.Fatalf("export %s: %v", format, err)
			}
			dec := xml.NewDecoder(&doc)
			for {
				_, err := dec.Token()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatalf("%s is not well-formed: %v", format, err)
				}
			}
		}
	})
}
