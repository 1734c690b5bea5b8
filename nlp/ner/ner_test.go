package ner

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/nlp/cluster"
	"github.com/kg-project/kg/nlp/conllu"
)

// A sentence written for the test, annotated as GUM annotates entities.
const annotated = "" +
	"1\tU.S.\tU.S.\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-x-x-coref-Donald_Trump(2-place-new-x-x-x-coref-United_States)\n" +
	"2\tPresident\tPresident\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n" +
	"3\tDonald\tDonald\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n" +
	"4\tTrump\tTrump\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)\n" +
	"5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n" +
	"6\tYonhap\tYonhap\tPROPN\tNNP\t_\t3\tconj\t_\tEntity=(3-organization-new-x-x-x-sgl-Yonhap_News_Agency\n" +
	"7\tagency\tagency\tNOUN\tNN\t_\t0\troot\t_\tEntity=3)\n" +
	"8\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n" +
	"9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\tEntity=(4-organization-new-x-x-x-coref-United_States_Navy\n" +
	"10\tUnited\tUnited\tPROPN\tNNP\t_\t7\tnmod\t_\tEntity=(5-place-new-x-x-x-coref-United_States\n" +
	"11\tStates\tStates\tPROPN\tNNP\t_\t10\tflat\t_\tEntity=5)\n" +
	"12\tNavy\tNavy\tPROPN\tNNP\t_\t10\tflat\t_\tEntity=4)\n" +
	"13\tand\tand\tCCONJ\tCC\t_\t14\tcc\t_\t_\n" +
	"14\tthey\tthey\tPRON\tPRP\t_\t7\tconj\t_\tEntity=(6-person-giv-x-x-x-coref)\n" +
	"\n"

func TestGold(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(annotated))
	if err != nil {
		t.Fatal(err)
	}
	got := Gold(&sents[0])
	want := []Span{
		{3, 4, Person},         // "U.S." is cut off (another mention), "President" is a title
		{1, 1, Place},          // U.S.
		{6, 6, Organization},   // the name in "Yonhap agency", from its link
		{10, 12, Organization}, // the Navy keeps its country; "the" is no part of it
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Gold mismatch (-want +got):\n%s\n(United States inside United States Navy is dropped; 'they' is no name)", diff)
	}
}

// A linked person described by a common noun, with another entity's name
// inside the description, annotated as GUM annotates them.
const described = "" +
	"1\tDvorak\tDvorak\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-x-coref-Antonin_Dvorak)\n" +
	"2\tbecame\tbecome\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
	"3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(1-person-giv-x-x-x-coref-Antonin_Dvorak\n" +
	"4\tdirector\tdirector\tNOUN\tNN\t_\t2\txcomp\t_\t_\n" +
	"5\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n" +
	"6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(2-organization-new-x-x-x-sgl-Prague_Conservatory\n" +
	"7\tPrague\tPrague\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n" +
	"8\tConservatory\tConservatory\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=2)1)\n" +
	"9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n" +
	"\n"

// TestGoldDescribed checks that a name inside another mention held by a
// linked person's description is that mention's, not the person's.
func TestGoldDescribed(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(described))
	if err != nil {
		t.Fatal(err)
	}
	got := Gold(&sents[0])
	want := []Span{{1, 1, Person}, {7, 8, Organization}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Gold mismatch (-want +got):\n%s\n(\"the director of the Prague Conservatory\" names the school, not the director)", diff)
	}
}

func tiny() *Recognizer {
	s := func(text, tags string, spans ...Span) Sentence {
		return Sentence{Words: strings.Fields(text), Tags: strings.Fields(tags), Spans: spans}
	}
	return Train([]Sentence{
		s("Kim Jong Bok visited Moscow .", "NNP NNP NNP VBD NNP .", Span{1, 3, Person}, Span{5, 5, Place}),
		s("The Pentagon said Russia lied", "DT NNP VBD NNP VBD", Span{2, 2, Organization}, Span{4, 4, Place}),
	}, Options{Epochs: 5, Seed: 1})
}

