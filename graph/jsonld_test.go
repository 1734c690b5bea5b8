package graph_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
)

// TestExportJSONLDQuads checks that kg's JSON-LD states the quads of the
// N-Quads export, as Cayley's own JSON-LD writer would, with one node
// object per graph and subject when sorted.
func TestExportJSONLDQuads(t *testing.T) {
	for _, b := range backends()[:2] {
		t.Run(b.name, func(t *testing.T) {
			s := loaded(t, b)
			for _, sel := range []graph.Selection{{}, {Actor: "Kim Jong Bok", Depth: 2}} {
				doc := export(t, s, "jsonld", sel)
				want := sortedLines(export(t, s, "nquads", sel))
				if diff := cmp.Diff(want, jsonldLines(t, doc)); diff != "" {
					t.Errorf("JSON-LD export of %+v and N-Quads differ in their quads (-nquads +jsonld):\n%s", sel, diff)
				}
				var nodes []map[string]any
				if err := json.Unmarshal(doc, &nodes); err != nil {
					t.Fatalf("JSON-LD export is not a JSON array: %v", err)
				}
				ids := map[string]int{}
				for _, n := range nodes {
					ids[n["@id"].(string)]++
					g, _ := n["@graph"].([]any)
					seen := map[string]bool{}
					for _, m := range g {
						id := m.(map[string]any)["@id"].(string)
						if seen[id] {
							t.Errorf("graph %s has two node objects for %s", n["@id"], id)
						}
						seen[id] = true
					}
				}
				for id, n := range ids {
					if n > 1 {
						t.Errorf("%d top-level objects for %s, want one", n, id)
					}
				}
			}
		})
	}
}

// TestJSONLDValues writes values of every kind, in an order that splits
// subjects and graphs, and checks that Cayley's reader reads back the
// quads given.
func TestJSONLDValues(t *testing.T) {
	xsd := func(s string) quad.IRI { return quad.IRI("http://www.w3.org/2001/XMLSchema#" + s) }
	rdfType := quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	in := []quad.Quad{
		{Subject: quad.IRI("kg:e/A"), Predicate: quad.IRI("kg:name"), Object: quad.String(`A "quoted" <name> & more`)},
		{Subject: quad.IRI("kg:e/A"), Predicate: rdfType, Object: quad.IRI("kg:Person")},
		{Subject: quad.IRI("kg:e/A"), Predicate: rdfType, Object: quad.String("a literal type")},
		{Subject: quad.IRI("kg:e/A"), Predicate: quad.IRI("kg:name"), Object: quad.String("again, after another key")},
		{Subject: quad.IRI("kg:doc/1"), Predicate: quad.IRI("kg:title"), Object: quad.LangString{Value: "Titre", Lang: "fr"}, Label: quad.IRI("kg:doc/1")},
		{Subject: quad.IRI("kg:doc/1#s0"), Predicate: quad.IRI("kg:index"), Object: quad.Int(3), Label: quad.IRI("kg:doc/1")},
		{Subject: quad.IRI("kg:f/1"), Predicate: quad.IRI("kg:confidence"), Object: quad.Float(0.7), Label: quad.IRI("kg:doc/1")},
		{Subject: quad.IRI("kg:e/A"), Predicate: quad.IRI("kg:background"), Object: quad.Bool(true)},
		{Subject: quad.IRI("kg:e/A"), Predicate: quad.IRI("kg:amount"), Object: quad.TypedString{Value: "12.5", Type: xsd("decimal")}, Label: quad.IRI("kg:doc/2")},
		{Subject: quad.IRI("kg:doc/1"), Predicate: quad.IRI("kg:source"), Object: quad.String("x.txt"), Label: quad.IRI("kg:doc/1")},
		{Subject: quad.IRI("kg:e/B"), Predicate: quad.IRI("kg:r/meet"), Object: quad.IRI("kg:e/A")},
		{Subject: quad.IRI("kg:e/B"), Predicate: quad.IRI("kg:note"), Object: quad.String("typed string"), Label: quad.IRI("kg:doc/2")},
	}
	var buf bytes.Buffer
	if err := graph.WriteJSONLD(&buf, in); err != nil {
		t.Fatal(err)
	}
	var cayley bytes.Buffer
	cw := jsonld.NewWriter(&cayley)
	if _, err := cw.WriteQuads(in); err != nil {
		t.Fatal(err)
	}
	if err := cw.Close(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(jsonldLines(t, cayley.Bytes()), jsonldLines(t, buf.Bytes())); diff != "" {
		t.Errorf("kg's JSON-LD and Cayley's read back differently (-cayley +kg):\n%s\nkg wrote:\n%s", diff, buf.String())
	}
	if got := len(jsonldLines(t, buf.Bytes())); got != len(in)+1 {
		t.Errorf("read back %d quads, want %d", got-1, len(in))
	}
	if !strings.Contains(buf.String(), `"@type":["kg:Person"]`) {
		t.Errorf("an rdf:type IRI is not written as @type:\n%s", buf.String())
	}
	bn := []quad.Quad{{Subject: quad.BNode("b1"), Predicate: quad.IRI("kg:p"), Object: quad.BNode("b2")}}
	buf.Reset()
	if err := graph.WriteJSONLD(&buf, bn); err != nil {
		t.Fatal(err)
	}
	if want := `[{"@id":"_:b1","kg:p":[{"@id":"_:b2"}]}]` + "\n"; buf.String() != want {
		t.Errorf("blank nodes: %s, want %s", buf.String(), want)
	}
	buf.Reset()
	if err := graph.WriteJSONLD(&buf, nil); err != nil || buf.String() != "[]\n" {
		t.Errorf("no quads: %q, %v; want []", buf.String(), err)
	}
}
