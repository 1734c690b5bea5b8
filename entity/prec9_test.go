package entity

import "testing"

// TestBodyTopicGoesOnAfterAnd checks that the topic of a body's name goes
// on after "and" when plain capitalised words follow it, while a known
// name, a person or another body after "and" stays a name of its own, on
// documents written for this test.
func TestBodyTopicGoesOnAfterAnd(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee, the director of the Halvik Institute of Marine and Coastal Studies, warned the council.",
			[]string{"Ann Lee -lead-> Halvik Institute of Marine and Coastal Studies"}, []string{"Ann Lee -lead-> Halvik Institute of Marine"},
			"a head noun, of, and the topic's words on both sides of and"},
		{"Tom Wu met officials of the Nordic Society for Geology and Soil Science in Bergen.",
			[]string{"Tom Wu -meet-> Nordic Society for Geology and Soil Science"}, []string{"Tom Wu -meet-> Soil Science"},
			"a society for a topic of two fields"},
		{"Mary Holt met the Halvik Institute of Physics and Ann Lee in Bergen.",
			[]string{"Mary Holt -meet-> Ann Lee"}, []string{"Mary Holt -meet-> Halvik Institute of Physics and Ann Lee"},
			"a person after and is no topic"},
		{"Mary Holt met the Halvik Institute of Physics and Lodi University in Bergen.",
			nil, []string{"Mary Holt -meet-> Halvik Institute of Physics and Lodi University"},
			"a body with its own head noun after and is a name of its own"},
	})
}

// TestPlannedOrPermittedActs checks that an act after a goal, a bounty,
// a permission or a call for it is no act that took place, while an act
// that a participle after a comma permits is kept, on documents written
// for this test.
func TestPlannedOrPermittedActs(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Norway has retreated from its goal of ousting Ann Lee, the president of Halvia.",
			[]string{"Ann Lee -lead-> Halvia"}, []string{"Norway -oust-> Ann Lee"},
			"a goal of ousting is no ousting"},
		{"Halvia was paying bounties to the rebels to kill Norwegian soldiers.",
			nil, []string{"Halvia -kill-> Norwegian troops"},
			"a bounty pays for an act not yet done"},
		{"Tom Wu entered the embassy seeking documents allowing him to marry Ann Lee.",
			nil, []string{"Tom Wu -marry-> Ann Lee"},
			"a document allowing an act is no act"},
		{"The Halvik Party called for the BBC to fire Mary Holt.",
			nil, []string{"BBC -fire-> Mary Holt"},
			"a call for an act requests it"},
		{"Norway changed its rules, allowing Tom Wu to join the Halvik Party.",
			[]string{"Tom Wu -join-> Halvik Party"}, nil,
			"after a comma the permitted act took place"},
	})
}

// TestStatePossessivePlacesPrivateBody checks that a state's possessive
// before a university, a school or an association places it in the state,
// while a state's agency or court stays part of it, on documents written
// for this test.
func TestStatePossessivePlacesPrivateBody(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Scientists from Norway's Halvik University reported the find on Monday.",
			[]string{"Halvik University -locate_in-> Norway"}, []string{"Halvik University -part_of-> Norway"},
			"a university is in the state"},
		{"On Friday, Sweden's Nordic Handball Association suspended its season.",
			[]string{"Nordic Handball Association -locate_in-> Sweden"}, []string{"Nordic Handball Association -part_of-> Sweden"},
			"a sports association is in the state"},
		{"On Friday, Norway's Halvik Food Agency banned the import.",
			[]string{"Halvik Food Agency -part_of-> Norway"}, nil,
			"a state's agency is part of it"},
	})
}

// TestBodyNameGoesOnAfterOfThe checks that a body's head noun, "of the"
// and unknown capitalised words are one name, while a state or a body the
// gazetteer knows after "of the" keeps its own name, on documents written
// for this test.
func TestBodyNameGoesOnAfterOfThe(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee joined the Church of the Nazarene in 1990.",
			[]string{"Ann Lee -join-> Church of the Nazarene"}, []string{"Ann Lee -join-> Church"},
			"unknown words after of the"},
		{"Mary Holt works for the Bank of the Fjords in Bergen.",
			[]string{"Mary Holt -work_for-> Bank of the Fjords"}, []string{"Mary Holt -work_for-> Bank"},
			"a bank of the unknown words"},
		{"Tom Wu is the president of the Republic of the Congo.",
			[]string{"Tom Wu -lead-> Republic of the Congo"}, nil,
			"a state's name with of the stays"},
	})
}

// TestTitleNounIsNoRelation checks that a role, occupation or title noun
// before a person's name, or before a list of names, that the tagger read
// as a verb gives no relation named by the noun, while a verb after a
// person stays one, on documents written for this test.
func TestTitleNounIsNoRelation(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik Police sergeant Tom Wu was shot on Friday.",
			[]string{"Tom Wu -work_for-> Halvik Police"}, []string{"Halvik Police -sergeant-> Tom Wu"},
			"a rank after its body titles the name"},
		{"Mr. Blair sued Canadian Express and Hees executives Manfred Walt and Willard Lee.",
			nil, []string{"Hees -executive-> Willard Lee", "Hees -executive-> Manfred Walt"},
			"a role noun before a list of names titles each"},
		{"Tom Wu coaches Ann Lee and Mary Holt at the Halvik club.",
			[]string{"Tom Wu -coach-> Ann Lee", "Tom Wu -coach-> Mary Holt"}, nil,
			"a role noun's verb after a person is a verb"},
	})
}

// TestJusticeTitlesAName checks that "Justice" and "Chief Justice" before
// a person's name title the person, while "Justice" inside a party's, a
// ministry's or a law's name, or as a minister's portfolio, stays a word
// of that name, on documents written for this test.
func TestJusticeTitlesAName(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Chief Justice Tom Wu met Justice Ann Lee in Oslo.",
			[]string{"Tom Wu -meet-> Ann Lee"}, []string{"Justice Tom Wu -meet-> Justice Ann Lee"},
			"a judge's title before the name"},
		{"Supreme Court Justice Mary Holt wrote the opinion.",
			[]string{"Mary Holt -member_of-> Supreme Court"}, nil,
			"a court's justice is its member"},
		{"Ann Lee joined the Law and Justice Party in 2001.",
			[]string{"Ann Lee -join-> Law and Justice Party"}, nil,
			"a title's word after and inside a party's name"},
		{"On Monday, Secretary of Justice Ann Lee met Tom Wu in Oslo.",
			[]string{"Ann Lee -meet-> Tom Wu"}, []string{"Justice Ann Lee -meet-> Tom Wu"},
			"a portfolio after a secretary's title"},
	})
}
