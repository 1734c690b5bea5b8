package entity

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A chainCase is a document of our own and the words of its chains'
// mentions, by chain name ([chainWords]).
type chainCase struct {
	name, text string
	want       map[string][]string
	why        string
}

// runChainCases checks the chains of each case's text.
func runChainCases(t *testing.T, tests []chainCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, chainWords(t, tt.text)); diff != "" {
				t.Errorf("chains of %q mismatch (-want +got):\n%s\n%s", tt.text, diff, tt.why)
			}
		})
	}
}

// TestChainsCoref18Family covers the families news names: a couple with
// their ages and "his wife", the plural of their surname, and their child
// restated by "the child", "the baby" and "her parents".
func TestChainsCoref18Family(t *testing.T) {
	tests := []chainCase{
		{"aged-couple",
			"Peter Lund, 51, and his wife Anna Lund, 47, were charged with fraud on Monday. They denied the charges.",
			map[string][]string{
				"Peter Lund and Anna Lund": {"Peter Lund , 51 , and his wife Anna Lund", "They"},
				"Peter Lund":               {"Peter Lund", "his"},
				"Anna Lund":                {"his wife", "Anna Lund"},
			},
			"an age in commas and \"his wife\" between the names still make a coordination that \"they\" takes up"},
		{"kin-coordination",
			"Ann Lee and her son Bo Lee were arrested in Oslo. They were released on bail.",
			map[string][]string{
				"Ann Lee and Bo Lee": {"Ann Lee and her son Bo Lee", "They"},
				"Ann Lee":            {"Ann Lee", "her"},
				"Bo Lee":             {"her son", "Bo Lee"},
				"Oslo":               {"Oslo"},
			},
			"a possessive and a kin noun between the names"},
		{"plural-surname",
			"Peter Lund and Anna Lund were charged with fraud. Later the Lunds appealed.",
			map[string][]string{
				"Peter Lund and Anna Lund": {"Lunds"},
				"Peter Lund":               {"Peter Lund"},
				"Anna Lund":                {"Anna Lund"},
			},
			"\"the\" and the plural of a surname two people share are the two of them"},
		{"the-child",
			"Peter Lund, 51, and his wife Anna Lund, 47, were charged over the death of their seven-month-old child, Mia. Peter Lund decided to treat his daughter himself. The child grew worse. Her parents refused to call a doctor.",
			map[string][]string{
				"Peter Lund and Anna Lund": {"Peter Lund , 51 , and his wife Anna Lund", "their", "Her parents"},
				"Peter Lund":               {"Peter Lund", "his", "Peter Lund", "his", "himself"},
				"Anna Lund":                {"his wife", "Anna Lund"},
				"Mia":                      {"Mia", "his daughter", "The child", "Her"},
			},
			"\"the child\" is the one child named; \"her parents\" the couple a pronoun took up"},
		{"the-son-of",
			"Tom Wu and his wife Ann Wu lost their son, Ivo, in 2019. The son of a farmer testified.",
			map[string][]string{
				"Tom Wu and Ann Wu": {"Tom Wu and his wife Ann Wu", "their"},
				"Tom Wu":            {"Tom Wu", "his"},
				"Ann Wu":            {"his wife", "Ann Wu"},
				"Ivo":               {"their son", "Ivo"},
			},
			"\"the son of\" someone is another son"},
	}
	runChainCases(t, tests)
}

// TestFactsCoref18Family: what "her parents" or "the Lunds" do, each of
// the couple does; a woman's parents are not a couple named for someone
// else.
func TestFactsCoref18Family(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Peter Lund, 51, and his wife Anna Lund, 47, moved to Oslo with their daughter, Mia. Mia fell ill in 2019. Her parents sued Halvik Hospital on Monday.",
			[]string{"Peter Lund -sue-> Halvik Hospital", "Anna Lund -sue-> Halvik Hospital"}, nil,
			"the child's parents are the couple"},
		{"Peter Lund and Anna Lund were charged on Monday. Later the Lunds sued Halvik Hospital.",
			[]string{"Peter Lund -sue-> Halvik Hospital", "Anna Lund -sue-> Halvik Hospital"}, nil,
			"the plural of their surname"},
		{"Peter Lund, 51, and his wife Anna Lund, 47, moved to Oslo with their daughter, Mia. Mia fell ill in 2019. Ann Lee said her parents sued Halvik Hospital.",
			nil, []string{"Peter Lund -sue-> Halvik Hospital"},
			"Ann Lee's parents are not the Lunds"},
	})
}

