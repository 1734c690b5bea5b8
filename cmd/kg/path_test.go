package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/schema"
)

func TestPathCmdJSON(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"path", "Kim Jong Un", "russia", "--json"}, db...)...)
	var got struct {
		Paths [][]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output %q: %v", out, err)
	}
	want := [][]map[string]any{{
		{"from": "Kim Jong Un", "relation": "deploy", "to": "North Korean troops", "forward": true,
			"sentences": []any{"Kim Jong Un sent the troops."}},
		{"from": "North Korean troops", "relation": "oversee", "to": "Kim Jong Bok", "forward": false,
			"sentences": []any{"General Kim Jong Bok oversees the troops in Kursk."}},
		{"from": "Kim Jong Bok", "relation": "meet", "to": "Vladimir Putin", "forward": true,
			"sentences": []any{"Kim met Vladimir Putin, who leads Russia."}},
		{"from": "Vladimir Putin", "relation": "lead", "to": "Russia", "forward": true,
			"sentences": []any{"Kim met Vladimir Putin, who leads Russia."}},
	}}
	if diff := cmp.Diff(want, got.Paths); diff != "" {
		t.Errorf("kg path --json mismatch (-want +got):\n%s", diff)
	}
	out = mustKG(t, append([]string{"path", "Kim Jong Un", "russia", "--max-hops", "3", "--json"}, db...)...)
	if strings.TrimSpace(out) != "{\n  \"paths\": []\n}" {
		t.Errorf("no path within 3 hops printed %q, want an empty list", out)
	}
}

func TestPathCmdText(t *testing.T) {
	db := exploreDB(t)
	out := mustKG(t, append([]string{"path", "Kursk", "Kim Jong Un", "-k", "2"}, db...)...)
	want := `path 1 (2 hops): Kursk <-locate_in- North Korean troops <-deploy- Kim Jong Un
  Kursk <-locate_in- North Korean troops
      "General Kim Jong Bok oversees the troops in Kursk."  [news.txt, in]
  North Korean troops <-deploy- Kim Jong Un
      "Kim Jong Un sent the troops."  [news.txt, sent]
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg path mismatch (-want +got):\n%s", diff)
	}
}

// TestPathCmdSentences checks that a step stated by many sentences shows
// the first --sentences of them and says how to see the rest, and that a
// fact read off a title, which has no phrase, names only its document.
func TestPathCmdSentences(t *testing.T) {
	doc := schema.Document{
		ID: schema.DocumentID("minister"), Source: "minister.txt", Title: "Minister",
		Entities: []schema.Entity{
			{Name: "Anna Berg", Type: schema.Person, Mentions: []int{0, 1, 2, 3}},
			{Name: "Norway", Type: schema.GPE, Mentions: []int{0, 1, 2, 3}},
		},
	}
	for i, text := range []string{"Foreign Minister Anna Berg spoke.", "Anna Berg works for Norway.",
		"Anna Berg serves Norway.", "Anna Berg still works for Norway."} {
		doc.Sentences = append(doc.Sentences, schema.Sentence{Text: text})
		phrase := "works for"
		if i == 0 {
			phrase = ""
		}
		doc.Facts = append(doc.Facts, schema.Fact{
			Extraction: schema.Extraction{Relation: phrase, Lemma: "work_for", Confidence: 0.8,
				Subject: schema.Argument{Text: "Anna Berg"}, Object: schema.Argument{Text: "Norway"}},
			Sentence: i, SubjectEntity: "Anna Berg", ObjectEntity: "Norway",
		})
	}
	db := loadDB(t, doc)
	out := mustKG(t, append([]string{"path", "Anna Berg", "Norway", "--sentences", "2"}, db...)...)
	want := `path 1 (1 hop): Anna Berg -work_for-> Norway
  Anna Berg -work_for-> Norway
      "Foreign Minister Anna Berg spoke."  [minister.txt]
      "Anna Berg works for Norway."  [minister.txt, works for]
      (2 more: --sentences 0, or kg sources "Anna Berg" "Norway")
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg path --sentences 2 mismatch (-want +got):\n%s", diff)
	}
	if all := mustKG(t, append([]string{"path", "Anna Berg", "Norway", "--sentences", "0"}, db...)...); strings.Count(all, "minister.txt") != 4 || strings.Contains(all, "more:") {
		t.Errorf("kg path --sentences 0 does not list the 4 sentences alone:\n%s", all)
	}
	if code, _, errs := kg(t, "", append([]string{"path", "Anna Berg", "Norway", "--sentences", "-1"}, db...)...); code != exitError || !strings.Contains(errs, "--sentences") {
		t.Errorf("kg path --sentences -1: exit %d, stderr %q; want exit 1 naming the flag", code, errs)
	}
}

func TestPathRejectsZeroBounds(t *testing.T) {
	for _, args := range [][]string{{"--max-hops", "0"}, {"-k", "0"}, {"--max-hops", "-2"}} {
		code, _, errs := kg(t, "", append([]string{"path", "A", "B"}, args...)...)
		if code != exitError || !strings.Contains(errs, "at least 1") {
			t.Errorf("kg path %v: exit %d, stderr %q; want exit 1 naming the bound", args, code, errs)
		}
	}
}
