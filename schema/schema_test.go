package schema_test

import (
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/schema"
)

func TestSlug(t *testing.T) {
	cases := []struct {
		in, want, why string
	}{
		{"Kim Jong Bok", "Kim_Jong_Bok", "spaces become underscores, case is kept"},
		{"  Kim   Jong Bok ", "Kim_Jong_Bok", "runs of space collapse and ends are trimmed"},
		{"Korean People's Army", "Korean_People_s_Army", "apostrophes are not IRI-safe"},
		{"U.S.", "U.S", "dots are kept inside but trimmed at the ends"},
		{"Erdoğan", "Erdoğan", "letters outside ASCII are valid in IRIs"},
		{"<>{}", "_", "a name with no letters still yields a valid local part"},
		{"North-Korean", "North-Korean", "hyphens are kept"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := schema.Slug(c.in); got != c.want {
				t.Errorf("Slug(%q) = %q, want %q (%s)", c.in, got, c.want, c.why)
			}
		})
	}
}

func doc() schema.Document {
	return schema.Document{
		ID: "abc", Source: "a.txt", Title: "T",
		Sentences: []schema.Sentence{{Text: "Kim did not attack Seoul in May."}},
		Entities: []schema.Entity{
			{Name: "Kim", Type: schema.Person, Aliases: []string{"He"}, Mentions: []int{0}},
			{Name: "Seoul", Type: schema.GPE, Mentions: []int{0}},
		},
		Facts: []schema.Fact{{
			Extraction: schema.Extraction{
				Subject: schema.Argument{Text: "Kim"}, Relation: "did not attack", Lemma: "attack",
				Object: schema.Argument{Text: "Seoul"}, Negated: true, Confidence: 0.66666,
				Extra: []schema.Argument{{Text: "in May", Role: "time"}},
			},
			SubjectEntity: "Kim", ObjectEntity: "Seoul",
		}},
	}
}

func TestQuads(t *testing.T) {
	qs := schema.Quads(doc())
	label := schema.DocumentIRI("abc")
	has := func(s quad.Value, p quad.IRI, o quad.Value) bool {
		for _, q := range qs {
			if q.Subject == s && q.Predicate == p && q.Object == o {
				return true
			}
		}
		return false
	}
	for _, q := range qs {
		description := schema.IsEntityIRI(q.Subject) && (q.Predicate == schema.Name || q.Predicate == schema.Type)
		switch {
		case description && q.Label != nil:
			t.Errorf("entity description %v has label %v, want none (shared by all documents)", q, q.Label)
		case !description && q.Label != label:
			t.Errorf("quad %v has label %v, want %v", q, q.Label, label)
		}
	}
	kim, seoul := schema.EntityIRI("Kim"), schema.EntityIRI("Seoul")
	checks := []struct {
		s    quad.Value
		p    quad.IRI
		o    quad.Value
		want bool
		why  string
	}{
		{kim, schema.RelationIRI("not_attack"), seoul, true, "a negated fact gets the not_ predicate"},
		{kim, schema.RelationIRI("attack"), seoul, false, "a negated fact must not state the positive edge"},
		{kim, schema.Name, quad.String("Kim"), true, "entities carry their name"},
		{kim, schema.Type, schema.Person.IRI(), true, "entities carry their type"},
		{kim, schema.Alias, quad.String("He"), true, "aliases are kept"},
		{kim, schema.MentionedIn, schema.SentenceIRI("abc", 0), true, "mentions link to sentences"},
		{schema.SentenceIRI("abc", 0), schema.InDocument, label, true, "sentences know their document"},
	}
	for _, c := range checks {
		if got := has(c.s, c.p, c.o); got != c.want {
			t.Errorf("has(%v %v %v) = %v, want %v: %s", c.s, c.p, c.o, got, c.want, c.why)
		}
	}
	var fact quad.Value
	for _, q := range qs {
		if q.Predicate == schema.Time {
			fact = q.Subject
		}
	}
	if fact == nil {
		t.Fatal("no fact node carries the time argument")
	}
	if !has(fact, schema.Confidence, quad.Float(0.667)) {
		t.Errorf("fact %v: confidence not rounded to 0.667", fact)
	}
	if !has(fact, schema.InSentence, schema.SentenceIRI("abc", 0)) {
		t.Errorf("fact %v: no link to its sentence", fact)
	}
}

func TestQuadsDeterministicAndValid(t *testing.T) {
	a, b := schema.Quads(doc()), schema.Quads(doc())
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("Quads is not deterministic (-first +second):\n%s", diff)
	}
	var sb strings.Builder
	w := nquads.NewWriter(&sb)
	if _, err := w.WriteQuads(a); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r := nquads.NewReader(strings.NewReader(sb.String()), false)
	n := 0
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("read back quad %d: %v", n, err)
		}
		if !q.IsValid() {
			t.Errorf("invalid quad after round trip: %v", q)
		}
		n++
	}
	if n != len(a) {
		t.Errorf("N-Quads round trip read %d quads, want %d:\n%s", n, len(a), sb.String())
	}
}

func TestParseEntityType(t *testing.T) {
	for _, et := range schema.EntityTypes {
		got, ok := schema.ParseEntityType(strings.ToLower(string(et)))
		if !ok || got != et {
			t.Errorf("ParseEntityType(%q) = %q, %v", strings.ToLower(string(et)), got, ok)
		}
	}
	if _, ok := schema.ParseEntityType("dragon"); ok {
		t.Error(`ParseEntityType("dragon") = ok, want false`)
	}
}

func TestPortable(t *testing.T) {
	q := quad.Quad{Subject: quad.IRI("kg:fact/1"), Predicate: schema.Confidence, Object: quad.Float(0.5), Label: quad.IRI("kg:doc/1")}
	var sb strings.Builder
	w := nquads.NewWriter(&sb)
	if err := w.WriteQuad(schema.Portable(q)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if !strings.Contains(sb.String(), "<http://www.w3.org/2001/XMLSchema#double>") || strings.Contains(sb.String(), "<xsd:") {
		t.Errorf("Portable wrote %q, want the full xsd datatype IRI", sb.String())
	}
	got, err := nquads.NewReader(strings.NewReader(sb.String()), false).ReadQuad()
	if err != nil {
		t.Fatal(err)
	}
	if got.Object != quad.Float(0.5) {
		t.Errorf("read back %#v, want quad.Float(0.5)", got.Object)
	}
}

func TestPrefer(t *testing.T) {
	order := []schema.EntityType{schema.Organization, schema.GPE, schema.Location, schema.Group, schema.Person, schema.Concept, ""}
	for i, a := range order {
		for j, b := range order {
			want := a
			if j < i {
				want = b
			}
			if got := schema.Prefer(a, b); got != want {
				t.Errorf("Prefer(%q, %q) = %q, want %q", a, b, got, want)
			}
		}
	}
}
