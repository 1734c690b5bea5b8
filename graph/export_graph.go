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

// An actorWriter writes an actor graph as it is given it: every node,
// sorted, and then every edge, sorted. Node and Edge return the first
// error met in writing; Close ends the document and flushes it.
type actorWriter interface {
	Node(n exportNode) error
	Edge(e exportEdge) error
	Close() error
}

// newActorWriter returns the writer of a graph format to w; csv is a zip
// archive holding nodes.csv and relationships.csv.
func newActorWriter(w io.Writer, format string) (actorWriter, error) {
	switch format {
	case "graphml":
		return newGraphMLWriter(w), nil
	case "gexf":
		return newGEXFWriter(w), nil
	case "dot":
		return newDOTWriter(w), nil
	case "csv":
		return newCSVZipWriter(w)
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownFormat, format)
}

// graphMLWriter writes GraphML with node keys label, name and type and
// edge keys label, relation, weight, confidence and sentence.
type graphMLWriter struct {
	bw    *bufio.Writer
	edges int
}

func newGraphMLWriter(w io.Writer) *graphMLWriter {
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
	return &graphMLWriter{bw: bw}
}

func (g *graphMLWriter) Node(n exportNode) error {
	_, err := fmt.Fprintf(g.bw, "    <node id=\"%s\"><data key=\"label\">%s</data><data key=\"name\">%s</data><data key=\"type\">%s</data></node>\n",
		xmlText(n.id), xmlText(n.name), xmlText(n.name), xmlText(string(n.typ)))
	return err
}

func (g *graphMLWriter) Edge(e exportEdge) error {
	_, err := fmt.Fprintf(g.bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"elabel\">%s</data><data key=\"relation\">%s</data><data key=\"weight\">%d</data><data key=\"confidence\">%s</data><data key=\"sentence\">%s</data></edge>\n",
		g.edges, xmlText(e.from), xmlText(e.to), xmlText(e.relation), xmlText(e.relation), e.weight, formatFloat(e.confidence), xmlText(e.sentence))
	g.edges++
	return err
}

func (g *graphMLWriter) Close() error {
	g.bw.WriteString("  </graph>\n</graphml>\n")
	return g.bw.Flush()
}

// gexfWriter writes GEXF 1.3 with node attributes type and name, edge
// attributes relation, confidence and sentence, edge labels and weights,
// and node colours by type.
type gexfWriter struct {
	bw     *bufio.Writer
	edges  int
	inEdge bool // the edges element is open
}

func newGEXFWriter(w io.Writer) *gexfWriter {
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
	return &gexfWriter{bw: bw}
}

func (g *gexfWriter) Node(n exportNode) error {
	c := colorOf(n.typ)
	_, err := fmt.Fprintf(g.bw, "      <node id=\"%s\" label=\"%s\"><attvalues><attvalue for=\"type\" value=\"%s\"/><attvalue for=\"name\" value=\"%s\"/></attvalues><viz:color r=\"%d\" g=\"%d\" b=\"%d\"/></node>\n",
		xmlText(n.id), xmlText(n.name), xmlText(string(n.typ)), xmlText(n.name), c[0], c[1], c[2])
	return err
}

// startEdges ends the nodes element and opens the edges element, once.
func (g *gexfWriter) startEdges() {
	if !g.inEdge {
		g.inEdge = true
		g.bw.WriteString("    </nodes>\n    <edges>\n")
	}
}

func (g *gexfWriter) Edge(e exportEdge) error {
	g.startEdges()
	_, err := fmt.Fprintf(g.bw, "      <edge id=\"%d\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\"><attvalues><attvalue for=\"relation\" value=\"%s\"/><attvalue for=\"confidence\" value=\"%s\"/><attvalue for=\"sentence\" value=\"%s\"/></attvalues></edge>\n",
		g.edges, xmlText(e.from), xmlText(e.to), xmlText(e.relation), e.weight, xmlText(e.relation), formatFloat(e.confidence), xmlText(e.sentence))
	g.edges++
	return err
}

func (g *gexfWriter) Close() error {
	g.startEdges()
	g.bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return g.bw.Flush()
}

// dotQuote quotes s as a DOT string.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}

// dotWriter writes a Graphviz digraph: nodes labelled with their names
// and filled by type (with a type attribute), edges labelled with their
// relation; a background edge, which no document states, is dashed.
type dotWriter struct {
	bw *bufio.Writer
}

