package entity

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestBodyTopicGoesOnAfterAnd checks that the topic of a body's name goes
// on after "and" when plain capitalised words follow it, while a known
// name, a person or another body after "and" stays a name of its own, on
// documents written for this test.
func TestBodyTopicGoesOnAfterAnd(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ann Lee, the director of the Halvik Institute of Marine and Coastal Studies, warned the council.",
			[]string{"Ann Lee -lead-> Halvik Institute of Marine and Coastal Studies"}, []string{"Ann Lee -lead-> Halvik Institute of Marine"},
			"a head noun, of, and the topic's words on both sides of and"},
		{"Tom Wu met officials of the Nordic Society for Geology and Soil Science in Bergen.",
			[]string{"Tom Wu -meet-> Nordic Society for Geology and Soil Science"}, []string{"Tom Wu -meet-> Soil Science"},
			"a society for a topic of two fields"},
		{"Mary Holt met the Halvik Institute of Physics and Ann Lee in Bergen.",
			[]string{"Mary Holt -meet-> Ann Lee"}, []string{"Mary Holt -meet-> Halvik Institute of Physics and Ann Lee"},
			"a person after and is no topic"},
		{"Mary Holt met the Halvik Institute of Physics and Lodi University in Bergen.",
			nil, []string{"Mary Holt -meet-> Halvik Institute of Physics and Lodi University"},
			"a body with its own head noun after and is a name of its own"},
	})
}
