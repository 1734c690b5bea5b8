package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// exampleStore returns a memstore holding one small document.
func exampleStore(ctx context.Context) *graph.Store {
	s, err := graph.Open(ctx, "memstore", "", graph.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fact := func(sentence int, subj, phrase, lemma, obj string) schema.Fact {
		return schema.Fact{Extraction: schema.Extraction{Relation: phrase, Lemma: lemma, Confidence: 0.9},
			Sentence: sentence, SubjectEntity: subj, ObjectEntity: obj}
	}
	doc := schema.Document{
		ID: schema.DocumentID("example"), Source: "news.txt",
		Sentences: []schema.Sentence{
			{Text: "Kim Jong Bok oversees North Korean troops."},
			{Text: "The troops are in Kursk."},
		},
		Entities: []schema.Entity{
			{Name: "Kim Jong Bok", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0}},
			{Name: "North Korean troops", Type: schema.Group, Mentions: []int{0, 1}},
			{Name: "Kursk", Type: schema.GPE, Mentions: []int{1}},
		},
		Facts: []schema.Fact{
			fact(0, "Kim Jong Bok", "oversees", "oversee", "North Korean troops"),
			fact(1, "North Korean troops", "are in", "locate_in", "Kursk"),
		},
	}
	if _, err := s.Load(ctx, doc); err != nil {
		log.Fatal(err)
	}
	return s
}

func ExampleStore_Paths() {
	ctx := context.Background()
	s := exampleStore(ctx)
	defer s.Close()
	paths, err := s.Paths(ctx, "kim", "Kursk", 4, 1)
	if err != nil {
		log.Fatal(err)
	}
	for _, st := range paths[0] {
		fmt.Printf("%s -%s-> %s: %q\n", st.From.Name, st.Relation, st.To.Name, st.Facts[0].Sentence.Text)
	}
	// Output:
	// Kim Jong Bok -oversee-> North Korean troops: "Kim Jong Bok oversees North Korean troops."
	// North Korean troops -locate_in-> Kursk: "The troops are in Kursk."
}

func ExampleStore_Neighbors() {
	ctx := context.Background()
	s := exampleStore(ctx)
	defer s.Close()
	nb, err := s.Neighbors(ctx, "Kursk", graph.NeighborOptions{Depth: 2})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range nb.Nodes {
		fmt.Println(n.Depth, n.Name, n.Type)
	}
	// Output:
	// 1 North Korean troops Group
	// 2 Kim Jong Bok Person
}

func ExampleStore_Resolve() {
	ctx := context.Background()
	s := exampleStore(ctx)
	defer s.Close()
	_, err := s.Resolve(ctx, "Kim Jong Bock")
	fmt.Println(err)
	// Output:
	// no actor named "Kim Jong Bock"; did you mean: Kim Jong Bok?
}

func ExampleStore_Export() {
	ctx := context.Background()
	s := exampleStore(ctx)
	defer s.Close()
	if err := s.Export(ctx, os.Stdout, "dot", graph.Selection{Actor: "Kursk", Depth: 1}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// digraph kg {
	//   graph [overlap=false];
	//   node [shape=box, style="rounded,filled", fontname="Helvetica"];
	//   edge [fontname="Helvetica", fontsize=10];
	//   "kg:e/Kursk" [label="Kursk", type="GPE", fillcolor="#59a14f"];
	//   "kg:e/North_Korean_troops" [label="North Korean troops", type="Group", fillcolor="#e15759"];
	//   "kg:e/North_Korean_troops" -> "kg:e/Kursk" [label="locate_in", weight=1];
	// }
}
