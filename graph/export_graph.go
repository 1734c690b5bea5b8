package graph

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kg-project/kg/schema"
)

// The writers below are kg's own: the graphml and dot encoders of
// github.com/cayleygraph/quad write one node per quad value with no name or
// type attribute, which Gephi and Graphviz users need.

// colorOf returns the fill colour of an entity type in DOT and GEXF, as RGB.
func colorOf(t schema.EntityType) [3]uint8 {
	switch t {
	case schema.Person:
		return [3]uint8{0x4e, 0x79, 0xa7}
	case schema.Organization:
		return [3]uint8{0xf2, 0x8e, 0x2b}
	case schema.GPE:
		return [3]uint8{0x59, 0xa1, 0x4f}
	case schema.Location:
		return [3]uint8{0x76, 0xb7, 0xb2}
	case schema.Group:
		return [3]uint8{0xe1, 0x57, 0x59}
	case schema.Concept:
		return [3]uint8{0xba, 0xb0, 0xac}
	}
	return [3]uint8{0x9c, 0x75, 0x5f}
}

// xmlText escapes s for XML character data and attribute values.
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writing to a strings.Builder cannot fail
	return b.String()
}

func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// writeGraphML writes g as GraphML with node keys label, name and type and
// edge keys label, relation, weight, confidence and sentence.
func writeGraphML(w io.Writer, g *exportGraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="sentence" for="edge" attr.name="sentence" attr.type="string"/>
  <graph id="kg" edgedefault="directed">
`)
	for _, n := range g.nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\"><data key=\"label\">%s</data><data key=\"name\">%s</data><data key=\"type\">%s</data></node>\n",
			xmlText(n.id), xmlText(n.name), xmlText(n.name), xmlText(string(n.typ)))
	}
	for i, e := range g.edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"elabel\">%s</data><data key=\"relation\">%s</data><data key=\"weight\">%d</data><data key=\"confidence\">%s</data><data key=\"sentence\">%s</data></edge>\n",
			i, xmlText(e.from), xmlText(e.to), xmlText(e.relation), xmlText(e.relation), e.weight, formatFloat(e.confidence), xmlText(e.sentence))
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// writeGEXF writes g as GEXF 1.3 with node attributes type and name, edge
// attributes relation, confidence and sentence, edge labels and weights,
// and node colours by type.
func writeGEXF(w io.Writer, g *exportGraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>kg</creator>
    <description>actors and the relations between them</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="name" title="name" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="confidence" title="confidence" type="double"/>
      <attribute id="sentence" title="sentence" type="string"/>
    </attributes>
    <nodes>
`)
	for _, n := range g.nodes {
		c := colorOf(n.typ)
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\"><attvalues><attvalue for=\"type\" value=\"%s\"/><attvalue for=\"name\" value=\"%s\"/></attvalues><viz:color r=\"%d\" g=\"%d\" b=\"%d\"/></node>\n",
			xmlText(n.id), xmlText(n.name), xmlText(string(n.typ)), xmlText(n.name), c[0], c[1], c[2])
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for i, e := range g.edges {
		fmt.Fprintf(bw, "      <edge id=\"%d\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\"><attvalues><attvalue for=\"relation\" value=\"%s\"/><attvalue for=\"confidence\" value=\"%s\"/><attvalue for=\"sentence\" value=\"%s\"/></attvalues></edge>\n",
			i, xmlText(e.from), xmlText(e.to), xmlText(e.relation), e.weight, xmlText(e.relation), formatFloat(e.confidence), xmlText(e.sentence))
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

// dotQuote quotes s as a DOT string.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

// writeDOT writes g as a Graphviz digraph: nodes labelled with their names
// and filled by type (with a type attribute), edges labelled with their
// relation.
func writeDOT(w io.Writer, g *exportGraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph kg {\n  graph [overlap=false];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for _, n := range g.nodes {
		c := colorOf(n.typ)
		fmt.Fprintf(bw, "  %s [label=%s, type=%s, fillcolor=\"#%02x%02x%02x\"];\n",
			dotQuote(n.id), dotQuote(n.name), dotQuote(string(n.typ)), c[0], c[1], c[2])
	}
	for _, e := range g.edges {
		fmt.Fprintf(bw, "  %s -> %s [label=%s, weight=%d];\n", dotQuote(e.from), dotQuote(e.to), dotQuote(e.relation), e.weight)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// CSV file names in the zip archive that [Store.Export] writes for "csv".
const (
	CSVNodes         = "nodes.csv"
	CSVRelationships = "relationships.csv"
)

// ExportCSV writes the actor graph of sel (see [Store.Export]) in the
// layout of neo4j-admin database import: nodes with the header
// "id:ID,name,:LABEL" (the label is the entity type, or Entity when
// untyped) and relationships with ":START_ID,:END_ID,:TYPE,sentence,confidence"
// (the type is the relation lemma in upper case, as Neo4j names
// relationship types).
func (s *Store) ExportCSV(ctx context.Context, nodes, rels io.Writer, sel Selection) error {
	g, err := s.actorGraphFor(ctx, sel)
	if err != nil {
		return err
	}
	return writeCSV(nodes, rels, g)
}

func writeCSV(nodes, rels io.Writer, g *exportGraph) error {
	nw := csv.NewWriter(nodes)
	nw.Write([]string{"id:ID", "name", ":LABEL"})
	for _, n := range g.nodes {
		label := string(n.typ)
		if label == "" {
			label = "Entity"
		}
		nw.Write([]string{n.id, n.name, label})
	}
	nw.Flush()
	if err := nw.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	rw := csv.NewWriter(rels)
	rw.Write([]string{":START_ID", ":END_ID", ":TYPE", "sentence", "confidence"})
	for _, e := range g.edges {
		rw.Write([]string{e.from, e.to, strings.ToUpper(e.relation), e.sentence, formatFloat(e.confidence)})
	}
	rw.Flush()
	if err := rw.Error(); err != nil {
		return fmt.Errorf("write relationships csv: %w", err)
	}
	return nil
}

// writeCSVZip writes the two CSV files of g into a zip archive.
func writeCSVZip(w io.Writer, g *exportGraph) error {
	zw := zip.NewWriter(w)
	nodes, err := zw.Create(CSVNodes)
	if err != nil {
		return err
	}
	var rels strings.Builder
	if err := writeCSV(nodes, &rels, g); err != nil {
		return err
	}
	rf, err := zw.Create(CSVRelationships)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(rf, rels.String()); err != nil {
		return err
	}
	return zw.Close()
}
