package graph_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/schema"
)

func export(t *testing.T, s *graph.Store, format string, sel graph.Selection) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(t.Context(), &buf, format, sel); err != nil {
		t.Fatalf("Export(%s, %+v): %v", format, sel, err)
	}
	return buf.Bytes()
}

// writeTemp writes b to a file named name in a temporary directory.
func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runTool runs a program and fails the test with its output when it fails
// or writes to standard error.
func runTool(t *testing.T, prog string, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(t.Context(), prog, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil || strings.Contains(stderr.String(), "rror") {
		t.Fatalf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

func TestExportRoundTrip(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			first := export(t, s, "nquads", graph.Selection{})
			n, err := s.QuadCount(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if lines := bytes.Count(first, []byte("\n")); int64(lines) != n {
				t.Errorf("export has %d lines, store has %d quads", lines, n)
			}
			fresh := b.open(t)
			read, err := fresh.Import(t.Context(), bytes.NewReader(first))
			if err != nil {
				t.Fatal(err)
			}
			if int64(read.Read) != n || int64(read.Added) != n {
				t.Errorf("Import = %+v, want %d quads read and added", read, n)
			}
			again, err := fresh.Import(t.Context(), bytes.NewReader(first))
			if err != nil || int64(again.Read) != n || again.Added != 0 {
				t.Errorf("Import again = %+v, %v; want %d read, 0 added", again, err, n)
			}
			second := export(t, fresh, "nquads", graph.Selection{})
			if diff := cmp.Diff(string(first), string(second)); diff != "" {
				t.Errorf("export → import → export changed the quads (-first +second):\n%s", diff)
			}
			// The imported store answers like the original.
			p, err := fresh.Paths(t.Context(), "Kim Jong Un", "Kursk", 0, 1)
			if err != nil || len(p) != 1 {
				t.Errorf("Paths on the imported store = %v, %v; want one path", p, err)
			}
		})
	}
}

func TestImportRejects(t *testing.T) {
	good := "<kg:e/A> <kg:name> \"A\" <kg:doc/x> .\n# a comment\n\n<kg:e/A> <kg:type> <kg:Person> .\n"
	cases := []struct {
		line string
		want string
		why  string
	}{
		{`<kg:e/B> <kg:name> "B .`, "unterminated string", "an unclosed literal"},
		{`<a b> <kg:p> <kg:c> .`, `' ' is not allowed in an IRI`, "a space in an IRI, which Cayley reads as two literals"},
		{`"lit" <kg:p> <kg:c> .`, "subject \"lit\" is a literal", "a literal subject"},
		{`<kg:a> "p" <kg:c> .`, "predicate", "a literal predicate"},
		{`<kg:a> _:p <kg:c> .`, "predicate _:p is a blank node", "a blank predicate"},
		{`<kg:a> <kg:p> word .`, "word is not an IRI", "a bare word"},
		{"<kg:a\xff> <kg:p> <kg:c> .", "invalid UTF-8", "invalid UTF-8 in an IRI"},
		{`<kg:a> <kg:p> <kg:c>`, "does not end with '.'", "no final dot"},
		{`<kg:a> <kg:p> <kg:c> "g" .`, "graph label \"g\" is a literal", "a literal graph label"},
		{`<kg:a> <kg:p> <kg:c> . junk`, "text after the final '.'", "junk after the dot"},
		{`<kg:a> <kg:p> .`, "no object", "a missing object"},
		{`<kg:a> <kg:p> "x"^^"t" .`, "datatype is not an IRI", "a literal datatype"},
		{`<kg:a> <kg:p> "` + strings.Repeat("x", graph.MaxStatementBytes) + `" .`, "longer than", "a literal over the cap"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			s := openStore(t, "memstore", "")
			// The bad statement is on line 6, after four good lines and
			// a comment.
			_, err := s.Import(t.Context(), strings.NewReader(good+"<kg:e/B> <kg:name> \"B\" .\n"+c.line+"\n<kg:e/C> <kg:name> \"C\" .\n"))
			var ie *graph.ImportError
			if !errors.As(err, &ie) || ie.Line != 6 || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Import(%.60q) = %v; want an ImportError on line 6 with %q", c.line, err, c.want)
			}
			if n := count(t, s); n != 0 {
				t.Errorf("Import of a file with a bad line stored %d quads, want none", n)
			}
		})
	}
	t.Run("accepted", func(t *testing.T) {
		s := openStore(t, "memstore", "")
		in := good + "_:b <kg:p> \"x\"@en-GB .\n<kg:a> <kg:p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<kg:a\\u0041> <kg:p> \"a \\\" b\" . # comment\n"
		res, err := s.Import(t.Context(), strings.NewReader(in))
		if err != nil || res.Read != 5 || res.Added != 5 {
			t.Errorf("Import of valid N-Quads = %+v, %v; want 5 read and added", res, err)
		}
	})
}

