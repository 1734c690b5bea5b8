package extract_test

import (
	"fmt"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
)

func ExampleExtractor_Sentence() {
	a, err := nlp.New()
	if err != nil {
		panic(err)
	}
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	s := a.Tag("Kim Jong Bok, a North Korean general, has traveled to Russia to oversee the troops.")
	for _, e := range x.Sentence(s) {
		fmt.Printf("(%s; %s; %s) %s %.2f\n", e.Subject.Text, e.Relation, e.Object.Text, e.Lemma, e.Confidence)
	}
	// Output:
	// (Kim Jong Bok; has traveled to; Russia) travel_to 0.97
	// (Kim Jong Bok; oversee; the troops) oversee 0.77
	// (Kim Jong Bok; is; a North Korean general) be 0.81
}

func ExampleExtractor_Sentence_attribution() {
	a, err := nlp.New()
	if err != nil {
		panic(err)
	}
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	for _, s := range a.Split("The general warned that the enemy would attack the city.") {
		for _, e := range x.Sentence(s) {
			fmt.Printf("(%s; %s; %s) said by %q\n", e.Subject.Text, e.Relation, e.Object.Text, e.Attribution)
		}
	}
	// Output:
	// (The general; warned that; the enemy would attack the city) said by ""
	// (the enemy; would attack; the city) said by "The general"
}
