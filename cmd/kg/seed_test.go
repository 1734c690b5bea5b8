package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"github.com/kg-project/kg/internal/sharedtest"
)

// TestSeedArticle builds the article kg started from and checks the design
// example end to end, through the CLI: the facts, the actors and a short
// connection from Kim Jong Bok to Kursk.
func TestSeedArticle(t *testing.T) {
	seed := sharedtest.Path(t, "corpus/seed-article.txt")
	db := tempDB(t)
	mustKG(t, append([]string{"build", seed}, db...)...)

	t.Run("oversee", func(t *testing.T) {
		got := ids(t, queryLines(t, db, `g.V("Kim Jong Bok").in("<kg:name>").out("<kg:r/oversee>").out("<kg:name>").all()`))
		troops := regexp.MustCompile(`(?i)north korean (soldiers|troops)`)
		found := false
		for _, name := range got {
			found = found || troops.MatchString(name)
		}
		if !found {
			t.Errorf("Kim Jong Bok -oversee-> %q, want North Korean soldiers or troops", got)
		}
	})

	t.Run("one node per actor", func(t *testing.T) {
		for _, name := range []string{"Kim Jong Bok", "Kim Jong Un", "Volodymyr Zelensky", "North Korea", "Russia", "Ukraine", "NATO", "Kursk"} {
			q := fmt.Sprintf(`g.V(%q).in("<kg:name>", "<kg:alias>").unique().count()`, name)
			if got := queryLines(t, db, q); fmt.Sprint(got) != "[1]" {
				t.Errorf("nodes named or aliased %q = %v, want [1]", name, got)
			}
		}
	})

	t.Run("types", func(t *testing.T) {
		cases := []struct{ name, want, why string }{
			{"Kim Jong Bok", "<kg:Person>", "a general is a person"},
			{"NATO", "<kg:Organization>", "an alliance is an organisation"},
			{"Kursk", "<kg:GPE>", "a Russian region is a geo-political entity"},
		}
		for _, c := range cases {
			got := ids(t, queryLines(t, db, fmt.Sprintf(`g.V(%q).in("<kg:name>").out("<kg:type>").all()`, c.name)))
			if fmt.Sprint(got) != fmt.Sprint([]string{c.want}) {
				t.Errorf("type of %s = %v, want %s (%s)", c.name, got, c.want, c.why)
			}
		}
	})

	t.Run("path to Kursk", func(t *testing.T) {
		out := mustKG(t, append([]string{"path", "Kim Jong Bok", "Kursk", "--max-hops", "3", "--json"}, db...)...)
		var got struct {
			Paths [][]struct {
				From, Relation, To string
				Sentences          []string
			}
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("kg path --json: %v\n%s", err, out)
		}
		if len(got.Paths) == 0 {
			t.Fatal("no path from Kim Jong Bok to Kursk within 3 hops")
		}
		p := got.Paths[0]
		if len(p) > 3 || p[0].From != "Kim Jong Bok" || p[len(p)-1].To != "Kursk" {
			t.Errorf("first path = %+v, want Kim Jong Bok ... Kursk in at most 3 hops", p)
		}
		for _, e := range p {
			if len(e.Sentences) == 0 {
				t.Errorf("edge %s -%s-> %s has no source sentence", e.From, e.Relation, e.To)
			}
		}
	})
}