func TestExportNQuadsRapper(t *testing.T) {
	rapper := sharedtest.Tool(t, "rapper", "raptor2-utils")
	s := loaded(t, backends()[1])
	for _, sel := range []graph.Selection{{}, {Actor: "Kim Jong Bok", Depth: 1}} {
		doc := export(t, s, "nquads", sel)
		path := writeTemp(t, "kg.nq", doc)
		var stderr bytes.Buffer
		cmd := exec.CommandContext(t.Context(), rapper, "-i", "nquads", "-c", path)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil || strings.Contains(stderr.String(), "rror") {
			t.Fatalf("rapper rejects the export of %+v: %v\n%s", sel, err, stderr.String())
		}
		want := fmt.Sprintf("returned %d triples", bytes.Count(doc, []byte("\n")))
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("rapper on the export of %+v: %q lacks %q", sel, stderr.String(), want)
		}
	}
}

func TestExportSubgraphQuads(t *testing.T) {
	s := loaded(t, backends()[0])
	got := string(export(t, s, "nquads", graph.Selection{Actor: "Kim Jong Bok", Depth: 1}))
	cases := []struct {
		line string
		want bool
		why  string
	}{
		{`<kg:e/Kim_Jong_Bok> <kg:r/oversee> <kg:e/North_Korean_troops>`, true, "an edge inside the selection"},
		{`<kg:e/Kim_Jong_Bok> <kg:r/meet> <kg:e/Vladimir_Putin>`, true, "an edge inside the selection"},
		{`<kg:e/Vladimir_Putin> <kg:r/lead> <kg:e/Russia>`, false, "Russia is two hops away"},
		{`<kg:e/Vladimir_Putin> <kg:name> "Vladimir Putin"`, true, "a selected entity keeps its name"},
		{`<kg:relation> "met"`, true, "the fact behind an edge is kept"},
		{`<kg:text> "General Kim met Vladimir Putin in Moscow."`, true, "and its sentence"},
		{`<kg:source> "b.txt"`, true, "and its document"},
		{`<kg:text> "Putin leads Russia."`, false, "a fact leaving the selection is not kept"},
	}
	for _, c := range cases {
		if strings.Contains(got, c.line) != c.want {
			t.Errorf("subgraph contains %q = %v, want %v (%s)", c.line, !c.want, c.want, c.why)
		}
	}
}

func TestExportQuerySelection(t *testing.T) {
	s := loaded(t, backends()[0])
	var nodes, rels bytes.Buffer
	sel := graph.Selection{Query: `g.V("<kg:Person>").in("<kg:type>").all()`}
	if err := s.ExportCSV(t.Context(), &nodes, &rels, sel); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, nodes.Bytes())
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[1])
	}
	want := []string{"Kim Jong Bok", "Kim Jong Un", "Vladimir Putin", "Volodymyr Zelensky"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("query-selected nodes mismatch (-want +got):\n%s", diff)
	}
	relRows := readCSV(t, rels.Bytes())
	wantRels := [][]string{
		{":START_ID", ":END_ID", ":TYPE", "sentence", "confidence"},
		{"kg:e/Kim_Jong_Bok", "kg:e/Vladimir_Putin", "MEET", "General Kim met Vladimir Putin in Moscow.", "0.85"},
	}
	if diff := cmp.Diff(wantRels, relRows); diff != "" {
		t.Errorf("relationships among people mismatch (-want +got):\n%s", diff)
	}
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("read csv: %v", err)
	}
	return rows
}

