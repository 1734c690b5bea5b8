package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/nlp/conllu"
)

func TestParseNERTags(t *testing.T) {
	sent := func(doc, id string, words ...string) conllu.Sentence {
		s := conllu.Sentence{Doc: doc, ID: id}
		for _, w := range words {
			s.Words = append(s.Words, conllu.Word{Form: w})
		}
		return s
	}
	train := []conllu.Sentence{
		sent("GUM_news_a", "GUM_news_a-1", "Ann", "left", "."),
		sent("en_ewt", "ewt-1", "Hi"),
		sent("GUM_news_a", "GUM_news_a-2", "She", "won"),
	}
	for _, tc := range []struct {
		name, text string
		want       [][]string
		wantErr    string
		why        string
	}{
		{
			name: "ok",
			text: "# kg-ner-tags: package nlp at X\nGUM_news_a-2\tPRP VBD\nGUM_news_a-1\tNNP VBD .\n",
			want: [][]string{{"NNP", "VBD", "."}, {"PRP", "VBD"}},
			why:  "GUM's sentences in the treebank's order, whatever the file's; EWT's have no tags",
		},
		{
			name:    "missing",
			text:    "# kg-ner-tags: package nlp\nGUM_news_a-1\tNNP VBD .\n",
			wantErr: "sentence GUM_news_a-2: 0 tags for 2 words",
			why:     "a sentence the file lacks is an error, not a sentence without tags",
		},
		{
			name:    "count",
			text:    "# kg-ner-tags: package nlp\nGUM_news_a-1\tNNP VBD\nGUM_news_a-2\tPRP VBD\n",
			wantErr: "sentence GUM_news_a-1: 2 tags for 3 words",
			why:     "a treebank whose words changed needs the file rewritten",
		},
		{
			name:    "header",
			text:    "GUM_news_a-1\tNNP VBD .\n",
			wantErr: "not a file of nlp/train/nertags",
			why:     "the first line names the source",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, source, err := parseNERTags(tc.text, train)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("parseNERTags: error %v, want %q (%s)", err, tc.wantErr, tc.why)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseNERTags mismatch (-want +got) (%s):\n%s", tc.why, diff)
			}
			if source != "package nlp at X" {
				t.Errorf("source = %q", source)
			}
		})
	}
}
