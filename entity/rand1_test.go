package entity

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSurvivors covers an obituary's list of survivors, whose family nouns
// name the dead person's kin ("is survived by wife Maren and two daughters,
// Sigrid and Tove"), on invented sentences.
func TestSurvivors(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Painter dies\n\nRolf Ekdal, a painter, died on Monday in Bergen. Ekdal is survived by wife Maren and two daughters, Sigrid and Tove Ekdal.",
			[]string{"Rolf Ekdal -married_to-> Maren", "Rolf Ekdal -parent_of-> Sigrid", "Rolf Ekdal -parent_of-> Tove Ekdal"}, nil,
			"a family noun with no possessive is the dead person's kin, and so is each name of its list"},
		{"Singer dies\n\nHana Pirk died at home. She is survived by her second husband Karl Pirk, their two sons Otto and Emil, and four grandchildren.",
			[]string{"Hana Pirk -parent_of-> Otto", "Hana Pirk -parent_of-> Emil"}, nil,
			"'their sons' after the spouse are the dead person's sons too"},
		{"Actor dies\n\nVera Lind is survived by three sons with Paul Nord, Jan and Per.",
			nil, []string{"Vera Lind -parent_of-> Paul Nord"},
			"a name after 'with' is no survivor of the family noun"},
		{"Actor dies\n\nVera Lind is survived by two daughters with Paul Nord, Anna and Greta, and by a son.",
			[]string{"Vera Lind -parent_of-> Anna", "Vera Lind -parent_of-> Greta", "Paul Nord -parent_of-> Anna", "Paul Nord -parent_of-> Greta"},
			[]string{"Vera Lind -parent_of-> Paul Nord"},
			"a name after 'with' and a comma is the children's other parent: the names after it are both parents' children"},
		{"Singer dies\n\nVera Lind had one child, record producer Jan Nord, with her first husband, musician Paul Nord. Ruth Kemp had two daughters, Anna Kemp and Greta Kemp, with Tom Wu. Mia Ho has a son, Joe Ho. Ben Stone had a brother, a teacher, and Eva Holm.",
			[]string{"Vera Lind -parent_of-> Jan Nord", "Ruth Kemp -parent_of-> Anna Kemp", "Ruth Kemp -parent_of-> Greta Kemp",
				"Tom Wu -parent_of-> Anna Kemp", "Tom Wu -parent_of-> Greta Kemp", "Mia Ho -parent_of-> Joe Ho", "Paul Nord -parent_of-> Jan Nord"},
			[]string{"Ben Stone -sibling_of-> Eva Holm", "Ruth Kemp -parent_of-> Tom Wu"},
			"a person who has or had a family noun, a comma and names (a description of their own before each) relates to each; a name after with (or with her husband,) is the children's other parent"},
		{"Actor dies\n\nVera Lind is survived by two sons, Stanislaus and Olav, and by her daughter Mia Lind. Ruth Kemp had two sons, Per and Emil.",
			[]string{"Vera Lind -parent_of-> Stanislaus", "Vera Lind -parent_of-> Olav", "Vera Lind -parent_of-> Mia Lind",
				"Ruth Kemp -parent_of-> Per", "Ruth Kemp -parent_of-> Emil"},
			[]string{"Olav -parent_of-> Mia Lind", "Stanislaus -parent_of-> Mia Lind"},
			"a lone word on a family noun's list names a person of the noun's sex, whom a later 'her' does not mean"},
		{"Painter dies\n\nTom Wu and his wife Ann Lee had three children, including computer scientist and engineer Per Lee. In Bergen, Ola Berg and Kari Dahl had two daughters, Mia Berg and Ida Berg.",
			[]string{"Tom Wu -parent_of-> Per Lee", "Ann Lee -parent_of-> Per Lee", "Ola Berg -parent_of-> Mia Berg",
				"Kari Dahl -parent_of-> Mia Berg", "Ola Berg -parent_of-> Ida Berg", "Kari Dahl -parent_of-> Ida Berg"},
			nil,
			"a couple who had children are both their parents; 'including' opens one of the children, and two descriptions may go before the name"},
		{"Singer dies\n\nAnn Lee was the mother of Per Lee and Ida Lee. Mia Berg, the daughter of Ola Berg and Kari Dahl, died. Eva Holm, the sister of Tom Holm, and Jan Nord attended. Liv Ek, the wife of Bo Ek, Jon Ek and Siv Ek met in Oslo.",
			[]string{"Ann Lee -parent_of-> Per Lee", "Ann Lee -parent_of-> Ida Lee", "Mia Berg -daughter_of-> Ola Berg",
				"Mia Berg -daughter_of-> Kari Dahl", "Eva Holm -sibling_of-> Tom Holm", "Liv Ek -married_to-> Bo Ek"},
			[]string{"Eva Holm -sibling_of-> Jan Nord", "Liv Ek -married_to-> Siv Ek", "Liv Ek -married_to-> Jon Ek"},
			"each name of a list after a family noun's 'of' is kin; a name after the comma that closes the apposition, or a list the sentence's verb follows, is not"},
	})
}

