package entity

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/nlp"
)

// TestAndInsideName checks names that "and" or "&" joins inside (a body's
// head noun after the second conjunct, an acronym that spells the whole,
// the whole named elsewhere in the document) against lists, which stay
// two names.
func TestAndInsideName(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		why       string
	}{
		{"The Food and Agriculture Organization warned of famine in Lodi.", []string{"Food and Agriculture Organization"}, []string{"Food", "Agriculture Organization"},
			"plain words, and, a body's head noun"},
		{"Ann Lee thanked the Bill and Melinda Gates Foundation for its grant.", []string{"Bill and Melinda Gates Foundation"}, []string{"Melinda Gates Foundation"},
			"a given name before and opens the foundation's name"},
		{"Turkey's Disaster and Emergency Management Presidency counted the dead.", []string{"Turkey", "Disaster and Emergency Management Presidency"}, nil,
			"after a state's possessive"},
		{"The plane landed at the Air Force's Nevada Test and Training Range.", []string{"Nevada Test and Training Range"}, []string{"Training Range"},
			"a place's name opens a site's"},
		{"The band entered the Rock and Roll Hall of Fame in 1993.", []string{"Rock and Roll Hall of Fame"}, []string{"Roll Hall"},
			"Hall before of"},
		{"Tom Wu and Ann Hall came to dinner.", []string{"Tom Wu", "Ann Hall"}, nil,
			"Hall with no of after it is a surname"},
		{"Microsoft and Gates Foundation staff met in Lodi.", []string{"Microsoft", "Gates Foundation"}, nil,
			"a known body before and is listed"},
		{"They took the oaths of office to the Presidency and Vice Presidency of the United States.", nil, []string{"Presidency and Vice Presidency"},
			"two heads are two offices"},
		{"Plaintiffs include the Confederated Salish and Kootenai Tribes and the Crow Tribe.", []string{"Confederated Salish and Kootenai Tribes"},
			[]string{"Kootenai Tribes", "Confederated Salish"}, "a nation of two peoples"},
		{"Russia and China signed the treaty.", []string{"Russia", "China"}, nil, "a list of states"},
		{"Pacific Gas and Electric Company (PG&E) cut power to thousands of homes.", []string{"Pacific Gas and Electric Company"}, []string{"Pacific Gas", "Electric Company"},
			"the acronym spells the whole, its ampersand for and, without the company's last word"},
		{"The United Nations Educational, Scientific and Cultural Organization (UNESCO) listed the site.", []string{"United Nations Educational, Scientific and Cultural Organization"}, nil,
			"commas inside a name its acronym spells"},
		{"Norway's Institute of Epidemiology, Disease Control and Research (IEDCR) counted the cases. New Zealand's Institute of Marine, Coastal and Polar Research (IMCPR) agreed.",
			[]string{"Norway", "Institute of Epidemiology, Disease Control and Research", "New Zealand", "Institute of Marine, Coastal and Polar Research"},
			[]string{"Institute of Epidemiology", "Disease Control", "Institute of Marine"},
			"commas inside a name its acronym spells, after a state's possessive"},
		{"Pacific Gas and Electric Company (PG&E) cut power. Later, Pacific Gas and Electric said the cuts would end.",
			[]string{"Pacific Gas and Electric Company"}, []string{"Pacific Gas", "Electric"},
			"the whole named before, the company's last word left out"},
	}
	a, r := newTest(t, Options{})
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) { checkNames(t, a, r, tt.text, tt.want, tt.not) })
	}
}

// checkNames resolves text and checks that its entities' names hold each
// of want and none of not.
func checkNames(t *testing.T, a *nlp.Analyzer, r *Resolver, text string, want, not []string) {
	t.Helper()
	ents, _ := r.Resolve(a.Split(text), nil)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name)
	}
	for _, w := range want {
		if !slices.Contains(names, w) {
			t.Errorf("Resolve(%q) = %q, want %q among them", text, names, w)
		}
	}
	for _, w := range not {
		if slices.Contains(names, w) {
			t.Errorf("Resolve(%q) = %q, want no %q", text, names, w)
		}
	}
}