func newDOTWriter(w io.Writer) *dotWriter {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph kg {\n  graph [overlap=false];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	return &dotWriter{bw: bw}
}

func (d *dotWriter) Node(n exportNode) error {
	c := colorOf(n.typ)
	_, err := fmt.Fprintf(d.bw, "  %s [label=%s, type=%s, fillcolor=\"#%02x%02x%02x\"];\n",
		dotQuote(n.id), dotQuote(n.name), dotQuote(string(n.typ)), c[0], c[1], c[2])
	return err
}

func (d *dotWriter) Edge(e exportEdge) error {
	style := ""
	if e.background {
		style = ", style=dashed"
	}
	_, err := fmt.Fprintf(d.bw, "  %s -> %s [label=%s, weight=%d%s];\n", dotQuote(e.from), dotQuote(e.to), dotQuote(e.relation), e.weight, style)
	return err
}

func (d *dotWriter) Close() error {
	d.bw.WriteString("}\n")
	return d.bw.Flush()
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
// relationship types). It writes every node before the first
// relationship.
func (s *Store) ExportCSV(ctx context.Context, nodes, rels io.Writer, sel Selection) error {
	return s.writeActorGraph(ctx, sel, func() (actorWriter, error) { return newCSVWriter(nodes, rels), nil })
}

// csvWriter writes the nodes and the relationships of an actor graph to
// two CSV writers.
type csvWriter struct {
	nodes, rels *csv.Writer
	relsHeader  bool // the relationships header is written
}

func newCSVWriter(nodes, rels io.Writer) *csvWriter {
	c := &csvWriter{nodes: csv.NewWriter(nodes), rels: csv.NewWriter(rels)}
	c.nodes.Write([]string{"id:ID", "name", ":LABEL"})
	return c
}

func (c *csvWriter) Node(n exportNode) error {
	label := string(n.typ)
	if label == "" {
		label = "Entity"
	}
	if err := c.nodes.Write([]string{n.id, n.name, label}); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	return nil
}

// endNodes flushes the nodes and writes the relationships header, once.
func (c *csvWriter) endNodes() error {
	if c.relsHeader {
		return nil
	}
	c.relsHeader = true
	c.nodes.Flush()
	if err := c.nodes.Error(); err != nil {
		return fmt.Errorf("write nodes csv: %w", err)
	}
	return c.rels.Write([]string{":START_ID", ":END_ID", ":TYPE", "sentence", "confidence"})
}

func (c *csvWriter) Edge(e exportEdge) error {
	if err := c.endNodes(); err != nil {
		return err
	}
	if err := c.rels.Write([]string{e.from, e.to, strings.ToUpper(e.relation), e.sentence, formatFloat(e.confidence)}); err != nil {
		return fmt.Errorf("write relationships csv: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if err := c.endNodes(); err != nil {
		return err
	}
	c.rels.Flush()
	if err := c.rels.Error(); err != nil {
		return fmt.Errorf("write relationships csv: %w", err)
	}
	return nil
}

// csvZipWriter writes the two CSV files into a zip archive, nodes.csv
// first: the relationships entry is opened at the first edge.
type csvZipWriter struct {
	zw  *zip.Writer
	csv *csvWriter
	rel *relsEntry
}

// relsEntry is the relationships entry of a zip archive, created when it
// is first written to.
type relsEntry struct {
	zw *zip.Writer
	w  io.Writer
}

func (r *relsEntry) Write(p []byte) (int, error) {
	if r.w == nil {
		w, err := r.zw.Create(CSVRelationships)
		if err != nil {
			return 0, err
		}
		r.w = w
	}
	return r.w.Write(p)
}

func newCSVZipWriter(w io.Writer) (*csvZipWriter, error) {
	zw := zip.NewWriter(w)
	nodes, err := zw.Create(CSVNodes)
	if err != nil {
		return nil, err
	}
	rel := &relsEntry{zw: zw}
	return &csvZipWriter{zw: zw, csv: newCSVWriter(nodes, rel), rel: rel}, nil
}

func (z *csvZipWriter) Node(n exportNode) error { return z.csv.Node(n) }
func (z *csvZipWriter) Edge(e exportEdge) error { return z.csv.Edge(e) }

func (z *csvZipWriter) Close() error {
	if err := z.csv.Close(); err != nil {
		return err
	}
	return z.zw.Close()
}
