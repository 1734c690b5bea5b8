package extract_test

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/nlp"
)

// TestDashedAsideSubject checks that the subject of the main clause is the
// noun phrase before an aside set off by dashes, whatever opens the aside:
// "and", "but not", an adverb, "along with", an apposition or a relative
// clause, written with em or en dashes.
func TestDashedAsideSubject(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Tom Wu — and his wife Ann Lee — visited Oslo on Monday.", "Tom Wu", "visited", "Oslo", "an aside opened by and"},
		{"Tom Wu — but not Ann Lee — visited Oslo on Monday.", "Tom Wu", "visited", "Oslo", "an aside opened by but"},
		{"Tom Wu — then a banker — met Ann Lee on Monday.", "Tom Wu", "met", "Ann Lee", "an apposition after an adverb"},
		{"Tom Wu – and two aides – visited Oslo on Monday.", "Tom Wu", "visited", "Oslo", "en dashes"},
		{"Tom Wu -- and his wife Ann Lee -- visited Oslo on Monday.", "Tom Wu", "visited", "Oslo", "double hyphens"},
		{"The Norland Army — a large force — entered Tell Varo on Monday.", "The Norland Army", "entered", "Tell Varo", "an apposition"},
		{"Tom Wu — along with two aides — visited Oslo on Monday.", "Tom Wu", "visited", "Oslo", "along with"},
		{"The Varo Court (VC) — the highest in Norland — ruled against Acme.", "The Varo Court (VC)", "ruled against", "Acme", "a preposition after the verb"},
	})
}

// TestHyphenAside checks that in prose a pair of hyphens set off by
// spaces sets off an aside as dashes do, and that hyphens spaced out in a
// compound ("the six - member team") do not.
func TestHyphenAside(t *testing.T) {
	a, x := setup(t)
	checkClauses(t, a, x, []clauseCase{
		{"Tom Wu - whose father led Halvik - met Ann Lee on Monday.", "Tom Wu", "met", "Ann Lee", "a relative clause"},
		{"Tom Wu - a former banker - met Ann Lee on Monday.", "Tom Wu", "met", "Ann Lee", "an apposition"},
		{"The Norland Army - a large force - entered Tell Varo on Monday.", "The Norland Army", "entered", "Tell Varo", "an apposition before a participle"},
		{"Tom Wu - and his wife Ann Lee - visited Oslo on Monday.", "Tom Wu", "visited", "Oslo", "an aside opened by and"},
	})
	// Compounds: no aside, so no clause of the words between.
	text := "Tom Wu visited the income - tax office and the Halvik - owned ship."
	for _, e := range x.Sentence(a.Tag(text)) {
		if e.Subject.Text != "Tom Wu" {
			t.Errorf("Sentence(%q): %q | %q | %q", text, e.Subject.Text, e.Relation, e.Object.Text)
		}
	}
}

// TestDashApposition checks that a noun phrase set off by dashes after a
// name is an apposition, as one set off by commas is, up to a closing dash
// or the end of the sentence.
func TestDashApposition(t *testing.T) {
	a, x := setup(t)
	for _, tc := range []struct{ text, subj, obj, why string }{
		{"Ann Lee — the mayor of Varo — met Kari Dahl on Monday.", "Ann Lee", "the mayor of Varo", "before the verb"},
		{"Acme hired Tom Wu — a former Halvik executive — in 2019.", "Tom Wu", "a former Halvik executive", "after the object"},
		{"Acme hired Tom Wu – a former Halvik executive.", "Tom Wu", "a former Halvik executive", "at the sentence's end"},
		{"Acme hired Tom Wu - a former Halvik executive - in 2019.", "Tom Wu", "a former Halvik executive", "spaced hyphens"},
		{"Acme hired Tom Wu -- a former Halvik executive -- in 2019.", "Tom Wu", "a former Halvik executive", "double hyphens"},
	} {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				if e.Subject.Text == tc.subj && e.Relation == "is" && e.Object.Text == tc.obj {
					return
				}
				got = append(got, e.Subject.Text+" | "+e.Relation+" | "+e.Object.Text)
			}
			t.Errorf("Sentence(%q) = %q, want %s | is | %s", tc.text, got, tc.subj, tc.obj)
		})
	}
}

// A clauseCase is a sentence and the clause it must give: its subject,
// relation and object as written, and why.
type clauseCase struct{ text, subj, rel, obj, why string }

// checkClauses checks that each case's sentence gives its clause.
func checkClauses(t *testing.T, a *nlp.Analyzer, x *extract.Extractor, cases []clauseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.why, func(t *testing.T) {
			var got []string
			for _, e := range x.Sentence(a.Tag(tc.text)) {
				if e.Subject.Text == tc.subj && e.Relation == tc.rel && e.Object.Text == tc.obj {
					return
				}
				got = append(got, e.Subject.Text+" | "+e.Relation+" | "+e.Object.Text)
			}
			t.Errorf("Sentence(%q) = %q, want %s | %s | %s", tc.text, got, tc.subj, tc.rel, tc.obj)
		})
	}
}