func TestExportCSV(t *testing.T) {
	s := loaded(t, backends()[1])
	archive := export(t, s, "csv", graph.Selection{})
	zr, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		t.Fatal(err)
	}
	files := make(map[string][][]string)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		files[f.Name] = readCSV(t, b)
	}
	nodes, rels := files[graph.CSVNodes], files[graph.CSVRelationships]
	if diff := cmp.Diff([]string{"id:ID", "name", ":LABEL"}, nodes[0]); diff != "" {
		t.Errorf("nodes header mismatch (-want +got):\n%s", diff)
	}
	if !slices.ContainsFunc(nodes, func(r []string) bool {
		return slices.Equal(r, []string{"kg:e/Kim_Jong_Bok", "Kim Jong Bok", "Person"})
	}) {
		t.Errorf("nodes.csv lacks Kim Jong Bok as a Person: %v", nodes)
	}
	ids := make(map[string]bool)
	for _, r := range nodes[1:] {
		ids[r[0]] = true
	}
	// Every relationship joins two exported nodes (neo4j-admin refuses
	// dangling ones); the literal title edge is left out.
	for _, r := range rels[1:] {
		if !ids[r[0]] || !ids[r[1]] {
			t.Errorf("relationship %v joins a node not in nodes.csv", r)
		}
		if r[2] == "TITLE" {
			t.Errorf("relationship to a literal exported: %v", r)
		}
	}
	if len(rels) != 1+8 {
		t.Errorf("relationships.csv has %d rows, want header + 8 relations between entities", len(rels))
	}
}

// xmlAttrs returns, for each element named elem in doc, its attributes and
// the text of its child elements keyed by their "key" or "for" attribute.
func xmlAttrs(t *testing.T, doc []byte, elem string) []map[string]string {
	t.Helper()
	var out []map[string]string
	var cur map[string]string
	var key string
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("parse xml: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			attrs := make(map[string]string)
			for _, a := range tok.Attr {
				attrs[a.Name.Local] = a.Value
			}
			switch {
			case tok.Name.Local == elem:
				cur = attrs
				out = append(out, cur)
			case cur != nil && tok.Name.Local == "data":
				key = attrs["key"]
			case cur != nil && tok.Name.Local == "attvalue":
				cur[attrs["for"]] = attrs["value"]
			}
		case xml.CharData:
			if cur != nil && key != "" {
				cur[key] += string(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "data" {
				key = ""
			}
			if tok.Name.Local == elem {
				cur = nil
			}
		}
	}
	return out
}

func TestExportXML(t *testing.T) {
	xmllint := sharedtest.Tool(t, "xmllint", "libxml2-utils")
	s := loaded(t, backends()[1])
	cases := []struct {
		format             string
		nodeName, nodeType string // attribute or data keys Gephi shows
		edgeRelation       string
	}{
		{"graphml", "name", "type", "relation"},
		{"gexf", "label", "type", "relation"},
	}
	for _, c := range cases {
		t.Run(c.format, func(t *testing.T) {
			doc := export(t, s, c.format, graph.Selection{})
			runTool(t, xmllint, "--noout", writeTemp(t, "kg."+c.format, doc))
			var names []string
			for _, n := range xmlAttrs(t, doc, "node") {
				names = append(names, n[c.nodeName]+"/"+n[c.nodeType])
			}
			if !slices.Contains(names, "Kim Jong Bok/Person") || !slices.Contains(names, "Kursk/GPE") {
				t.Errorf("%s nodes %v lack names and types", c.format, names)
			}
			var rels []string
			for _, e := range xmlAttrs(t, doc, "edge") {
				rels = append(rels, e[c.edgeRelation])
			}
			if !slices.Contains(rels, "oversee") || len(rels) != 8 {
				t.Errorf("%s edge relations = %v, want 8 with oversee", c.format, rels)
			}
		})
	}
}

func TestExportDOT(t *testing.T) {
	dot := sharedtest.Tool(t, "dot", "graphviz")
	s := loaded(t, backends()[1])
	src := export(t, s, "dot", graph.Selection{Actor: "Kim Jong Un", Depth: 2})
	svg := runTool(t, dot, "-Tsvg", writeTemp(t, "kg.dot", src))
	for _, want := range []string{"Kim Jong Un", "North Korean troops", "deploy"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("dot -Tsvg output lacks %q", want)
		}
	}
	if bytes.Contains(svg, []byte("Vladimir Putin")) {
		t.Errorf("Putin is three hops from Kim Jong Un and must not be drawn")
	}
}

