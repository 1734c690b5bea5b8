package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLinks checks the paths Links reads between the spans it is given,
// each span written here as the words it covers, and the roles it reads
// through a noun (written "role: " and the noun's phrase).
func TestLinks(t *testing.T) {
	an, x := setupInternal(t)
	tests := []struct {
		sentence string
		spans    []string
		want     []string
		why      string
	}{
		{"Tom Wu met with Ann Lee in Oslo on Monday.", []string{"Tom Wu", "Ann Lee"},
			[]string{"Tom Wu -meet_with-> Ann Lee"}, "a with-phrase of the subject's verb"},
		{"Tom Wu was arrested by Swedish police on Monday.", []string{"Tom Wu", "Swedish police"},
			[]string{"Swedish police -arrest-> Tom Wu"}, "the agent of a passive acts on its subject"},
		{"Tom Wu did not speak with Ann Lee.", []string{"Tom Wu", "Ann Lee"},
			[]string{"Tom Wu -not speak_with-> Ann Lee"}, "negation is kept apart from the lemma"},
		{"Tom Wu told the Associated Press that the talks had failed.", []string{"Tom Wu", "Associated Press"},
			[]string{"Tom Wu -tell-> Associated Press"}, "an indirect object before a clause"},
		{"Norway and Sweden met with Denmark.", []string{"Norway", "Sweden", "Denmark"},
			[]string{"Norway -meet_with-> Denmark", "Sweden -meet_with-> Denmark"}, "a list of actors shares its first member's slot"},
		{"According to the Norwegian Police Service, Tom Wu was arrested by Swedish police.", []string{"Norwegian Police Service", "Tom Wu", "Swedish police"},
			[]string{"Swedish police -arrest-> Tom Wu"}, "a noun after a preposition is no subject"},
		{"Tom Wu, who met with Ann Lee on Monday, resigned.", []string{"Tom Wu", "Ann Lee"},
			[]string{"Tom Wu -meet_with-> Ann Lee"}, "a relative clause's subject is its noun"},
		{"Tom Wu, backed by Norway, spoke on Monday.", []string{"Tom Wu", "Norway"},
			[]string{"Norway -back-> Tom Wu"}, "a participle's agent acts on its noun"},
		{"Against Sweden in the final, Ann Lee scored her first goal.", []string{"Sweden", "Ann Lee"},
			nil, "a fronted phrase other than with sets the scene"},
		{"Tom Wu, I have just checked with Ann Lee and we can go ahead.", []string{"Tom Wu", "Ann Lee"},
			nil, "a name before the subject pronoun is addressed"},
		{`With "Ann Lee, I wanted to go for accuracy," Tom Wu said.`, []string{"Ann Lee", "Tom Wu"},
			nil, "a quotation mark opens the phrase"},
		{"Ann Lee posted the letter on Twitter.", []string{"Ann Lee", "Twitter"},
			nil, "on names a medium or a place, not a party"},
		{"Ann Lee attended the Democratic Party's Oslo convention.", []string{"Ann Lee", "Oslo"},
			nil, "a name before a noun modifies it"},
		{"Tom Wu, lead guitarist of Norwegian rock band Halvik, died on Tuesday.", []string{"Tom Wu", "Halvik"},
			[]string{"Tom Wu -role: lead guitarist of-> Halvik"}, "an apposition whose of-phrase names the body, past its description"},
		{"Ann Lee is a professor emeritus at Globex University in Oslo.", []string{"Ann Lee", "Globex University"},
			[]string{"Ann Lee -role: professor at-> Globex University"}, "a copula's predicate"},
		{"Ann Lee, a senior columnist from Velmora Broadcasting, said the team had lost.", []string{"Ann Lee", "Velmora Broadcasting"},
			[]string{"Ann Lee -role: senior columnist from-> Velmora Broadcasting"}, "a from-phrase"},
		{"Tom Wu was an adviser to Ann Lee.", []string{"Tom Wu", "Ann Lee"},
			[]string{"Tom Wu -role: adviser to-> Ann Lee"}, "the parser's apposition that has a preposition is the noun's phrase"},
		{"The king appointed Tom Wu foreign minister of Norway.", []string{"Tom Wu", "Norway"},
			[]string{"Tom Wu -role: foreign minister of-> Norway"}, "an active verb of office, its object's name and the office"},
		{"The king visited Tom Wu foreign minister of Norway.", []string{"Tom Wu", "Norway"},
			nil, "a verb of no office gives its object no office"},
		{"Ann Lee is not a professor at Globex University.", []string{"Ann Lee", "Globex University"},
			nil, "a negated copula states no role"},
		{"Ann Lee and Tom Wu, the director of Globex, spoke on Monday.", []string{"Ann Lee", "Tom Wu", "Globex"},
			nil, "an apposition after a list may be its last name's or all of theirs"},
		{"Ann Lee met the director of Globex on Monday.", []string{"Ann Lee", "Globex"},
			nil, "an object is no apposition"},
		{"The Halvik Party attacked Globex, with Ann Lee leading the protest.", []string{"Halvik Party", "Ann Lee"},
			nil, "a name after with that a gerund follows is an absolute clause's subject"},
		{"Halvik lawmakers attacked the inquiry, with Tom Wu of Ohio calling it a sham.", []string{"Halvik lawmakers", "Tom Wu", "Ohio"},
			nil, "an absolute clause past its name's place"},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for s := range an.Sentences(tc.sentence) {
				var spans [][2]int
				for _, w := range tc.spans {
					at := strings.Index(s.Text, w)
					sp := [2]int{-1, -1}
					for i, tok := range s.Tokens {
						if tok.Start == at {
							sp[0] = i
						}
						if tok.End == at+len(w) {
							sp[1] = i + 1
						}
					}
					spans = append(spans, sp)
				}
				for _, l := range x.Links(s, spans) {
					lemma := l.Lemma
					if lemma == "" {
						lemma = "role: " + l.Relation
					}
					if l.Negated {
						lemma = "not " + lemma
					}
					got = append(got, fmt.Sprintf("%s -%s-> %s", l.Subject.Text, lemma, l.Object.Text))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Links(%q) mismatch (-want +got):\n%s", tc.sentence, diff)
			}
		})
	}
}
