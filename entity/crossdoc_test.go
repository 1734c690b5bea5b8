package entity

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// TestCrossDocument resolves two documents with separate Resolve calls, as
// kg build does, and checks that an actor named differently in each gets
// the same canonical name, hence the same node IRI, or stays apart when the
// alias file forbids it.
func TestCrossDocument(t *testing.T) {
	tests := []struct {
		name       string
		aliases    string // alias file
		doc1, doc2 string
		surface    string // a name in doc2
		want       string // canonical name it must resolve to
		inDoc1     bool   // whether doc1 has an entity of that name
		why        string
	}{
		{
			name: "well-known surname",
			doc1: "Ukrainian President Volodymyr Zelensky met NATO officials in Kyiv.",
			doc2: "Zelensky said the talks had failed.", surface: "Zelensky",
			want: "Volodymyr Zelensky", inDoc1: true,
			why: "the surname of a well-known person resolves to the full name in a document that never gives it",
		},
		{
			name: "middle initial",
			doc1: "President George W Bush met NATO officials in Brussels.",
			doc2: "George Bush said the talks had failed.", surface: "George Bush",
			want: "George W. Bush", inDoc1: true,
			why: "a well-known person named without his middle initial in another document is one node with the full name",
		},
		{
			name: "surname of the son",
			doc1: "George Bush met NATO officials in Brussels.",
			doc2: "Bush said the talks had failed.", surface: "Bush",
			want: "George W. Bush", inDoc1: true,
			why: "a lone surname the gazetteer gives one well-known person joins the node of his full name",
		},
		{
			name: "father kept apart",
			doc1: "George W Bush met NATO officials in Brussels.",
			doc2: "George H. W. Bush said the talks had failed.", surface: "George H. W. Bush",
			want: "George H. W. Bush",
			why:  "two people who share a given name and a surname stay two nodes",
		},
		{
			name: "unknown surname",
			doc1: "Estonian Defence Minister Mart Tamm met NATO officials in Tallinn.",
			doc2: "Tamm said the talks had failed.", surface: "Tamm",
			want: "Tamm",
			why:  "without the gazetteer or an alias file a lone surname in another document stays its own node",
		},
		{
			name:    "merge",
			aliases: "# people\nMart Tamm = Tamm, Minister Tamm\n",
			doc1:    "Estonian Defence Minister Mart Tamm met NATO officials in Tallinn.",
			doc2:    "Tamm said the talks had failed.", surface: "Tamm",
			want: "Mart Tamm", inDoc1: true,
			why: "an alias file's NAME = ALIAS joins the surname in the second document to the full name of the first",
		},
		{
			name:    "forbid",
			aliases: "Volodymyr Zelensky != Zelensky\n",
			doc1:    "Ukrainian President Volodymyr Zelensky met NATO officials in Kyiv.",
			doc2:    "Zelensky said the talks had failed.", surface: "Zelensky",
			want: "Zelensky",
			why:  "an alias file's NAME != OTHER keeps the surname apart from the well-known person",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts, err := ParseAliases(strings.NewReader(tc.aliases))
			if err != nil {
				t.Fatal(err)
			}
			a, r := newTest(t, opts)
			ents1, _ := r.Resolve(a.Split(tc.doc1), nil)
			ents2, _ := r.Resolve(a.Split(tc.doc2), nil)
			var got *schema.Entity
			for i, e := range ents2 {
				if e.Name == tc.surface || hasFold(e.Aliases, tc.surface) {
					got = &ents2[i]
				}
			}
			if got == nil {
				t.Fatalf("no entity for %q in %v (%s)", tc.surface, ents2, tc.why)
			}
			if got.Name != tc.want || got.Type != schema.Person {
				t.Errorf("%q in doc 2 resolved to %s %q, want Person %q (%s)", tc.surface, got.Type, got.Name, tc.want, tc.why)
			}
			same := false
			for _, e := range ents1 {
				same = same || schema.EntityIRI(e.Name) == schema.EntityIRI(got.Name)
			}
			if same != tc.inDoc1 {
				t.Errorf("doc 2's %q shares a node with doc 1: %v, want %v (%s)", got.Name, same, tc.inDoc1, tc.why)
			}
		})
	}
}