func TestExportJSONLD(t *testing.T) {
	s := loaded(t, backends()[0])
	doc := export(t, s, "jsonld", graph.Selection{})
	if !bytes.Contains(doc, []byte(`"kg:e/Kim_Jong_Bok"`)) {
		t.Errorf("JSON-LD lacks Kim Jong Bok's node:\n%.500s", doc)
	}
}

func TestExportUnknownFormat(t *testing.T) {
	s := openStore(t, "memstore", "")
	err := s.Export(t.Context(), io.Discard, "xlsx", graph.Selection{})
	if !errors.Is(err, graph.ErrUnknownFormat) {
		t.Errorf("Export(xlsx) = %v, want ErrUnknownFormat", err)
	}
}

// tiedDoc states one edge in several sentences, all with the same
// confidence, so that an export must choose among them.
func tiedDoc() schema.Document {
	texts := []string{"Kim oversees the troops in May.", "Kim oversees the troops again.", "Kim oversees the troops daily.",
		"Kim oversees the troops at dawn.", "Kim oversees the troops alone.", "Kim oversees the troops now."}
	doc := schema.Document{ID: schema.DocumentID("tied"), Source: "tied.txt", Title: "Tied"}
	for i, text := range texts {
		doc.Sentences = append(doc.Sentences, schema.Sentence{Text: text})
		doc.Facts = append(doc.Facts, schema.Fact{Extraction: schema.Extraction{Relation: "oversees", Lemma: "oversee", Confidence: 0.9,
			Subject: schema.Argument{Text: "Kim"}, Object: schema.Argument{Text: "the troops"}},
			Sentence: i, SubjectEntity: "Kim Jong Bok", ObjectEntity: "North Korean troops"})
	}
	doc.Entities = []schema.Entity{
		{Name: "Kim Jong Bok", Type: schema.Person, Mentions: []int{0, 1, 2, 3, 4, 5}},
		{Name: "North Korean troops", Type: schema.Group, Mentions: []int{0, 1, 2, 3, 4, 5}},
	}
	return doc
}

func TestExportReproducible(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			if _, err := s.Load(t.Context(), tiedDoc(), sampleDoc("a.txt", "text one")); err != nil {
				t.Fatal(err)
			}
			for _, format := range []string{"nquads", "jsonld", "graphml", "gexf", "dot", "csv"} {
				first := export(t, s, format, graph.Selection{})
				for range 6 {
					if again := export(t, s, format, graph.Selection{}); !bytes.Equal(first, again) {
						t.Fatalf("two %s exports of one store differ:\n%s", format, cmp.Diff(string(first), string(again)))
					}
				}
				if format == "graphml" && !bytes.Contains(first, []byte("Kim oversees the troops again.")) {
					t.Errorf("graphml export gives the edge stated by six sentences another sentence than the first in byte order:\n%s", first)
				}
			}
		})
	}
}

