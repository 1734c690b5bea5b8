package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// exploreDB returns the --db flags of a bolt store holding a small graph
// built by hand (not by the extractor, so that these tests follow only the
// exploration code): Kim Jong Bok oversees the troops, who are in Kursk and
// were sent by Kim Jong Un; Kim met Putin, who leads Russia.
func exploreDB(t *testing.T) []string {
	t.Helper()
	f := func(sentence int, subj, phrase, lemma, obj string) schema.Fact {
		return schema.Fact{
			Extraction: schema.Extraction{Relation: phrase, Lemma: lemma, Confidence: 0.8,
				Subject: schema.Argument{Text: subj}, Object: schema.Argument{Text: obj}},
			Sentence: sentence, SubjectEntity: subj, ObjectEntity: obj,
		}
	}
	doc := schema.Document{
		ID: schema.DocumentID("explore"), Source: "news.txt", Title: "Troops",
		Sentences: []schema.Sentence{
			{Text: "General Kim Jong Bok oversees the troops in Kursk."},
			{Text: "Kim Jong Un sent the troops."},
			{Text: "Kim met Vladimir Putin, who leads Russia."},
		},
		Entities: []schema.Entity{
			{Name: "Kim Jong Bok", Type: schema.Person, Aliases: []string{"Kim", "General Kim Jong Bok"}, Mentions: []int{0, 2}},
			{Name: "North Korean troops", Type: schema.Group, Mentions: []int{0, 1}},
			{Name: "Kursk", Type: schema.GPE, Mentions: []int{0}},
			{Name: "Kim Jong Un", Type: schema.Person, Mentions: []int{1}},
			{Name: "Vladimir Putin", Type: schema.Person, Mentions: []int{2}},
			{Name: "Russia", Type: schema.GPE, Mentions: []int{2}},
		},
		Facts: []schema.Fact{
			f(0, "Kim Jong Bok", "oversees", "oversee", "North Korean troops"),
			f(0, "North Korean troops", "in", "locate_in", "Kursk"),
			f(1, "Kim Jong Un", "sent", "deploy", "North Korean troops"),
			f(2, "Kim Jong Bok", "met", "meet", "Vladimir Putin"),
			f(2, "Vladimir Putin", "leads", "lead", "Russia"),
		},
	}
	return loadDB(t, doc)
}

// loadDB stores docs in a new bolt store and returns the flags naming it.
func loadDB(t *testing.T, docs ...schema.Document) []string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "kg.db")
	s, err := graph.Open(t.Context(), "bolt", dir, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(t.Context(), docs...); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return []string{"--db", dir}
}

