package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/nlp/conllu"
	"github.com/kg-project/kg/nlp/ner"
	"github.com/kg-project/kg/nlp/udeval"
)

// A sentence written for this test, in CoNLL-U with a gold tree.
const ownTree = `# text = Russia sent troops to Kursk.
1	Russia	Russia	PROPN	NNP	_	2	nsubj	_	_
2	sent	send	VERB	VBD	_	0	root	_	_
3	troops	troop	NOUN	NNS	_	2	obj	_	_
4	to	to	ADP	IN	_	5	case	_	_
5	Kursk	Kursk	PROPN	NNP	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

`

// TestEvalCoNLLU checks that kg eval --conllu prints what udeval (and, for
// a file with entity annotations, ner) scores for kg's models, on a file of
// our own and, when present, on a GUM test document.
func TestEvalCoNLLU(t *testing.T) {
	files := []string{writeTemp(t, "own.conllu", ownTree)}
	if !testing.Short() {
		files = append(files, sharedtest.Path(t, "treebanks/gum/GUM_news_nasa.conllu"))
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sents, err := conllu.Read(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		an := analyses{}
		want, err := udeval.Evaluate(sents, an.prediction)
		if err != nil {
			t.Fatal(err)
		}
		wantOut := want.String() + "\n"
		if k, err := beamWidth(); err != nil {
			t.Fatal(err)
		} else if k > 1 {
			beam, err := udeval.Evaluate(sents, beamPrediction)
			if err != nil {
				t.Fatal(err)
			}
			wantOut += fmt.Sprintf(beamLine, k, beam)
		}
		if hasMentions(sents) {
			ms, err := ner.Evaluate(sents, an.mentions)
			if err != nil {
				t.Fatal(err)
			}
			wantOut += ms.String() + "\n"
			cs, err := evalCoref(sents, an)
			if err != nil {
				t.Fatal(err)
			}
			wantOut += cs.String() + "\n"
		}
		if got := mustKG(t, "eval", "--conllu", name); got != wantOut {
			t.Errorf("kg eval --conllu %s printed %q, want %q", name, got, wantOut)
		}
		out := mustKG(t, "eval", "--conllu", name, "--tokenize")
		if !strings.HasPrefix(out, "Tokens ") || !strings.Contains(out, " UAS ") {
			t.Errorf("kg eval --conllu %s --tokenize printed %q", name, out)
		}
	}
}

func TestEvalCoNLLUErrors(t *testing.T) {
	bad := writeTemp(t, "bad.conllu", "# text = x\n1\tx\tx\tX\tX\n")
	empty := writeTemp(t, "empty.conllu", "# just a comment\n")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"eval", "--conllu", bad}, "bad.conllu: line 2: 5 columns, want 10"},
		{[]string{"eval", "--conllu", empty}, "empty.conllu: no sentences"},
		{[]string{"eval", "--conllu", "/nonexistent.conllu"}, "/nonexistent.conllu: no such file"},
		{[]string{"eval", "--conllu", bad, "--gold", bad}, "none of the others can be"},
		{[]string{"eval", "--conllu", bad, "--tokenize", "--explain"}, "does not apply with --tokenize"},
	}
	for _, tt := range tests {
		code, _, stderr := kg(t, "", tt.args...)
		if code == 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("kg %s: exit %d, stderr %q; want an error containing %q", strings.Join(tt.args, " "), code, stderr, tt.want)
		}
	}
}

// wrongPlace annotates Moscow as a person, so that kg, which finds a
// place, both misses a gold mention and finds one that is not gold.
const wrongPlace = `# newdoc id = own
# sent_id = own-1
1	Tony	Tony	PROPN	NNP	_	3	nsubj	_	Entity=(1-person-new-x-x-x-coref-Tony_Blair
2	Blair	Blair	PROPN	NNP	_	1	flat	_	Entity=1)
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Moscow	Moscow	PROPN	NNP	_	3	obj	_	Entity=(2-person-new-x-x-x-sgl)
5	.	.	PUNCT	.	_	3	punct	_	_

`

