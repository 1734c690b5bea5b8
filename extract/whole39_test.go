package extract_test

import "testing"

// TestPlaceRegionBeforeAndVerb: "in Ashford, Kent and studied ..." places
// the town in its region, as before a comma or a stop; a list of names
// and a named object (no preposition) still give no such fact.
func TestPlaceRegionBeforeAndVerb(t *testing.T) {
	a, x := setup(t)
	has := func(text, subj, obj string) bool {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Lemma == "be_in" && e.Subject.Text == subj && e.Object.Text == obj {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Mara Tolvan was born in Ashford, Kent and studied law at Brenton University.",
		"Mara Tolvan lived in Ashford, Kent and worked for Helix Corporation.",
	} {
		if !has(text, "Ashford", "Kent") {
			t.Errorf("Sentence(%q) has no (Ashford; is in; Kent)", text)
		}
	}
	for _, text := range []string{
		"Mara Tolvan praised Ashford, Kent and thanked Gregor Lamm.",
		"Mara Tolvan met Gregor Lamm, Ann Lee and visited Ashford.",
	} {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Lemma == "be_in" {
				t.Errorf("Sentence(%q) has (%s; %s; %s), want no place", text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
}

// TestJudgedActNotSubjects: the infinitive after the act noun that a verb
// of stance takes as object ("criticised the decision to expel ...") is
// no act of the verb's subject; a verb that hands its object on still
// does ("urged the council to expel ...").
func TestJudgedActNotSubjects(t *testing.T) {
	a, x := setup(t)
	for _, text := range []string{
		"Mara Tolvan criticised the decision to expel Gregor Lamm.",
		"Mara Tolvan welcomed the effort to rebuild Ashford.",
		"Mara Tolvan supported the move to expel Gregor Lamm.",
	} {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Subject.Text == "Mara Tolvan" && e.Lemma != "criticise" && e.Lemma != "welcome" && e.Lemma != "support" {
				t.Errorf("Sentence(%q) has (%s; %s; %s), want only the stance", text, e.Subject.Text, e.Relation, e.Object.Text)
			}
		}
	}
	text := "Mara Tolvan urged the council to expel Gregor Lamm."
	for _, e := range x.Sentence(a.Tag(text)) {
		if e.Subject.Text == "the council" && e.Lemma == "expel" {
			return
		}
	}
	t.Errorf("Sentence(%q) has no (the council; expel; Gregor Lamm)", text)
}

// TestPluralsListedAfterName: plural noun phrases listed after a name and
// a comma go on a list ("met Tom Wu, British officials and Danish
// envoys"); they are no apposition to the one person, as singular ones
// are ("Tom Wu, a general and a close confidant of the king").
func TestPluralsListedAfterName(t *testing.T) {
	a, x := setup(t)
	is := func(text, subj, obj string) bool {
		for _, e := range x.Sentence(a.Tag(text)) {
			if e.Lemma == "be" && e.Subject.Text == subj && e.Object.Text == obj {
				return true
			}
		}
		return false
	}
	if text := "They met Tom Wu, British officials and Danish envoys."; is(text, "Tom Wu", "Danish envoys") || is(text, "Tom Wu", "British officials") {
		t.Errorf("Sentence(%q) makes Tom Wu the officials or the envoys", text)
	}
	if text := "Tom Wu, a general and a close confidant of the king, died."; !is(text, "Tom Wu", "a general") {
		t.Errorf("Sentence(%q) has no (Tom Wu; is; a general)", text)
	}
}
