package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestChainsCoref11 covers the coref11 rules on documents of our own.
// Pronouns are compared where the rule is about them.
func TestChainsCoref11(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string][]string
		why        string
	}{
		{"capital-group",
			"That is the oath Senators swore in January. When Senators tried the case, they were impartial. Ola Berg said it was fair.",
			map[string][]string{"Ola Berg": {"Ola Berg"}},
			"a group noun or a title's plural, capitalised alone, names a kind of people, no organisation"},
		{"capital-group-soldiers",
			"The Republic thanked its Soldiers for their service. Tom Wu spoke.",
			map[string][]string{"Tom Wu": {"Tom Wu"}},
			"\"Soldiers\" alone is no body's name"},
		{"capital-group-party",
			"Nearly all Republican Senators said that they will vote against the bill. British Soldiers fought in Basra.",
			map[string][]string{"Republican senators": {"Republican Senators", "they"}, "British soldiers": {"British Soldiers"}, "Basra": {"Basra"}},
			"a party's or nation's adjective and a capitalised group noun are a group, as in lower case"},
		{"capital-group-in-name",
			"The Union of British Workers said wages were falling. Tom Wu leads the Society of American Engineers.",
			map[string][]string{"Union of British Workers": {"Union of British Workers"}, "Tom Wu": {"Tom Wu"}, "Society of American Engineers": {"Society of American Engineers"}},
			"inside a longer name a nation's adjective and a group noun stay words of that name"},
		{"team",
			"The Ottawa Senators beat the Toronto Maple Leafs on Monday.",
			map[string][]string{"Ottawa Senators": {"Ottawa Senators"}, "Toronto Maple Leafs": {"Toronto Maple Leafs"}},
			"a plural after a capitalised word ends a team's name"},
		{"one-of",
			"Ann Lee was one of the founders of the guild. Tulsa quickly became one of the most important cities in Oklahoma.",
			map[string][]string{"Ann Lee": {"Ann Lee", "one of the founders"}, "Tulsa": {"Tulsa", "one of the most important cities"}, "Oklahoma": {"Oklahoma"}},
			"\"one of\" and a plural of people (or of places, for a place) after a copula says what its subject is, as \"a\" does"},
		{"one-of-thing",
			"Norway is one of the reasons for the delay. Ann Lee is one of them.",
			map[string][]string{"Norway": {"Norway"}, "Ann Lee": {"Ann Lee"}},
			"a plural of things says nothing of a state, nor a pronoun of a person"},
		{"regarded-as",
			"Ann Lee is now widely recognized as one of the founders of linguistics. Tulsa is considered to be one of the most beautiful cities in the world. Tom Wu was regarded as a genius.",
			map[string][]string{"Ann Lee": {"Ann Lee", "one of the founders"}, "Tulsa": {"Tulsa", "one of the most beautiful cities"}, "Tom Wu": {"Tom Wu", "a genius"}},
			"what a copula's subject is considered, regarded or recognised as, or to be, describes it"},
		{"they-people-noun",
			"The institutes were joined by the Halvik Libraries. We want to teach our librarians the basics so that they can help. The content should enable them to work.",
			map[string][]string{"Halvik Libraries": {"Halvik Libraries"}},
			"a plural noun of people named after a body, outside any name, is what \"they\" and \"them\" take up"},
		{"they-subject",
			"The Liberal Democrats met voters in Leeds. They said taxes would rise.",
			map[string][]string{"Liberal Democrats": {"Liberal Democrats", "They"}, "Leeds": {"Leeds"}},
			"people in the object after the subject of the sentence before leave \"they\" to the subject"},
		{"they-body",
			"The Halvik Libraries hired staff last year. They said the budget was tight.",
			map[string][]string{"Halvik Libraries": {"Halvik Libraries", "They"}},
			"a plural body that hired people is still the \"they\" of the next sentence"},
		{"generic-he",
			"Judge Tom Wu quoted a rule. \"A person who acts without care does no wrong. He commits no tort.\"",
			map[string][]string{"Tom Wu": {"Judge Tom Wu"}},
			"after a sentence about anyone (\"A person who ...\"), \"he\" is that anyone, not a person named before"},
		{"generic-he-same",
			"Tom Wu spoke. A teacher who lies knows he is wrong.",
			map[string][]string{"Tom Wu": {"Tom Wu"}},
			"a \"he\" in a sentence about anyone is that anyone"},
		{"spokesman-he",
			"Tom Wu resigned on Monday. A spokesman for the ministry confirmed it. He will leave in May.",
			map[string][]string{"Tom Wu": {"Tom Wu", "He"}},
			"\"A spokesman for\" is someone, no rule about anyone: the rule leaves the he to the resolver"},
		{"fronted",
			"Tom Wu was born in Oslo. An undistinguished student and an unskilled cricketer, Wu did represent the school. One of the largest cities of the region, Tulsa has many parks.",
			map[string][]string{"Tom Wu": {"Tom Wu", "An undistinguished student", "an unskilled cricketer", "Wu"}, "Oslo": {"Oslo"},
				"Tulsa": {"One of the largest cities", "Tulsa"}},
			"an indefinite phrase (or \"one of\" and a plural) opening the sentence before a comma describes the subject after it"},
		{"fronted-time",
			"Tom Wu was born in Oslo. A day later, Wu left.",
			map[string][]string{"Tom Wu": {"Tom Wu", "Wu"}, "Oslo": {"Oslo"}},
			"a fronted phrase whose noun fits no actor describes no one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chainWords(t, tt.text)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("chains of %q mismatch (-want +got):\n%s\n%s", tt.text, diff, tt.why)
			}
		})
	}
}