// TestListNotApposition covers a list of people, each with an of-phrase,
// after a person's name: the later items are no apposition of the first
// ("winger" in a surname is no member noun), on invented sentences.
func TestListNotApposition(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Forum held in Ohio\n\nQuestions came from Mara Vell of the Civic Voters League, historian Paul Odd, Lena Marsh of the National Union of Clerks, Dan Winger of the Lodi Tribune, and Jo Kim.",
			[]string{"Dan Winger -work_for-> Lodi Tribune"}, []string{"Paul Odd -member_of-> Lodi Tribune"},
			"a part that opens with a person's name is another item of the list"},
		{"Professor Ann Lee, Director of the Halvik Institute, and Chairman of the Lodi Council for Clean Water, said the rules were weak.",
			[]string{"Ann Lee -lead-> Lodi Council for Clean Water"}, nil,
			"a later part with role nouns stays the person's apposition"},
	})
}

// TestLivesIn covers a verb of living with a person as subject, which
// states where the person lives rather than where a body is located, on
// invented sentences.
func TestLivesIn(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Ola Berg now resides in Iraq.",
			[]string{"Ola Berg -live_in-> Iraq"}, []string{"Ola Berg -locate_in-> Iraq"},
			"a person resides where they live"},
		{"Tim Sand had lived in Utah for more than thirty years.",
			[]string{"Tim Sand -live_in-> Utah"}, nil,
			"a past perfect of living"},
		{"The Halvik Corporation is based in Oslo.",
			[]string{"Halvik Corporation -locate_in-> Oslo"}, nil,
			"a body is located, not living"},
	})
}

// TestCopulaSpeaker covers a Speaker named by a copula or an apposition
// ("Ann Dorr, the Speaker of the House,"), which heads the house as the
// title before a name does, on invented sentences.
func TestCopulaSpeaker(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"US government shutdown continues\n\nAnn Dorr, the Speaker of the House, said on Friday that the border was safe.",
			[]string{"Ann Dorr -lead-> United States House of Representatives"}, nil,
			"an apposition's Speaker of the House in a report about the US"},
		{"US government shutdown continues\n\nTom Reed, the Democratic Speaker of the House, announced the vote.",
			[]string{"Tom Reed -lead-> United States House of Representatives"}, []string{"Tom Reed -lead-> Democratic Speaker"},
			"a party's adjective before Speaker names no body"},
		{"US government shutdown continues\n\nAnn Dorr is the Speaker of the House.",
			[]string{"Ann Dorr -lead-> United States House of Representatives"}, nil,
			"a copula's Speaker"},
	})
}