// TestFactsCoref18Team: "they" takes up a team, band or crew, bodies of a
// few people English names in the plural; a company stays "it".
func TestFactsCoref18Team(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Afghan team arrived in Oslo on Monday. They thanked Tom Wu for his help.",
			[]string{"Afghan team -thank-> Tom Wu"}, nil,
			"a team is \"they\""},
		{"Halvik Corp opened a plant in Oslo on Monday. They thanked Tom Wu for his help.",
			nil, []string{"Halvik Corp -thank-> Tom Wu"},
			"a company in the singular is not"},
	})
}

// TestChainsCoref18Acronym: a body's acronym written alone is the body,
// though a person's name holds the same capitals.
func TestChainsCoref18Acronym(t *testing.T) {
	runChainCases(t, []chainCase{{"acronym",
		"The Halvik Institute of Technology (HIT) opened on Monday. Professor HIT Lund praised it. Later HIT thanked Ann Lee.",
		map[string][]string{
			"Halvik Institute of Technology": {"Halvik Institute of Technology", "HIT", "HIT"},
			"HIT Lund":                       {"Professor HIT Lund"},
			"Ann Lee":                        {"Ann Lee"},
		},
		"the acronym of a body named before is the body"}})
}

// TestChainsCoref18Accents: a name spelt with and without its accents is
// one person, for Turkish, Czech and Arabic letters too.
func TestChainsCoref18Accents(t *testing.T) {
	tests := []struct{ name, text, person, plain string }{
		{"turkish", "President Mehmet Yılmazoğlu met Tom Wu on Monday. Later Mehmet Yilmazoglu said he would visit Oslo.",
			"Mehmet Yılmazoğlu", "Mehmet Yilmazoglu"},
		{"czech", "The composer Antonín Dvořák visited Oslo. In 1892 Antonin Dvorak moved to New York.",
			"Antonín Dvořák", "Antonin Dvorak"},
		{"arabic", "Architect Zaha Hadid was born in Baghdad. Zahā Ḥadīd moved to London in 1972.",
			"Zaha Hadid", "Zahā Ḥadīd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chainWords(t, tt.text)
			if !slices.Contains(got[tt.person], tt.plain) {
				t.Errorf("chains of %q = %q, want %q among the mentions of %s", tt.text, got, tt.plain, tt.person)
			}
		})
	}
}

// TestChainsCoref18As: the role a verb gives its subject by "as" and an
// indefinite phrase, a fronted "As a ...", and "has been a ..." are
// mentions of the person, as a copula's complement is.
func TestChainsCoref18As(t *testing.T) {
	tests := []chainCase{
		{"served-as",
			"Tom Wu moved to Oslo in 1990. Wu served as a military engineer in the army.",
			map[string][]string{"Tom Wu": {"Tom Wu", "Wu", "a military engineer"}, "Oslo": {"Oslo"}},
			"a verb and \"as\" right after the subject"},
		{"fronted-as",
			"Tom Wu was born in Oslo. As a student in Bergen, Wu wrote poems.",
			map[string][]string{"Tom Wu": {"Tom Wu", "a student", "Wu"}, "Oslo": {"Oslo"}, "Bergen": {"Bergen"}},
			"a fronted \"As a\" phrase before the subject"},
		{"bracket-comma",
			"Halden (Norwegian: Fredrikshald), is the main town of the region. It lies on the Iddefjord.",
			map[string][]string{"Halden": {"Halden", "the main town", "It"}, "Fredrikshald": {"Fredrikshald"}},
			"a bracket and a comma between a place's name and its copula; the place is the subject, so \"It\" takes it up"},
		{"opening-phrase-it",
			"Halden is the main town of the region. Founded in 1665, it has become a trading centre. At an elevation of 10 m, it lies on the Iddefjord.",
			map[string][]string{"Halden": {"Halden", "the main town", "it", "it"}},
			"\"it\" as the subject after a phrase that opens the sentence, and the next sentence's such \"it\" after it"},
		{"has-been",
			"Ann Lee has been a pioneer in the field of linguistics.",
			map[string][]string{"Ann Lee": {"Ann Lee", "a pioneer"}},
			"\"has been\" is a copula"},
		{"has-been-in",
			"Ann Lee has been in Oslo since 1990.",
			map[string][]string{"Ann Lee": {"Ann Lee"}, "Oslo": {"Oslo"}},
			"no indefinite phrase after it"},
		{"as-a-thing",
			"Tom Wu used the barn as a garage.",
			map[string][]string{"Tom Wu": {"Tom Wu"}},
			"an object between the verb and \"as\": the object's role, and no person"},
	}
	runChainCases(t, tests)
}