func TestRecognize(t *testing.T) {
	r := tiny()
	for _, text := range []string{"", "Kim Jong Bok visited Moscow .", "the the the", "A B C D E F G H"} {
		words := strings.Fields(text)
		tags := make([]string, len(words))
		for i := range tags {
			tags[i] = "NNP"
		}
		last := 0
		for _, sp := range r.Recognize(words, tags) {
			if sp.Start <= last || sp.End < sp.Start || sp.End > len(words) {
				t.Errorf("Recognize(%q): span %+v overlaps or leaves the sentence", text, sp)
			}
			if sp.Type != Person && sp.Type != Organization && sp.Type != Place {
				t.Errorf("Recognize(%q): span %+v has an unknown type", text, sp)
			}
			last = sp.End
		}
	}
	got := r.Recognize(strings.Fields("Kim Jong Bok visited Moscow ."), strings.Fields("NNP NNP NNP VBD NNP ."))
	if want := []Span{{1, 3, Person}, {5, 5, Place}}; !cmp.Equal(got, want) {
		t.Errorf("Recognize(a training sentence) = %v, want %v", got, want)
	}
}

func TestWriteRead(t *testing.T) {
	r := tiny()
	var a, b bytes.Buffer
	if _, err := r.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	r2, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatalf("Read(WriteTo(r)): %v", err)
	}
	r2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("WriteTo(Read(WriteTo(r))) differs from WriteTo(r)")
	}
	if _, err := Read(strings.NewReader("kg-tagger\n....")); err == nil {
		t.Error("Read(a tagger) succeeded")
	}
}

// TestModels checks that a recogniser of several bagged seeds' mean weights is
// deterministic, records its models and still reads its training
// sentences.
func TestMembers(t *testing.T) {
	train := func() *Recognizer {
		return Train([]Sentence{
			{Doc: "a", Words: strings.Fields("Kim Jong Bok visited Moscow ."), Tags: strings.Fields("NNP NNP NNP VBD NNP ."), Spans: []Span{{1, 3, Person}, {5, 5, Place}}},
			{Doc: "b", Words: strings.Fields("The Pentagon said Russia lied"), Tags: strings.Fields("DT NNP VBD NNP VBD"), Spans: []Span{{2, 2, Organization}, {4, 4, Place}}},
		}, Options{Epochs: 5, Seed: 1, Members: 3, Bag: true})
	}
	r := train()
	if m := r.Meta(); m.Members != 3 || !m.Bag || m.Seed != 1 {
		t.Errorf("Meta: %d models, bagged %v, seed %d; want 3, true, 1", m.Members, m.Bag, m.Seed)
	}
	var a, b bytes.Buffer
	r.WriteTo(&a)
	train().WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings of the same sentences and options give different bytes")
	}
	got := r.Recognize(strings.Fields("Kim Jong Bok visited Moscow ."), strings.Fields("NNP NNP NNP VBD NNP ."))
	if want := []Span{{1, 3, Person}, {5, 5, Place}}; !cmp.Equal(got, want) {
		t.Errorf("Recognize(a training sentence) = %v, want %v", got, want)
	}
}

func TestScores(t *testing.T) {
	var sc Scores
	sc.Add([]Span{{1, 2, Person}, {4, 4, Place}}, []Span{{1, 2, Person}, {4, 4, Organization}, {6, 6, Place}})
	if p, r, f := sc.PRF(""); p != 1.0/3 || r != 0.5 || f != 0.4 {
		t.Errorf("PRF = %v %v %v, want 1/3, 1/2, 0.4", p, r, f)
	}
	if sc.Spans != 2 {
		t.Errorf("Spans = %d, want 2 (the place typed as an organisation has the right span)", sc.Spans)
	}
}

// fakeLexicon knows a few names and words, as kg's gazetteer would.
type fakeLexicon struct{}

func (fakeLexicon) Name(words []string) string {
	switch strings.Join(words, " ") {
	case "Moscow", "Kursk":
		return "GPE"
	case "Pentagon":
		return "Organization"
	case "Velkophone":
		return "Concept"
	}
	return ""
}

func (fakeLexicon) Word(w string) string {
	switch w {
	case "University", "College", "Journal", "Party", "Mills", "Museum":
		return "orghead"
	case "Tom":
		return "malename"
	case "Senator":
		return "title"
	}
	return ""
}

