package entity

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/sharedtest"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

func newTest(t testing.TB, opts Options) (*nlp.Analyzer, *Resolver) {
	t.Helper()
	a, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return a, r
}

// ext builds an extraction of sentence text whose arguments are the first
// occurrences of subj, obj and each place.
func ext(t testing.TB, text, subj, lemma, obj string, places ...string) schema.Extraction {
	t.Helper()
	arg := func(s, role string) schema.Argument {
		if s == "" {
			return schema.Argument{}
		}
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, text)
		}
		return schema.Argument{Text: s, Start: i, End: i + len(s), Role: role}
	}
	x := schema.Extraction{Subject: arg(subj, ""), Relation: strings.ReplaceAll(lemma, "_", " "), Lemma: lemma,
		Object: arg(obj, ""), Confidence: 1}
	for _, p := range places {
		x.Extra = append(x.Extra, arg(p, "place"))
	}
	return x
}

// fact is the part of a fact the argument tests compare.
type fact struct {
	Sentence        int
	Subject, Lemma  string
	Object, Literal string
}

func TestResolveArguments(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "Kim Jong Bok, a high-ranking North Korean general, has traveled to Russia to oversee North Korean soldiers deployed in the conflict. " +
		"North Korea has dispatched approximately 3,000 soldiers to Russia. " +
		"Kim Jong Bok's arrival in Russia is a significant move. " +
		"North Korean troops have been positioned near the frontlines, specifically in Russia's Kursk region. " +
		"Ukrainian President Volodymyr Zelensky expressed concerns. " +
		"He warned that the deployment of these forces marks a first step towards world war. " +
		"Estonia will spend 3.4 percent of its economy on defence."
	sents := a.Split(text)
	if len(sents) != 7 {
		t.Fatalf("Split gave %d sentences, want 7", len(sents))
	}
	s := func(i int) string { return sents[i].Text }
	exts := [][]schema.Extraction{
		{ext(t, s(0), "Kim Jong Bok, a high-ranking North Korean general,", "travel_to", "Russia"),
			ext(t, s(0), "Kim Jong Bok", "oversee", "North Korean soldiers deployed in the conflict")},
		{ext(t, s(1), "North Korea", "dispatch", "approximately 3,000 soldiers")},
		{ext(t, s(2), "Kim Jong Bok's arrival in Russia", "be", "a significant move")},
		{ext(t, s(3), "North Korean troops", "position_near", "the frontlines", "in Russia's Kursk region")},
		{ext(t, s(4), "Ukrainian President Volodymyr Zelensky", "express", "concerns")},
		{ext(t, s(5), "He", "warn", "the deployment of these forces")},
		{ext(t, s(6), "Estonia", "spend", "3.4 percent of its economy")},
	}
	_, facts := r.Resolve(sents, exts)
	var got []fact
	conf := map[string]float64{}
	for _, f := range facts {
		if f.Lemma == schema.CapitalOf {
			continue
		}
		lit := ""
		if f.ObjectEntity == "" {
			lit = f.Object.Text
		}
		got = append(got, fact{f.Sentence, f.SubjectEntity, f.Lemma, f.ObjectEntity, lit})
		conf[f.SubjectEntity+" "+f.Lemma] = f.Confidence
	}
	want := []fact{
		{0, "Kim Jong Bok", "title", "", "General"},
		{0, "Kim Jong Bok", "member_of", "North Korea", ""},
		{0, "North Korean troops", "from", "North Korea", ""},
		{0, "Kim Jong Bok", "travel_to", "Russia", ""},
		{0, "Kim Jong Bok", "oversee", "North Korean troops", ""}, // a posting the trip takes him to (postingVerbs)
		{1, "North Korea", "dispatch", "North Korean troops", ""},
		{2, "Kim Jong Bok", "arrive_in", "Russia", ""},
		{2, "", "be", "", "a significant move"},
		{3, "Kursk", "locate_in", "Russia", ""},
		{3, "North Korean troops", "locate_near", "", "the frontlines"},
		{3, "North Korean troops", "locate_in", "Kursk", ""},
		{4, "Volodymyr Zelensky", "title", "", "President"},
		{4, "Volodymyr Zelensky", "lead", "Ukraine", ""},
		{4, "Volodymyr Zelensky", "express", "", "concerns"},
		{5, "Volodymyr Zelensky", "warn", "", "the deployment of these forces"},
		{6, "Estonia", "spend", "", "3.4 percent of its economy"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Resolve facts mismatch (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		key      string
		min, max float64
		why      string
	}{
		{"Kim Jong Bok oversee", 1, 1, "a name resolves with full confidence"},
		{"North Korea dispatch", 0.6, 0.8, "a bare group noun is a weaker reference"},
		{"Volodymyr Zelensky warn", 0.7, 0.9, "a pronoun lowers confidence"},
		{"Volodymyr Zelensky lead", 0.5, 0.7, "facts implied by titles are modest"},
	} {
		if got := conf[c.key]; got < c.min || got > c.max {
			t.Errorf("confidence of %s = %v, want in [%v, %v] (%s)", c.key, got, c.min, c.max, c.why)
		}
	}
}

func TestResolveOptions(t *testing.T) {
	text := "General Kim Jong Bok arrived in Kursk. Kim Jong Un praised the troops. Kim met officers there."
	tests := []struct {
		name string
		opts Options
		want string // entity that the last "Kim" resolves to
		why  string
	}{
		{"default", Options{}, "Kim Jong Un", "an ambiguous short name goes to the most recently mentioned person"},
		{"forbid", Options{Forbid: [][2]string{{"Kim", "Kim Jong Un"}}}, "Kim Jong Bok",
			"a forbidden pair is never merged, so the other Kim is chosen"},
		{"merge", Options{Merge: map[string]string{"kim": "Kim Jong Bok"}}, "Kim Jong Bok",
			"a forced alias wins over recency"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, r := newTest(t, tc.opts)
			sents := a.Split(text)
			d := r.resolveDoc(sents, nil)
			got := refersTo(sents, d, goldRef{sent: 2, word: "Kim", nth: 1})
			if got != tc.want {
				t.Errorf("Kim in %q resolved to %q, want %q (%s)", sents[2].Text, got, tc.want, tc.why)
			}
		})
	}
}

func TestResolveMergeCreates(t *testing.T) {
	a, r := newTest(t, Options{Merge: map[string]string{"Pyongyang": "North Korea"}})
	ents, _ := r.Resolve(a.Split("Pyongyang sent troops. North Korea denied it."), nil)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	if diff := cmp.Diff([]string{"North Korea"}, names); diff != "" {
		t.Errorf("forced merge of a capital into its country: entities mismatch (-want +got):\n%s", diff)
	}
}

func TestResolveLiterals(t *testing.T) {
	a, r := newTest(t, Options{})
	text := "NATO began a naval exercise on Monday with 40 warships. The alliance spent $40 million in March."
	ents, _ := r.Resolve(a.Split(text), nil)
	for _, e := range ents {
		for _, bad := range []string{"Monday", "March", "40", "$40 million"} {
			if strings.Contains(e.Name, bad) {
				t.Errorf("entity %q: dates, quantities and money must stay literals", e.Name)
			}
		}
	}
}

// TestSeedArticle checks the design example: exactly one node each for the
// article's main actors, with the right types.
func TestSeedArticle(t *testing.T) {
	path := sharedtest.Path(t, "corpus/seed-article.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, r := newTest(t, Options{})
	sents := a.Split(string(b))
	d := r.resolveDoc(sents, nil)
	ents, _ := d.output()
	want := map[string][]schema.EntityType{
		"Kim Jong Bok":       {schema.Person},
		"Kim Jong Un":        {schema.Person},
		"Volodymyr Zelensky": {schema.Person},
		"North Korea":        {schema.GPE},
		"Russia":             {schema.GPE},
		"Ukraine":            {schema.GPE},
		"NATO":               {schema.Organization},
		"Kursk":              {schema.GPE, schema.Location},
	}
	for name, types := range want {
		var hits []schema.Entity
		for _, e := range ents {
			if e.Name == name || hasFold(e.Aliases, name) || strings.EqualFold(e.Name, name) {
				hits = append(hits, e)
			}
		}
		// Short forms must not become nodes of their own either.
		last := name[strings.LastIndex(name, " ")+1:]
		for _, e := range ents {
			if e.Name == last && last != name {
				hits = append(hits, e)
			}
		}
		if len(hits) != 1 {
			t.Errorf("%s: %d entities %v, want exactly 1", name, len(hits), hits)
			continue
		}
		if hits[0].Name != name {
			t.Errorf("%s: canonical name %q", name, hits[0].Name)
		}
		found := false
		for _, ty := range types {
			found = found || hits[0].Type == ty
		}
		if !found {
			t.Errorf("%s: type %s, want one of %v", name, hits[0].Type, types)
		}
	}
	surfaces := map[string]bool{}
	for _, ms := range d.sents {
		for _, m := range ms {
			if m.ent != nil {
				surfaces[strings.ToLower(cleanName(m.surface))] = true
			}
		}
	}
	t.Logf("seed: %d distinct actor strings (names, short names, pronouns, descriptions) before resolution, %d entities after",
		len(surfaces), len(ents))
}

func TestNewConcurrent(t *testing.T) {
	a, r := newTest(t, Options{})
	sents := a.Split("Ukrainian President Volodymyr Zelensky met NATO officials in Kyiv. He thanked them.")
	want, _ := r.Resolve(sents, nil)
	done := make(chan []schema.Entity)
	for range 4 {
		go func() {
			got, _ := r.Resolve(sents, nil)
			done <- got
		}()
	}
	for range 4 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent Resolve differs (-want +got):\n%s", diff)
		}
	}
}