func TestNeighborsCmd(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"neighbors", "kim jong bok"}, db...)...)
	want := `Kim Jong Bok (Person)

DEPTH  NAME                 TYPE    TIES
1      North Korean troops  Group   1
1      Vladimir Putin       Person  1

RELATIONS
Kim Jong Bok  -meet->     Vladimir Putin
Kim Jong Bok  -oversee->  North Korean troops
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg neighbors mismatch (-want +got):\n%s", diff)
	}
	out = mustKG(t, append([]string{"neighbors", "Kim", "--depth", "2", "--type", "gpe", "--json"}, db...)...)
	var nb graph.Neighborhood
	if err := json.Unmarshal([]byte(out), &nb); err != nil {
		t.Fatalf("--json output %q: %v", out, err)
	}
	var got []string
	for _, n := range nb.Nodes {
		got = append(got, n.Name)
	}
	if diff := cmp.Diff([]string{"Kursk", "Russia"}, got); diff != "" {
		t.Errorf("--depth 2 --type gpe nodes mismatch (-want +got):\n%s", diff)
	}
}

func TestExploreUnknownName(t *testing.T) {
	db := exploreDB(t)
	cases := []struct {
		args []string
		why  string
	}{
		{[]string{"neighbors", "Kim Jong Bock"}, "neighbors"},
		{[]string{"path", "Kim Jong Bok", "Kursks"}, "path, second name"},
		{[]string{"sources", "Kim Jong Bock"}, "sources"},
		{[]string{"export", "--format", "dot", "--actor", "Kim Jong Bock"}, "export --actor"},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			code, _, errs := kg(t, "", append(c.args, db...)...)
			if code != exitError || !strings.Contains(errs, "no actor named") || !strings.Contains(errs, "did you mean: ") {
				t.Errorf("kg %v: exit %d, stderr %q; want exit 1 with suggestions", c.args, code, errs)
			}
		})
	}
	_, _, errs := kg(t, "", append([]string{"neighbors", "Kim Jong Bock"}, db...)...)
	if want := `kg: no actor named "Kim Jong Bock"; did you mean: Kim Jong Bok, Kim Jong Un?` + "\n"; errs != want {
		t.Errorf("stderr = %q, want %q", errs, want)
	}
	if code, _, errs := kg(t, "", append([]string{"neighbors", "Kim", "--type", "planet"}, db...)...); code != exitError || !strings.Contains(errs, "unknown entity type") {
		t.Errorf("--type planet: exit %d, stderr %q; want an unknown type error", code, errs)
	}
}

// TestNeighborsNewUser checks what a new user met: an alias of several
// people, --depth 0, and whole clauses as literal neighbours.
func TestNeighborsNewUser(t *testing.T) {
	clause := "that the troops would stay in the region until the end of the year and beyond"
	doc := schema.Document{
		ID: schema.DocumentID("kims"), Source: "kims.txt", Title: "Kims",
		Sentences: []schema.Sentence{{Text: "Kim met Kim."}, {Text: "Kim Jong Un said " + clause + "."}},
		Entities: []schema.Entity{
			{Name: "Kim Jong Bok", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0}},
			{Name: "Kim Jong Un", Type: schema.Person, Aliases: []string{"Kim"}, Mentions: []int{0, 1}},
		},
		Facts: []schema.Fact{
			{Extraction: schema.Extraction{Relation: "met", Lemma: "meet", Confidence: 0.9,
				Subject: schema.Argument{Text: "Kim"}, Object: schema.Argument{Text: "Kim"}},
				Sentence: 0, SubjectEntity: "Kim Jong Bok", ObjectEntity: "Kim Jong Un"},
			{Extraction: schema.Extraction{Relation: "said", Lemma: "say", Confidence: 0.9,
				Subject: schema.Argument{Text: "Kim Jong Un"}, Object: schema.Argument{Text: clause}},
				Sentence: 1, SubjectEntity: "Kim Jong Un"},
		},
	}
	db := loadDB(t, doc)

	code, _, errs := kg(t, "", append([]string{"neighbors", "Kim"}, db...)...)
	if want := `kg: "Kim" names 2 actors: Kim Jong Un (Person), Kim Jong Bok (Person); give one of these names` + "\n"; code != exitError || errs != want {
		t.Errorf("kg neighbors Kim = exit %d, stderr %q; want exit 1 and %q", code, errs, want)
	}
	if code, _, errs := kg(t, "", append([]string{"neighbors", "Kim Jong Un", "--depth", "0"}, db...)...); code != exitError || !strings.Contains(errs, "--depth must be at least 1, not 0") {
		t.Errorf("kg neighbors --depth 0 = exit %d, stderr %q; want exit 1 saying --depth must be at least 1", code, errs)
	}

	out := mustKG(t, append([]string{"neighbors", "Kim Jong Un"}, db...)...)
	for _, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("kg neighbors prints a line of %d characters: %q", n, line)
		}
	}
	if !strings.Contains(out, "that the troops would stay in the…") {
		t.Errorf("kg neighbors does not show the cut clause:\n%s", out)
	}
	out = mustKG(t, append([]string{"neighbors", "Kim Jong Un", "--json"}, db...)...)
	if !strings.Contains(out, clause) {
		t.Errorf("kg neighbors --json lacks the whole clause:\n%s", out)
	}
}
