package entity_test

import (
	"fmt"
	"log"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/nlp"
)

func ExampleResolver_Resolve() {
	a, err := nlp.New()
	if err != nil {
		log.Fatal(err)
	}
	r, err := entity.New(entity.Options{})
	if err != nil {
		log.Fatal(err)
	}
	text := "Ukrainian President Volodymyr Zelensky met North Korean defectors in Kyiv. " +
		"He said North Korean soldiers were fighting in Russia's Kursk region. Zelensky thanked NATO."
	ents, facts := r.Resolve(a.Split(text), nil)
	for _, e := range ents {
		fmt.Println(e.Type, e.Name, e.Mentions)
	}
	for _, f := range facts {
		obj := f.ObjectEntity
		if obj == "" {
			obj = fmt.Sprintf("%q", f.Object.Text)
		}
		fmt.Printf("%s -%s-> %s\n", f.SubjectEntity, f.Lemma, obj)
	}
	// Output:
	// GPE Ukraine [0]
	// Person Volodymyr Zelensky [0 1 2]
	// GPE North Korea [0 1]
	// GPE Kyiv [0]
	// Group North Korean soldiers [1]
	// GPE Russia [1]
	// GPE Kursk [1]
	// Organization NATO [2]
	// Volodymyr Zelensky -title-> "President"
	// Volodymyr Zelensky -lead-> Ukraine
	// Kyiv -capital_of-> Ukraine
	// North Korean soldiers -from-> North Korea
	// Kursk -locate_in-> Russia
}
