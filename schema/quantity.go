package schema

import (
	"fmt"
	"math"
	"strconv"

	"github.com/cayleygraph/quad"
)

// A Quantity is an amount stated in an argument: "approximately 3,000
// soldiers" is {Amount: 3000, Unit: "soldiers", Qualifier:
// "approximately"}.
type Quantity struct {
	// Amount is the number, multipliers applied ("$2bn" is 2e9).
	Amount float64 `json:"amount"`
	// Unit is what is counted or measured, lower case: a noun
	// ("soldiers"), "%" or a currency code ("USD"); "" when the text names
	// none ("22 of the 25 drones" gives 22 with no unit).
	Unit string `json:"unit,omitempty"`
	// Qualifier bounds the amount: "approximately", "at least", "up to",
	// "more than", "less than" or "nearly"; "" for an exact amount.
	Qualifier string `json:"qualifier,omitempty"`
	// Text is the words of the amount as written ("approximately 3,000
	// soldiers").
	Text string `json:"text"`
}

// String returns q as kg prints it: qualifier, number in full and unit
// ("approximately 3000 soldiers", "2000000000 USD").
func (q Quantity) String() string {
	s := strconv.FormatFloat(q.Amount, 'f', -1, 64)
	if q.Qualifier != "" {
		s = q.Qualifier + " " + s
	}
	if q.Unit != "" {
		s += " " + q.Unit
	}
	return s
}

// AmountValue returns the literal that [Quads] writes for an amount: a
// quad.Int when n is whole and fits, a quad.Float otherwise.
func AmountValue(n float64) quad.Value {
	if n == math.Trunc(n) && math.Abs(n) < 1<<53 {
		return quad.Int(int64(n))
	}
	return quad.Float(n)
}

// QuantityIRI returns the IRI of the i-th quantity node of a fact node.
func QuantityIRI(fact quad.IRI, i int) quad.IRI {
	return quad.IRI(fmt.Sprintf("%s#q%d", string(fact), i))
}

// quantityQuads returns the quads of the quantities of one fact node,
// each labelled label.
func quantityQuads(fact quad.IRI, qs []Quantity, label quad.Value) []quad.Quad {
	var out []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	for i, q := range qs {
		iri := QuantityIRI(fact, i)
		add(fact, HasQuantity, iri)
		add(iri, Type, QuantityClass)
		add(iri, Amount, AmountValue(q.Amount))
		if q.Unit != "" {
			add(iri, Unit, quad.String(q.Unit))
		}
		if q.Qualifier != "" {
			add(iri, Qualifier, quad.String(q.Qualifier))
		}
		add(iri, Text, quad.String(q.Text))
	}
	return out
}