func TestSkipsNames(t *testing.T) {
	tests := []struct {
		long, short string
		want        bool
		why         string
	}{
		{"jens otto harry jespersen", "otto jespersen", true, "given names left out before and after"},
		{"karl olav holm", "karl holm", true, "a middle name left out"},
		{"george h. w. bush", "george w. bush", false, "a left-out initial is another person"},
		{"ann lee", "ann lee", false, "not longer"},
		{"ivar dahl", "dahl", false, "one word is no name to compare"},
		{"olav holm berg", "olav holm", false, "another last word"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := skipsNames(strings.Fields(tt.long), strings.Fields(tt.short)); got != tt.want {
				t.Errorf("skipsNames(%q, %q) = %v, want %v", tt.long, tt.short, got, tt.want)
			}
		})
	}
}

// TestFactEndsAreEntities checks, through the whole pipeline, that every
// entity a fact names is among the entities Resolve returns, with its
// type, even when no mention in the text names it: otherwise the store
// holds the fact's edge to a node with no name and no type, which no
// actor query finds.
func TestFactEndsAreEntities(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // an edge whose object no mention names
		why  string
	}{
		{"Norway raised taxes on Monday. Norway's economy grew by two percent. The plan was drafted by government economist Ann Lee.",
			"Ann Lee -work_for-> Norwegian government",
			"a description noun before a role names the government of the state the report is about, which no mention names"},
		{"Officials praised the Norway-Sweden talks on Monday.",
			"Norway -talk_with-> Sweden",
			"the states of a hyphenated pair before an event noun are no mentions of their own"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			_, ents, facts := pipelineResolve(a, x, r, tc.text)
			types := entityTypes(ents)
			found := false
			for _, f := range facts {
				found = found || fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, f.ObjectEntity) == tc.want
				for _, name := range []string{f.SubjectEntity, f.ObjectEntity} {
					if name != "" && types[name] == "" {
						t.Errorf("Resolve(%q): fact %s -%s-> %s names %q, which is no entity with a type (%s)",
							tc.text, f.SubjectEntity, f.Lemma, f.ObjectEntity, name, tc.why)
					}
				}
			}
			if !found {
				t.Errorf("Resolve(%q) has no fact %q (%s)", tc.text, tc.want, tc.why)
			}
		})
	}
}

