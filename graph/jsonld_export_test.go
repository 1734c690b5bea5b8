package graph

import (
	"io"

	"github.com/cayleygraph/quad"
)

// WriteJSONLD writes qs with kg's JSON-LD writer, for tests.
func WriteJSONLD(w io.Writer, qs []quad.Quad) error {
	jw := newJSONLDWriter(w)
	if _, err := jw.WriteQuads(qs); err != nil {
		return err
	}
	return jw.Close()
}