// TestChainsCoref18Surname: a surname alone is the person last named in
// full with it, in its sentence or the one before, when the person named
// most is not named in those sentences or the one before them; not a
// relative named after a kin noun, nor a possessive.
func TestChainsCoref18Surname(t *testing.T) {
	runChainCases(t, []chainCase{
		{"last-named",
			"Greta Holm died on Monday, her son Anders Vik announced. Anders Vik said she was a great mother. He praised her art. She loved painting. She was married to author Willem Vik. She later said her years with Vik made her happy.",
			map[string][]string{
				"Greta Holm": {"Greta Holm", "her", "she", "a great mother", "her", "She", "She", "She", "her", "her"},
				"Anders Vik": {"her son", "Anders Vik", "Anders Vik", "He"},
				"Willem Vik": {"author Willem Vik", "Vik"},
			},
			"the Vik named in the sentence before, not the one named more"},
		{"kin",
			"Ahmed Mohamed was arrested on Monday. Ahmed Mohamed was released. He went home. Reporters waited. His father, Mohamed El-Hassan Mohamed, spoke to reporters. Mohamed said he was happy.",
			map[string][]string{
				"Ahmed Mohamed":             {"Ahmed Mohamed", "Ahmed Mohamed", "He", "His", "Mohamed", "he"},
				"Mohamed El-Hassan Mohamed": {"His father", "Mohamed El-Hassan Mohamed"},
			},
			"a relative named after a kin noun is not the surname's person"},
		{"possessive",
			"Joe Biden met voters on Monday. Joe Biden spoke in Ohio. He left early. Reporters waited. An email from Hunter Biden's laptop was leaked. Trump attacked Biden.",
			map[string][]string{
				"Joe Biden":    {"Joe Biden", "Joe Biden", "He", "Biden"},
				"Hunter Biden": {"Hunter Biden"},
				"Ohio":         {"Ohio"},
				"Donald Trump": {"Trump"},
			},
			"a possessive name is no person the sentence is about"},
	})
}

// TestChainsCoref18OwnNation: a speech that addresses "my fellow
// citizens" names its people by the phrase and their state by "our
// nation" or "our country".
func TestChainsCoref18OwnNation(t *testing.T) {
	runChainCases(t, []chainCase{
		{"fellow-citizens",
			"Senator Hatfield, Mr. Chief Justice, and my fellow citizens: This is a solemn occasion for our nation. We are Americans. The United States is strong. Americans work hard. Our country will prosper.",
			map[string][]string{
				"Americans":     {"my fellow citizens", "our", "We", "Americans", "Americans", "Our"},
				"United States": {"our nation", "United States", "Our country"},
				"Hatfield":      {"Senator Hatfield"},
			},
			"the people addressed, and their state; \"Mr. Chief Justice\" ends no sentence, so the senator is a person of the address"},
	})
}

// TestChainsCoref18Caption: a caption or section title further on in a
// document, read as a headline, names the actors whose names of two
// words or more the text gave before.
func TestChainsCoref18Caption(t *testing.T) {
	runChainCases(t, []chainCase{
		{"caption",
			"Tom Wu met John FitzGibbon in Oslo in 1821.\n\nJohn FitzGibbon in Oslo\n\nWu left Oslo in 1822.",
			map[string][]string{
				"Tom Wu":          {"Tom Wu", "Wu"},
				"John FitzGibbon": {"John FitzGibbon", "John FitzGibbon"},
				"Oslo":            {"Oslo", "Oslo", "Oslo"},
			},
			"the caption's full name is the person named before"},
	})
}