// TestAliasesWritten checks that an entity's aliases are forms its name
// is written in: a title set off before the name by a comma ("A third
// president, Ivan Lund,") is none, while a comma inside a name stays.
func TestAliasesWritten(t *testing.T) {
	a, r := newTest(t, Options{})
	tests := []struct {
		text, name, want, not, why string
	}{
		{"A third president, Ivan Lund, resigned before the vote.", "Ivan Lund", "", "president, Ivan Lund",
			"an indefinite title in apposition"},
		{"Ann Lee flew to Washington, D.C. on Monday. Washington was cold.", "Washington D.C.", "Washington, D.C.", "",
			"a comma inside the name"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			ents, _ := r.Resolve(a.Split(tt.text), nil)
			i := slices.IndexFunc(ents, func(e schema.Entity) bool { return e.Name == tt.name })
			if i < 0 {
				t.Fatalf("Resolve(%q) has no entity %q (%s)", tt.text, tt.name, tt.why)
			}
			if tt.want != "" && !slices.Contains(ents[i].Aliases, tt.want) {
				t.Errorf("Resolve(%q): %s has aliases %q, want %q among them (%s)", tt.text, tt.name, ents[i].Aliases, tt.want, tt.why)
			}
			if tt.not != "" && slices.Contains(ents[i].Aliases, tt.not) {
				t.Errorf("Resolve(%q): %s has alias %q (%s)", tt.text, tt.name, tt.not, tt.why)
			}
		})
	}
}

