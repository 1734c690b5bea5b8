package entity

import "testing"

// TestFactsCoref16Country: "the country" with no state named before it in
// its sentence is the state its paragraph names most, not the report's
// most named state.
func TestFactsCoref16Country(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Tom Wu met officials in the United States on Monday. The United States praised Wu. Wu thanked the United States. The United States said talks would go on.\n\nAnn Lee flew to Oslo on Tuesday. Lee met Norway's prime minister. She left the country on Friday.",
			[]string{"Ann Lee -leave-> Norway"}, []string{"Ann Lee -leave-> United States"},
			"the paragraph is about Norway, though the report names the United States more often"},
		{"Tom Wu met officials in the United States on Monday. The United States praised Wu. Wu thanked the United States. The United States said talks with Norway would go on.\n\nAnn Lee flew to Oslo on Tuesday. She met Tom Wu there.\n\nLee left the country on Friday.",
			[]string{"Ann Lee -leave-> Norway"}, []string{"Ann Lee -leave-> United States"},
			"a paragraph that names no state takes the one the paragraph before names by its capital"},
		{"Britain asked the United States to waive immunity for Ann Lee. The United States refused. The United States said the case was closed. Tom Wu of the United States agreed.\n\nPolice in Northamptonshire spoke with Ann Lee as a suspect. She left the country on Friday.",
			[]string{"Ann Lee -leave-> United Kingdom"}, []string{"Ann Lee -leave-> United States"},
			"an English county makes the paragraph about the United Kingdom"},
	})
}

// TestFactsCoref16Network: a one-word organisation's name that is a
// kind's word ("Radio", "Times") is no broadcaster or paper that "the
// network" or "the paper" names.
func TestFactsCoref16Network(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"The Radio Control Law bans unlicensed stations. Tom Wu threatened the network on Monday.",
			nil, []string{"Tom Wu -threaten-> Radio"},
			"\"Radio\" alone is a word of a law's name, no broadcaster"},
		{"Halvik Radio broadcasts in Oslo. Tom Wu threatened the network on Monday.",
			[]string{"Tom Wu -threaten-> Halvik Radio"}, nil,
			"a broadcaster's name ending in Radio is still \"the network\""},
		{"The Oslo Herald reported the landing was a mistake. The publication criticised Tom Wu.",
			[]string{"Oslo Herald -criticise-> Tom Wu"}, nil,
			"a paper's name ending in Herald is \"the publication\" as it is \"the paper\""},
		{"The Oslo Herald reported the landing was a mistake. The industry publication criticised Tom Wu. The local paper praised Ann Lee.",
			[]string{"Oslo Herald -criticise-> Tom Wu", "Oslo Herald -praise-> Ann Lee"}, nil,
			"a word for a paper's readers or trade before \"publication\" or \"paper\" names no other paper"},
	})
}

// TestFactsDescBeforeDay: a day word after a description ("the network
// yesterday") is the act's time, not the head of a compound, so the
// description still names the body.
func TestFactsDescBeforeDay(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Halvik TV broadcasts in Oslo. Tom Wu fined the network yesterday.",
			[]string{"Tom Wu -fine-> Halvik TV"}, nil,
			"\"yesterday\" after \"the network\" is when"},
		{"Halvik TV broadcasts in Oslo. The Vantor Party sent a warning to the network today.",
			[]string{"Vantor Party -warn-> Halvik TV"}, nil,
			"a to-phrase's description before \"today\""},
		{"Halvik Holdings fired Ann Lee in May. Tom Wu criticised the company yesterday.",
			[]string{"Tom Wu -criticise-> Halvik Holdings"}, nil,
			"\"the company\" before a day word is still a description"},
		{"Ann Lee spoke in Oslo in May. Tom Wu met her yesterday.",
			[]string{"Tom Wu -meet-> Ann Lee"}, nil,
			"\"her\" before a day word is the object, not a possessive"},
		{"Halvik Holdings of Norway fired Ann Lee in May. Tom Wu criticised the Norwegian company yesterday.",
			[]string{"Tom Wu -criticise-> Halvik Holdings"}, nil,
			"a national description before a day word"},
	})
}

// TestFactsCoref16Honorifics: "Cde" (comrade) and Malaysia's "Datuk" are
// honorifics, stripped from the name as "Mr" is.
func TestFactsCoref16Honorifics(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Robert Gabriel Mugabe died on Friday. President Tom Wu praised Cde Mugabe.",
			[]string{"Tom Wu -praise-> Robert Gabriel Mugabe"}, []string{"Tom Wu -praise-> Cde Mugabe"},
			"\"Cde Mugabe\" is Robert Gabriel Mugabe"},
		{"Datuk Ann Lee met Tom Wu in Kuala Lumpur. Wu thanked Ann Lee.",
			[]string{"Ann Lee -meet-> Tom Wu", "Tom Wu -thank-> Ann Lee"}, []string{"Datuk Ann Lee -meet-> Tom Wu"},
			"\"Datuk Ann Lee\" is Ann Lee"},
	})
}

// TestFactsCoref16Relative: "Ann Lee, who is the president of X," gives
// Ann Lee the title a later "the president" takes up, as the apposition
// "Ann Lee, the president of X," does.
func TestFactsCoref16Relative(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Ann Lee, who is the president of Halvik Corporation, met Tom Wu on Monday. The president praised Wu.",
			[]string{"Ann Lee -praise-> Tom Wu", "Ann Lee -lead-> Halvik Corporation"}, nil,
			"\"who is the president of\" gives the title"},
		{"Ann Lee, who met the president of Halvik Corporation, praised Tom Wu. The president thanked Wu.",
			nil, []string{"Ann Lee -thank-> Tom Wu", "Ann Lee -lead-> Halvik Corporation"},
			"a relative clause of another verb holds no role"},
	})
}

// TestFactsCoref16Them: an object "them" whose verb is coordinated with
// a verb whose object is a plural noun of no actor takes up that noun;
// with a subject of its own between, it is the actor before.
func TestFactsCoref16Them(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"Protesters marched in Oslo on Monday. The Halvik Herald obtained the messages between Ann Lee and ten others and released them on Friday.",
			nil, []string{"Halvik Herald -release-> Protesters", "Halvik Herald -release-> protesters"},
			"\"them\" are the messages"},
		{"Tom Wu and Ann Lee have six children. The couple kept the children inside for years and seldom let them out.",
			nil, []string{"Tom Wu -allow-> Ann Lee", "Ann Lee -allow-> Tom Wu"},
			"\"them\" are the children, not the parents"},
		{"Ann Lee and Tom Wu blocked roads in Oslo, and Halvik Security arrested them.",
			[]string{"Halvik Security -arrest-> Ann Lee", "Halvik Security -arrest-> Tom Wu"}, nil,
			"a clause with its own subject: \"them\" is the actor before"},
	})
}

// TestFactsCoref16OwnSubject: a pronoun with the subject of its own
// sentence before it and no clause boundary between takes that subject,
// not the report's most named person; a subject of unknown sex may still
// give way.
func TestFactsCoref16OwnSubject(t *testing.T) {
	runDefaultEdgeCases(t, []edgeCase{
		{"President Tom Wu spoke in Oslo. Wu praised the police. Wu thanked the mayor. Wu met Per Holm. Wu visited a school. Wu's former adviser Rudolf Berg made headlines when he met Ann Lee.",
			[]string{"Rudolf Berg -meet-> Ann Lee"}, []string{"Tom Wu -meet-> Ann Lee"},
			"\"he\" is the subject of its sentence, not the possessive before it"},
	})
}
