package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestThingTypes checks that names the words beside them call software, a
// body of the sky, a method or a species are no actors (issue 12: the top
// actors of a news corpus held "CentOS Linux" and a star as persons), and
// that the same words about people and bodies leave them actors.
func TestThingTypes(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Astronomers saw a planet forming around the host star AB Velmorae. AB Velmorae is young.", "AB Velmorae", schema.Person, "",
			"a star of the sky after host star"},
		{"The pop star Ann Lee sang in Oslo on Monday.", "Ann Lee", schema.Person, schema.Person, "a star alone is a person's word"},
		{"Tom Wu invented the original Velmo Board in 1990. He sold it to Ann Lee.", "Velmo Board", schema.Organization, "",
			"what an inventor invented is a thing"},
		{"Ann Lee, who patented Kestrel Vantor, praised Tom Wu.", "Kestrel Vantor", schema.Person, "", "a patented name too"},
		{"Astronomers studied the exoplanet Velmor Tarsi for a year.", "Velmor Tarsi", schema.Person, "", "a planet's noun before the name"},
		{"Scientists used the method Zorbin Profiling to date the bones.", "Zorbin Profiling", schema.Person, "", "a method's noun before the name"},
		{"Halvik said it would stop updating Zorvon Linux next year. Zorvon Linux users must move.", "Zorvon Linux", schema.Person, "",
			"a name ending in Linux names an operating system"},
		{"Kestrel Vantor 8 was released in May.", "Kestrel Vantor", schema.Person, "", "a release's number after the name"},
		{"Kestrel Vantor's source code is on the web.", "Kestrel Vantor", schema.Person, "", "the source code of a program"},
		{"Halvik was bought by Kestrel Vantor 7 or 8 years ago.", "Kestrel Vantor", schema.Person, schema.Person, "a count of years is no release"},
		{"Tom Wu said Kestrel Vantor 2-1 was the score.", "Kestrel Vantor", schema.Person, schema.Person, "a score is no release"},
		{"Hurricane Halvor strengthened to Category 5 on Sunday.", "Category", "", "", "a storm's category is a numbered label"},
		{`Two workers were part of a group called "Velmora Tarsik". Velmora was formed in 2004.`, "Velmora Tarsik", schema.Organization, schema.Organization,
			"a quoted name after a group's noun and called"},
		{`Two workers were part of a group called "Velmora Tarsik". Velmora was formed in 2004.`, "Velmora", "", "",
			"the body's first word alone is the body"},
		{"Astronomers used the Velmor Kestrel Telescopes in Chile to study the disk.", "Velmor Kestrel Telescopes", schema.Person, "",
			"a name closed by a craft's noun names the craft"},
		{"Astronomers used the Velmor Kestrel Telescopes in Chile to study the disk.", "Chile", schema.GPE, schema.GPE,
			"the place after the craft stays"},
		{"Ann Lee took a job at the Tarsik Institution of Oceanography. She was recalled to Tarsik in 1946.",
			"Tarsik Institution of Oceanography", schema.Organization, schema.Organization, "an institution's name goes on over of"},
		{"Ann Lee took a job at the Tarsik Institution of Oceanography. She was recalled to Tarsik in 1946.", "Oceanography", "", "",
			"the topic after of is no name of its own"},
		{"Ann Lee took a job at the Tarsik Institution of Oceanography. She was recalled to Tarsik in 1946.", "Tarsik", "", "",
			"the institution's first word alone is the institution"},
		{"On Friday Halvik Motor Company announced a recall. Halvik said the fault was small.", "Halvik Motor Company",
			schema.Organization, schema.Organization, "a company's name after a dated day, without the day"},
		{"On Friday Halvik Motor Company announced a recall. Halvik said the fault was small.", "Halvik", "", "",
			"the first word of a company's three-word name alone is the company"},
	})
}

// TestCommonWordCompanies checks that a large company named by a common
// word is an organisation wherever news writes it with a capital, and
// that a city's nickname holding the word is the city; and that a firm's
// name with a country's after it names the firm's branch.
func TestCommonWordCompanies(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Samsung sued Apple in California.", "Apple", schema.Organization, schema.Organization, "the object, mid-sentence"},
		{"Apple sued Samsung in California.", "Apple", schema.Organization, schema.Organization, "the subject opening the sentence"},
		{"Tourists flocked to the Big Apple in May.", "New York", schema.GPE, schema.GPE, "the city's nickname"},
		{"Tourists flocked to the Big Apple in May.", "Apple", "", "", "no company in the nickname"},
		{"Tom Wu sued Halvik Holdings USA in May.", "Halvik Holdings USA", schema.Organization, schema.Organization, "a firm's branch in a country"},
		{"Tom Wu sued Halvik Holdings USA in May.", "United States", "", "", "no country sued"},
		{"Halvik Holdings China sales fell in May.", "China", schema.GPE, schema.GPE, "a country before a noun stays the country"},
	})
}