// TestJusticeOfCourt covers a justice of a court in apposition, who sits
// on its bench as a judge does, on invented sentences.
func TestJusticeOfCourt(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Tom Vale, a former associate justice of the Supreme Court of Ohio, died yesterday.",
			[]string{"Tom Vale -work_for-> Supreme Court of Ohio"}, nil,
			"an associate justice serves the court"},
		{"Ann Lee, the chief justice of the High Court of Halvia, said the ruling stood.",
			[]string{"Ann Lee -lead-> High Court of Halvia"}, nil,
			"a chief justice heads it"},
		{"Ola Berg, the minister of justice, spoke to the Halvia Court of Appeal.",
			nil, []string{"Ola Berg -work_for-> Halvia Court of Appeal"},
			"justice of no court is no bench"},
	})
}

// TestPeopleGroups covers "groups" after a people's adjective, a group
// named by affiliation that the guide counts as an actor, on invented
// sentences.
func TestPeopleGroups(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Norway had been allied with Kurdish groups during the war.",
			[]string{"Norway -ally_of-> Kurdish groups"}, nil,
			"a people's groups are an actor"},
		{"Norway had been allied with Sunni groups during the war.",
			[]string{"Norway -ally_of-> Sunni groups"}, nil,
			"so are a faith's"},
	})
}

// TestNamedChair covers a named chair of four words before "of" ("Varley
// Early Career Professor of Chemistry"), an office and no one's name, on
// invented sentences.
func TestNamedChair(t *testing.T) {
	a, r := newTest(t, Options{})
	for _, c := range []struct {
		text, name string
		want       bool
		why        string
	}{
		{"Dahl is Penn State's Varley Early Career Professor of Chemistry.", "Varley Early Career Professor", true,
			"a four-word chair before 'of'"},
		{"Dahl is Oslo's Regius Professor of Greek.", "Regius Professor", true,
			"a two-word chair, as before"},
		{"Ann Lee Mary Professor of Oslo spoke.", "Ann Lee Mary Professor", false,
			"a name opened by a given name is a person's"},
	} {
		t.Run(c.why, func(t *testing.T) {
			s := a.Tag(c.text)
			n := len(strings.Fields(c.name))
			for k := 0; k+n <= len(s.Tokens); k++ {
				if joinText(s.Tokens[k:k+n]) != c.name {
					continue
				}
				if got := r.office(s.Tokens, k, k+n); got != c.want {
					t.Errorf("office(%q in %q) = %v, want %v", c.name, c.text, got, c.want)
				}
				return
			}
			t.Fatalf("%q not found in %q", c.name, c.text)
		})
	}
}

// TestChairField covers the field of a professorship after "of"
// ("Professor of Law"), no body the professor works for, on invented
// sentences.
func TestChairField(t *testing.T) {
	a, r := newTest(t, Options{})
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	runEdgeCases(t, a, x, r, []edgeCase{
		{"Marta Kovel, Professor of Law at Velmont University, spoke.",
			[]string{"Marta Kovel -work_for-> Velmont University"}, []string{"Marta Kovel -work_for-> Law"},
			"a professor's field is no body; the body after at employs"},
		{"Dario Fenn is Halvik University's Professor of Chemistry.",
			[]string{"Dario Fenn -work_for-> Halvik University"}, []string{"Dario Fenn -work_for-> Chemistry"},
			"nor is it after a possessive: the possessor employs the professor"},
		{"Lina Ort is Norland College's Bergen Early Career Professor of Marine Biology and an associate professor of organic chemistry and physical chemistry.",
			[]string{"Lina Ort -work_for-> Norland College"}, []string{"Lina Ort -work_for-> Marine Biology"},
			"a named chair with a field of two words, and a second post joined by and"},
		{"Ivar Dahl is a professor of Halvik University.",
			[]string{"Ivar Dahl -work_for-> Halvik University"}, nil,
			"a university's name after of is the body"},
	})
}