// moscowErrors are the lines --explain prints for wrongPlace: the person
// "Moscow" of the gold missed, the place kg found instead.
var moscowErrors = []string{
	mentionErrorsHeader,
	`- own 1 person "Moscow" | Tony Blair visited Moscow .`,
	`+ own 1 place "Moscow" | Tony Blair visited Moscow .`,
}

// moscowTypes are the lines --explain prints for wrongPlace's types: Tony
// Blair's right, Moscow's wrong, both as the recogniser's weights read them.
var moscowTypes = []string{
	confusionHeader,
	"person > person 1 (model 1)",
	"person > place 1 (model 1)",
}

// TestEvalCoNLLUExplain checks that --explain lists, between the syntax
// scores and the mention scores, the named mentions that count against kg,
// after the mention scores the types of the mentions found with a gold
// span, and after the coreference scores the count of descriptions and
// of pronouns.
func TestEvalCoNLLUExplain(t *testing.T) {
	out := mustKG(t, "eval", "--conllu", writeTemp(t, "own.conllu", wrongPlace), "--explain")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 13 || !strings.HasPrefix(lines[0], "UPOS ") || !strings.HasPrefix(lines[5], "mentions P ") || !strings.HasPrefix(lines[9], "coreference ") ||
		!strings.HasPrefix(lines[10], "descriptions in named chains: the N 0 ") || lines[11] != "pronouns in named chains: linked 0 of 0 (0.000)" ||
		!strings.HasPrefix(lines[12], "pronouns not linked, by cause: ") {
		t.Fatalf("kg eval --conllu --explain printed %q, want the syntax scores (2 lines), the list, the mention scores, the types, the coreference, description and pronoun scores", out)
	}
	if diff := cmp.Diff(moscowErrors, lines[2:5]); diff != "" {
		t.Errorf("kg eval --conllu --explain listed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(moscowTypes, lines[6:9]); diff != "" {
		t.Errorf("kg eval --conllu --explain typed (-want +got):\n%s", diff)
	}
}

// TestEvalCoNLLUNER checks that --ner scores the named mentions against an
// IOB2 file's labels, matching sentences by sent_id or words, and lists
// the errors with --explain.
func TestEvalCoNLLUNER(t *testing.T) {
	tree := strings.ReplaceAll(wrongPlace, "Entity=(1-person-new-x-x-x-coref-Tony_Blair", "_")
	tree = strings.ReplaceAll(tree, "Entity=1)", "_")
	tree = strings.ReplaceAll(tree, "Entity=(2-person-new-x-x-x-sgl)", "_")
	labels := writeTemp(t, "own.iob2", "# newdoc id = other\n# sent_id = other-1\n"+
		"1\tTony\tB-PER\n2\tBlair\tI-PER\n3\tvisited\tO\n4\tMoscow\tB-PER\n5\t.\tO\n\n"+
		"# sent_id = other-2\n1\tNo\tO\n2\tmatch\tO\n\n")
	out := mustKG(t, "eval", "--conllu", writeTemp(t, "own.conllu", tree), "--ner", labels, "--explain")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[5], "mentions P 0.500 R 0.500 F1 0.500; person P 1.000 R 0.500") ||
		!strings.HasSuffix(lines[5], "; 1 of 1 sentences scored") {
		t.Fatalf("kg eval --conllu --ner --explain printed %q, want the syntax scores, the list and the mention scores of 1 sentence", out)
	}
	if diff := cmp.Diff(moscowErrors, lines[2:5]); diff != "" {
		t.Errorf("kg eval --conllu --ner --explain listed (-want +got):\n%s", diff)
	}
	code, _, stderr := kg(t, "", "eval", "--ner", labels, "--facts", labels, "--texts", t.TempDir())
	if code == 0 || !strings.Contains(stderr, "it needs --conllu") {
		t.Errorf("kg eval --ner without --conllu: exit %d, stderr %q", code, stderr)
	}
}
