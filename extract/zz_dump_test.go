package extract

import (
	"fmt"
	"os"
	"testing"

	"github.com/kg-project/kg/nlp"
)

func TestZZDump(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	an, _ := nlp.New()
	x, _ := New()
	for sent := range an.Sentences(s) {
		a := x.analyze(sent)
		for _, c := range a.ch {
			fmt.Printf("[%d %s]", c.kind, a.spanText(span{c.i, c.j}))
		}
		fmt.Println()
		for i := range a.toks {
			fmt.Printf("%s/%s ", a.toks[i].Text, a.tags[i])
		}
		fmt.Println()
	}
}
