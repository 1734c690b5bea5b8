package entity

import (
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestVenueTypes checks guessed names that the words beside them call a
// site or a business (issue 12): a site's head noun that is also a
// surname after "in" or "at", a noun for a site before the name, a list
// of places after "in", and a noun for a restaurant after the name.
func TestVenueTypes(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Smoke rose on Monday after a fire broke out at Velmor Hall near the village.", "Velmor Hall", schema.Person, schema.Location, "a site's head noun after at"},
		{"Thousands of fans gathered in Oslo's Halvik Park for the concert.", "Halvik Park", schema.Person, schema.Location, "a site's head noun after in and a town's possessive"},
		{"Engineers inspected the roof of Zorvan Mall in Davao City on Friday.", "Zorvan Mall", schema.Person, schema.Location, "a mall is a site"},
		{"The stone tools were found in a site called Abri Velmor last year.", "Abri Velmor", schema.Person, schema.Location, "a noun for a site and called before the name"},
		{"Graves were found in Velmora and Tuna el-Zorb last year.", "Tuna el-Zorb", schema.Person, schema.Location, "listed with a place after in"},
		{"Protesters camped in Oslo's Velmor Hill neighborhood for weeks.", "Velmor Hill", schema.Person, schema.Location, "a name before a noun for a part of a town"},
		{"The head chef of Oslo's Velmo Dolci restaurant was found dead on Friday.", "Velmo Dolci", schema.Person, schema.Organization, "a restaurant's name before the noun"},
		{"Critics aimed their anger at Tom Hall, the club's owner.", "Tom Hall", schema.Person, schema.Person, "a given name after at stays a person's"},
		{"Norway's Ann Park won the race on Monday.", "Ann Park", schema.Person, schema.Person, "a state's possessive before a given name and a surname"},
		{"Police arrested Sweden's Ola Hall at the border.", "Ola Hall", schema.Person, schema.Person, "a state's possessive before a given name and a surname, no place's word before"},
		{"Critics praised Ann Hall for her novel.", "Ann Hall", schema.Person, schema.Person, "no place's word before the name"},
	})
}

// TestOpeningPrepositions checks that a rare preposition, conjunction or
// adverb opening a sentence or a phrase, which the tagger may read as a
// proper noun, opens no name.
func TestOpeningPrepositions(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"Amongst reported incidents of abuse, Tom Wu was convicted in Oslo.", []string{"Tom Wu"}, []string{"Amongst"}, "amongst"},
		{"Amidst the protests, Ann Lee resigned on Monday.", []string{"Ann Lee"}, []string{"Amidst"}, "amidst"},
		{"Ann Lee wants a new platform — Thus Velmor Policies.", []string{"Ann Lee", "Velmor Policies"}, []string{"Thus Velmor Policies"}, "thus"},
		{"Whilst Ann Lee spoke, Tom Wu left the room.", []string{"Ann Lee", "Tom Wu"}, []string{"Whilst"}, "whilst"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}

// TestPeoplesPlural checks that a people's plural after its kind's
// adjective names a group, not a person, and that a given name before
// one keeps a person's name.
func TestPeoplesPlural(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Aboriginal Australians marched through Perth on Monday.", "Aboriginal Australians", schema.Group, schema.Group, "an adjective before a people's plural"},
		{"Ethnic Norwegians fled the town after the vote.", "Ethnic Norwegians", schema.Group, schema.Group, "a capitalised adjective before a people's plural"},
		{"Claire Danes won an award in Oslo.", "Claire Danes", schema.Person, schema.Person, "a given name before the plural is a person's"},
	})
}

// TestKindPlurals checks that a lone plural whose singular the document
// writes before a noun names a group, not a person.
func TestKindPlurals(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"A Velmoran child was buried in the cave. Researchers say Velmorans made bone tools there.", "Velmorans", schema.Group, schema.Group, "the singular as an adjective"},
		{"Peter Lund and Anna Lund were charged on Monday. Later the Lunds appealed.", "Peter Lund", schema.Person, schema.Person, "the plural of a family's surname"},
	})
}

// TestTownsPeople checks that the plural of a noun for a known town's
// people names a group.
func TestTownsPeople(t *testing.T) {
	runTypeCases(t, []typeCase{
		{"Thousands of Melbournians marched through the city on Monday.", "Melbournians", schema.Group, schema.Group, "Melbourne's people"},
		{"Many Parisians left the city in August.", "Parisians", schema.Group, schema.Group, "Paris's people"},
	})
}