func TestVersionNumber(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"8", true}, {"10.2", true}, {"3.11.4", true}, {"2019", false}, {"1.2.3.4", false}, {"8b", false}, {"", false},
	}
	for _, tt := range tests {
		if got := versionNumber(tt.w); got != tt.want {
			t.Errorf("versionNumber(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestSurnameOfPerson checks that a surname of two words that the
// recogniser read as a place's joins the person named in full before it.
func TestSurnameOfPerson(t *testing.T) {
	_, r := newTest(t, Options{})
	d := &docState{r: r, byKey: map[string]*docEntity{}}
	p := d.create("Gloria La Velma", &mention{kind: mName, name: "Gloria La Velma", typ: schema.Person})
	tests := []struct {
		m    *mention
		want *docEntity
		why  string
	}{
		{&mention{kind: mName, name: "La Velma", typ: schema.Location, guess: true, start: 0, end: 2}, p, "a place's reading of the surname"},
		{&mention{kind: mName, name: "La Velma", typ: schema.Organization, guess: true, start: 0, end: 2}, nil, "a band named after a family"},
		{&mention{kind: mName, name: "La Velma", typ: schema.Location, start: 0, end: 2}, nil, "a place the rules typed"},
		{&mention{kind: mName, name: "Costa Velma", typ: schema.Location, guess: true, start: 0, end: 2}, nil, "other words"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if got := d.surnameOfPerson(tt.m); got != tt.want {
				t.Errorf("surnameOfPerson(%q) = %v, want %v", tt.m.name, got, tt.want)
			}
		})
	}
}

// TestCompoundAndPluralAcronym checks that a lone word always written
// before the same noun, in the singular or the plural, is a modifier of a
// compound term, and that an acronym in the plural is a common noun.
func TestCompoundAndPluralAcronym(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Velmoric penguins nest in burrows. Female Velmoric penguins are lighter. Researchers in Velmoric studied a Velmoric penguin colony.",
			"Velmoric", "", "", "a word before penguin(s) three times, once after a preposition"},
		{"Tamm said the plan had failed. Tamm said he would resign. Tamm said he was sorry.", "Tamm", schema.Person, schema.Person,
			"a verb after a name each time is no compound"},
		{"The test cases included URLs of songs.", "URLs", "", "", "an acronym in the plural"},
		{"The FTU backed the strike on Monday.", "FTU", schema.Organization, schema.Organization, "an acronym in the singular"},
	})
}

// TestNewsBodies checks that a lone word that reports, and a name opened
// by National or International, are bodies, not persons.
func TestNewsBodies(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Velmorq reported three malls were damaged.", "Velmorq", "", schema.Organization, "a lone word that reports"},
		{"Tom Wu visited Oslo. Wu reported three malls were damaged.", "Tom Wu", schema.Person, schema.Person, "a person's surname that reports stays his"},
		{"The scientist told National Velmoran that the data were real.", "National Velmoran", schema.Person, schema.Organization,
			"no one's given name is National"},
	})
}

// TestThingShortForm checks that a lone word that ends a telescope's
// name before its kind's noun is the telescope's short form, no person.
func TestThingShortForm(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Will next year's Halvor Velmo Telescope change how we study comets? Velmo is ready to take on many of the questions you raised about icy moons.  Velmo has a slim chance to spot water, but only a few moons are near enough.",
			nil, []string{"Velmo", "Halvor Velmo"}, "the word before Telescope"},
		{"The agency's Halvor Velmo Space Telescope will launch next year. Astronomers say Velmo is poised to find new planets.", nil, []string{"Velmo", "Halvor Velmo"},
			"the word before Space Telescope"},
		{"Astronomers hope the agency's Halvor Velmo space telescope will find planets.", nil, []string{"Halvor Velmo"}, "a name before space telescope names the telescope"},
		{"Tom Velmo praised the Zorbin Telescope on Monday. Velmo said the plan worked.", []string{"Tom Velmo"}, []string{"Zorbin"}, "another name's word stays"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}