func TestNewSentenceLexicon(t *testing.T) {
	words := strings.Fields("Officials of Kursk University met in Moscow")
	s := newSentence(words, nil, fakeLexicon{}, nil, map[string]int{"officials": 1}, nil)
	if s.gaz[2] == 0 || s.gaz[6] == 0 || s.gaz[2] != s.gaz[6] {
		t.Errorf("gaz = %v, want one class for Kursk and Moscow (both GPE, one word)", s.gaz)
	}
	if s.gaz[3] != 0 || s.gaz[0] != 0 {
		t.Errorf("gaz = %v, want none for University and Officials", s.gaz)
	}
	if s.word[3] == s.word[2] {
		t.Errorf("word classes of University and Kursk are equal, want orghead apart")
	}
	if s.xStart[3] != 0 || s.xEnd[0] != 3 || s.xStart[4] != 4 {
		t.Errorf("extended runs start %v end %v, want Officials of Kursk University as one run", s.xStart, s.xEnd)
	}
	if s.seen[0] != 1 || s.seen[2] != 0 {
		t.Errorf("seen = %v, want the remembered type of officials only", s.seen)
	}
}

func TestAgree(t *testing.T) {
	tests := []struct {
		why   string
		words [][]string
		spans [][]Span
		want  [][]Span
	}{
		{
			"the majority type wins",
			[][]string{{"Norton", "ran"}, {"Norton", "won"}, {"Norton", "lost"}},
			[][]Span{{{1, 1, Person}}, {{1, 1, Place}}, {{1, 1, Person}}},
			[][]Span{{{1, 1, Person}}, {{1, 1, Person}}, {{1, 1, Person}}},
		},
		{
			"a surname counts the full name it ends",
			[][]string{{"Joshua", "Norton", "ran"}, {"Norton", "won"}, {"Norton", "lost"}},
			[][]Span{{{1, 2, Person}}, {{1, 1, Place}}, {{1, 1, Person}}},
			[][]Span{{{1, 2, Person}}, {{1, 1, Person}}, {{1, 1, Person}}},
		},
		{
			"the words beside one mention outweigh the guesses at two",
			[][]string{{"the", "union", "Karvell", "struck"}, {"Karvell", "said"}, {"Karvell", "won"}},
			[][]Span{{{3, 3, Person}}, {{1, 1, Person}}, {{1, 1, Person}}},
			[][]Span{{{3, 3, Organization}}, {{1, 1, Organization}}, {{1, 1, Organization}}},
		},
		{
			"the village of a name, a family's name",
			[][]string{{"the", "village", "of", "Banjor"}, {"Banjor", "is"}, {"the", "Pellam", "family"}, {"Pellam", "sold"}},
			[][]Span{{{4, 4, Person}}, {{1, 1, Person}}, {{2, 2, Place}}, {{1, 1, Place}}},
			[][]Span{{{4, 4, Place}}, {{1, 1, Place}}, {{2, 2, Person}}, {{1, 1, Person}}},
		},
		{
			"an academic citation names its author",
			[][]string{{"research", "(", "Porte", ",", "2012", ")"}, {"see", "Munafò", "et", "al.", ",", "2017"}},
			[][]Span{{{3, 3, Other}}, {{2, 2, Place}}},
			[][]Span{{{3, 3, Person}}, {{2, 2, Person}}},
		},
		{
			"an apposition's or a copula's noun says what a name is",
			[][]string{{"Karvo", ",", "a", "small", "company", "that", "sells", "tea"}, {"Velmor", "is", "the", "capital", "of", "Norland"}},
			[][]Span{{{1, 1, Person}}, {{1, 1, Person}, {6, 6, Place}}},
			[][]Span{{{1, 1, Organization}}, {{1, 1, Place}, {6, 6, Place}}},
		},
		{
			"a noun that a verb follows after a comma is a clause's subject, no apposition",
			[][]string{{"During", "World", "War", "II", ",", "the", "municipality", "grew"}},
			[][]Span{{{2, 4, Other}}},
			[][]Span{{{2, 4, Other}}},
		},
		{
			"most names of a list say what its other names are",
			[][]string{{"Terminal", "3", ":", "Delta", ",", "Frontier", ",", "Hawaiian", "and", "JetBlue"}},
			[][]Span{{{4, 4, Organization}, {6, 6, Person}, {8, 8, Organization}, {10, 10, Organization}}},
			[][]Span{{{4, 4, Organization}, {6, 6, Organization}, {8, 8, Organization}, {10, 10, Organization}}},
		},
		{
			"names joined by \"and\" alone are no list",
			[][]string{{"a", "quote", "from", "Diplock", "and", "Browning", "and", "War", "Office"}},
			[][]Span{{{4, 4, Person}, {6, 6, Organization}, {8, 9, Organization}}},
			[][]Span{{{4, 4, Person}, {6, 6, Organization}, {8, 9, Organization}}},
		},
		{
			"a list without a majority keeps its types",
			[][]string{{"Moran", ",", "Pyle", "and", "Leonia"}},
			[][]Span{{{1, 1, Person}, {3, 3, Organization}, {5, 5, Place}}},
			[][]Span{{{1, 1, Person}, {3, 3, Organization}, {5, 5, Place}}},
		},
		{
			"a tie keeps each type",
			[][]string{{"Harrow"}, {"Harrow"}},
			[][]Span{{{1, 1, Organization}}, {{1, 1, Place}}},
			[][]Span{{{1, 1, Organization}}, {{1, 1, Place}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			agree(tt.words, tt.spans, nil)
			if diff := cmp.Diff(tt.want, tt.spans); diff != "" {
				t.Errorf("agree mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAgreeSteps checks that the document's agreement marks the mentions
// whose type it changes, by the words beside a mention or by the others'
// types alone.
func TestAgreeSteps(t *testing.T) {
	words := [][]string{{"the", "union", "Karvell", "struck"}, {"Karvell", "said"}, {"Joshua", "Norton", "ran"}, {"Norton", "won"}, {"Norton", "lost"}}
	spans := [][]Span{{{3, 3, Person}}, {{1, 1, Person}}, {{1, 2, Person}}, {{1, 1, Place}}, {{1, 1, Person}}}
	steps := [][]Step{{ByModel}, {ByModel}, {ByModel}, {ByModel}, {ByModel}}
	agree(words, spans, steps)
	want := [][]Step{{ByCue}, {ByCue}, {ByModel}, {ByVote}, {ByModel}}
	if diff := cmp.Diff(want, steps); diff != "" {
		t.Errorf("agree's steps mismatch (-want +got):\n%s\n(the union's name by the cue, Norton by the vote)", diff)
	}
}

// TestConfusion checks that a Confusion counts the mentions found with a
// gold span by gold type, type found and step, and nothing else.
func TestConfusion(t *testing.T) {
	var c Confusion
	gold := []Span{{1, 2, Person}, {4, 4, Place}, {6, 6, Organization}, {8, 9, Other}}
	c.Add(gold, []Span{{1, 2, Person}, {4, 4, Person}, {6, 6, Place}, {8, 9, Person}, {11, 11, Place}}, []Step{ByModel, ByVote, ByLexicon, ByModel, ByModel})
	c.Add(gold[:1], []Span{{1, 2, Person}}, []Step{ByCue})
	want := "person > person 2 (model 1, cue 1)\n" +
		"organization > place 1 (lexicon 1)\n" +
		"place > person 1 (vote 1)\n" +
		"other > person 1 (model 1)"
	if got := c.String(); got != want {
		t.Errorf("Confusion = %q, want %q (a span no gold mention has is left out)", got, want)
	}
}

func TestRecognizeDoc(t *testing.T) {
	s := func(doc, text, tags string, spans ...Span) Sentence {
		return Sentence{Doc: doc, Words: strings.Fields(text), Tags: strings.Fields(tags), Spans: spans}
	}
	r := Train([]Sentence{
		s("a", "Kim Jong Bok visited Moscow .", "NNP NNP NNP VBD NNP .", Span{1, 3, Person}, Span{5, 5, Place}),
		s("a", "Bok left .", "NNP VBD .", Span{1, 1, Person}),
		s("b", "The Pentagon said Russia lied", "DT NNP VBD NNP VBD", Span{2, 2, Organization}, Span{4, 4, Place}),
	}, Options{Epochs: 5, Seed: 1, Lexicon: fakeLexicon{}})
	words := [][]string{strings.Fields("Kim Jong Bok visited Moscow ."), strings.Fields("Bok left .")}
	tags := [][]string{strings.Fields("NNP NNP NNP VBD NNP ."), strings.Fields("NNP VBD .")}
	got := r.RecognizeDoc(fakeLexicon{}, words, tags)
	want := [][]Span{{{1, 3, Person}, {5, 5, Place}}, {{1, 1, Person}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RecognizeDoc(a training document) mismatch (-want +got):\n%s", diff)
	}
	if got := r.RecognizeDoc(nil, nil, nil); len(got) != 0 {
		t.Errorf("RecognizeDoc(no sentences) = %v, want none", got)
	}
	gotSteps, steps := r.RecognizeDocSteps(fakeLexicon{}, words, tags)
	if diff := cmp.Diff(want, gotSteps); diff != "" {
		t.Errorf("RecognizeDocSteps(a training document) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]Step{{ByModel, ByModel}, {ByModel}}, steps); diff != "" {
		t.Errorf("RecognizeDocSteps(a training document) steps mismatch (-want +got):\n%s", diff)
	}
}

func TestGoldAll(t *testing.T) {
	const text = "" +
		"1\tFans\tfan\tNOUN\tNNS\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-x-sgl)\n" +
		"2\twatched\twatch\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-event-new-x-x-x-sgl-FIFA_World_Cup\n" +
		"4\tWorld\tWorld\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n" +
		"5\tCup\tCup\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=2)\n" +
		"6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n" +
		"7\tBrazil\tBrazil\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(3-place-new-x-x-x-sgl-Brazil)\n" +
		"\n"
	sents, err := conllu.Read(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Span{{7, 7, Place}}, Gold(&sents[0])); diff != "" {
		t.Errorf("Gold mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Span{{4, 5, Other}, {7, 7, Place}}, GoldAll(&sents[0])); diff != "" {
		t.Errorf("GoldAll mismatch (-want +got):\n%s\n(the event's name is Other; the fans have no name)", diff)
	}
	var sc Scores
	sc.Add(GoldAll(&sents[0]), []Span{{4, 5, Other}, {7, 7, Place}})
	if p, r, _ := sc.PRF(""); p != 1 || r != 1 {
		t.Errorf("scores with Other names on both sides: P %v R %v, want 1 and 1 (Other is not scored)", p, r)
	}
}

func TestKnows(t *testing.T) {
	r := tiny()
	for w, want := range map[string]bool{"Moscow": true, "moscow": true, "Pentagon": true, "Zanzibar": false} {
		if got := r.Knows(w); got != want {
			t.Errorf("Knows(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestVocab(t *testing.T) {
	sents := []Sentence{
		{Doc: "a", Words: strings.Fields("Rain fell on Paris ."), Tags: strings.Fields("NN VBD IN NNP .")},
		{Doc: "a", Words: strings.Fields("The rain stopped ."), Tags: strings.Fields("DT NN VBD .")},
		{Doc: "b", Words: strings.Fields("Paris and Rome saw rain ."), Tags: strings.Fields("NNP CC NNP VBD NN .")},
	}
	r := Train(sents, Options{Epochs: 1, Seed: 1})
	// "rain": lower case in both documents, capitalised only first in a
	// sentence (not counted); "paris": capitalised after the first word
	// in document a only (first in b's sentence).
	want := map[string][2]int32{"rain": {2, 0}, "paris": {0, 1}, "rome": {0, 1}, "the": {0, 0}, "fell": {1, 0}}
	for w, c := range want {
		if got := r.meta.Vocab[w]; got != c {
			t.Errorf("Vocab[%q] = %v, want %v", w, got, c)
		}
	}
	s := newSentence(strings.Fields("Rain in Rome"), nil, nil, nil, map[string]int{}, r.voc)
	if got, want := s.freq, []uint64{2 << 8, 0, 1}; !cmp.Equal(got, want) {
		t.Errorf("freq buckets = %v, want %v", got, want)
	}
}

// TestExtra checks that sentences of other corpora are learnt but left
// out of the word counts, and that Repeat weights the main documents.
func TestExtra(t *testing.T) {
	main := []Sentence{
		{Doc: "a", Words: strings.Fields("Kim Jong Bok visited Moscow ."), Tags: strings.Fields("NNP NNP NNP VBD NNP ."), Spans: []Span{{1, 3, Person}, {5, 5, Place}}},
	}
	extra := []Sentence{
		{Doc: "x", Words: strings.Fields("Velkor Bank sued Tom Wu"), Tags: strings.Fields("NNP NNP VBD NNP NNP"), Spans: []Span{{1, 2, Organization}, {4, 5, Person}}},
	}
	r := Train(main, Options{Epochs: 5, Seed: 1, Extra: extra})
	if _, ok := r.meta.Vocab["velkor"]; ok {
		t.Error(`Vocab counts "velkor", a word of the extra sentences only`)
	}
	got := r.Recognize(extra[0].Words, extra[0].Tags)
	if want := extra[0].Spans; !cmp.Equal(got, want) {
		t.Errorf("Recognize(an extra training sentence) = %v, want %v", got, want)
	}
	var a, b, c bytes.Buffer
	Train(main, Options{Epochs: 5, Seed: 1}).WriteTo(&a)
	Train(main, Options{Epochs: 5, Seed: 1, Repeat: 1}).WriteTo(&b)
	Train(main, Options{Epochs: 5, Seed: 1, Repeat: 2}).WriteTo(&c)
	if !bytes.Equal(a.Bytes(), b.Bytes()) || bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("Repeat 1 should give the bytes of no Repeat, Repeat 2 others")
	}
}

// TestClusterAttributes checks the words' classes: words of one class share
// them, an unknown word has none, and a function word stands for itself.
func TestClusterAttributes(t *testing.T) {
	tab, err := cluster.Read(strings.NewReader("kg-clusters 1 2 2 3\nthe 1 1 1\nmoscow 2 2 3\nkiev 2 2 3\nvisited 1 1 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := newSentence(strings.Fields("Kiev visited the Moscow Zork"), strings.Fields("NNP VBD DT NNP NNP"), nil, tab, map[string]int{}, nil)
	for k := range s.cl {
		if s.cl[k][0] != s.cl[k][3] || s.cl[k][0] == 0 {
			t.Errorf("level %d: Kiev's class %d, Moscow's %d, want one class", k, s.cl[k][0], s.cl[k][3])
		}
		if s.cl[k][4] != 0 {
			t.Errorf("level %d: Zork's class %d, want 0 (unknown)", k, s.cl[k][4])
		}
		if s.cl[k][2] != s.lower[2] {
			t.Errorf("level %d: the's class %d, want the word itself", k, s.cl[k][2])
		}
	}
}

func TestEvaluateErrors(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(annotated))
	if err != nil {
		t.Fatal(err)
	}
	find := func(words [][]string) ([][]Span, error) {
		return [][]Span{{
			{3, 4, Person},       // right
			{1, 1, Organization}, // U.S., the wrong type: missed as a place, found as an organisation
			{14, 14, Person},     // "they": no name
			{7, 7, Other},        // not scored
		}}, nil
	}
	var got []string
	sc, err := EvaluateErrors(sents, find, func(e Error) {
		sign := "+"
		if e.Missed {
			sign = "-"
		}
		got = append(got, fmt.Sprintf("%s %d %s %s", sign, e.Sentence, e.Span.Type, e.Text()))
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"- 0 place U.S.",
		"- 0 organization Yonhap",
		"- 0 organization United States Navy",
		"+ 0 organization U.S.",
		"+ 0 person they",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EvaluateErrors reported (-want +got):\n%s", diff)
	}
	if p, r, _ := sc.PRF(""); p != 1.0/3 || r != 0.25 {
		t.Errorf("EvaluateErrors scored P %v R %v, want 1/3 and 1/4, as Evaluate does", p, r)
	}
}