// TestSelfLoops checks that no fact links an entity to itself.
func TestSelfLoops(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Russian officials called them illegal. " +
		"Russia defended itself. " +
		"The Russian Foreign Ministry said the ministry would respond."
	sents := a.Split(text)
	if len(sents) != 3 {
		t.Fatalf("Split gave %d sentences, want 3", len(sents))
	}
	s := func(i int) string { return sents[i].Text }
	exts := [][]schema.Extraction{
		{ext(t, s(0), "Russian officials", "call", "them")},
		{ext(t, s(1), "Russia", "defend", "itself")},
		{ext(t, s(2), "The Russian Foreign Ministry", "say", "the ministry")},
	}
	_, facts := r.Resolve(sents, exts)
	var got []fact
	for _, f := range facts {
		if f.SubjectEntity != "" && f.SubjectEntity == f.ObjectEntity {
			t.Errorf("self-loop %s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity)
		}
		if f.Lemma == schema.PartOf {
			continue
		}
		lit := ""
		if f.ObjectEntity == "" {
			lit = f.Object.Text
		}
		got = append(got, fact{f.Sentence, f.SubjectEntity, f.Lemma, f.ObjectEntity, lit})
	}
	want := []fact{
		// "them" never names the officials themselves, its clause's subject
		// (sameClause), and with no one else before it names no actor: a
		// pronoun is no object worth keeping as text, so the fact goes.
		{0, "Russian officials", "from", "Russia", ""},
		{1, "Russia", "defend", "", "itself"},
		{2, "Russian Foreign Ministry", "say", "", "the ministry"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts mismatch (-want +got):\n%s", diff)
	}
}

// TestSelfNamedObject checks that a fact whose object writes its own
// subject's name, a misreading of the subject, is not stored: shown as the
// name, its literal would read as an edge of the actor to itself.
func TestSelfNamedObject(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		keep string // an edge the sentence still gives
		why  string
	}{
		{"A third president, Ivan Lund, resigned before the vote.", "",
			"a description resolved to the name in apposition"},
		{"The judge presiding over the case, Tom Wu, said the plan had failed.", "",
			"an apposition read as the case's"},
		{"Ann Lee, formerly a professor at Halvik Law School, lost her seat in Utah.", "Ann Lee -work_for-> Halvik Law School",
			"a role noun taken for the body after it"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, facts := pipelineFacts(a, x, r, tt.text)
			for _, f := range facts {
				if f.SubjectEntity != "" && f.ObjectEntity == "" && strings.TrimSpace(f.Object.Text) == f.SubjectEntity {
					t.Errorf("Resolve(%q) stored %s -%s-> %q", tt.text, f.SubjectEntity, f.Lemma, f.Object.Text)
				}
			}
			if tt.keep != "" {
				checkEdges(t, edgeCase{text: tt.text, want: []string{tt.keep}, why: tt.why}, pipelineEdges(a, x, r, tt.text, false))
			}
		})
	}
}

// TestPronounState checks that "its" before a noun only states have goes
// to a state, not to the organisation named last.
func TestPronounState(t *testing.T) {
	tests := []struct {
		text string
		sent int
		want string
		why  string
	}{
		{"Estonian Defence Minister Mart Tamm met officials. Tamm said his country had asked NATO for ships near its coast.",
			1, "Estonia", "the country of the person in the sentence, not the alliance named last"},
		{"Romania asked NATO to patrol its coast.", 0, "Romania", "a state named in the sentence"},
		{"NATO said its members agreed.", 0, "NATO", "an ordinary noun keeps the ordinary rule"},
	}
	a, r := newTest(t, Options{})
	for _, tc := range tests {
		sents := a.Split(tc.text)
		d := r.resolveDoc(sents, nil)
		if got := refersTo(sents, d, goldRef{sent: tc.sent, word: "its", nth: 1}); got != tc.want {
			t.Errorf("its in %q resolved to %q, want %q (%s)", tc.text, got, tc.want, tc.why)
		}
	}
}