// backgroundExportDoc states Moscow —host→ Russia in a sentence, and has
// two background facts: Moscow —capital_of→ Russia, which nothing states,
// and Moscow —host→ Russia again, with a higher confidence than the
// stated fact.
func backgroundExportDoc() schema.Document {
	fact := func(sentence int, lemma string, conf float64, bg bool) schema.Fact {
		return schema.Fact{Extraction: schema.Extraction{Relation: lemma, Lemma: lemma, Confidence: conf,
			Subject: schema.Argument{Text: "Moscow"}, Object: schema.Argument{Text: "Russia"}},
			Sentence: sentence, SubjectEntity: "Moscow", ObjectEntity: "Russia", Background: bg}
	}
	return schema.Document{
		ID: schema.DocumentID("background export"), Source: "bg.txt",
		Sentences: []schema.Sentence{{Text: "Moscow hosted Russia's team."}},
		Entities: []schema.Entity{
			{Name: "Moscow", Type: schema.GPE, Mentions: []int{0}},
			{Name: "Russia", Type: schema.GPE, Mentions: []int{0}},
		},
		Facts: []schema.Fact{fact(0, "host", 0.6, false), fact(0, schema.CapitalOf, 0.9, true), fact(0, "host", 0.95, true)},
	}
}

// TestExportBackground checks that the actor graph leaves background
// facts out unless Selection.Background, which adds them as edges of
// weight 0 with no sentence, and that a stated edge keeps its own facts.
func TestExportBackground(t *testing.T) {
	for _, b := range backends()[:2] {
		t.Run(b.name, func(t *testing.T) {
			s := b.open(t)
			if _, err := s.Load(t.Context(), backgroundExportDoc()); err != nil {
				t.Fatal(err)
			}
			host := []string{"kg:e/Moscow", "kg:e/Russia", "HOST", "Moscow hosted Russia's team.", "0.6"}
			capital := []string{"kg:e/Moscow", "kg:e/Russia", "CAPITAL_OF", "", "0.9"}
			cases := []struct {
				sel  graph.Selection
				want [][]string
				why  string
			}{
				{graph.Selection{}, [][]string{host}, "background facts are no edges by default"},
				{graph.Selection{Background: true}, [][]string{capital, host}, "with Background, capital_of is an edge; host keeps its stated fact"},
				{graph.Selection{Actor: "Moscow", Depth: 1}, [][]string{host}, "a neighbourhood leaves them out too"},
				{graph.Selection{Actor: "Moscow", Depth: 1, Background: true}, [][]string{capital, host}, "a neighbourhood with Background"},
			}
			for _, c := range cases {
				var nodes, rels bytes.Buffer
				if err := s.ExportCSV(t.Context(), &nodes, &rels, c.sel); err != nil {
					t.Fatal(err)
				}
				got := readCSV(t, rels.Bytes())[1:]
				if diff := cmp.Diff(c.want, got); diff != "" {
					t.Errorf("%+v (%s): relationships mismatch (-want +got):\n%s", c.sel, c.why, diff)
				}
			}
			dot := string(export(t, s, "dot", graph.Selection{Background: true}))
			if want := `"kg:e/Moscow" -> "kg:e/Russia" [label="capital_of", weight=0, style=dashed];`; !strings.Contains(dot, want) {
				t.Errorf("dot with Background lacks %s:\n%s", want, dot)
			}
			if want := `"kg:e/Moscow" -> "kg:e/Russia" [label="host", weight=1];`; !strings.Contains(dot, want) {
				t.Errorf("dot with Background lacks %s:\n%s", want, dot)
			}
			for _, sel := range []graph.Selection{{}, {Background: true}} {
				if nq := string(export(t, s, "nquads", sel)); !strings.Contains(nq, "<kg:background>") {
					t.Errorf("nquads export of %+v lacks the background facts", sel)
				}
			}
		})
	}
}