// TestHonorificSurname checks which person a surname after an honorific
// joins inside one document (issue 12: "Mrs Howard" was merged into
// Michael Howard, and "Mr Howard" into Howard Flight), and that it joins
// the bearer of a Chinese or Korean name, written surname first.
func TestHonorificSurname(t *testing.T) {
	a, r := newTest(t, Options{})
	tests := []struct {
		text, alias, want, why string
	}{
		{"Mrs Holm gets key role\n\nPeter Holm's wife, Sandra, will campaign. Mrs Holm will make visits.", "Mrs Holm", "Holm",
			"a woman named by Mrs in a headline is not the man named in full after her"},
		{"Peter Holm sacked Holm Berg. Mr Berg was sorry. Mr Holm said the party was united.", "Mr Holm", "Peter Holm",
			"after an honorific the word is a surname, not another person's given name"},
		{"Peter Holm sacked Holm Berg. Mr Berg was sorry. Mr Holm said the party was united.", "Mr Berg", "Holm Berg",
			"a surname after an honorific joins its bearer"},
		{"Local businessman Kwon Yung-soo bought the hotel in 2001. Mr Kwon said he would restore it.", "Mr Kwon", "Kwon Yung-soo",
			"a Korean name is written surname first"},
		{"Former leader Ma Ying-jeou met Tom Wu. Mr Ma thanked the mayor.", "Mr Ma", "Ma Ying-jeou",
			"a Chinese name is written surname first"},
		{"The doctor Li Wenliang warned colleagues. Dr Li was reprimanded by the police.", "Dr Li", "Li Wenliang",
			"a given name of no English list after a Chinese surname"},
		{"Kim Smith sacked Tom Berg. Mr Berg was sorry. Mrs Kim said the club was united.", "Mrs Kim", "Kim",
			"an English given name opens no name written surname first"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			ents, _ := r.Resolve(a.Split(tt.text), nil)
			got := ""
			for _, e := range ents {
				if e.Name == tt.alias || slices.Contains(e.Aliases, tt.alias) {
					got = e.Name
				}
			}
			if got != tt.want {
				t.Errorf("Resolve(%q): %q is in entity %q, want %q (%s)", tt.text, tt.alias, got, tt.want, tt.why)
			}
		})
	}
}
