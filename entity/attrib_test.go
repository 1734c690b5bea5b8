package entity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/entity"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
	"github.com/kg-project/kg/schema"
)

// TestSourcesAndMembers resolves reported facts' source chains to entities
// (by the words in the sentence, so "Japanese news agency Kyodo" is
// Kyodo), passes the chain on to what the reported fact implies, and
// keeps an "including" list's links to a group that is no actor.
func TestSourcesAndMembers(t *testing.T) {
	a, err := nlp.New()
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := entity.New(entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "According to Japanese news agency Kyodo, citing Ukrainian intelligence sources, Kim Jong Bok met Vladimir Putin in Moscow. " +
		"Western intelligence agencies, including those from the United States and Poland, have corroborated these findings."
	sents := a.Split(text)
	xs := make([][]schema.Extraction, len(sents))
	for i, s := range sents {
		xs[i] = x.Sentence(s)
	}
	_, facts := r.Resolve(sents, xs)
	var got []string
	for _, f := range facts {
		if f.SubjectEntity == "" || f.Background {
			continue
		}
		obj := f.ObjectEntity
		if obj == "" {
			obj = fmt.Sprintf("%q", f.Object.Text)
		}
		line := fmt.Sprintf("%s -%s-> %s", f.SubjectEntity, f.Lemma, obj)
		if f.Attribution != "" {
			line += fmt.Sprintf(" by %s %q", f.Attribution, f.SourceEntities)
		}
		got = append(got, line)
	}
	want := []string{
		`Kyodo -cite-> "Ukrainian intelligence sources"`,
		`Kim Jong Bok -meet-> Vladimir Putin by Kyodo ["Kyodo" ""]`,
		`United States -corroborate-> findings`,
		`Poland -corroborate-> findings`,
		`United States -member_of-> "Western intelligence agencies"`,
		`Poland -member_of-> "Western intelligence agencies"`,
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g == w
		}
		if !found {
			t.Errorf("no fact %s among:\n%s", w, strings.Join(got, "\n"))
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "Kim Jong Bok -locate_in-> Moscow") {
			t.Errorf("fact %s: where a meeting took place places no one who met", g)
		}
	}
	if t.Failed() {
		return
	}
	conf := map[string]float64{}
	for _, f := range facts {
		if f.Lemma == "corroborate" {
			conf[f.Subject.Text] = f.Confidence
		}
	}
	if m, g := conf["the United States"], conf["Western intelligence agencies"]; m == 0 || m >= g {
		t.Errorf("member's confidence %.3f not below the group's %.3f", conf["the United States"], conf["Western intelligence agencies"])
	}
}
