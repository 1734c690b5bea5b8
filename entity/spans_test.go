package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestNameSpans checks names that swallowed a word next to them (issue
// 12): a place before the name of the role holder it is about, a
// capitalised role noun before a surname, a title or a source cue that
// makes a place's name a person's, a compound adjective before a person's
// name, a title before a person of a body ("Dr. Tristan Vell of
// University College"), and a company's legal suffix or a township's head
// word that types an unknown name.
func TestNameSpans(t *testing.T) {
	a, r := newTest(t, Options{})
	tests := []struct {
		text string
		want map[string]schema.EntityType // name → type; "" for no entity of that name
		why  string
	}{
		{"A physics student at Leeds Tom Hartley wrote to the council.",
			map[string]schema.EntityType{"Tom Hartley": schema.Person, "Leeds Tom Hartley": ""},
			"a place after a role noun and a preposition, then the holder's name"},
		{"A history major at University of Ohio Akron Lena Marsh heard of the plan.",
			map[string]schema.EntityType{"Lena Marsh": schema.Person, "Akron Lena Marsh": "", "University of Ohio Akron": schema.Organization},
			"the place word extends the body named before it; the tagger reads heard as a noun"},
		{"A student from Chicago Anna Berg said the plan failed.",
			map[string]schema.EntityType{"Anna Berg": schema.Person, "Chicago": schema.GPE, "Chicago Anna Berg": ""},
			"a known place before two unknown words is no organisation's name here"},
		{"Workers at Rolls Royce Motor Cars went on strike.",
			map[string]schema.EntityType{"Motor Cars": ""},
			"no role noun before the preposition: the run stays whole"},
		{"Professor Ann Tilbury spoke first. Later Professor Tilbury said the study was sound.",
			map[string]schema.EntityType{"Ann Tilbury": schema.Person, "Professor Tilbury": ""},
			"a capitalised role noun before a surname is a title: one person"},
		{"The video featured Scientologist Dan Corbin. Later Dan Corbin said the video was old.",
			map[string]schema.EntityType{"Dan Corbin": schema.Person, "Scientologist Dan Corbin": ""},
			"a word for a follower before a name describes the person: one node"},
		{"Biologist Ilse Varga obtained samples from the museum.",
			map[string]schema.EntityType{"Ilse Varga": schema.Person, "Biologist Ilse Varga": ""},
			"a profession in -ist before a name is no part of it"},
		{"Students of the Baptist Mission Society met in the hall.",
			map[string]schema.EntityType{"Mission Society": ""},
			"an organisation's name that opens with an -ist word stays whole"},
		{"The gallery at the University of Ohio at Dayton reopened.",
			map[string]schema.EntityType{"University of Ohio at Dayton": schema.Organization, "Dayton": ""},
			"a university's campus after at is part of its name"},
		{"He taught at the University of Ohio at the time.",
			map[string]schema.EntityType{"University of Ohio": schema.Organization},
			"no place after at: the name stays"},
		{"Hartley & Brandt bought Lund Mills. Tom Ness, chairman of Quill & Ward Holdings, said so. The firm sold Kermie Rope & Mr. Bell toys.",
			map[string]schema.EntityType{"Hartley & Brandt": schema.Organization, "Hartley": "", "Brandt": "",
				"Quill & Ward Holdings": schema.Organization, "Ward Holdings": "", "Kermie Rope &": ""},
			"an ampersand between capitalised words joins one firm's name, but not before a title"},
		{"The European Space Agency thanked NASA. Tom Wu joined the International Harbour Workers Association. European leaders met in Oslo.",
			map[string]schema.EntityType{"European Space Agency": schema.Organization, "Space Agency": "",
				"International Harbour Workers Association": schema.Organization, "Harbour Workers Association": ""},
			"a word that opens no name alone (European, International) opens one that ends in an organisation's head"},
		{"Tom Wu sailed from Easter Island to Chile. Christmas Island lies south of Java. In Hudson Bay, Ann Lee met Tom Wu.",
			map[string]schema.EntityType{"Easter Island": schema.Location, "Christmas Island": schema.Location, "Island": "",
				"Hudson Bay": schema.Location, "In Hudson Bay": ""},
			"a holiday's name opens a place's name that ends in a place's head, a preposition does not"},
		{"General Washington crossed the river.",
			map[string]schema.EntityType{"Washington": schema.Person},
			"a title before a place's one-word name makes a surname"},
		{"The envoy flew to Washington on Monday.",
			map[string]schema.EntityType{"Washington": schema.GPE},
			"without a title the place stays a place"},
		{"According to Pachomius, the rule was strict.",
			map[string]schema.EntityType{"Pachomius": schema.Person},
			"the source after according to is a person"},
		{"Tom Wu said he would not run with the unstable Trump-loving Ann Vale in Ohio.",
			map[string]schema.EntityType{"Ann Vale": schema.Person, "Trump-loving Ann Vale": ""},
			"a compound adjective in -ing before a name describes the person"},
		{"Fifteen-year-old Robert Hale thanked the teachers.",
			map[string]schema.EntityType{"Robert Hale": schema.Person, "Fifteen-year-old Robert Hale": ""},
			"an age written as a compound before a name is no part of it"},
		{"Fourteen-year-old Zoe said the roof of the bus fell in.",
			map[string]schema.EntityType{"Zoe": schema.Person, "Fourteen-year-old Zoe": ""},
			"a given name alone after the compound is still a person's"},
		{"Fifteen-year-old Rob, on the lower deck, said he heard a bang.",
			map[string]schema.EntityType{"Rob": schema.Person, "Fifteen-year-old Rob": ""},
			"a lone name after an age compound is a person's, whatever the recogniser makes of the pair"},
		{"Police arrested a 48-year-old Leeds man on Monday.",
			map[string]schema.EntityType{"Leeds": schema.GPE},
			"a place after a compound in lower case stays a place"},
		{"The drug uses antibodies from Ebola-infected laboratory mice. Trains could not run from Kelby-side and Oslo. Lam Cheuk-ting met Ann Lee.",
			map[string]schema.EntityType{"Ebola-infected": "", "Kelby-side": "", "Oslo": schema.GPE, "Lam Cheuk-ting": schema.Person},
			"a compound adjective alone names no one; a hyphenated given name is no such compound"},
		{"Li Ka-shing met Lam Wai-ching in Hong Kong.",
			map[string]schema.EntityType{"Li Ka-shing": schema.Person, "Lam Wai-ching": schema.Person},
			"a hyphenated given name's syllable in -ing stays in the name"},
		{"Norland Limited was registered on August 6, 2019. Tom Wu joined Acme Incorporated in 1962.",
			map[string]schema.EntityType{"Norland Limited": schema.Organization, "Acme Incorporated": schema.Organization},
			"a name ending in a company's legal suffix is an organisation"},
		{"Tom Wu left Acme Incorporated for Velby Marine in 1962.",
			map[string]schema.EntityType{"Acme Incorporated": schema.Organization,
				"Acme Incorporated for Velby Marine": ""},
			"a legal suffix ends the company's name: for opens no topic of it"},
		{"Anna Lee joined the Corporation for Public Broadcasting.",
			map[string]schema.EntityType{"Corporation for Public Broadcasting": schema.Organization},
			"a body's head noun before for keeps its topic"},
		{"Ann Vale served as a trustee of Kelby Township in Illinois.",
			map[string]schema.EntityType{"Kelby Township": schema.GPE},
			"a name ending in Township is a place"},
		{"The herd came from the Kelby River Reservation in Wyoming.",
			map[string]schema.EntityType{"Kelby River Reservation": schema.GPE, "Kelby River": ""},
			"a name ending in Reservation is a region, a river's name in it"},
		{"Anna Kolb, an adviser at the Office of the UN High Commissioner for Human Rights who had read the file, spoke.",
			map[string]schema.EntityType{"Office of the UN High Commissioner for Human Rights": schema.Organization, "Office": ""},
			"the UN's human rights office by its long name is one body (data/orgs.txt), not a lone Office"},
		{"Dr. Tristan Vell of University College London said the ships were late.",
			map[string]schema.EntityType{"Tristan Vell": schema.Person, "University College London": schema.Organization,
				"University College": "", "Tristan Vell of University College": "", "Dr. of Tristan Vell of University College": ""},
			"a title before a name and of a body: the person of the body, whatever the given name; the school's town after College is in its name"},
		{"President Tristan Vell of Halvik Bank resigned.",
			map[string]schema.EntityType{"Tristan Vell": schema.Person, "Halvik Bank": schema.Organization,
				"President of Tristan Vell of Halvik Bank": ""},
			"a title before an unlisted given name, then of a bank"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ents, _ := r.Resolve(a.Split(tt.text), nil)
			got := map[string]schema.EntityType{}
			for _, e := range ents {
				got[e.Name] = e.Type
			}
			for name, want := range tt.want {
				if got[name] != want {
					t.Errorf("Resolve(%q): %q typed %q, want %q (%s); entities %v", tt.text, name, got[name], want, tt.why, got)
				}
			}
		})
	}
}
